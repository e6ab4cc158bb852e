import { describe, expect, it } from 'vitest';
import { DriverError } from '../../../src/drivers/driver';
import { FakeDaemon, settle } from './fake-daemon';
import { FrameDecoder } from '../../../src/drivers/libvirt/rpc/framer';
import { encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import {
  MessageStatus,
  MessageType,
  PROGRAM_REMOTE,
} from '../../../src/drivers/libvirt/protocol/constants';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';
import { array, int, string, uhyper } from '../../../src/drivers/libvirt/xdr/codec';

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: -1 };

function header(serial: number): PacketHeader {
  return {
    prog: PROGRAM_REMOTE,
    vers: 1,
    proc: 59,
    type: MessageType.Reply,
    serial,
    status: MessageStatus.Ok,
  };
}

describe('framing', () => {
  it('splits packets at any chunk boundary', () => {
    const a = encodePacket(header(1), { codec: string, value: 'first' });
    const b = encodePacket(header(2), { codec: string, value: 'second reply' });
    const all = Buffer.concat([a, b]);
    for (let cut = 0; cut <= all.length; cut++) {
      const d = new FrameDecoder();
      const frames = [...d.push(all.subarray(0, cut)), ...d.push(all.subarray(cut))];
      expect(frames.map((f) => Buffer.from(f).toString('hex'))).toEqual([
        a.toString('hex'),
        b.toString('hex'),
      ]);
    }
  });

  it('rejects an oversized or undersized length word before buffering', () => {
    const big = Buffer.alloc(4);
    big.writeUInt32BE(33_554_440);
    expect(() => new FrameDecoder().push(big)).toThrow(/invalid packet length/);
    const small = Buffer.alloc(4);
    small.writeUInt32BE(27);
    expect(() => new FrameDecoder().push(small)).toThrow(/invalid packet length/);
  });
});

