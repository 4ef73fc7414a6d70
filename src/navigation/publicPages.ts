// The static public wheel pages: plain HTML made at build time, one per language, at `<base>wheel/<lang>/`
// (a real path, not a hash route), so that a QR code on a poster opens the wheel before any script runs.
// The build (scripts/static-wheel/) writes them where these functions say; the poster encodes their address.

/** The page's path below the app's base, e.g. "wheel/so/". */
export function publicWheelPath(lang: string): string {
  return `wheel/${encodeURIComponent(lang)}/`;
}

/**
 * The page's absolute address for an installation whose app lives at `appAddress` (origin and base path,
 * e.g. "https://hjulet.example.se/hjulet/"; a missing final slash is added).
 */
export function publicWheelUrl(lang: string, appAddress: string): string {
  const base = appAddress.endsWith('/') ? appAddress : `${appAddress}/`;
  return new URL(publicWheelPath(lang), base).href;
}
