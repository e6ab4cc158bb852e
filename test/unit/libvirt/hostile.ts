import { encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import {
  KEEPALIVE_PING,
  KEEPALIVE_PONG,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
  PROGRAM_REMOTE,
  PROTOCOL_VERSION,
} from '../../../src/drivers/libvirt/protocol/constants';
import type { FakeDaemon } from './fake-daemon';

/** Helpers for tests of daemons that misbehave: packets built from any header, timing. */

/** A REPLY of the REMOTE program by default; any field can be overridden, with a raw body. */
export function rawPacket(header: Partial<PacketHeader>, body?: Uint8Array): Buffer {
  return encodePacket(
    {
      prog: PROGRAM_REMOTE,
      vers: PROTOCOL_VERSION,
      proc: 59,
      type: MessageType.Reply,
      serial: 0,
      status: MessageStatus.Ok,
      ...header,
    },
    body ?? new Uint8Array(0),
  );
}

export const PING_PACKET = rawPacket({
  prog: PROGRAM_KEEPALIVE,
  proc: KEEPALIVE_PING,
  type: MessageType.Message,
});

/** Resolves or rejects as `promise` does, or rejects with "still pending" after `ms`. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still pending after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `send` every `ms` until stopped; the returned function stops it. */
export function every(ms: number, send: () => void): () => void {
  const timer = setInterval(send, ms);
  return () => clearInterval(timer);
}

/** Makes the fake daemon answer the client's keepalive PINGs, as libvirtd does. */
export function answerPings(daemon: FakeDaemon): void {
  daemon.socket.on('data', () => {
    for (;;) {
      const i = daemon.received.findIndex(
        (p) => p.header.prog === PROGRAM_KEEPALIVE && p.header.proc === KEEPALIVE_PING,
      );
      if (i < 0) return;
      daemon.received.splice(i, 1);
      daemon.sendRaw(rawPacket({ prog: PROGRAM_KEEPALIVE, proc: KEEPALIVE_PONG, type: 2 }));
    }
  });
}

/**
 * Collects uncaught exceptions and unhandled rejections until the returned function is
 * called, which stops collecting and returns them (vitest reports them too, but only
 * after the test, and without failing it).
 */
export function collectEscapes(): () => unknown[] {
  const escaped: unknown[] = [];
  const onError = (error: unknown): void => {
    escaped.push(error);
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    return escaped;
  };
}
