import { isLanguage, type Language } from '../../i18n/languages';

/** The language the child's turn shows: the address's, else the conversation's family language, else the app's. */
export function turnLanguage(asked: string | undefined, familyLanguage: string | undefined, ui: string): Language {
  if (isLanguage(asked)) return asked;
  if (isLanguage(familyLanguage)) return familyLanguage;
  return isLanguage(ui) ? ui : 'sv';
}

/** The second language beside it, when one is asked for and differs from the first. */
export function secondTurnLanguage(asked: string | undefined, first: Language): Language | undefined {
  return isLanguage(asked) && asked !== first ? asked : undefined;
}
