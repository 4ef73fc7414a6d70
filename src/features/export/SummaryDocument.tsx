// One language's summary as a document: facts, the wheel with ratings drawn in, areas, actions,
// notes, follow-up, changes and the network. The same markup is the screen view and the print view.
// User text is only ever a React text child (escaped), never markup.
import { useId } from 'react';
import type { Summary, Translate } from '../../domain/summary';
import { PERSPECTIVES } from '../../domain/wheel';
import { Bidi } from '../../ui/Bidi';
import { Pictogram } from '../../ui/pictograms/Pictogram';
import { WheelDrawing, type WheelScene } from '../../ui/wheel/WheelDrawing';
import { WheelPatterns, patternId } from '../../ui/wheel/WheelPatterns';
import { AreaChildVoice, HopesSection, ParticipationSection } from './SummaryChildVoice';

interface SummaryDocumentProps {
  summary: Summary;
  scene: WheelScene;
  /** Bound to the document's language (with fallback), for the few texts outside the summary. */
  t: Translate;
  lang: string;
  dir: 'ltr' | 'rtl';
}

function Legend({ t, prefix }: { t: Translate; prefix: string }) {
  return (
    <ul className="wheel-legend summary-legend" aria-label={t('export:summary.legend')}>
      {PERSPECTIVES.map((p) => (
        <li key={p}>
          <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
            <WheelPatterns prefix={`${prefix}-legend`} />
            <rect x="1" y="1" width="18" height="18" fill={`url(#${patternId(`${prefix}-legend`, p)})`} className="wheel-legend-swatch" />
          </svg>
          {t(`wheel:perspectives.${p}`)}
        </li>
      ))}
      <li>
        <svg width="16" height="16" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="5" className="wheel-notes-marker" />
        </svg>
        {t('common:wheelUi.notesLegend')}
      </li>
    </ul>
  );
}

function Note({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div className="summary-note">
      <dt>{label}</dt>
      <dd>
        <Bidi>{text}</Bidi>
      </dd>
    </div>
  );
}

export function SummaryDocument({ summary: s, scene, t, lang, dir }: SummaryDocumentProps) {
  const prefix = `sum${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const titleId = `${prefix}-title`;
  const l = s.labels;
  return (
    <article className="summary-doc" lang={lang} dir={dir} aria-labelledby={titleId} data-summary-lang={lang}>
      <h2 id={titleId}>{s.title}</h2>
      <dl className="summary-facts">
        <div>
          <dt>{l.child}</dt>
          <dd>
            <Bidi>{s.alias}</Bidi>
          </dd>
        </div>
        <div>
          <dt>{l.date}</dt>
          <dd>{s.dateText}</dd>
        </div>
        <div>
          <dt>{l.setting}</dt>
          <dd>{s.settingLabel}</dd>
        </div>
        {s.participants.length > 0 ? (
          <div>
            <dt>{l.participants}</dt>
            <dd>
              <Bidi>{s.participants.map((p) => p.text).join(', ')}</Bidi>
            </dd>
          </div>
        ) : null}
        {s.followUpText ? (
          <div>
            <dt>{l.followUp}</dt>
            <dd>{s.followUpText}</dd>
          </div>
        ) : null}
      </dl>

      <ParticipationSection s={s} />

      <figure className="summary-wheel">
        <WheelDrawing
          scene={scene}
          prefix={prefix}
          svgProps={{ role: 'img', 'aria-label': t('common:wheelUi.name'), className: 'wheel-svg summary-wheel-svg' }}
        />
        <figcaption>
          <Legend t={t} prefix={prefix} />
        </figcaption>
      </figure>

      <section className="summary-section">
        <h3>{l.areas}</h3>
        {s.areas.map((area) => (
          <section key={area.id} className={area.empty ? 'summary-area is-empty' : 'summary-area'} data-summary-area={area.id}>
            <h4 className="summary-area-heading">
              <Pictogram area={area.id} className="area-pictogram" />
              <span>{area.label}</span>
            </h4>
            {area.empty ? <p className="muted">{l.empty}</p> : null}
            {!area.empty && area.ratings.length === 0 && !area.childPassed ? (
              <p>
                {l.ratings}: {l.notRated}
              </p>
            ) : null}
            {area.ratings.length > 0 ? (
              <ul className="summary-ratings" aria-label={l.ratings}>
                {area.ratings.map((r) => (
                  <li key={r.perspective}>{r.text}</li>
                ))}
              </ul>
            ) : null}
            <AreaChildVoice s={s} area={area} />
            {area.goingWell || area.worries || area.nextSteps ? (
              <dl className="summary-notes">
                <Note label={l.goingWell} text={area.goingWell} />
                <Note label={l.worries} text={area.worries} />
                <Note label={l.nextSteps} text={area.nextSteps} />
              </dl>
            ) : null}
          </section>
        ))}
      </section>

      <HopesSection s={s} />

      {s.actions.length > 0 ? (
        <section className="summary-section">
          <h3>{l.actions}</h3>
          <ol className="summary-actions-list">
            {s.actions.map((a) => (
              <li key={a.id}>
                <p className="summary-action-what">
                  <Bidi>{a.what || '–'}</Bidi>
                </p>
                <dl className="summary-action-facts">
                  <Note label={l.who} text={a.who} />
                  {a.areaLabel ? <Note label={l.area} text={a.areaLabel} /> : null}
                  {a.dueText ? <Note label={l.due} text={a.dueText} /> : null}
                  <Note label={l.status} text={a.statusLabel} />
                </dl>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {s.notes ? (
        <section className="summary-section">
          <h3>{l.notes}</h3>
          <p className="summary-text">
            <Bidi>{s.notes}</Bidi>
          </p>
        </section>
      ) : null}

      {s.changes ? (
        <section className="summary-section">
          <h3>{l.changes}</h3>
          <p>{s.changes.sinceText}</p>
          {s.changes.areas.length === 0 ? <p className="muted">{s.changes.noneText}</p> : null}
          <ul className="summary-changes">
            {s.changes.areas.map((area) => (
              <li key={area.areaId}>
                {area.label}: {area.directionLabel}
                <ul>
                  {area.items.map((item) => (
                    <li key={item.perspective}>{item.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {s.network.length > 0 ? (
        <section className="summary-section">
          <h3>{l.network}</h3>
          <ul>
            {s.network.map((c, index) => (
              <li key={`${index}-${c.text}`}>
                <Bidi>{c.text}</Bidi>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* The consent's scope (issue 14); the family's copy never holds a safety concern (domain/summary). */}
      <section className="summary-section" data-testid="summary-consent">
        <h3>{s.consent.heading}</h3>
        <ul className="summary-consent">
          {s.consent.lines.map((line, index) => (
            <li key={index}>
              <Bidi>{line}</Bidi>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
