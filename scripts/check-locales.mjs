#!/usr/bin/env node
// Checks locales/<lng>/<namespace>.json against the Swedish source: same files, same keys (nested),
// same array lengths, the plural forms each language needs, the same {{placeholders}}, no empty
// value, and no value left in Swedish or English. Each problem is one line naming language, file and
// key, so a translator can find it. It also checks the per-text review marks (locales/review.json against
// meta.json's counts) and each language's digit system. Used by tests/unit/locales.test.ts; run it alone with
//   node scripts/check-locales.mjs [lng ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  LANGUAGES,
  PLURAL_CATEGORIES,
  SOURCE_LANGUAGE,
  isObject,
  neededPluralForms,
  placeholders,
  pluralCategories,
  pluralGroups,
  requiredPlaceholders,
} from './texts/keys.mjs';
import { REVIEW_FILE, readReview, reviewStatus } from './texts/review.mjs';
import { textRows } from './texts/rows.mjs';

export { LANGUAGES, PLURAL_CATEGORIES, SOURCE_LANGUAGE, placeholders, pluralCategories };

const RTL = new Set(['ar']);

/** Values that may be the same in every language. Keep this short. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['Hjulet', 'OK']);

/**
 * Keys whose value may stay identical to Swedish or English in one language, as "lng": ["ns:key"].
 * Add only a real case (a word that happens to be the same), with a comment saying why.
 */
export const ALLOWED_IDENTICAL = {
  // The same word in English and Swedish.
  en: ['common:child.alias', 'summary:action.status', 'practice:plan.labels.status'],
};

const kindOf = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v);
const join = (base, key) => (base ? `${base}.${key}` : key);
const sorted = (set) => [...set].sort().join(', ') || 'none';

/** Text with placeholders removed still has a letter in it: it is words, not a number or sign. */
function hasWords(value) {
  return /\p{L}/u.test(value.replace(/\{\{[^}]*\}\}/g, '').replace(/\$t\([^)]*\)/g, ''));
}

/**
 * Problems of one namespace of language `lng` against the source. `english` (the en file, when
 * lng is not en) is only used to catch values left in English.
 * @returns {string[]} lines like 'areas.safe.label: empty value'
 */
