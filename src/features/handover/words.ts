// The passphrase word lists, one chunk per language, loaded only when a handover is made.
import { parseWordList } from '../../domain/handover/passphrase';
import type { Language } from '../../i18n/languages';

const LISTS: Record<Language, () => Promise<{ default: string }>> = {
  sv: () => import('../../domain/handover/words/sv'),
  en: () => import('../../domain/handover/words/en'),
  fi: () => import('../../domain/handover/words/fi'),
  so: () => import('../../domain/handover/words/so'),
  ar: () => import('../../domain/handover/words/ar'),
  kmr: () => import('../../domain/handover/words/kmr'),
};

export async function wordList(lng: Language): Promise<string[]> {
  return parseWordList((await LISTS[lng]()).default);
}
