import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeDaemon, settle } from './fake-daemon';
import {
  KEEPALIVE_PING,
  KEEPALIVE_PONG,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
} from '../../../src/drivers/libvirt/protocol/constants';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: -1 };

function keepalivePackets(daemon: FakeDaemon, proc: number) {
  return daemon.received.filter(
    (p) => p.header.prog === PROGRAM_KEEPALIVE && p.header.proc === proc,
  );
}

describe('keepalive', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers the daemon’s PING with a PONG at once, even with a call pending', async () => {
    const daemon = new FakeDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect();
    void client.domainGetXMLDesc(DOM).catch(() => undefined);
    daemon.send({
      prog: PROGRAM_KEEPALIVE,
      vers: 1,
      proc: KEEPALIVE_PING,
      type: MessageType.Message,
      serial: 0,
      status: MessageStatus.Ok,
    });
    await settle();
    const pongs = keepalivePackets(daemon, KEEPALIVE_PONG);
    expect(pongs).toHaveLength(1);
    expect(pongs[0]?.header).toMatchObject({
      type: MessageType.Message,
      serial: 0,
      status: MessageStatus.Ok,
    });
    client.connection.close();
  });

  it('pings a silent daemon and declares it dead after the allowed misses, failing pending calls', async () => {
    vi.useFakeTimers();
    const daemon = new FakeDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({ keepalive: { intervalMs: 1000, count: 3 } });
    const reasons: string[] = [];
    client.onClosed((info) => reasons.push(info.reason));
    const pending = client.domainGetXMLDesc(DOM).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3500);
    expect(keepalivePackets(daemon, KEEPALIVE_PING)).toHaveLength(3);
    expect(reasons).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reasons).toEqual(['keepalive']);
    expect(String(await pending)).toMatch(/no answer from the daemon/);
  });

  it('counts any packet from the daemon as proof of life', async () => {
    vi.useFakeTimers();
    const daemon = new FakeDaemon();
    const client = await daemon.connect({ keepalive: { intervalMs: 1000, count: 1 } });
    // The daemon answers every ping, so the connection survives far longer than count × interval.
    daemon.socket.on('data', () => {
      const last = daemon.received.at(-1);
      if (last?.header.prog === PROGRAM_KEEPALIVE && last.header.proc === KEEPALIVE_PING) {
        daemon.send({ ...last.header, proc: KEEPALIVE_PONG });
      }
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(client.closed).toBeUndefined();
    client.connection.close();
  });
});