export function compareNamespace({ ns, lng, source, target, english, nativeNames = [] }) {
  const problems = [];
  const allowed = new Set(ALLOWED_IDENTICAL[lng] ?? []);

  function checkString(p, src, tgt, en, { pluralCategory } = {}) {
    if (typeof tgt !== 'string') {
      problems.push(`${p}: expected a string, found ${kindOf(tgt)}`);
      return;
    }
    if (tgt.trim() === '') {
      problems.push(`${p}: empty value`);
      return;
    }
    const want = requiredPlaceholders(src, pluralCategory);
    const have = requiredPlaceholders(tgt, pluralCategory);
    if (sorted(want) !== sorted(have)) {
      problems.push(`${p}: placeholders {{${sorted(have)}}}, ${SOURCE_LANGUAGE} has {{${sorted(want)}}}`);
    }
    if (!hasWords(tgt) || SAME_IN_EVERY_LANGUAGE.has(tgt.trim()) || nativeNames.includes(tgt.trim())) return;
    if (allowed.has(`${ns}:${p}`)) return;
    if (tgt.trim() === src.trim()) problems.push(`${p}: same as ${SOURCE_LANGUAGE} ("${short(tgt)}"), not translated`);
    else if (typeof en === 'string' && tgt.trim() === en.trim()) {
      problems.push(`${p}: same as en ("${short(tgt)}"), not translated`);
    }
  }

  function walk(p, src, tgt, en) {
    if (isObject(src)) {
      if (!isObject(tgt)) {
        problems.push(`${p || '(root)'}: expected an object, found ${kindOf(tgt)}`);
        return;
      }
      const enObj = isObject(en) ? en : {};
      const groups = pluralGroups(src);
      const seen = new Set();
      for (const [base, srcCats] of groups) {
        const need = new Set(neededPluralForms(lng, srcCats));
        for (const cat of PLURAL_CATEGORIES) {
          const key = `${base}_${cat}`;
          const kp = join(p, key);
          seen.add(key);
          const present = key in tgt;
          if (need.has(cat) && !present) {
            problems.push(`${kp}: missing plural form (${lng} needs ${[...need].map((c) => `_${c}`).join(' ')})`);
          } else if (!need.has(cat) && present) {
            problems.push(`${kp}: unexpected plural form (${lng} uses ${[...need].map((c) => `_${c}`).join(' ')})`);
          } else if (present) {
            const srcForm = src[key] ?? src[`${base}_other`];
            const enForm = enObj[key] ?? enObj[`${base}_other`];
            checkString(kp, srcForm, tgt[key], enForm, { pluralCategory: cat });
          }
        }
      }
      for (const key of Object.keys(src)) {
        if (seen.has(key)) continue;
        seen.add(key);
        if (!(key in tgt)) problems.push(`${join(p, key)}: missing`);
        else walk(join(p, key), src[key], tgt[key], enObj[key]);
      }
      for (const key of Object.keys(tgt)) {
        if (!seen.has(key)) problems.push(`${join(p, key)}: not in ${SOURCE_LANGUAGE} (remove it or add it there)`);
      }
      return;
    }
    if (Array.isArray(src)) {
      if (!Array.isArray(tgt)) {
        problems.push(`${p}: expected an array, found ${kindOf(tgt)}`);
        return;
      }
      if (src.length !== tgt.length) problems.push(`${p}: ${tgt.length} items, ${SOURCE_LANGUAGE} has ${src.length}`);
      const enArr = Array.isArray(en) ? en : [];
      for (let i = 0; i < Math.min(src.length, tgt.length); i += 1) walk(`${p}[${i}]`, src[i], tgt[i], enArr[i]);
      return;
    }
    if (typeof src === 'string') {
      checkString(p, src, tgt, en);
      return;
    }
    if (kindOf(src) !== kindOf(tgt)) problems.push(`${p}: expected ${kindOf(src)}, found ${kindOf(tgt)}`);
  }

  walk('', source, target, lng === 'en' ? undefined : english);
  return problems;
}

/** Problems of the source file itself: empty values and plural forms Swedish does not use. */
export function checkSource(source) {
  const problems = [];
  const need = pluralCategories(SOURCE_LANGUAGE);
  function walk(p, v) {
    if (isObject(v)) {
      for (const [base, cats] of pluralGroups(v)) {
        for (const cat of need) if (!cats.has(cat)) problems.push(`${join(p, `${base}_${cat}`)}: missing plural form`);
        for (const cat of cats) {
          if (!need.includes(cat) && cat !== 'zero') problems.push(`${join(p, `${base}_${cat}`)}: not a Swedish plural form`);
        }
      }
      for (const [k, child] of Object.entries(v)) walk(join(p, k), child);
    } else if (Array.isArray(v)) {
      if (v.length === 0) problems.push(`${p}: empty array`);
      v.forEach((child, i) => walk(`${p}[${i}]`, child));
    } else if (typeof v === 'string') {
      if (v.trim() === '') problems.push(`${p}: empty value`);
    } else {
      problems.push(`${p || '(root)'}: ${kindOf(v)} value, expected text`);
    }
  }
  walk('', source);
  return problems;
}

/** Problems in locales/meta.json. */
export function checkMeta(meta, languages = LANGUAGES) {
  const problems = [];
  if (!isObject(meta)) return ['meta.json: expected an object'];
  for (const lng of languages) {
    const m = meta[lng];
    if (!isObject(m)) {
      problems.push(`meta.json: ${lng} missing`);
      continue;
    }
    if (typeof m.nativeName !== 'string' || m.nativeName.trim() === '') problems.push(`meta.json: ${lng}.nativeName missing`);
    if (m.dir !== 'ltr' && m.dir !== 'rtl') problems.push(`meta.json: ${lng}.dir must be "ltr" or "rtl"`);
    else if ((m.dir === 'rtl') !== RTL.has(lng)) problems.push(`meta.json: ${lng}.dir should be "${RTL.has(lng) ? 'rtl' : 'ltr'}"`);
    if (typeof m.reviewed !== 'boolean') problems.push(`meta.json: ${lng}.reviewed must be true or false`);
    else if (m.reviewed && m.reviewedTexts !== undefined) {
      problems.push(`meta.json: ${lng} is reviewed as a whole, so it has no reviewedTexts count (npm run texts:sync removes it)`);
    } else if (!m.reviewed && !(Number.isInteger(m.reviewedTexts) && m.reviewedTexts >= 0)) {
      problems.push(`meta.json: ${lng}.reviewedTexts must be the number of reviewed texts (npm run texts:sync sets it)`);
    }
    problems.push(...checkDigits(lng, m.intlLocale));
  }
  for (const lng of Object.keys(meta)) if (!languages.includes(lng)) problems.push(`meta.json: unknown language ${lng}`);
  return problems;
}

