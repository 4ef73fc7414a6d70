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
