// What the wheel picture shows, in one language: labels, hub text, title, caption and legend.
// Pure: a translate function bound to the picture's language comes in, a serialisable input goes out.
import type { AreaEntry } from '../../domain/model';
import type { Translate } from '../../domain/summary';
import { AREA_IDS, PERSPECTIVES, type AreaId } from '../../domain/wheel';
import { wheelScene } from '../../ui/wheel/WheelDrawing';
import type { EmbeddedFont, WheelImageInput } from './wheelSvg';

export interface WheelImageSource {
  t: Translate;
  lang: string;
  rtl: boolean;
  entries: Record<AreaId, AreaEntry>;
  /** The child's alias, as typed: the serialiser escapes it. */
  alias: string;
  /** The conversation's date, already formatted for the language. */
  dateText: string;
  fonts?: readonly EmbeddedFont[];
}

export function wheelImageInput({ t, lang, rtl, entries, alias, dateText, fonts }: WheelImageSource): WheelImageInput {
  const labels = Object.fromEntries(AREA_IDS.map((id) => [id, t(`wheel:areas.${id}.label`)])) as Record<AreaId, string>;
  const input: WheelImageInput = {
    scene: wheelScene({ labels, centre: t('wheel:centre'), entries, rtl }),
    lang,
    rtl,
    title: t('common:wheelUi.name'),
    caption: [alias.trim(), dateText].filter((part) => part !== '').join(' · '),
    legend: [
      ...PERSPECTIVES.map((perspective) => ({ kind: 'perspective' as const, perspective, label: t(`wheel:perspectives.${perspective}`) })),
      { kind: 'notes' as const, label: t('common:wheelUi.notesLegend') },
    ],
  };
  if (fonts) input.fonts = fonts;
  return input;
}

/** Every text the picture shows, to choose which font files to embed. */
export function imageTexts(input: WheelImageInput): string {
  const { scene } = input;
  return [
    input.title,
    input.caption,
    scene.centre.label,
    ...scene.areas.flatMap((a) => a.label.lines.map((l) => l.text)),
    ...input.legend.map((item) => item.label),
  ].join(' ');
}
