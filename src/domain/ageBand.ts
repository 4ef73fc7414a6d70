import { AGE_BANDS, type AgeBand, type Child, type Conversation } from './model';
import type { AreaId } from './wheel';

/** The band for a child born in `birthYear` on the day `date` (yyyy-mm-dd); 6–12 when the year is not known. */
export function ageBandFor(birthYear: number | undefined, date: string): AgeBand {
  if (birthYear === undefined) return '6-12';
  // Only the year is known: the age the child turns this year, which is right for most of the year.
  const age = Number(date.slice(0, 4)) - birthYear;
  if (age <= 5) return '0-5';
  if (age <= 12) return '6-12';
  return '13-17';
}

/** The band a conversation's child texts use: its own choice, else the one the birth year gives. */
export function conversationAgeBand(conversation: Pick<Conversation, 'ageBand' | 'date'>, child: Pick<Child, 'birthYear'> | undefined): AgeBand {
  return conversation.ageBand ?? ageBandFor(child?.birthYear, conversation.date);
}

/** The band whose child texts are the wheel's original ones (`areas.<id>.child`, `areas.<id>.prompts`). */
export const BASE_AGE_BAND: AgeBand = '6-12';

/** The other bands have their texts under `bands.<band>` (locales/<lng>/wheel.json, and wheel packs). */
export const OTHER_AGE_BANDS = AGE_BANDS.filter((band) => band !== BASE_AGE_BAND);

type OtherAgeBand = Exclude<AgeBand, '6-12'>;
/** A band's text under `base`: the original one for the base band, else under `bands.<band>`. */
type BandKey<Base extends string, Leaf extends string> = `${Base}.${Leaf}` | `${Base}.bands.${OtherAgeBand}.${Leaf}`;

/** The keys these functions return, exactly, so that the typecheck holds them to the Swedish texts. */
export type ChildTextKey = BandKey<`areas.${AreaId}`, 'child'>;
export type ChildPromptsKey = BandKey<`areas.${AreaId}`, 'prompts'>;
export type HopesQuestionKey = BandKey<'hopes', 'question'>;

function bandPath<Base extends string, Leaf extends string>(base: Base, band: AgeBand, leaf: Leaf): BandKey<Base, Leaf> {
  return (band === BASE_AGE_BAND ? `${base}.${leaf}` : `${base}.bands.${band}.${leaf}`) as BandKey<Base, Leaf>;
}

/** Key of an area's child-friendly text for a band, in the wheel texts. */
export function childTextKey(areaId: AreaId, band: AgeBand): ChildTextKey {
  return bandPath(`areas.${areaId}` as const, band, 'child');
}

/** Key of an area's prompts (questions for the child, or for the guardian about the child) for a band. */
export function childPromptsKey(areaId: AreaId, band: AgeBand): ChildPromptsKey {
  return bandPath(`areas.${areaId}` as const, band, 'prompts');
}

/** Key of the question for the whole wheel at the end ("What would make things better? My hopes"). */
export function hopesQuestionKey(band: AgeBand): HopesQuestionKey {
  return bandPath('hopes', band, 'question');
}
