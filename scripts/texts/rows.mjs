// One row per text of a language, as a translator reviews it: the key, the Swedish source, the English,
// and the language's current text. Array items are rows of their own (`wheel:areas.safe.prompts[0]`),
// and each plural form the language needs is a row (Arabic has six where Swedish has two); the source of
// a form Swedish lacks is Swedish's `_other`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANGUAGE, isObject, neededPluralForms, pluralGroups } from './keys.mjs';
import { joinPath } from './jsonText.mjs';

/**
 * @typedef {{ key: string, ns: string, path: string, source: string, english: string, text: string,
 *   pluralCategory?: string, missing?: true }} TextRow  (`missing`: the language's file lacks this text)
 */

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export function sourceNamespaces(localesDir) {
  return readdirSync(path.join(localesDir, SOURCE_LANGUAGE))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

const str = (v) => (typeof v === 'string' ? v : '');

/** Rows of one namespace, in the order of the Swedish file. */
export function namespaceRows({ ns, lng, source, english, target }) {
  const rows = [];
  const add = (p, src, en, tgt, pluralCategory) => {
    const row = { key: `${ns}:${p}`, ns, path: p, source: str(src), english: str(en), text: str(tgt) };
    if (pluralCategory) row.pluralCategory = pluralCategory;
    if (typeof tgt !== 'string') row.missing = true;
    rows.push(row);
  };
  function walk(p, src, en, tgt) {
    if (isObject(src)) {
      const enObj = isObject(en) ? en : {};
      const tgtObj = isObject(tgt) ? tgt : {};
      const groups = pluralGroups(src);
      const done = new Set();
      for (const key of Object.keys(src)) {
        if (done.has(key)) continue;
        const group = [...groups].find(([base]) => key.startsWith(`${base}_`) && groups.get(base).has(key.slice(base.length + 1)));
        if (group) {
          const [base, cats] = group;
          for (const cat of cats) done.add(`${base}_${cat}`);
          for (const cat of neededPluralForms(lng, cats)) {
            const form = `${base}_${cat}`;
            add(joinPath(p, form), src[form] ?? src[`${base}_other`], enObj[form] ?? enObj[`${base}_other`], tgtObj[form], cat);
          }
          continue;
        }
        done.add(key);
        walk(joinPath(p, key), src[key], enObj[key], tgtObj[key]);
      }
    } else if (Array.isArray(src)) {
      src.forEach((item, i) => walk(joinPath(p, i), item, Array.isArray(en) ? en[i] : undefined, Array.isArray(tgt) ? tgt[i] : undefined));
    } else if (typeof src === 'string') {
      add(p, src, en, tgt);
    }
  }
  walk('', source, english, target);
  return rows;
}

/** Every row of language `lng` in locales/, namespace by namespace. */
export function textRows(localesDir, lng) {
  return sourceNamespaces(localesDir).flatMap((ns) =>
    namespaceRows({
      ns,
      lng,
      source: readJson(path.join(localesDir, SOURCE_LANGUAGE, `${ns}.json`)),
      english: readJson(path.join(localesDir, 'en', `${ns}.json`)),
      target: readJson(path.join(localesDir, lng, `${ns}.json`)),
    }),
  );
}
