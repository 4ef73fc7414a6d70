import type { TFunction, i18n as I18n } from 'i18next';
import type { AgeBand } from '../../domain/model';

/** The texts of the child's turn in one language (the child's), for one age band. */
export interface TurnTexts {
  lang: string;
  dir: 'ltr' | 'rtl';
  band: AgeBand;
  /** the child's turn's own texts (childTurn namespace, loaded with the page) */
  tt: TFunction<'childTurn'>;
  /** wheel namespace (with the wheel pack in use) */
  tw: TFunction<'wheel'>;
}

export function turnTexts(i18n: I18n, lang: string, band: AgeBand): TurnTexts {
  return { lang, dir: i18n.dir(lang), band, tt: i18n.getFixedT(lang, 'childTurn'), tw: i18n.getFixedT(lang, 'wheel') };
}

/** A list of texts (the prompts) as strings; anything else as none. */
export function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
