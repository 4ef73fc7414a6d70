// The summary's wheel as an image file (PNG or SVG), with the fonts its texts need embedded. Loaded when
// a user first exports the picture (SummaryColumn), so the summary page's first load stays light.
import type { Conversation } from '../../domain/model';
import type { Translate } from '../../domain/summary';
import { LANGUAGE_META, type Language } from '../../i18n/languages';
import { wheelImageFileName } from './backupRules';
import { embeddedFontsFor } from './fonts';
import { svgToPng } from './png';
import { imageTexts, wheelImageInput } from './wheelImage';
import { wheelSvgDocument } from './wheelSvg';

export interface WheelImageRequest {
  conversation: Conversation;
  lng: Language;
  t: Translate;
  /** As the summary shows them. */
  alias: string;
  dateText: string;
}

export async function wheelImageFile({ conversation, lng, t, alias, dateText }: WheelImageRequest, kind: 'png' | 'svg'): Promise<File> {
  const base = { t, lang: lng, rtl: LANGUAGE_META[lng].dir === 'rtl', entries: conversation.entries, alias, dateText };
  const fonts = await embeddedFontsFor(imageTexts(wheelImageInput(base)));
  const { svg, width, height } = wheelSvgDocument(wheelImageInput({ ...base, fonts }));
  const name = wheelImageFileName(conversation.date, lng, kind);
  if (kind === 'svg') return new File([svg], name, { type: 'image/svg+xml' });
  return new File([await svgToPng(svg, width, height)], name, { type: 'image/png' });
}
