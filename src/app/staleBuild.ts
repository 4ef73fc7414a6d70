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
/**
 * The page is being left (another address, a reload, closing). Leaving aborts the chunks still loading, and
 * the browser reports those as failed imports: they are not missing, and reloading then would take the user
 * back to this page instead of where they were going (seen in Firefox: the reload cancelled the navigation).
 */
let leaving = false;

export function reloadOnMissingChunks(): void {
  window.addEventListener('beforeunload', () => {
    leaving = true;
  });
  // Back from the back-forward cache: this page is in use again.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
  window.addEventListener('vite:preloadError', (event) => {
    // Once the reload is under way, further missing files change nothing: they wait with the rest.
    if (reloading) {
      event.preventDefault();
      return;
    }
    // Left alone: if the page stays after all, its error boundary says what failed and offers the reload.
    if (leaving) return;
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
