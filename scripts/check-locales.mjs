#!/usr/bin/env node
// Checks locales/<lng>/<namespace>.json against the Swedish source: same files, same keys (nested),
// same array lengths, the plural forms each language needs, the same {{placeholders}}, no empty
// value, and no value left in Swedish or English. Each problem is one line naming language, file and
// key, so a translator can find it. Used by tests/unit/locales.test.ts; run it alone with
//   node scripts/check-locales.mjs [lng ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE_LANGUAGE = 'sv';
export const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'];
const RTL = new Set(['ar']);

/** i18next plural suffixes, in CLDR order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/** Values that may be the same in every language. Keep this short. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['Hjulet', 'OK']);

/**
 * Keys whose value may stay identical to Swedish or English in one language, as "lng": ["ns:key"].
 * Add only a real case (a word that happens to be the same), with a comment saying why.
 */
export const ALLOWED_IDENTICAL = {
  // The same word in English and Swedish.
  en: ['common:child.alias', 'summary:action.status'],
};

/** Plural categories i18next will ask for in this language. */
export function pluralCategories(lng) {
  // Kurmanji has one/other; Intl may not know "kmr", and its fallback would be the runtime's locale.
  if (lng === 'kmr') return ['one', 'other'];
  const found = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((c) => found.includes(c));
}

/** {{name}} placeholders (format part dropped) and $t(nesting) references in a value. */
export function placeholders(value) {
  const names = new Set();
  for (const m of value.matchAll(/\{\{\s*-?\s*([^},]+?)\s*(?:,[^}]*)?\}\}/g)) names.add(m[1]);
  for (const m of value.matchAll(/\$t\(\s*([^,)]+?)\s*[,)]/g)) names.add(`$t(${m[1]})`);
  return names;
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v);
const join = (base, key) => (base ? `${base}.${key}` : key);
const sorted = (set) => [...set].sort().join(', ') || 'none';

/** Text with placeholders removed still has a letter in it: it is words, not a number or sign. */
function hasWords(value) {
  return /\p{L}/u.test(value.replace(/\{\{[^}]*\}\}/g, '').replace(/\$t\([^)]*\)/g, ''));
}

/** Keys of a source object that are plural forms, grouped by their base ("count_one" -> "count"). */
function pluralGroups(sourceObject) {
  const groups = new Map();
  for (const key of Object.keys(sourceObject)) {
    const m = PLURAL_KEY.exec(key);
    if (!m || !(`${m[1]}_other` in sourceObject)) continue;
    const [, base, category] = m;
    if (!groups.has(base)) groups.set(base, new Set());
    groups.get(base).add(category);
  }
  return groups;
}

/**
 * Problems of one namespace of language `lng` against the source. `english` (the en file, when
 * lng is not en) is only used to catch values left in English.
 * @returns {string[]} lines like 'areas.safe.label: empty value'
 */
export function compareNamespace({ ns, lng, source, target, english, nativeNames = [] }) {
  const problems = [];
  const sourcePlurals = pluralCategories(SOURCE_LANGUAGE);
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
    const want = placeholders(src);
    const have = placeholders(tgt);
    if (pluralCategory !== undefined && pluralCategory !== 'other') {
      // A singular or dual form may say the number in words ("ett barn", Arabic "طفلان").
      want.delete('count');
      have.delete('count');
    }
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
        // i18next looks up _zero for count 0 in every language when it exists: keep it if sv has it.
        const extraZero = srcCats.has('zero') && !sourcePlurals.includes('zero');
        const need = new Set(pluralCategories(lng));
        if (extraZero) need.add('zero');
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
  }
  for (const lng of Object.keys(meta)) if (!languages.includes(lng)) problems.push(`meta.json: unknown language ${lng}`);
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
  const nativeNames = isObject(meta) ? Object.values(meta).map((m) => m?.nativeName).filter(Boolean) : [];
  return compareNamespace({ ns, lng, source: sourceFile.value, target: target.value, english, nativeNames }).map(
    (p) => prefix + p,
  );
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
