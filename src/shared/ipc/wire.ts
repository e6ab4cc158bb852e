import { z } from 'zod';
import type { Envelope } from './envelope';

/**
 * The browser mode's WebSocket messages (JSON text frames). The server pushes every
 * contract event to every authenticated socket; the client filters by subscription.
 */
export const ClientMessage = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string(),
  payload: z.unknown(),
});
export type ClientMessage = z.infer<typeof ClientMessage>;

export type ServerMessage =
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: string; payload: unknown };

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'virtdeck';

/** The Electron IPC channels the preload may use: one for calls, one for events. */
export const IPC_INVOKE_CHANNEL = 'virtdeck:invoke';
export const IPC_EVENT_CHANNEL = 'virtdeck:event';
