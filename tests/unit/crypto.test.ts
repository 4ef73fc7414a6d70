import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CryptoError,
  DEFAULT_ITERATIONS,
  base64ToBytes,
  bytesToBase64,
  decryptBytes,
  decryptString,
  deriveKeyFromPassphrase,
  encryptBytes,
  encryptString,
  fromCompact,
  generateDataKey,
  newKdfParams,
  toCompact,
  unwrapDataKey,
  wrapDataKey,
  type KdfParams,
  type Sealed,
} from '../../src/domain/crypto';

const LOW = 1000; // test-only iteration count, passed explicitly

async function rejectsWith(promise: Promise<unknown>, code: CryptoError['code']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CryptoError);
  expect((error as CryptoError).code).toBe(code);
}

/** The same base64 with one byte at `index` (negative counts from the end) changed. */
function flipByte(b64: string, index: number): string {
  const bytes = base64ToBytes(b64);
  const i = index < 0 ? bytes.length + index : index;
  bytes[i] = (bytes[i] as number) ^ 0x01;
  return bytesToBase64(bytes);
}

describe('base64', () => {
  it('agrees with Node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = bytesToBase64(bytes);
        expect(b64).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(b64)).toEqual(bytes);
      }),
    );
  });

  it('handles large arrays without blowing the stack', () => {
    const big = new Uint8Array(6 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big[i] = i & 255;
    const b64 = bytesToBase64(big);
    // Compared through Buffer: vitest's deep equality walks 6 million elements far too slowly.
    expect(b64 === Buffer.from(big).toString('base64')).toBe(true);
    expect(Buffer.from(base64ToBytes(b64)).equals(Buffer.from(big))).toBe(true);
  });

  it('refuses anything that is not canonical padded base64', () => {
    expect(base64ToBytes('QQ==')).toEqual(new Uint8Array([65]));
    for (const bad of ['QR==', 'QUI=x', 'QUJ', 'QU I=', 'Q===', '=QUJ', 'QUJD\n', 'QU-_', 'ÅÄÖ=']) {
      expect(() => base64ToBytes(bad), bad).toThrow();
    }
  });
});

describe('key derivation', () => {
  it('makes fresh parameters with the default of 600 000 iterations and 16 random salt bytes', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: DEFAULT_ITERATIONS });
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(base64ToBytes(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
  });

  it('allows fewer iterations only when asked explicitly, and never absurd counts', () => {
    expect(newKdfParams(LOW).iterations).toBe(LOW);
    expect(() => newKdfParams(10)).toThrow(RangeError);
    expect(() => newKdfParams(1.5e3 + 0.5)).toThrow(RangeError);
    expect(() => newKdfParams(1e9)).toThrow(RangeError);
  });

  it('derives the same key from the same passphrase and parameters', async () => {
    const kdf = newKdfParams(LOW);
    const k1 = await deriveKeyFromPassphrase('rätt fras', kdf);
    const k2 = await deriveKeyFromPassphrase('rätt fras', { ...kdf });
    expect(k1.extractable).toBe(false);
    expect(await decryptString(k2, await encryptString(k1, 'hej'))).toBe('hej');
  });

  it('treats composed and decomposed spellings of a passphrase alike', async () => {
    const kdf = newKdfParams(LOW);
    const composed = await deriveKeyFromPassphrase('s\u00e5ng', kdf);
    const decomposed = await deriveKeyFromPassphrase('sa\u030ang', kdf);
    expect(await decryptString(decomposed, await encryptString(composed, 'x'))).toBe('x');
  });

  it('honours every parameter: other iterations, salt or passphrase give another key', async () => {
    const kdf = newKdfParams(LOW);
    const sealed = await encryptString(await deriveKeyFromPassphrase('fras', kdf), 'anteckning');
    const variants: [string, KdfParams][] = [
      ['fras', { ...kdf, iterations: LOW + 1 }],
      ['fras', { ...kdf, salt: newKdfParams(LOW).salt }],
      ['Fras', kdf],
    ];
    for (const [passphrase, params] of variants) {
      await rejectsWith(decryptString(await deriveKeyFromPassphrase(passphrase, params), sealed), 'damaged');
    }
  });

  it('refuses stored parameters that are not ours', async () => {
    const kdf = newKdfParams(LOW);
    const bad: unknown[] = [
      { ...kdf, name: 'scrypt' },
      { ...kdf, hash: 'SHA-1' },
      { ...kdf, iterations: 1 },
      { ...kdf, iterations: 1e12 },
      { ...kdf, salt: 'not base64!' },
      { ...kdf, salt: bytesToBase64(new Uint8Array(4)) },
    ];
    for (const params of bad) await rejectsWith(deriveKeyFromPassphrase('x', params as KdfParams), 'damaged');
  });

  it('works with the default iteration count', async () => {
    const kdf = newKdfParams();
    const key = await deriveKeyFromPassphrase('en lång lösenfras', kdf);
    expect(await decryptString(key, await encryptString(key, 'ok'))).toBe('ok');
  });
});

