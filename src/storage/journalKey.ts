// The key that seals the unload journal while the lock is on. The journal is written while the page is
// going away, when only synchronous code still runs, and Web Crypto is asynchronous: so the journal uses
// AES-256-GCM from @noble/ciphers (audited, synchronous) with a key of its own. That key is stored
// wrapped with the data key in the lock record, and is in memory only while the app is unlocked.
import { base64ToBytes, bytesToBase64 } from '../domain/crypto';

type Gcm = (key: Uint8Array, nonce: Uint8Array) => { encrypt(data: Uint8Array): Uint8Array; decrypt(data: Uint8Array): Uint8Array };

let key: Uint8Array | undefined;
let gcm: Gcm | undefined;

const PREFIX = 'j1';

/** Holds the journal key (loading the cipher first); `undefined` forgets it and wipes the bytes. */
export async function setJournalKey(raw: Uint8Array | undefined): Promise<void> {
  if (!raw) {
    key?.fill(0);
    key = undefined;
    return;
  }
  gcm ??= (await import('@noble/ciphers/aes.js')).gcm as Gcm;
  key = raw;
}

/** Seals `text` at once, or gives undefined when the key is not held. */
export function sealWithJournalKey(text: string): string | undefined {
  if (!key || !gcm) return undefined;
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const data = gcm(key, nonce).encrypt(new TextEncoder().encode(text));
  return `${PREFIX}.${bytesToBase64(nonce)}.${bytesToBase64(data)}`;
}

/** Opens what sealWithJournalKey made; undefined without the key or when it does not open. */
export function openWithJournalKey(sealed: string): string | undefined {
  if (!key || !gcm) return undefined;
  const [prefix, nonce, data] = sealed.split('.');
  if (prefix !== PREFIX || !nonce || !data) return undefined;
  try {
    return new TextDecoder().decode(gcm(key, base64ToBytes(nonce)).decrypt(base64ToBytes(data)));
  } catch {
    return undefined;
  }
}