describe('RPC client against a fake daemon', () => {
  it('runs the handshake in libvirt’s order', async () => {
    const daemon = new FakeDaemon();
    await daemon.connect();
    const procs = daemon.received.map((p) => p.header.proc);
    expect(procs.slice(0, 3)).toEqual([66, 60, 1]);
    expect(procs).toContain(360);
  });

  it('routes replies that arrive out of order to the right callers', async () => {
    const daemon = new FakeDaemon();
    const held: PacketHeader[] = [];
    daemon.on(14, (_a, h) => held.push(h));
    const client = await daemon.connect();
    const calls = [0, 1, 2, 3].map((i) => client.domainGetXMLDesc({ ...DOM, name: `vm${i}` }));
    await settle();
    expect(held).toHaveLength(4);
    for (const h of [...held].reverse()) daemon.reply(h, string, `<xml serial="${h.serial}"/>`);
    const xmls = await Promise.all(calls);
    expect(xmls).toEqual(held.map((h) => `<xml serial="${h.serial}"/>`));
  });

  it('keeps at most 4 calls in flight and queues the rest', async () => {
    const daemon = new FakeDaemon();
    const held: PacketHeader[] = [];
    daemon.on(17, (_a, h) => held.push(h));
    const client = await daemon.connect();
    const calls = Array.from({ length: 10 }, () => client.domainGetMaxMemory(DOM));
    await settle();
    expect(held).toHaveLength(4);
    let answered = 0;
    while (answered < 10) {
      const h = held.shift();
      if (!h) throw new Error('the client stopped sending');
      daemon.reply(h, uhyper, BigInt(answered++));
      await settle();
      expect(held.length).toBeLessThanOrEqual(4);
    }
    expect(await Promise.all(calls)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i)));
  });

  it('turns an error reply into a DriverError with libvirt’s code and a hint', async () => {
    const daemon = new FakeDaemon();
    daemon.on(23, (_a, h) => daemon.replyError(h, 42, 12, 'Domain not found'));
    const client = await daemon.connect();
    const err = await client.domainLookupByName('nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect(err).toMatchObject({ code: 42, domain: 12 });
    expect((err as Error).message).toMatch(/^Domain not found\. .*refresh/);
  });

  it('explains an unknown procedure as an old daemon', async () => {
    const daemon = new FakeDaemon();
    daemon.on(418, (_a, h) => daemon.replyError(h, 39, 7, 'unknown procedure: 418'));
    const client = await daemon.connect();
    await expect(client.domainGetGuestInfo(DOM, 0)).rejects.toThrow(/too old/);
  });

  it('fails every pending call and reports closed when the daemon goes away', async () => {
    const daemon = new FakeDaemon();
    daemon.on(14, () => undefined); // never answers
    const client = await daemon.connect();
    const closed: string[] = [];
    client.onClosed((info) => closed.push(info.reason));
    const calls = Array.from({ length: 6 }, () =>
      client.domainGetXMLDesc(DOM).catch((e: unknown) => e),
    );
    await settle();
    daemon.hangUp();
    const errors = await Promise.all(calls);
    for (const e of errors) {
      expect(e).toBeInstanceOf(DriverError);
      expect((e as Error).message).toMatch(/connection to libvirt was closed.*reconnect/);
    }
    expect(closed).toEqual(['eof']);
    await expect(client.connectGetHostname()).rejects.toThrow(/closed/);
  });

  it('closes with an error on a malformed frame instead of hanging', async () => {
    const daemon = new FakeDaemon();
    daemon.on(14, () => undefined);
    const client = await daemon.connect();
    const pending = client.domainGetXMLDesc(DOM);
    const bad = Buffer.alloc(8);
    bad.writeUInt32BE(0xffffffff);
    daemon.sendRaw(bad);
    await expect(pending).rejects.toThrow(/invalid packet length/);
    expect(client.closed?.reason).toBe('error');
  });

  it('fails only the affected call when a reply payload cannot be decoded', async () => {
    const daemon = new FakeDaemon();
    daemon.on(23, (_a, h) => daemon.reply(h, string, 'not a domain handle'));
    daemon.on(59, (_a, h) => daemon.reply(h, string, 'host'));
    const client = await daemon.connect();
    await expect(client.domainLookupByName('x')).rejects.toThrow(/cannot decode the reply/);
    expect(await client.connectGetHostname()).toBe('host');
  });

  it('reports the daemon’s own close reason', async () => {
    const daemon = new FakeDaemon();
    const client = await daemon.connect();
    const reasons: string[] = [];
    client.onClosed((info) => reasons.push(info.reason));
    daemon.event(362, int, 2); // CONNECT_EVENT_CONNECTION_CLOSED: keepalive
    daemon.hangUp();
    await settle();
    expect(reasons).toEqual(['keepalive']);
  });
});

describe('authentication', () => {
  it('runs polkit when the daemon asks for it', async () => {
    const daemon = new FakeDaemon();
    daemon.on(66, (_a, h) => daemon.reply(h, array(int), [2]));
    daemon.on(70, (_a, h) => daemon.reply(h, int, 1));
    await daemon.connect();
    expect(daemon.packetsFor(70)).toHaveLength(1);
  });

  it('says SASL is not supported yet, as a DriverError', async () => {
    const daemon = new FakeDaemon();
    daemon.on(66, (_a, h) => daemon.reply(h, array(int), [1]));
    await expect(daemon.connect()).rejects.toThrow(
      /SASL authentication, which is not supported yet/,
    );
  });
});

describe('serials', () => {
  it('wrap around as u32 and still route every reply', async () => {
    const daemon = new FakeDaemon();
    const held: PacketHeader[] = [];
    daemon.on(14, (_a, h) => held.push(h));
    // The handshake takes six serials first.
    const client = await daemon.connect({ firstSerial: 0xffffffff - 7 });
    const calls = [0, 1, 2, 3].map(() => client.domainGetXMLDesc(DOM));
    await settle();
    expect(held.map((h) => h.serial)).toEqual([0xfffffffe, 0xffffffff, 0, 1]);
    for (const h of [...held].reverse()) daemon.reply(h, string, `#${h.serial}`);
    expect(await Promise.all(calls)).toEqual(['#4294967294', '#4294967295', '#0', '#1']);
  });
});
