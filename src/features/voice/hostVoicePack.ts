// Voice packs a host ships next to the app (docs/hosting.md): `<base>voice-packs/<lang>-<band>.json`, so a
// whole region hears the same voices without recording them again. Fetched only from the app's own
// origin, and cached by the service worker (a NetworkFirst route) so that a pack once fetched works offline.
import type { AgeBand } from '../../domain/model';
import { VOICE_PACK_MAX_CHARS } from '../../domain/voice';
import { fetchHostFile } from '../texts/hostFile';

export type HostVoicePack = { kind: 'none' } | { kind: 'text'; text: string };

export function hostVoicePackUrl(lang: string, band: AgeBand): URL {
  return new URL(`${import.meta.env.BASE_URL}voice-packs/${lang}-${band}.json`, window.location.href);
}

/** The host's pack for a language and band; none when the host has none (or no network and no copy). */
export async function fetchHostVoicePack(lang: string, band: AgeBand): Promise<HostVoicePack> {
  const fetched = await fetchHostFile(hostVoicePackUrl(lang, band), VOICE_PACK_MAX_CHARS);
  return fetched.kind === 'text' ? fetched : { kind: 'none' };
}
