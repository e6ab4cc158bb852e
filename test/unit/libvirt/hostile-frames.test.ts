import { afterEach, describe, expect, it } from 'vitest';
import { DriverError } from '../../../src/drivers/driver';
import {
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
} from '../../../src/drivers/libvirt/protocol/constants';
import { encodePacket } from '../../../src/drivers/libvirt/rpc/packet';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';
import { string, voidCodec } from '../../../src/drivers/libvirt/xdr/codec';
import { FakeDaemon, settle } from './fake-daemon';
import { collectEscapes, every, rawPacket, within } from './hostile';

/**
 * A daemon that sends what a client cannot use, over a real UNIX socket: bytes that never
 * make a packet, packets of other programs or versions, replies nobody waits for, wrong
 * types and statuses, impossible lengths. Each must end in a clear error, never a hang.
 */

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: 3 };
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function daemonOnSocket(): Promise<FakeDaemon> {
  const daemon = await FakeDaemon.overUnixSocket();
  cleanups.push(() => {
    daemon.socket.destroy();
    daemon.clientSide.destroy();
  });
  return daemon;
}

function repeat(ms: number, send: () => void): void {
  cleanups.push(every(ms, send));
}

describe('keepalive counts whole packets, not bytes', () => {
  it('closes a connection whose daemon trickles one byte at a time', async () => {
    const daemon = await daemonOnSocket();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({ keepalive: { intervalMs: 40, count: 2 } });
    const pending = client.domainGetXMLDesc(DOM);
    // A 1000-byte packet, one byte every 10 ms: lots of bytes, never a whole packet.
    const bytes = rawPacket({ serial: 99 }, Buffer.alloc(1000 - 28));
    let sent = 0;
    repeat(10, () => {
      if (sent < bytes.length) daemon.sendRaw(bytes.subarray(sent, ++sent));
    });
    await expect(within(2000, pending)).rejects.toThrow(/no answer from the daemon/);
    expect(client.closed?.reason).toBe('keepalive');
  });

  it('does not count packets it cannot use as life', async () => {
    const daemon = await daemonOnSocket();
    daemon.on(14, () => undefined);
    const client = await daemon.connect({
      keepalive: { intervalMs: 40, count: 2 },
      maxUnusableFrames: 1_000_000,
    });
    const pending = client.domainGetXMLDesc(DOM);
    repeat(10, () => daemon.sendRaw(rawPacket({ prog: 0x12345678, type: MessageType.Message })));
    await expect(within(2000, pending)).rejects.toThrow(/no answer from the daemon/);
    expect(client.closed?.reason).toBe('keepalive');
  });

  it('keeps a connection whose daemon sends a large reply slowly but steadily', async () => {
    const daemon = await daemonOnSocket();
    const xml = `<domain>${'x'.repeat(200_000)}</domain>`;
    daemon.on(14, (_a, h) => {
      const frame = encodePacket(
        { ...h, type: MessageType.Reply, status: MessageStatus.Ok },
        { codec: string, value: xml },
      );
      let at = 0;
      const timer = setInterval(() => {
        daemon.sendRaw(frame.subarray(at, (at += 8192)));
        if (at >= frame.length) clearInterval(timer);
      }, 15);
      cleanups.push(() => clearInterval(timer));
    });
    // The daemon never answers PINGs: only the reply's steady progress keeps it alive.
    const client = await daemon.connect({ keepalive: { intervalMs: 40, count: 1 } });
    expect(await within(5000, client.domainGetXMLDesc(DOM))).toBe(xml);
    expect(client.closed).toBeUndefined();
  });
});

const UNUSABLE: [string, Buffer, RegExp][] = [
  [
    'of another program',
    rawPacket({ prog: 0x12345678, type: MessageType.Message }),
    /unknown program 0x12345678/,
  ],
  ['answering a serial no call has', rawPacket({ serial: 4242 }), /no call is waiting/],
  [
    'of another RPC version',
    rawPacket({ vers: 2, type: MessageType.Message, proc: 999 }),
    /RPC version 2/,
  ],
  [
    'of the keepalive program with a wrong type',
    rawPacket({ prog: PROGRAM_KEEPALIVE, type: MessageType.Reply, proc: 1 }),
    /keepalive/,
  ],
  [
    'of the keepalive program with an unknown procedure',
    rawPacket({ prog: PROGRAM_KEEPALIVE, type: MessageType.Message, proc: 7 }),
    /keepalive/,
  ],
  [
    'of an event with an error status',
    rawPacket({ type: MessageType.Message, proc: 999, status: MessageStatus.Error }),
    /status/,
  ],
  [
    'of stream data for a serial that never had a stream',
    rawPacket(
      { type: MessageType.Stream, serial: 4242, status: MessageStatus.Continue },
      Buffer.from('x'),
    ),
    /stream/,
  ],
];

