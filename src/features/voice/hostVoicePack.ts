// Voice packs a host ships next to the app (docs/hosting.md): `<base>voice-packs/<lang>-<band>.json`, so a
// whole region hears the same voices without recording them again. Fetched only from the app's own
// origin, and cached by the service worker (a NetworkFirst route) so that a pack once fetched works offline.
import type { AgeBand } from '../../domain/model';
import { VOICE_PACK_MAX_CHARS } from '../../domain/voice';

export type HostVoicePack = { kind: 'none' } | { kind: 'text'; text: string };

export function hostVoicePackUrl(lang: string, band: AgeBand): URL {
  return new URL(`${import.meta.env.BASE_URL}voice-packs/${lang}-${band}.json`, window.location.href);
}

/** The host's pack for a language and band; none when the host has none (or no network and no copy). */
export async function fetchHostVoicePack(lang: string, band: AgeBand): Promise<HostVoicePack> {
  const url = hostVoicePackUrl(lang, band);
  if (url.origin !== window.location.origin) return { kind: 'none' };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { kind: 'none' };
  }
  // Followed redirects must not lead elsewhere, and an HTML page is a host's "unknown path" fallback.
  if (!response.ok || new URL(response.url || url.href).origin !== window.location.origin) return { kind: 'none' };
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { kind: 'none' };
  if (Number(response.headers.get('content-length') ?? 0) > VOICE_PACK_MAX_CHARS) return { kind: 'none' };
  try {
    return { kind: 'text', text: await response.text() };
  } catch {
    return { kind: 'none' };
  }
}
