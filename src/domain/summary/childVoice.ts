// The child's voice in the summary: the child's own words and pass per area, which answers came from the
// child's turn, the child's hopes, and how the child took part (SOSFS 2014:5, "Barnets delaktighet").
// User text (own words, hopes, the interpreter's language, aids, reasons) is joined to translated labels
// here, never passed through `t`.
import { areasAnsweredInChildTurn } from '../childAnswers';
import type { AreaEntry, Conversation } from '../model';
import type { AreaId } from '../wheel';
import type { SummaryChildVoiceLabels, SummaryFact, SummaryParticipation, Translate } from './types';

/** Line breaks made uniform and outer whitespace trimmed (the same rule as every other text of the summary). */
type Clean = (text: string | undefined) => string;

export function childVoiceLabels(t: Translate): SummaryChildVoiceLabels {
  return {
    childWords: t('summary:childVoice.words'),
    childPassed: t('summary:childVoice.passed'),
    inChildTurn: t('summary:childVoice.inTurn'),
    hopes: t('summary:childVoice.hopes'),
    quoteOpen: t('summary:childVoice.quoteOpen'),
    quoteClose: t('summary:childVoice.quoteClose'),
  };
}

/** The child's own part of one area. */
export function areaChildVoice(entry: AreaEntry | undefined, clean: Clean) {
  return {
    childWords: clean(entry?.childWords),
    childPassed: entry?.childPassed === true && entry.ratings.child === undefined,
    childTurn: entry?.childTurn === true,
  };
}

/** Text in the language's quotation marks: ”…” (sv), “…” (en), «…» (ar). */
export function quoted(labels: SummaryChildVoiceLabels, text: string): string {
  return `${labels.quoteOpen}${text}${labels.quoteClose}`;
}

/** "Barnets delaktighet": how the child took part, in the words records systems use; undefined when nothing is known. */
export function buildParticipation(
  t: Translate,
  conversation: Conversation,
  areaLabel: (id: AreaId) => string,
  clean: Clean,
): SummaryParticipation | undefined {
  const p = conversation.participation;
  const facts: SummaryFact[] = [];
  const yesNo = (value: boolean) => t(value ? 'summary:participation.yes' : 'summary:participation.no');
  if (p?.childPresent !== undefined) facts.push({ label: t('summary:participation.childPresent'), text: yesNo(p.childPresent) });
  if (p && p.ways.length > 0) {
    const other = clean(p.otherWay);
    const ways = p.ways.map((way) => {
      const name = t(`summary:participation.way.${way}`);
      return way === 'other' && other ? `${name} (${other})` : name;
    });
    facts.push({ label: t('summary:participation.ways'), text: ways.join(', ') });
  }
  if (p?.interpreterUsed !== undefined) {
    const language = clean(p.interpreterLanguage);
    const text = p.interpreterUsed && language ? `${yesNo(true)} (${language})` : yesNo(p.interpreterUsed);
    facts.push({ label: t('summary:participation.interpreter'), text });
  }
  const aids = clean(p?.aids);
  if (aids) facts.push({ label: t('summary:participation.aids'), text: aids });
  if (p?.viewObtained) facts.push({ label: t('summary:participation.viewObtained'), text: t(`summary:participation.obtained.${p.viewObtained}`) });
  const reason = clean(p?.notObtainedReason);
  if (reason && p?.viewObtained !== 'yes') facts.push({ label: t('summary:participation.reason'), text: reason });
  const inTurn = areasAnsweredInChildTurn(conversation);
  if (inTurn.length > 0) facts.push({ label: t('summary:participation.inTurnAreas'), text: inTurn.map(areaLabel).join(', ') });
  return facts.length > 0 ? { heading: t('summary:participation.heading'), facts } : undefined;
}