/**
 * One digit system per language, the same in its texts and in everything Intl formats (dates, numbers):
 * a line never mixes 3 and ٣. Arabic uses 0–9, like its texts, and says so to Intl with -u-nu-latn,
 * since browsers differ in their default for "ar".
 */
export const DIGITS = { ar: 'latn' };
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/u;

export function checkDigits(lng, intlLocale) {
  const system = DIGITS[lng];
  if (!system) return [];
  if (typeof intlLocale !== 'string' || !intlLocale.includes(`-nu-${system}`)) {
    return [`meta.json: ${lng}.intlLocale must ask Intl for ${system} digits explicitly ("…-u-nu-${system}")`];
  }
  const used = new Intl.NumberFormat(intlLocale).resolvedOptions().numberingSystem;
  return used === system ? [] : [`meta.json: ${lng}.intlLocale gives ${used} digits, ${system} wanted`];
}

/** Values of a namespace written with digits other than the language's own system (Arabic-Indic in ar). */
export function digitProblems(lng, value, p = '') {
  if (DIGITS[lng] !== 'latn') return [];
  if (typeof value === 'string') return OTHER_DIGITS.test(value) ? [`${p}: digits other than 0–9; ${lng} writes numbers with 0–9 everywhere`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => digitProblems(lng, v, `${p}[${i}]`));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => digitProblems(lng, v, join(p, k)));
  return [];
}

/** Review marks that do not fit the texts, and counts in meta.json that do not match the marks. */
export function checkReview(localesDir, languages = LANGUAGES) {
  const problems = [];
  let review;
  try {
    review = readReview(localesDir);
  } catch (error) {
    return [`${REVIEW_FILE}: ${error instanceof Error ? error.message : String(error)}`];
  }
  const meta = readJson(path.join(localesDir, 'meta.json')).value ?? {};
  if (!isObject(review)) return [`${REVIEW_FILE}: expected an object`];
  for (const lng of Object.keys(review)) {
    if (!LANGUAGES.includes(lng)) problems.push(`${REVIEW_FILE}: unknown language ${lng}`);
    else if (lng === SOURCE_LANGUAGE) problems.push(`${REVIEW_FILE}: ${lng} is the source language and has no review marks`);
  }
  for (const lng of languages) {
    if (lng === SOURCE_LANGUAGE) continue;
    let rows;
    try {
      rows = textRows(localesDir, lng);
    } catch {
      continue; // a file that is not JSON is reported on its own
    }
    const status = reviewStatus(rows, review[lng]);
    for (const key of status.malformed) problems.push(`${REVIEW_FILE}: ${lng} ${key}: expected { "reviewed": true|false, "hash", "note" }`);
    for (const key of status.unknown) problems.push(`${REVIEW_FILE}: ${lng} ${key}: no such text (npm run texts:sync drops it)`);
    for (const key of status.stale) {
      problems.push(
        `${REVIEW_FILE}: ${lng} ${key}: the text or its Swedish source changed after the review (review it again, or npm run texts:sync drops the mark)`,
      );
    }
    const m = meta[lng];
    if (isObject(m) && m.reviewed === false && m.reviewedTexts !== status.reviewed.length) {
      problems.push(`meta.json: ${lng}.reviewedTexts is ${m.reviewedTexts}, ${REVIEW_FILE} has ${status.reviewed.length} reviewed texts (npm run texts:sync)`);
    }
  }
  return problems;
}

