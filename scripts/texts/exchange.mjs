// The review round trip: a language's texts out to a spreadsheet and back (see docs/translation-review.md).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, SOURCE_LANGUAGE, requiredPlaceholders } from './keys.mjs';
import { parseCsv, toCsv } from './csv.mjs';
import { replaceStrings } from './jsonText.mjs';
import { readReview, reviewHash, reviewStatus, updateMetaCounts, writeReview } from './review.mjs';
import { textRows } from './rows.mjs';

const YES = new Set(['yes', 'ja', 'y', 'j', 'x', 'true', '1']);
const NO = new Set(['no', 'nej', 'n', 'false', '0', '']);

export function header(lng) {
  return ['key', SOURCE_LANGUAGE, 'en', lng, 'reviewed', 'note'];
}

/** The CSV of one language: one row per text, in the order of the Swedish files. */
export function exportCsv(localesDir, lng) {
  if (!LANGUAGES.includes(lng)) throw new Error(`unknown language "${lng}" (one of ${LANGUAGES.join(', ')})`);
  const rows = textRows(localesDir, lng);
  const marks = readReview(localesDir)[lng] ?? {};
  const fitting = new Set(reviewStatus(rows, marks).reviewed);
  return toCsv([header(lng), ...rows.map((r) => [r.key, r.source, r.english, r.text, fitting.has(r.key) ? 'yes' : 'no', marks[r.key]?.note ?? ''])]);
}

const sortedList = (set) => [...set].sort().join(', ') || 'none';

/**
 * Reads a reviewed CSV back into locales/<lng>/*.json and locales/review.json. Rows that cannot be used
 * are refused one by one (with their line) and change nothing; the others are written.
 * @returns {{ lng: string, changed: number, reviewed: number, refused: {line: number, key: string, reason: string}[], warnings: string[] }}
 */
export function importCsv(localesDir, csvText, { write = true } = {}) {
  const records = parseCsv(csvText);
  const head = records.shift();
  const lng = head?.fields[3]?.trim() ?? '';
  const expected = header(lng);
  if (!head || !expected.every((name, i) => (head.fields[i] ?? '').trim().toLowerCase() === name.toLowerCase())) {
    throw new Error(
      `the first line must be the header ${expected.map((h) => `"${h}"`).join(',')} (as texts:export writes it), with the language code in the 4th column`,
    );
  }
  if (!LANGUAGES.includes(lng)) throw new Error(`"${lng}" is not one of Hjulet's languages (${LANGUAGES.join(', ')})`);
  // Swedish is the source: its wording can be edited this way too, but it has no review marks.
  const marksKept = lng !== SOURCE_LANGUAGE;
  const rows = new Map(textRows(localesDir, lng).map((r) => [r.key, r]));
  const review = readReview(localesDir);
  const marks = { ...(review[lng] ?? {}) };
  const changes = new Map();
  const refused = [];
  const warnings = [];
  const seen = new Set();
  let changed = 0;
  for (const { line, fields } of records) {
    const [key = '', source = '', , text = '', reviewedCell = '', note = ''] = fields;
    const refuse = (reason) => refused.push({ line, key, reason });
    const row = rows.get(key.trim());
    if (fields.slice(6).some((f) => f.trim() !== '')) refuse('more than 6 columns');
    else if (!row) refuse(`no text "${key}" in ${lng}`);
    else if (row.missing) refuse(`locales/${lng}/${row.ns}.json has no such key yet: add it there first (npm run check:locales lists what is missing)`);
    else if (seen.has(row.key)) refuse('the key is in the file twice');
    else if (text.trim() === '') refuse('the text is empty');
    else if (!YES.has(reviewedCell.trim().toLowerCase()) && !NO.has(reviewedCell.trim().toLowerCase())) {
      refuse(`reviewed is "${reviewedCell}", write yes or no`);
    } else {
      const want = requiredPlaceholders(row.source, row.pluralCategory);
      const have = requiredPlaceholders(text, row.pluralCategory);
      if (sortedList(want) !== sortedList(have)) {
        refuse(`placeholders {{${sortedList(have)}}}, ${SOURCE_LANGUAGE} has {{${sortedList(want)}}}: keep each {{…}} exactly as in the source`);
      } else {
        seen.add(row.key);
        if (text !== row.text) {
          if (!changes.has(row.ns)) changes.set(row.ns, new Map());
          changes.get(row.ns).set(row.path, text);
          changed += 1;
        }
        let reviewed = YES.has(reviewedCell.trim().toLowerCase());
        if (!marksKept) continue;
        if (reviewed && source !== row.source) {
          warnings.push(`line ${line} ${row.key}: the Swedish text changed since the export, so the row is not marked reviewed`);
          reviewed = false;
        }
        const trimmedNote = note.trim();
        if (reviewed) marks[row.key] = { reviewed: true, hash: reviewHash(row.source, text), ...(trimmedNote ? { note: trimmedNote } : {}) };
        else if (trimmedNote) marks[row.key] = { reviewed: false, note: trimmedNote };
        else delete marks[row.key];
      }
    }
  }
  const reviewedCount = reviewStatus(
    [...rows.values()].map((r) => (changes.get(r.ns)?.has(r.path) ? { ...r, text: changes.get(r.ns).get(r.path) } : r)),
    marks,
  ).reviewed.length;
  if (write) {
    for (const [ns, nsChanges] of changes) {
      const file = path.join(localesDir, lng, `${ns}.json`);
      writeFileSync(file, replaceStrings(readFileSync(file, 'utf8'), nsChanges).text);
    }
    // Review marks certify source and text together, so a changed text may change the counts too.
    if (marksKept && (changes.size > 0 || JSON.stringify(marks) !== JSON.stringify(review[lng] ?? {}))) {
      writeReview(localesDir, { ...review, [lng]: marks });
      updateMetaCounts(localesDir, { ...review, [lng]: marks });
    }
  }
  return { lng, changed, reviewed: reviewedCount, refused, warnings };
}
