// The one source of Hjulet's security headers. Everything that sends or states them is made from here or
// checked against it (tests/unit/securityHeaders.test.ts): the CSP <meta> of index.html and of the static
// wheel pages (the build writes it, scripts/static-wheel/plugin.ts), `npm start` and the e2e server
// (serve-lib.mjs), public/_headers for hosts that read one, and the nginx configuration in docs/hosting.md.

/** Every directive keeps the app on its own origin: no CDN, no font, no script or connection elsewhere. */
export const CSP_DIRECTIVES = Object.freeze([
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Recorded voices (issue 13) play from blob: URLs of audio kept on the device.
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]);

/** The Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (only a header can). */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // The microphone for the app itself only: recording the reading of its texts (issue 13).
  'Permissions-Policy': 'camera=(), microphone=(self), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
