import { describe, expect, it } from 'vitest';
import { FakeDaemon, settle } from './fake-daemon';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import {
  MessageStatus,
  MessageType,
  STREAM_CHUNK_SIZE,
} from '../../../src/drivers/libvirt/protocol/constants';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';
import {
  hyper,
  optString,
  string,
  struct,
  uint,
  voidCodec,
} from '../../../src/drivers/libvirt/xdr/codec';

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: 3 };
const VOL = { pool: 'default', name: 'disk.img', key: '/var/lib/libvirt/images/disk.img' };

/** A daemon that accepts one stream call of `proc` and remembers its header. */
function streamDaemon(proc: number) {
  const daemon = new FakeDaemon();
  const opened: PacketHeader[] = [];
  daemon.on(proc, (_a, h) => {
    opened.push(h);
    daemon.reply(h, proc === 211 ? optString : voidCodec, proc === 211 ? 'image/png' : undefined);
  });
  daemon.on(59, (_a, h) => daemon.reply(h, string, 'host'));
  const call = (): PacketHeader => {
    const h = opened[0];
    if (!h) throw new Error('no stream was opened');
    return h;
  };
  const streamPackets = () =>
    daemon.received.filter((p) => p.header.type === MessageType.Stream && p.header.proc === proc);
  return { daemon, call, streamPackets };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('streams', () => {
  it('downloads until the empty packet, sends finish and ends after the daemon confirms', async () => {
    const { daemon, call, streamPackets } = streamDaemon(209);
    const client = await daemon.connect();
    const stream = await client.storageVolDownload(VOL, 0n, 0n);
    const body = readAll(stream);
    daemon.streamData(call(), Buffer.from('hello '));
    daemon.streamData(call(), Buffer.from('world'));
    daemon.streamData(call(), Buffer.alloc(0)); // EOF
    await settle();
    const finish = streamPackets();
    expect(finish.map((p) => [p.header.status, p.payload.length])).toEqual([[MessageStatus.Ok, 0]]);
    daemon.streamStatus(call(), MessageStatus.Ok);
    expect((await body).toString()).toBe('hello world');
  });

  it('uploads in libvirt-sized chunks and completes on the daemon’s confirmation', async () => {
    const { daemon, call, streamPackets } = streamDaemon(208);
    const client = await daemon.connect();
    const stream = await client.storageVolUpload(VOL, 0n, 0n);
    const data = Buffer.alloc(600_000, 7);
    const finished = new Promise((resolve, reject) =>
      stream.on('finish', resolve).on('error', reject),
    );
    stream.end(data);
    await settle();
    const packets = streamPackets();
    const dataPackets = packets.filter((p) => p.header.status === MessageStatus.Continue);
    expect(dataPackets.every((p) => p.payload.length <= STREAM_CHUNK_SIZE)).toBe(true);
    expect(Buffer.concat(dataPackets.map((p) => p.payload)).equals(data)).toBe(true);
    expect(packets.at(-1)?.header.status).toBe(MessageStatus.Ok);
    daemon.streamStatus(call(), MessageStatus.Ok);
    await finished;
  });

  it('carries a console both ways and aborts with an empty STREAM ERROR on destroy', async () => {
    const { daemon, call, streamPackets } = streamDaemon(201);
    const client = await daemon.connect();
    const con = await client.domainOpenConsole(DOM, null);
    const got: string[] = [];
    con.on('data', (c: Buffer) => got.push(c.toString()));
    con.write('ls\n');
    daemon.streamData(call(), Buffer.from('$ '));
    await settle();
    expect(got).toEqual(['$ ']);
    con.destroy();
    await settle();
    const last = streamPackets().at(-1);
    expect(last?.header.status).toBe(MessageStatus.Error);
    expect(last?.payload.length).toBe(0);
    expect(streamPackets()[0]?.payload.toString()).toBe('ls\n');
  });

  it('fails the stream on an asynchronous STREAM ERROR and keeps the connection', async () => {
    const { daemon, call } = streamDaemon(201);
    const client = await daemon.connect();
    const con = await client.domainOpenConsole(DOM, 'serial0', 1);
    const failed = new Promise<Error>((resolve) => con.on('error', resolve));
    daemon.streamError(call(), 39, 'stream had I/O failure');
    expect((await failed).message).toMatch(/stream had I\/O failure/);
    expect(await client.connectGetHostname()).toBe('host');
  });

  it('hands the call’s reply to the stream (screenshot MIME type)', async () => {
    const { daemon } = streamDaemon(211);
    const client = await daemon.connect();
    const shot = await client.domainScreenshot(DOM, 0);
    expect(shot.reply).toBe('image/png');
    shot.destroy();
  });

  it('pauses the socket while a download’s consumer is behind, and resumes when it reads', async () => {
    const { daemon, call } = streamDaemon(209);
    const client = await daemon.connect();
    const stream = await client.storageVolDownload(VOL, 0n, 0n);
    for (let i = 0; i < 20; i++) daemon.streamData(call(), Buffer.alloc(STREAM_CHUNK_SIZE));
    await settle();
    expect(daemon.clientSide.isPaused()).toBe(true);
    stream.resume();
    await settle();
    expect(daemon.clientSide.isPaused()).toBe(false);
    stream.destroy();
  });

  it('never lets an upload starve a call on the same connection', async () => {
    const { daemon } = streamDaemon(208);
    const client = await daemon.connect();
    const stream = await client.storageVolUpload(VOL, 0n, 0n);
    daemon.gate.closed = true; // the daemon stops reading, as it does when busy
    stream.write(Buffer.alloc(8 * STREAM_CHUNK_SIZE));
    const hostname = client.connectGetHostname();
    await settle();
    daemon.gate.open();
    await settle();
    const order = daemon.received
      .filter((p) => p.header.proc === 208 || p.header.proc === 59)
      .map((p) => p.header.proc);
    const callIndex = order.indexOf(59);
    // Only the stream data that fit the write budget went before the call.
    expect(callIndex).toBeGreaterThan(0);
    expect(callIndex).toBeLessThan(5);
    expect(await hostname).toBe('host');
    stream.destroy();
  });
});

describe('sparse streams', () => {
  it('refuses a hole instead of silently dropping it, and aborts the stream', async () => {
    const { daemon, call, streamPackets } = streamDaemon(209);
    const client = await daemon.connect();
    const stream = await client.storageVolDownload(VOL, 0n, 0n);
    const failed = new Promise<Error>((resolve) => stream.on('error', resolve));
    daemon.send(
      { ...call(), type: MessageType.StreamHole, status: MessageStatus.Continue },
      { codec: struct({ length: hyper, flags: uint }), value: { length: 4096n, flags: 0 } },
    );
    expect((await failed).message).toMatch(/sparse streams are not supported/);
    await settle();
    expect(streamPackets().at(-1)?.header.status).toBe(MessageStatus.Error);
  });
});

describe('streams when the daemon goes away', () => {
  it('fail with the connection’s error, as pending calls do', async () => {
    const { daemon } = streamDaemon(201);
    daemon.on(14, () => undefined);
    const client = await daemon.connect();
    const con = await client.domainOpenConsole(DOM, null);
    const failed = new Promise<Error>((resolve) => con.on('error', resolve));
    const call = client.domainGetXMLDesc(DOM).catch((e: unknown) => e);
    daemon.hangUp();
    expect((await failed).message).toMatch(/connection to libvirt was closed/);
    expect(String(await call)).toMatch(/connection to libvirt was closed/);
  });
});
