/**
 * The Content-Security-Policy of every page the app shows: the Electron window (header and
 * index.html's meta tag) and the browser mode (header). Scripts only from the app itself;
 * inline styles are allowed because PatternFly and React set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
