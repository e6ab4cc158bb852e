import { z } from 'zod';

/**
 * A VM's serial console in the window. Output flows as events to the one client that
 * opened the session; that client acknowledges what it has drawn (console.ack) so the host
 * never sends more than CONSOLE_WINDOW_BYTES ahead of a slow window.
 */

/** How far the host may run ahead of the client's acknowledgements. */
export const CONSOLE_WINDOW_BYTES = 256 * 1024;

/** The largest piece of input one console.write carries (a paste is split). */
export const CONSOLE_MAX_INPUT_CHARS = 16 * 1024;

/** Why a session ended. */
export const ConsoleCloseReason = z.enum([
  'closed', // the client closed it
  'vm-stopped', // the VM shut down or was forced off
  'host-disconnected', // the host's connection dropped or was closed
  'taken-over', // another client (window, virsh, virt-manager) forced the console open
  'error', // the stream failed; the message says how
]);
export type ConsoleCloseReason = z.infer<typeof ConsoleCloseReason>;

export const ConsoleSessionInfo = z.object({
  sessionId: z.string(),
  vmName: z.string(),
  /** The device asked for; absent: the VM's first console. */
  device: z.string().optional(),
});
export type ConsoleSessionInfo = z.infer<typeof ConsoleSessionInfo>;

export const ConsoleOutputEvent = z.object({
  sessionId: z.string(),
  /** The guest's bytes, base64: the WebSocket wire is JSON text. */
  data: z.base64(),
});

export const ConsoleClosedEvent = z.object({
  sessionId: z.string(),
  reason: ConsoleCloseReason,
  /** One line for the terminal, e.g. "the VM stopped". */
  message: z.string(),
});
export type ConsoleClosedEvent = z.infer<typeof ConsoleClosedEvent>;

/** A console or serial device's alias, as libvirt names them: console0, serial1, … */
export const ConsoleDeviceName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'A device name looks like console0 or serial1');
