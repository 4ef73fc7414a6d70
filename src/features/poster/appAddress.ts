// The address the poster's QR code leads to: this installation's own (origin and base path) unless the
// user gives another, e.g. for a poster printed before the app has its real address.

/** Where this app lives, e.g. "https://hjulet.example.se/hjulet/". */
export function thisAppAddress(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/**
 * A typed address as the app's address: a whole http(s) URL, without query or fragment (the wheel page's
 * path is put after it), always ending in "/". Undefined when it is not one.
 */
export function parseAppAddress(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}
