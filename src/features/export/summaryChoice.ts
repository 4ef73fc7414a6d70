// The summary's language choice (which language, or both side by side) is kept for this tab in
// sessionStorage, so that a reload (pulled down on a tablet, or the app reloading into a new version when a
// text file is missing) opens the same summary the same way. A language code and a word, no child data.
import { isLanguage, type Language } from '../../i18n/languages';

export type Choice = 'ui' | 'family' | 'both';
export interface SummaryChoice {
  choice: Choice;
  /** The family language picked on the page; undefined keeps the conversation's own. */
  picked?: Language;
}

const KEY = 'hjulet.summaryChoice';
const CHOICES: readonly string[] = ['ui', 'family', 'both'];

/** The choice last made for this conversation in this tab, else the page's default. */
export function readSummaryChoice(conversationId: string): SummaryChoice {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { id?: unknown; choice?: unknown; picked?: unknown } | null;
    if (stored?.id !== conversationId || typeof stored.choice !== 'string' || !CHOICES.includes(stored.choice)) return { choice: 'ui' };
    const choice = stored.choice as Choice;
    return isLanguage(stored.picked) ? { choice, picked: stored.picked } : { choice };
  } catch {
    return { choice: 'ui' };
  }
}

/** Remembers one conversation's choice (the last summary opened is the one a reload returns to). */
export function saveSummaryChoice(conversationId: string, value: SummaryChoice): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ id: conversationId, ...value }));
  } catch {
    // Storage refused (a private window's quota): the choice lasts as long as the page, as before.
  }
}