function readJson(file) {
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function namespacesOf(localesDir, lng) {
  const dir = path.join(localesDir, lng);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Checks one namespace of one language on disk (lng may be the source language).
 * @returns {string[]} problems, each prefixed with "<lng>/<ns>.json: "
 */
export function checkFile(localesDir, lng, ns) {
  const prefix = `${lng}/${ns}.json: `;
  const sourceFile = readJson(path.join(localesDir, SOURCE_LANGUAGE, `${ns}.json`));
  if (sourceFile.error) return [`${SOURCE_LANGUAGE}/${ns}.json: ${sourceFile.error}`];
  if (lng === SOURCE_LANGUAGE) return checkSource(sourceFile.value).map((p) => prefix + p);

  const targetPath = path.join(localesDir, lng, `${ns}.json`);
  if (!existsSync(targetPath)) return [`${prefix}file missing`];
  const target = readJson(targetPath);
  if (target.error) return [`${prefix}${target.error}`];
  const englishPath = path.join(localesDir, 'en', `${ns}.json`);
  const english = existsSync(englishPath) ? readJson(englishPath).value : undefined;
  const meta = readJson(path.join(localesDir, 'meta.json')).value;
  const nativeNames = isObject(meta)
    ? Object.values(meta)
        .map((m) => m?.nativeName)
        .filter(Boolean)
    : [];
  return compareNamespace({ ns, lng, source: sourceFile.value, target: target.value, english, nativeNames }).map((p) => prefix + p);
}

/** Every problem in locales/: meta, then each language and namespace. */
export function checkLocales(localesDir, languages = LANGUAGES) {
  const problems = [];
  const meta = readJson(path.join(localesDir, 'meta.json'));
  problems.push(...(meta.error ? [`meta.json: ${meta.error}`] : checkMeta(meta.value)));
  const sourceNamespaces = namespacesOf(localesDir, SOURCE_LANGUAGE);
  if (sourceNamespaces.length === 0) problems.push(`${SOURCE_LANGUAGE}: no namespace files`);
  for (const lng of languages) {
    for (const ns of sourceNamespaces) problems.push(...checkFile(localesDir, lng, ns));
    for (const ns of namespacesOf(localesDir, lng)) {
      if (!sourceNamespaces.includes(ns)) problems.push(`${lng}/${ns}.json: no such file in ${SOURCE_LANGUAGE}`);
    }
  }
  if (sourceNamespaces.length > 0) problems.push(...checkReview(localesDir, languages));
  problems.push(...checkDocuments(localesDir));
  return problems;
}

/**
 * Documents written in a few languages only (locales/documents/<name>-<lng>.json, e.g. the privacy
 * description in Swedish and English): each translation has the Swedish one's keys and placeholders.
 */
export function checkDocuments(localesDir) {
  const dir = path.join(localesDir, 'documents');
  if (!existsSync(dir)) return [];
  const problems = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const match = /^([\w-]+)-([a-z]{2,3})\.json$/.exec(file);
    if (!match || !LANGUAGES.includes(match[2])) {
      problems.push(`documents/${file}: expected <name>-<language>.json with one of ${LANGUAGES.join(', ')}`);
      continue;
    }
    const [, name, lng] = match;
    const source = readJson(path.join(dir, `${name}-${SOURCE_LANGUAGE}.json`));
    const prefix = `documents/${file}: `;
    if (source.error) {
      problems.push(`${prefix}needs documents/${name}-${SOURCE_LANGUAGE}.json (${source.error})`);
      continue;
    }
    if (lng === SOURCE_LANGUAGE) {
      problems.push(...checkSource(source.value).map((p) => prefix + p));
      continue;
    }
    const target = readJson(path.join(dir, file));
    if (target.error) problems.push(`${prefix}${target.error}`);
    else problems.push(...compareNamespace({ ns: `documents/${name}`, lng, source: source.value, target: target.value }).map((p) => prefix + p));
  }
  return problems;
}

function short(text) {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 50 ? `${t.slice(0, 47)}...` : t;
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const wanted = process.argv.slice(2);
  const languages = wanted.length > 0 ? LANGUAGES.filter((l) => wanted.includes(l)) : LANGUAGES;
  const problems = checkLocales(path.join(root, 'locales'), languages);
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? 'locales: no problems' : `locales: ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
