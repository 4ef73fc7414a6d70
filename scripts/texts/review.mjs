// Per-text review status, kept in locales/review.json beside meta.json:
//   { "so": { "common:home.intro": { "reviewed": true, "hash": "…", "note": "…" } } }
// A mark holds a hash of the Swedish source and the text as they were when reviewed: when either
// changes, the mark no longer fits and the locale check says so (`npm run texts:sync` drops such marks).
// meta.json's `reviewedTexts` is the number of fitting marks, which the app shows as a share.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, isObject } from './keys.mjs';
import { textRows } from './rows.mjs';

export const REVIEW_FILE = 'review.json';

/** What a review mark certifies: this source and this translation, together. */
export function reviewHash(source, text) {
  return createHash('sha256').update(`${source}\u0000${text}`).digest('hex').slice(0, 16);
}

export function readReview(localesDir) {
  const file = path.join(localesDir, REVIEW_FILE);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** Writes review.json with languages in the app's order and keys in row order, for quiet diffs. */
export function writeReview(localesDir, review) {
  const out = {};
  for (const lng of LANGUAGES) {
    const marks = review[lng];
    if (!isObject(marks) || Object.keys(marks).length === 0) continue;
    const order = new Map(textRows(localesDir, lng).map((r, i) => [r.key, i]));
    out[lng] = Object.fromEntries(Object.entries(marks).sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9)));
  }
  writeFileSync(path.join(localesDir, REVIEW_FILE), `${JSON.stringify(out, null, 2)}\n`);
}

/**
 * How the marks of one language stand against its current texts.
 * @returns {{ reviewed: string[], stale: string[], unknown: string[], malformed: string[] }}
 */
export function reviewStatus(rows, marks = {}) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const status = { reviewed: [], stale: [], unknown: [], malformed: [] };
  for (const [key, mark] of Object.entries(marks)) {
    const row = byKey.get(key);
    if (!isObject(mark) || typeof mark.reviewed !== 'boolean' || (mark.note !== undefined && typeof mark.note !== 'string')) {
      status.malformed.push(key);
    } else if (!row) status.unknown.push(key);
    else if (mark.reviewed && mark.hash !== reviewHash(row.source, row.text)) status.stale.push(key);
    else if (mark.reviewed) status.reviewed.push(key);
  }
  return status;
}

/** meta.json in its one-line-per-language layout. */
export function formatMeta(meta) {
  const line = (value) =>
    `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  return `{\n${Object.entries(meta)
    .map(([lng, value]) => `  ${JSON.stringify(lng)}: ${line(value)}`)
    .join(',\n')}\n}\n`;
}

/** Sets meta.<lng>.reviewedTexts to the number of fitting marks, for every language that is not reviewed as a whole. */
export function updateMetaCounts(localesDir, review) {
  const file = path.join(localesDir, 'meta.json');
  const meta = JSON.parse(readFileSync(file, 'utf8'));
  for (const lng of Object.keys(meta)) {
    if (meta[lng].reviewed === true) {
      delete meta[lng].reviewedTexts;
      continue;
    }
    meta[lng].reviewedTexts = reviewStatus(textRows(localesDir, lng), review[lng]).reviewed.length;
  }
  writeFileSync(file, formatMeta(meta));
  return meta;
}

/** Drops marks that no longer fit (text or source changed, key gone) and updates the counts. */
export function syncReview(localesDir) {
  const review = readReview(localesDir);
  const dropped = [];
  for (const lng of Object.keys(review)) {
    const status = reviewStatus(textRows(localesDir, lng), review[lng]);
    for (const key of [...status.unknown, ...status.malformed]) {
      delete review[lng][key];
      dropped.push(`${lng} ${key}`);
    }
    for (const key of status.stale) {
      // The note may still help the next reviewer; only the mark goes.
      const { note } = review[lng][key];
      if (note) review[lng][key] = { reviewed: false, note };
      else delete review[lng][key];
      dropped.push(`${lng} ${key}`);
    }
  }
  writeReview(localesDir, review);
  updateMetaCounts(localesDir, review);
  return dropped;
}
