import { useCallback, useEffect, useRef, useState } from 'react';
import type { DisplayClosedEvent } from '../../../shared/display';
import { AppError } from '../../../shared/errors';
import type { ContractClient } from '../../../shared/ipc/client';
import { displaySocketUrl } from './display-url';

export type DisplayStatus =
  | { state: 'idle' }
  | { state: 'opening' }
  /** A session is open: the screen connects to `url`, then reports 'connected'. */
  | { state: 'connecting' | 'connected'; sessionId: string; url: string }
  | { state: 'disconnected'; sessionId?: string; message?: string }
  /** The VM has no VNC display (the message says how to add one). */
  | { state: 'no-display'; message: string }
  | { state: 'failed'; message: string };

/**
 * The display session of one VM: display.open for a ticket, the screen's WebSocket, and
 * why it ended (the host's display.closed event, or the screen's own disconnect).
 */
export function useDisplaySession(client: ContractClient, hostId: string, uuid: string) {
  const [status, setStatusState] = useState<DisplayStatus>({ state: 'idle' });
  // The status as of now, for callbacks (a render may not have happened yet).
  const current = useRef(status);
  const setStatus = useCallback((next: DisplayStatus | ((now: DisplayStatus) => DisplayStatus)) => {
    current.current = typeof next === 'function' ? next(current.current) : next;
    setStatusState(current.current);
  }, []);
  // Why the host ended a session, kept for the screen's disconnect that may come first.
  const endings = useRef(new Map<string, string>());

  useEffect(
    () =>
      client.on('display.closed', (event: DisplayClosedEvent) => {
        endings.current.set(event.sessionId, event.message);
        const now = current.current;
        if ('sessionId' in now && now.sessionId === event.sessionId) {
          setStatus({ state: 'disconnected', sessionId: event.sessionId, message: event.message });
        }
      }),
    [client, setStatus],
  );

  const connect = useCallback(async () => {
    const state = current.current.state;
    if (state === 'opening' || state === 'connecting' || state === 'connected') return;
    setStatus({ state: 'opening' });
    try {
      const session = await client.invoke('display.open', { hostId, uuid });
      setStatus({
        state: 'connecting',
        sessionId: session.sessionId,
        url: displaySocketUrl(session, window.location),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // No VNC display, or a host that has none at all (the demo host).
      const noDisplay =
        error instanceof AppError && (error.code === 'not-found' || error.code === 'unsupported');
      setStatus(noDisplay ? { state: 'no-display', message } : { state: 'failed', message });
    }
  }, [client, hostId, uuid, setStatus]);

  const disconnect = useCallback(() => {
    const now = current.current;
    if ('sessionId' in now && now.sessionId !== undefined) {
      void client.invoke('display.close', { sessionId: now.sessionId }).catch(() => undefined);
    }
    setStatus({ state: 'disconnected' });
  }, [client, setStatus]);

  // The window leaving the tab or the VM ends its session.
  useEffect(
    () => () => {
      const now = current.current;
      if ('sessionId' in now && now.sessionId !== undefined && now.state !== 'disconnected') {
        void client.invoke('display.close', { sessionId: now.sessionId }).catch(() => undefined);
      }
    },
    [client],
  );

  const screenConnected = useCallback(() => {
    setStatus((now) => (now.state === 'connecting' ? { ...now, state: 'connected' } : now));
  }, [setStatus]);

  const screenDisconnected = useCallback(
    (sessionId: string, detail: string | undefined) => {
      setStatus((now) => {
        if (!('sessionId' in now) || now.sessionId !== sessionId || now.state === 'disconnected')
          return now;
        const message = endings.current.get(sessionId) ?? detail ?? 'the display connection closed';
        return { state: 'disconnected', sessionId, message };
      });
    },
    [setStatus],
  );

  return { status, connect, disconnect, screenConnected, screenDisconnected };
}
