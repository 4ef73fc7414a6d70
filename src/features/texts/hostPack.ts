// The host's wheel pack: `<base>wheel-pack.json`, next to index.html. The build ships an empty one (so that a
// start never logs a 404); a region replaces it. Never from another origin, never blocking the first screen
// for long, and cached by the service worker (a NetworkFirst route) so that it is there offline too.
import { WHEEL_PACK_MAX_BYTES } from '../../domain/wheelPack';
import { fetchHostFile, type HostFileFetch } from './hostFile';

export const HOST_PACK_FILE = 'wheel-pack.json';

export function hostPackUrl(): URL {
  return new URL(`${import.meta.env.BASE_URL}${HOST_PACK_FILE}`, window.location.href);
}

export type HostPackFetch = HostFileFetch;

/** Fetches the host's pack. A missing file, a page instead of JSON (a host's fallback) or no network: none. */
export function fetchHostPack(): Promise<HostPackFetch> {
  return fetchHostFile(hostPackUrl(), WHEEL_PACK_MAX_BYTES);
}

/**
 * On the first visit the page is not yet controlled by the service worker, so its fetch of the pack went
 * past the worker's cache. Fetch it once more when the worker takes over: then it is there offline.
 */
export function cacheHostPackOnceControlled(): void {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener(
    'controllerchange',
    () => {
      void fetch(hostPackUrl(), { credentials: 'same-origin' }).catch(() => undefined);
    },
    { once: true },
  );
}
