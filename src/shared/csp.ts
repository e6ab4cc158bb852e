/**
 * The Content-Security-Policy of every page the app shows: the Electron window (header and
 * index.html's meta tag) and the browser mode (header). Scripts only from the app itself;
 * inline styles are allowed because PatternFly and React set style attributes.
 * Connections go to the app's own origin (the browser mode's contract and display
 * sockets) and to a loopback WebSocket (the desktop app's display sockets, see
 * main/display/loopback-display-server.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
