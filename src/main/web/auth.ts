import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Cookies are not separated by port, so each server's cookie carries its port. */
export function tokenCookieName(port: number): string {
  return `virtdeck_token_${port}`;
}

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A %-decoded value, or undefined when its encoding is broken (e.g. `%E0%A4%A`). */
export function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The cookie's value; a value that does not decode is no token (the request is refused). */
function cookieToken(request: IncomingMessage, cookieName: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return decodeOrUndefined(value.join('='));
  }
  return undefined;
}

/**
 * How a request proves it comes from the user who started the browser mode: the token in
 * the URL (the printed link, and the WebSocket URL), or the cookie set when the page loaded
 * with it (so the page's scripts and styles load without the token in every URL).
 */
export function requestToken(request: IncomingMessage, url: URL, port: number): string | undefined {
  return url.searchParams.get('token') ?? cookieToken(request, tokenCookieName(port));
}

export function isAuthorized(request: IncomingMessage, url: URL, token: string, port: number): boolean {
  const given = requestToken(request, url, port);
  return given !== undefined && sameSecret(given, token);
}

/**
 * Refuses requests whose Host header is not the loopback address we listen on (DNS
 * rebinding) and WebSocket upgrades from pages of another origin (cross-site WebSocket
 * hijacking: browsers send cookies with those).
 */
export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  // Non-browser clients (scripts, tests) send no Origin; they still need the token.
  return origin === undefined || allowedOrigins(port).has(origin);
}
