import { z } from 'zod';

/**
 * A VM's graphical console (VNC) in the window. display.open reaches the VM's display and
 * hands back a one-time ticket; the renderer then opens a WebSocket with it (the path
 * DISPLAY_SOCKET_PATH on the page's own server, or `url` where the shell gives one) and
 * noVNC speaks RFB over it. Bytes never travel as contract events.
 */

/** The WebSocket path of display sessions on the browser mode's server. */
export const DISPLAY_SOCKET_PATH = '/display';

/** How long a ticket waits for its WebSocket before the display connection is dropped. */
export const DISPLAY_TICKET_TTL_MS = 15_000;

export const DisplaySessionInfo = z.object({
  sessionId: z.string(),
  /** Secret, good for one WebSocket connection within DISPLAY_TICKET_TTL_MS. */
  ticket: z.string(),
  vmName: z.string(),
  /** The WebSocket URL without the ticket; absent: DISPLAY_SOCKET_PATH on the page's origin. */
  url: z.string().optional(),
});
export type DisplaySessionInfo = z.infer<typeof DisplaySessionInfo>;

export const DisplayCloseReason = z.enum([
  'closed', // the window closed it
  'vm-stopped',
  'host-disconnected',
  'ended', // the VM's display server closed the connection
  'error',
]);
export type DisplayCloseReason = z.infer<typeof DisplayCloseReason>;

export const DisplayClosedEvent = z.object({
  sessionId: z.string(),
  reason: DisplayCloseReason,
  /** One line for the status, e.g. "the VM stopped". */
  message: z.string(),
});
export type DisplayClosedEvent = z.infer<typeof DisplayClosedEvent>;
