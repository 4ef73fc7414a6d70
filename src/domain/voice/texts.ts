// Every text the app reads aloud to a family in one age band, by key, in the order a child meets them:
// what the recordings page lists, and so what a complete voice pack holds. The keys are the ones the
// read-aloud buttons ask for (features/childTurn, features/wheel), with their namespace.
import { childPromptsKey, childTextKey, hopesQuestionKey } from '../ageBand';
import type { AgeBand } from '../model';
import { AREA_IDS, RATINGS, type AreaId } from '../wheel';

export interface VoiceText {
  key: string;
  text: string;
  /** The area it belongs to; none for the rating words and the questions for the whole wheel. */
  areaId?: AreaId;
}

export interface VoiceTextSource {
  /** The text of a key (`wheel:areas.safe.label`) in the language recorded. */
  text(key: string): string;
  /** A list of texts (the prompts) of a key. */
  list(key: string): readonly string[];
}

export function voiceTextsFor(band: AgeBand, source: VoiceTextSource): VoiceText[] {
  const texts: VoiceText[] = [];
  const add = (key: string, areaId?: AreaId) => texts.push(areaId ? { key, text: source.text(key), areaId } : { key, text: source.text(key) });
  for (const areaId of AREA_IDS) {
    add(`wheel:areas.${areaId}.label`, areaId);
    add(`wheel:${childTextKey(areaId, band)}`, areaId);
    const prompts = `wheel:${childPromptsKey(areaId, band)}`;
    source.list(prompts).forEach((text, index) => texts.push({ key: `${prompts}.${index}`, text, areaId }));
  }
  add(`childTurn:question.${band}`);
  for (const rating of RATINGS) add(`wheel:scale.${rating}`);
  add('childTurn:pass');
  add(`wheel:${hopesQuestionKey(band)}`);
  return texts.filter((entry) => entry.text.trim() !== '');
}
