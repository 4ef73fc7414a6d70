// Untrusted JSON becomes plain data only. Keys that could reach an object's prototype chain when the
// data is later spread or merged are refused outright rather than dropped (a merge of `__proto__` would reach the prototype).
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  constructor() {
    super('forbidden key in JSON');
    this.name = 'UnsafeJsonError';
  }
}

/** JSON.parse that throws UnsafeJsonError on a forbidden key at any depth (and SyntaxError as usual). */
export function parsePlainJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError();
    return value;
  });
}

/**
 * True when `text` nests arrays or objects deeper than `maxDepth` (strings are skipped). Checked before
 * JSON.parse, because the browser's own parser can exhaust the stack and take the tab with it on a file of
 * nested brackets, whatever its size.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
