// What every texts tool agrees on: the languages, their plural forms, and what a placeholder is.
// Shared by the locale check (scripts/check-locales.mjs) and the review workflow (texts-export/-import).

export const SOURCE_LANGUAGE = 'sv';
export const LANGUAGES = ['sv', 'en', 'fi', 'so', 'ar', 'kmr'];

/** i18next plural suffixes, in CLDR order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
export const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/**
 * The placeholders a form must keep. A singular or dual form may say the number in words ("ett barn",
 * Arabic "طفلان"), so {{count}} is optional in every plural form but "other".
 */
export function requiredPlaceholders(value, pluralCategory) {
  const names = placeholders(value);
  if (pluralCategory !== undefined && pluralCategory !== 'other') names.delete('count');
  return names;
}

/** Keys of a source object that are plural forms, grouped by their base ("count_one" -> "count"). */
export function pluralGroups(sourceObject) {
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
 * The plural forms language `lng` must have for a group the source has: its own categories, plus
 * _zero when Swedish has one (i18next looks up _zero for count 0 in every language when it exists).
 */
export function neededPluralForms(lng, sourceCategories) {
  const need = pluralCategories(lng);
  const extraZero = sourceCategories.has('zero') && !pluralCategories(SOURCE_LANGUAGE).includes('zero');
  return extraZero && !need.includes('zero') ? [...need, 'zero'] : need;
}
