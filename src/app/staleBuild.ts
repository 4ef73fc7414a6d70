// After an update was accepted in another window, this window still runs the old version, whose lazily
// loaded chunks (a page, a language's texts) may no longer be on the device or the server. When one fails
// to load, what is typed is saved and the window reloads into the version now installed: once. If that
// does not help (offline, with no copy at all), the page's error boundary shows why and offers a reload.
import { saveAndReload } from './PageBoundary';

const KEY = 'hjulet.reloadedForMissingChunk';
/** A second failure this soon after such a reload is not a stale build: let the error show. */
const ONCE_PER_MS = 60_000;

function reloadedRecently(now: number): boolean {
  try {
    return now - Number(sessionStorage.getItem(KEY) ?? 0) < ONCE_PER_MS;
  } catch {
    return true;
  }
}

let reloading = false;

export function reloadOnMissingChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    // Once the reload is under way, further missing files change nothing: they wait with the rest.
    if (reloading) {
      event.preventDefault();
      return;
    }
    const now = Date.now();
    if (reloadedRecently(now)) return;
    reloading = true;
    event.preventDefault();
    try {
      sessionStorage.setItem(KEY, String(now));
    } catch {
      return;
    }
    void saveAndReload();
  });
}
