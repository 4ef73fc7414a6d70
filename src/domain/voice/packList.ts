// The host's list of the voice packs it ships (`<base>voice-packs/index.json`): the static wheel pages
// fetch a pack only when it is listed, so a page never asks for a file that is not there (a 404 on every
// visit, and an error in the console of every family's phone).
import { AGE_BANDS, type AgeBand } from '../model';

export const VOICE_PACK_LIST_FORMAT = 'hjulet-voice-pack-list';
/** The list is a few names; anything much larger is not one. */
export const VOICE_PACK_LIST_MAX_CHARS = 64 * 1024;

/** The name a pack has in the list and its file: `so-6-12`. */
export const voicePackName = (lang: string, band: AgeBand) => `${lang}-${band}`;

/** The packs the list names, as `${lang}-${band}`; none for anything that is not a list of ours. */
export function parseVoicePackList(text: string, languages: readonly string[]): Set<string> {
  const names = new Set<string>();
  let list: unknown;
  try {
    list = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return names;
  }
  if (typeof list !== 'object' || list === null) return names;
  const { format, packs } = list as { format?: unknown; packs?: unknown };
  if (format !== VOICE_PACK_LIST_FORMAT || !Array.isArray(packs)) return names;
  const valid = new Set(languages.flatMap((lang) => AGE_BANDS.map((band) => voicePackName(lang, band))));
  for (const name of packs) if (typeof name === 'string' && valid.has(name)) names.add(name);
  return names;
}
