/**
 * The {{placeholders}} and $t(references) of a text, in the same sense as the locale check: a pack text
 * must have exactly those of the built-in text it replaces, since i18next would fill or follow them.
 */
export function placeholdersOf(text: string): string {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{\{\s*-?\s*([^},]+?)\s*(?:,[^}]*)?\}\}/g)) names.add(m[1] ?? '');
  for (const m of text.matchAll(/\$t\(\s*([^,)]+?)\s*[,)]/g)) names.add(`$t(${m[1] ?? ''})`);
  return [...names].sort().join(',');
}
