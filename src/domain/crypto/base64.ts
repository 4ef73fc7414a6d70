// Standard base64 (RFC 4648, with padding). Written by hand rather than with btoa/atob so that large
// arrays never pass through String.fromCharCode(...spread), and so that decoding is strict: a changed
// character in a stored envelope must never be silently ignored (atob tolerates non-zero padding bits).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  const code = ALPHABET.charCodeAt(i);
  ENCODE[i] = code;
  DECODE[code] = i;
}
const PAD = 61; // '='

// Output is pure ASCII, so UTF-8 decoding it is an identity and fast even for hundreds of megabytes.
const ascii = new TextDecoder();

export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const t = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = ENCODE[t >>> 18] as number;
    out[o++] = ENCODE[(t >>> 12) & 63] as number;
    out[o++] = ENCODE[(t >>> 6) & 63] as number;
    out[o++] = ENCODE[t & 63] as number;
  }
  const rest = n - i;
  if (rest === 1) {
    const t = (bytes[i] as number) << 16;
    out[o++] = ENCODE[t >>> 18] as number;
    out[o++] = ENCODE[(t >>> 12) & 63] as number;
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (rest === 2) {
    const t = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out[o++] = ENCODE[t >>> 18] as number;
    out[o++] = ENCODE[(t >>> 12) & 63] as number;
    out[o++] = ENCODE[(t >>> 6) & 63] as number;
    out[o++] = PAD;
  }
  return ascii.decode(out);
}

export class Base64Error extends Error {
  constructor() {
    super('invalid base64');
    this.name = 'Base64Error';
  }
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? (DECODE[code] as number) : -1;
  if (value < 0) throw new Base64Error();
  return value;
}

/** Decodes canonical padded base64; anything else (whitespace, bad length, stray bits) throws Base64Error. */
export function base64ToBytes(text: string): Uint8Array {
  const len = text.length;
  if (len % 4 !== 0) throw new Base64Error();
  if (len === 0) return new Uint8Array(0);
  const padding = text.charCodeAt(len - 1) === PAD ? (text.charCodeAt(len - 2) === PAD ? 2 : 1) : 0;
  const out = new Uint8Array((len / 4) * 3 - padding);
  const full = padding === 0 ? len : len - 4;
  let o = 0;
  for (let i = 0; i < full; i += 4) {
    const t = (sextet(text, i) << 18) | (sextet(text, i + 1) << 12) | (sextet(text, i + 2) << 6) | sextet(text, i + 3);
    out[o++] = t >>> 16;
    out[o++] = (t >>> 8) & 255;
    out[o++] = t & 255;
  }
  if (padding === 2) {
    const b = sextet(text, full + 1);
    if ((b & 15) !== 0) throw new Base64Error();
    out[o] = (sextet(text, full) << 2) | (b >>> 4);
  } else if (padding === 1) {
    const c = sextet(text, full + 2);
    if ((c & 3) !== 0) throw new Base64Error();
    const t = (sextet(text, full) << 18) | (sextet(text, full + 1) << 12) | (c << 6);
    out[o++] = t >>> 16;
    out[o] = (t >>> 8) & 255;
  }
  return out;
}

export function isBase64(text: string): boolean {
  try {
    base64ToBytes(text);
    return true;
  } catch {
    return false;
  }
}