describe('AES-GCM envelope', () => {
  const keyPromise = deriveKeyFromPassphrase('test', newKdfParams(LOW));

  it('round-trips any string and any bytes', async () => {
    const key = await keyPromise;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(await decryptString(key, await encryptString(key, text))).toBe(text);
      }),
      { numRuns: 50 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        expect(await decryptBytes(key, await encryptBytes(key, bytes))).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });

  it('uses a fresh 96-bit IV on every call', async () => {
    const key = await keyPromise;
    const a = await encryptString(key, 'samma text');
    const b = await encryptString(key, 'samma text');
    expect(base64ToBytes(a.iv)).toHaveLength(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('keeps the tag inside data and rejects a changed byte of ciphertext, tag or IV', async () => {
    const key = await keyPromise;
    const sealed = await encryptString(key, 'Barnet berättade om skolan');
    expect(base64ToBytes(sealed.data).length).toBe(new TextEncoder().encode('Barnet berättade om skolan').length + 16);
    const tampered: Sealed[] = [
      { ...sealed, data: flipByte(sealed.data, 0) }, // ciphertext
      { ...sealed, data: flipByte(sealed.data, -1) }, // tag
      { ...sealed, iv: flipByte(sealed.iv, 5) }, // IV
      { ...sealed, data: bytesToBase64(base64ToBytes(sealed.data).slice(0, -1)) }, // truncated
      { ...sealed, data: bytesToBase64(new Uint8Array(8)) }, // shorter than a tag
      { ...sealed, iv: bytesToBase64(new Uint8Array(16)) }, // IV of the wrong size
      { ...sealed, data: `${sealed.data.slice(0, -2)}!!` }, // not base64
    ];
    for (const t of tampered) await rejectsWith(decryptString(key, t), 'damaged');
  });

  it('rejects a changed byte anywhere (property)', async () => {
    const key = await keyPromise;
    const sealed = await encryptString(key, 'hemligt');
    const ivLen = base64ToBytes(sealed.iv).length;
    const dataLen = base64ToBytes(sealed.data).length;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ivLen + dataLen - 1 }), fc.integer({ min: 1, max: 255 }), async (pos, mask) => {
        const iv = base64ToBytes(sealed.iv);
        const data = base64ToBytes(sealed.data);
        if (pos < ivLen) iv[pos] = (iv[pos] as number) ^ mask;
        else data[pos - ivLen] = (data[pos - ivLen] as number) ^ mask;
        await rejectsWith(decryptString(key, { iv: bytesToBase64(iv), data: bytesToBase64(data) }), 'damaged');
      }),
      { numRuns: 60 },
    );
  });

  it('rejects the wrong key', async () => {
    const sealed = await encryptString(await keyPromise, 'hemligt');
    const other = await deriveKeyFromPassphrase('test', newKdfParams(LOW));
    await rejectsWith(decryptString(other, sealed), 'damaged');
  });

  it('rejects bytes that are not UTF-8 when a string is expected', async () => {
    const key = await keyPromise;
    await rejectsWith(decryptString(key, await encryptBytes(key, new Uint8Array([0xff, 0xfe]))), 'damaged');
  });

  it('has a compact one-string form', async () => {
    const key = await keyPromise;
    const compact = toCompact(await encryptString(key, 'kort'));
    expect(compact).toMatch(/^aesgcm1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(await decryptString(key, fromCompact(compact))).toBe('kort');
    for (const bad of ['', 'aesgcm1.abc', 'aesgcm2.a.b', 'x.y.z', `${compact}.extra`]) {
      expect(() => fromCompact(bad)).toThrow(CryptoError);
    }
  });

  it('never puts plaintext into error messages', async () => {
    const key = await keyPromise;
    const sealed = await encryptString(key, 'HEMLIG-ANTECKNING');
    const error = await decryptString(key, { ...sealed, data: flipByte(sealed.data, 0) }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain('HEMLIG');
  });
});

describe('data key wrapping (app lock)', () => {
  it('wraps and unwraps a data key that still decrypts what it encrypted', async () => {
    const passphraseKey = await deriveKeyFromPassphrase('lås upp', newKdfParams(LOW));
    const dataKey = await generateDataKey();
    expect(dataKey.extractable).toBe(true);
    const sealedNote = await encryptString(dataKey, 'anteckning');
    const wrapped = await wrapDataKey(dataKey, passphraseKey);
    expect(base64ToBytes(wrapped.iv)).toHaveLength(12);
    expect(base64ToBytes(wrapped.data)).toHaveLength(32 + 16);

    const unwrapped = await unwrapDataKey(wrapped, passphraseKey);
    expect(unwrapped.extractable).toBe(false);
    expect(unwrapped.usages.sort()).toEqual(['decrypt', 'encrypt']);
    expect(await decryptString(unwrapped, sealedNote)).toBe('anteckning');
    expect(await decryptString(dataKey, await encryptString(unwrapped, 'ny'))).toBe('ny');
    await expect(globalThis.crypto.subtle.exportKey('raw', unwrapped)).rejects.toThrow();
  });

  it('says wrong-passphrase when the passphrase key is wrong', async () => {
    const kdf = newKdfParams(LOW);
    const wrapped = await wrapDataKey(await generateDataKey(), await deriveKeyFromPassphrase('rätt', kdf));
    await rejectsWith(unwrapDataKey(wrapped, await deriveKeyFromPassphrase('fel', kdf)), 'wrong-passphrase');
  });

  it('says damaged when the stored envelope is malformed', async () => {
    const key = await deriveKeyFromPassphrase('rätt', newKdfParams(LOW));
    const wrapped = await wrapDataKey(await generateDataKey(), key);
    await rejectsWith(unwrapDataKey({ ...wrapped, iv: 'x' }, key), 'damaged');
    await rejectsWith(unwrapDataKey({ iv: wrapped.iv, data: '' }, key), 'damaged');
    await rejectsWith(unwrapDataKey(null as unknown as Sealed, key), 'damaged');
  });
});
