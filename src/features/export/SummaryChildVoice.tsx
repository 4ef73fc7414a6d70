// The child's voice in the summary document (screen and print): the child's own words in quotation marks,
// the pass as "did not want to say", the hopes, and how the child took part.
import type { Summary, SummaryArea } from '../../domain/summary';
import { Bidi } from '../../ui/Bidi';

/** The language's quotation marks around the child's words; the words themselves stay isolated (Bidi). */
function Quoted({ s, text }: { s: Summary; text: string }) {
  return (
    <span className="summary-quote">
      {s.childVoice.quoteOpen}
      <Bidi>{text}</Bidi>
      {s.childVoice.quoteClose}
    </span>
  );
}

/** The child's pass and own words in one area. */
export function AreaChildVoice({ s, area }: { s: Summary; area: SummaryArea }) {
  if (!area.childPassed && !area.childWords) return null;
  return (
    <div className="summary-child-voice" data-summary-child-voice={area.id}>
      {area.childPassed ? <p className="summary-child-passed">{area.childPassedText}</p> : null}
      {area.childWords ? (
        <p className="summary-child-words">
          <span className="summary-child-words-label">{s.childVoice.childWords}:</span> <Quoted s={s} text={area.childWords} />
        </p>
      ) : null}
    </div>
  );
}

export function HopesSection({ s }: { s: Summary }) {
  if (!s.hopes) return null;
  return (
    <section className="summary-section" data-summary-hopes="">
      <h3>{s.childVoice.hopes}</h3>
      <p className="summary-text">
        <Quoted s={s} text={s.hopes} />
      </p>
    </section>
  );
}

export function ParticipationSection({ s }: { s: Summary }) {
  const p = s.participation;
  if (!p) return null;
  return (
    <section className="summary-section" data-summary-participation="">
      <h3>{p.heading}</h3>
      <dl className="summary-facts summary-participation">
        {p.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              <Bidi>{fact.text}</Bidi>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
