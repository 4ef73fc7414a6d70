// The app's bundled fonts, embedded into an exported SVG so its labels render the same everywhere,
// including when the SVG is drawn onto a canvas for the PNG (an SVG image cannot load outside fonts).
// The files are the same assets fonts.css uses: same origin, precached, so this works offline.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import arabic400 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import arabic700 from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import { bytesToBase64 } from '../../domain/crypto/base64';
import type { EmbeddedFont } from './wheelSvg';

interface FontFile {
  family: string;
  weight: 400 | 700;
  url: string;
  unicodeRange?: string;
  /** Any character of the text in this range makes the file needed. */
  needed: RegExp;
}

const LATIN_RANGE = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1E00-1EFF,U+2C60-2C7F,U+A720-A7FF';
const LATIN = /[\u0020-\u00FF]/;
const LATIN_EXT = /[\u0100-\u02FF\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export const FONT_FILES: readonly FontFile[] = [
  { family: 'Noto Sans', weight: 400, url: latin400, unicodeRange: LATIN_RANGE, needed: LATIN },
  { family: 'Noto Sans', weight: 700, url: latin700, unicodeRange: LATIN_RANGE, needed: LATIN },
  { family: 'Noto Sans', weight: 400, url: latinExt400, unicodeRange: LATIN_EXT_RANGE, needed: LATIN_EXT },
  { family: 'Noto Sans', weight: 700, url: latinExt700, unicodeRange: LATIN_EXT_RANGE, needed: LATIN_EXT },
  { family: 'Noto Sans Arabic', weight: 400, url: arabic400, needed: ARABIC },
  { family: 'Noto Sans Arabic', weight: 700, url: arabic700, needed: ARABIC },
];

/** Only the files the text needs: a Swedish picture carries no Arabic font and the other way round. */
export function fontFilesFor(text: string): FontFile[] {
  return FONT_FILES.filter((file) => file.needed.test(text));
}

const cache = new Map<string, Promise<string>>();

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return `data:font/woff2;base64,${bytesToBase64(new Uint8Array(await response.arrayBuffer()))}`;
}

/** Embeddable fonts for the text; a font that cannot be read is left out (the viewer's own font is used). */
export async function embeddedFontsFor(text: string): Promise<EmbeddedFont[]> {
  const files = fontFilesFor(text);
  const loaded = await Promise.all(
    files.map(async (file) => {
      let pending = cache.get(file.url);
      if (!pending) {
        pending = dataUrl(file.url);
        cache.set(file.url, pending);
        pending.catch(() => cache.delete(file.url));
      }
      try {
        const font: EmbeddedFont = { family: file.family, weight: file.weight, dataUrl: await pending };
        if (file.unicodeRange) font.unicodeRange = file.unicodeRange;
        return [font];
      } catch {
        return [];
      }
    }),
  );
  return loaded.flat();
}