describe('packets the client cannot use', () => {
  it.each(UNUSABLE)(
    'closes the connection after a bounded number of packets %s, failing every call',
    async (_what, packet, why) => {
      const daemon = await daemonOnSocket();
      daemon.on(14, () => undefined);
      const client = await daemon.connect({ keepalive: false, maxUnusableFrames: 5 });
      // Four calls in flight and two queued behind them.
      const calls = Array.from({ length: 6 }, () =>
        client.domainGetXMLDesc(DOM).catch((e: unknown) => e),
      );
      let sent = 0;
      repeat(5, () => {
        sent++;
        daemon.sendRaw(packet);
      });
      const errors = await within(2000, Promise.all(calls));
      expect(sent).toBeLessThan(20);
      for (const e of errors) {
        expect(e).toBeInstanceOf(DriverError);
        expect((e as Error).message).toMatch(/sent 5 packets this client cannot use/);
        expect((e as Error).message).toMatch(why);
      }
      expect(client.closed?.reason).toBe('error');
    },
  );

  it('rejects a reply of another RPC version instead of accepting it', async () => {
    const daemon = await daemonOnSocket();
    daemon.on(59, (_a, h) =>
      daemon.send({ ...h, vers: 2, type: MessageType.Reply }, { codec: string, value: 'forged' }),
    );
    const client = await daemon.connect({ keepalive: false });
    await expect(within(1000, client.connectGetHostname())).rejects.toThrow(/RPC version 2/);
  });

  it('rejects a reply of another program to a pending call instead of waiting forever', async () => {
    const daemon = await daemonOnSocket();
    daemon.on(59, (_a, h) =>
      daemon.send(
        { ...h, prog: 0x20008087, type: MessageType.Reply },
        { codec: string, value: 'x' },
      ),
    );
    const client = await daemon.connect({ keepalive: false });
    await expect(within(1000, client.connectGetHostname())).rejects.toThrow(
      /unknown program 0x20008087/,
    );
  });

  it('rejects a reply whose status is CONTINUE, which only stream data has', async () => {
    const daemon = await daemonOnSocket();
    daemon.on(59, (_a, h) =>
      daemon.send(
        { ...h, type: MessageType.Reply, status: MessageStatus.Continue },
        { codec: string, value: 'x' },
      ),
    );
    const client = await daemon.connect({ keepalive: false });
    await expect(within(1000, client.connectGetHostname())).rejects.toThrow(/status CONTINUE/);
  });

  it('drops late packets of a stream it closed, without counting them', async () => {
    const daemon = await daemonOnSocket();
    let opened: PacketHeader | undefined;
    daemon.on(201, (_a, h) => {
      opened = h;
      daemon.reply(h, voidCodec, undefined);
    });
    daemon.on(59, (_a, h) => daemon.reply(h, string, 'host'));
    const client = await daemon.connect({ keepalive: false, maxUnusableFrames: 1 });
    const console = await client.domainOpenConsole(DOM, null);
    console.destroy();
    if (!opened) throw new Error('no console was opened');
    for (let i = 0; i < 20; i++) daemon.streamData(opened, Buffer.from('late output'));
    expect(await within(1000, client.connectGetHostname())).toBe('host');
    expect(client.closed).toBeUndefined();
  });

  it('fails a stream whose opening call is pending with that call only, throwing nothing', async () => {
    const escapes = collectEscapes();
    const daemon = new FakeDaemon();
    daemon.on(201, () => undefined);
    const client = await daemon.connect();
    const opening = client.domainOpenConsole(DOM, null).catch((e: unknown) => e);
    await settle();
    daemon.hangUp();
    expect(String(await opening)).toMatch(/connection to libvirt was closed/);
    // An 'error' on a stream nobody holds would surface as an uncaught exception.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(escapes()).toEqual([]);
  });
});

describe('frame length', () => {
  it.each([0, 4, 27, 33_554_437, 0xffffffff])(
    'closes with a clear error on a length word of %d',
    async (length) => {
      const daemon = await daemonOnSocket();
      daemon.on(14, () => undefined);
      const client = await daemon.connect({ keepalive: false });
      const pending = client.domainGetXMLDesc(DOM);
      const word = Buffer.alloc(4);
      word.writeUInt32BE(length);
      daemon.sendRaw(word);
      await expect(within(1000, pending)).rejects.toThrow(
        new RegExp(`invalid packet length ${length} \\(libvirt allows 28 to 33554436\\)`),
      );
      expect(client.closed?.reason).toBe('error');
    },
  );
});
