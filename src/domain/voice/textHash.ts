// The hash of a text as it was read into a recording. A recording plays only while the text shown still has
// the same hash: a new wording (a new build, a wheel pack) marks it out of date instead of playing the old
// words. Synchronous on purpose (every read-aloud button decides at render whether it has something to
// play); 64 bits of a well-mixed hash are plenty to tell one wording of a text from another.

/** Spacing is not wording; letters written in two Unicode ways are the same letters. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** 16 hex digits (cyrb53's mixing, run twice with different seeds for 64 bits). */
export function hashText(text: string): string {
  const input = normaliseText(text);
  return half(input, 0x9e3779b9) + half(input, 0x85ebca6b);
}

function half(input: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h1 ^ h2) >>> 0).toString(16).padStart(8, '0');
}

/** True when the recording was made of this very wording. */
export function isRecordingCurrent(recording: { textHash: string }, text: string): boolean {
  return recording.textHash === hashText(text);
}
