// Reading a printed PDF back as text (pdftotext, from Debian's poppler-utils) to check what a printout holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Text as pdftotext gives it, made comparable: compatibility forms (Arabic ligatures) unfolded, Arabic
 * vowel marks and every space and direction mark dropped (pdftotext splits Arabic words and may move marks).
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
}

/** The text of a PDF file on disk. */
export function pdfFileText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function withPdfFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'hjulet-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of PDF bytes (written to a temporary file for pdftotext). */
export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, pdfFileText);
}

/** Names of the fonts embedded in the PDF (pdffonts), e.g. "NotoSansArabic-Regular". */
export function pdfFonts(pdf: Buffer): string[] {
  const table = withPdfFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
    .filter(Boolean);
}
