import { DISPLAY_SOCKET_PATH, type DisplaySessionInfo } from '../../../shared/display';

/**
 * The WebSocket URL of a display session: the shell's own endpoint (the desktop app) or
 * the page's server (the browser mode, whose token goes along as on the contract socket).
 */
export function displaySocketUrl(
  session: Pick<DisplaySessionInfo, 'ticket' | 'url'>,
  page: Pick<Location, 'protocol' | 'host' | 'search'>,
): string {
  const ticket = `ticket=${encodeURIComponent(session.ticket)}`;
  if (session.url !== undefined) return `${session.url}?${ticket}`;
  const scheme = page.protocol === 'https:' ? 'wss' : 'ws';
  const token = new URLSearchParams(page.search).get('token');
  const credential = token === null ? '' : `&token=${encodeURIComponent(token)}`;
  return `${scheme}://${page.host}${DISPLAY_SOCKET_PATH}?${ticket}${credential}`;
}

/** X11 keysyms and key codes of the keys the Send key menu presses. */
const CONTROL = { keysym: 0xffe3, code: 'ControlLeft' };
const ALT = { keysym: 0xffe9, code: 'AltLeft' };
const FUNCTION_KEYS = [
  { keysym: 0xffbe, code: 'F1' },
  { keysym: 0xffbf, code: 'F2' },
];

export type KeyPress = { keysym: number; code: string; down: boolean };

/** Ctrl+Alt+Fn as the guest should see it: held in order, released in reverse. */
export function ctrlAltFunctionKey(n: 1 | 2): KeyPress[] {
  const keys = [CONTROL, ALT, FUNCTION_KEYS[n - 1]!];
  return [
    ...keys.map((key) => ({ ...key, down: true })),
    ...keys.reverse().map((key) => ({ ...key, down: false })),
  ];
}
