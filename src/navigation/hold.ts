// Holding the screen on one address: while the child's turn is open, neither the browser's Back button nor
// a changed address takes the child elsewhere. Every page reads the held address instead of the real one,
// and the real one is put back at once (pushed, so that Back again lands here again rather than leaving
// the app). Only the code that holds it lets go, after an adult's press or passphrase.

let held: string | undefined;
let listening = false;

function restore(): void {
  if (held !== undefined && window.location.hash !== held) history.pushState(null, '', held);
}

/** The address being held, if any (what useRoute() reports meanwhile). */
export function heldHash(): string | undefined {
  return held;
}

/** Holds the screen on `href` (an address from hrefFor) until the returned release is called. */
export function holdAddress(href: string): () => void {
  if (!listening) {
    window.addEventListener('hashchange', restore);
    window.addEventListener('popstate', restore);
    listening = true;
  }
  held = href;
  restore();
  return () => {
    if (held === href) held = undefined;
  };
}
