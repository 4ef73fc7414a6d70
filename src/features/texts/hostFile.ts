// A file the host serves next to the app (a wheel pack, a voice pack), fetched as carefully as the app's
// own: same origin only, redirects that stay there, no HTML fallback page taken for the file, a size limit.
export type HostFileFetch = { kind: 'none' } | { kind: 'too-large' } | { kind: 'text'; text: string };

/** The file's text; none when it is missing, elsewhere, a page instead of the file, or there is no network. */
export async function fetchHostFile(url: URL, maxLength: number): Promise<HostFileFetch> {
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
  if (Number(response.headers.get('content-length') ?? 0) > maxLength) return { kind: 'too-large' };
  try {
    return { kind: 'text', text: await response.text() };
  } catch {
    return { kind: 'none' };
  }
}
