import { afterEach, describe, expect, it } from 'vitest';
import { storageVol, uuidFromString } from '../../../src/drivers/libvirt/protocol/types';
import { string } from '../../../src/drivers/libvirt/xdr/codec';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import { FakeDaemon } from './fake-daemon';
import { PING_PACKET, answerPings, every, sleep, within } from './hostile';

/**
 * A daemon that stays alive (it answers and sends keepalive pings) but never answers a
 * call must not keep its caller waiting: the call fails after its limit, and the
 * connection closes once every slot in flight is held by such a call. Calls that run for
 * minutes on a healthy host have no limit.
 */

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: 3 };
const POOL = { name: 'default', uuid: uuidFromString('00000000-0000-0000-0000-000000000002') };
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A daemon that pings the client every 10 ms and answers its pings, as a live one does. */
function aliveDaemon(): FakeDaemon {
  const daemon = new FakeDaemon();
  answerPings(daemon);
  cleanups.push(every(10, () => daemon.sendRaw(PING_PACKET)));
  cleanups.push(() => daemon.hangUp());
  return daemon;
}

describe('call deadlines', () => {
  it('fails a call the daemon never answers, naming it, while pings keep coming', async () => {
    const daemon = aliveDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({ keepalive: { intervalMs: 20 }, callTimeoutMs: 100 });
    const started = Date.now();
    await expect(within(2000, client.domainGetXMLDesc(DOM))).rejects.toThrow(
      /libvirt did not answer domainGetXMLDesc within 100 ms.*Retry, or reconnect the host/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    // One stuck call is not a stuck connection.
    expect(client.closed).toBeUndefined();
  });

  it('drops the late reply of a call whose time ran out, and the connection goes on', async () => {
    const daemon = aliveDaemon();
    const late: PacketHeader[] = [];
    daemon.on(14, (_a, h) => late.push(h));
    daemon.on(59, (_a, h) => daemon.reply(h, string, 'host'));
    const client = await daemon.connect({ callTimeoutMs: 50, maxUnusableFrames: 1 });
    await expect(client.domainGetXMLDesc(DOM)).rejects.toThrow(/did not answer/);
    for (const h of late) daemon.reply(h, string, '<domain/>');
    expect(await within(1000, client.connectGetHostname())).toBe('host');
    expect(client.closed).toBeUndefined();
  });

  it('counts queued time: calls waiting behind stuck ones fail on time too', async () => {
    const daemon = aliveDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({ callTimeoutMs: 100, maxInFlight: 2 });
    const started = Date.now();
    const results = await within(
      2000,
      Promise.all(
        Array.from({ length: 5 }, () => client.domainGetXMLDesc(DOM).catch((e: unknown) => e)),
      ),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    for (const r of results) expect(String(r)).toMatch(/did not answer|answered none/);
  });

  it('closes the connection when every slot in flight waits for an answer that never came', async () => {
    const daemon = aliveDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({ callTimeoutMs: 60, maxInFlight: 3 });
    const closed = new Promise((resolve) => client.onClosed(resolve));
    await Promise.all([1, 2, 3].map(() => client.domainGetXMLDesc(DOM).catch(() => undefined)));
    await within(1000, closed);
    expect(client.closed?.message).toMatch(/answered none of the last 3 calls within 60 ms/);
    await expect(client.connectGetHostname()).rejects.toThrow(/reconnect to continue/);
  });

  it('gives calls that run for minutes on a healthy host no limit', async () => {
    const daemon = aliveDaemon();
    let volumeCall: PacketHeader | undefined;
    daemon.on(93, (_a, h) => (volumeCall = h));
    const client = await daemon.connect({ callTimeoutMs: 50 });
    let settled = false;
    const creating = client
      .storageVolCreateXML(POOL, '<volume/>', 0)
      .finally(() => (settled = true));
    await sleep(300);
    expect(settled).toBe(false);
    if (!volumeCall) throw new Error('the volume call did not reach the daemon');
    const vol = { pool: 'default', name: 'v', key: '/v' };
    daemon.reply(volumeCall, storageVol, vol);
    expect(await within(1000, creating)).toEqual(vol);
  });
});

describe('handshake deadline', () => {
  it('gives up on a peer that never finishes the handshake, with what to check', async () => {
    const daemon = aliveDaemon();
    daemon.on(1, () => undefined); // CONNECT_OPEN never answered
    const started = Date.now();
    await expect(within(2000, daemon.connect({ handshakeTimeoutMs: 150 }))).rejects.toThrow(
      /Cannot connect to test\+unix:\/\/\/default: .*did not finish the handshake within 150 ms; check that the URI points at a libvirt daemon/,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
