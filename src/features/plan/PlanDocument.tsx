// One language's Barnets plan as a document; the same markup on screen and on paper. User text is only
// ever a React text child.
import type { Plan } from '../../domain/plan';
import { Bidi } from '../../ui/Bidi';

function Empty({ text }: { text: string }) {
  return <p className="muted">{text}</p>;
}

export function PlanDocument({ plan: p, lang, dir }: { plan: Plan; lang: string; dir: 'ltr' | 'rtl' }) {
  const l = p.labels;
  const titleId = `plan-${lang}-title`;
  return (
    <article className="summary-doc plan-doc" lang={lang} dir={dir} aria-labelledby={titleId} data-plan-lang={lang}>
      <h2 id={titleId}>{p.title}</h2>
      <dl className="summary-facts">
        <div>
          <dt>{l.child}</dt>
          <dd>
            <Bidi>{p.alias}</Bidi>
          </dd>
        </div>
        <div>
          <dt>{l.made}</dt>
          <dd>{p.madeText}</dd>
        </div>
        {p.basedOnText ? (
          <div>
            <dt>{l.basedOn}</dt>
            <dd>{p.basedOnText}</dd>
          </div>
        ) : null}
      </dl>

      <section className="summary-section" data-plan-part="child-words">
        <h3>{l.childWords}</h3>
        {p.childWords.length === 0 && p.hopes.length === 0 ? <Empty text={l.nothing} /> : null}
        <dl className="summary-notes">
          {p.childWords.map((w) => (
            <div key={w.areaId} className="summary-note">
              <dt>
                {w.areaLabel} ({w.dateText})
              </dt>
              <dd>
                <Bidi>{w.text}</Bidi>
              </dd>
            </div>
          ))}
          {p.hopes.map((h) => (
            <div key={h.dateText} className="summary-note">
              <dt>
                {l.hopes} ({h.dateText})
              </dt>
              <dd>
                <Bidi>{h.text}</Bidi>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="summary-section" data-plan-part="going-well">
        <h3>{l.goingWell}</h3>
        {p.goingWell.length === 0 ? <Empty text={l.nothing} /> : null}
        <dl className="summary-notes">
          {p.goingWell.map((g) => (
            <div key={g.areaId} className="summary-note">
              <dt>
                {g.areaLabel} ({g.dateText})
              </dt>
              <dd>
                <Bidi>{g.text}</Bidi>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="summary-section" data-plan-part="needs">
        <h3>{l.needs}</h3>
        {p.needs.length === 0 ? <Empty text={l.nothing} /> : null}
        {p.needs.map((n) => (
          <section key={n.areaId} className="summary-area">
            <h4>
              {n.areaLabel} ({n.dateText})
            </h4>
            {n.ratings.length > 0 ? (
              <ul className="summary-ratings" aria-label={l.ratings}>
                {n.ratings.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
            <dl className="summary-notes">
              {n.worries ? (
                <div className="summary-note">
                  <dt>{l.worries}</dt>
                  <dd>
                    <Bidi>{n.worries}</Bidi>
                  </dd>
                </div>
              ) : null}
              {n.nextSteps ? (
                <div className="summary-note">
                  <dt>{l.nextSteps}</dt>
                  <dd>
                    <Bidi>{n.nextSteps}</Bidi>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        ))}
      </section>

      <section className="summary-section" data-plan-part="actions">
        <h3>{l.actions}</h3>
        {p.actions.length === 0 ? <Empty text={l.noActions} /> : null}
        <table className="plan-actions">
          <thead>
            <tr>
              <th scope="col">{l.what}</th>
              <th scope="col">{l.who}</th>
              <th scope="col">{l.due}</th>
              <th scope="col">{l.status}</th>
            </tr>
          </thead>
          <tbody>
            {p.actions.map((a) => (
              <tr key={a.id} data-plan-action={a.id}>
                <td>
                  <Bidi>{a.what || '–'}</Bidi>
                </td>
                <td>
                  <Bidi>{a.who || '–'}</Bidi>
                </td>
                <td>{a.dueText ?? '–'}</td>
                <td className={a.overdue ? 'is-overdue' : undefined}>{a.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="summary-section" data-plan-part="responsibility">
        <dl className="summary-facts">
          <div>
            <dt>{l.coordinator}</dt>
            <dd data-testid="plan-coordinator">
              <Bidi>{p.coordinator ?? l.noCoordinator}</Bidi>
            </dd>
          </div>
          <div>
            <dt>{l.followUp}</dt>
            <dd data-testid="plan-follow-up">{p.followUpText ?? l.noFollowUp}</dd>
          </div>
        </dl>
      </section>

      <section className="summary-section" data-plan-part="consent">
        <h3>{p.consent.heading}</h3>
        <ul>
          {p.consent.lines.map((line, i) => (
            <li key={i}>
              <Bidi>{line}</Bidi>
            </li>
          ))}
        </ul>
      </section>

      <section className="summary-section plan-agreement" data-plan-part="agreement">
        <h3>{l.agreement}</h3>
        <p>{l.agreementIntro}</p>
        <table className="plan-signatures">
          <tbody>
            {p.participants.map((who, i) => (
              <tr key={i}>
                <th scope="row">
                  <Bidi>{who}</Bidi>
                </th>
                <td>
                  {l.signature}
                  <span className="plan-line" aria-hidden="true" />
                </td>
                <td>
                  {l.date}
                  <span className="plan-line plan-line-short" aria-hidden="true" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
