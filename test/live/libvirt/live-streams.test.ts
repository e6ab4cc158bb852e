import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect } from '../../../src/drivers/libvirt';
import type { LibvirtClient, StoragePool, StorageVol } from '../../../src/drivers/libvirt';
import { DAEMON_SOCKET, daemonAnswers, describeWhen } from '../../fixtures/requirements';

/**
 * Volume upload and download through the real daemon's storage driver, on a transient
 * directory pool of our own (removed afterwards): both stream directions, the finish
 * handshake, an abort, and calls running alongside a transfer.
 */
const daemon = await daemonAnswers();
const URI = `qemu:///system?socket=${DAEMON_SOCKET}`;
const SIZE = 3_000_000; // more than 11 stream packets

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describeWhen('volume streams against the libvirt daemon', daemon, () => {
  const dir = mkdtempSync(join(tmpdir(), 'vdk-pool-'));
  let client: LibvirtClient;
  let pool: StoragePool;
  let vol: StorageVol;
  const data = randomBytes(SIZE);

  beforeAll(async () => {
    client = await connect(URI);
    pool = await client.storagePoolCreateXML(
      `<pool type='dir'><name>vdk-streams-${process.pid}</name><target><path>${dir}</path></target></pool>`,
    );
    vol = await client.storageVolCreateXML(
      pool,
      `<volume><name>data.raw</name><capacity>${SIZE}</capacity><target><format type='raw'/></target></volume>`,
    );
  });

  afterAll(async () => {
    if ((client as LibvirtClient | undefined) === undefined) return;
    await client.storageVolDelete(vol).catch(() => undefined);
    await client.storagePoolDestroy(pool).catch(() => undefined);
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads and downloads the same bytes, finishing both streams with the daemon', async () => {
    const up = await client.storageVolUpload(vol, 0n, 0n);
    await new Promise<void>((resolve, reject) => {
      up.on('error', reject);
      up.end(data, resolve);
    });
    const down = await client.storageVolDownload(vol, 0n, 0n);
    expect((await readAll(down)).equals(data)).toBe(true);
  });

  it('answers calls while a download is running on the same connection', async () => {
    const down = await client.storageVolDownload(vol, 0n, 0n);
    const body = readAll(down);
    const infos = await Promise.all(
      Array.from({ length: 20 }, () => client.storageVolGetInfo(vol)),
    );
    expect(infos.every((i) => i.capacity === BigInt(SIZE))).toBe(true);
    expect((await body).length).toBe(SIZE);
  });

  it('aborts a download midway and keeps the connection', async () => {
    const down = await client.storageVolDownload(vol, 0n, 0n);
    await new Promise<void>((resolve) => down.once('data', () => resolve()));
    down.destroy();
    expect((await client.storageVolGetInfo(vol)).capacity).toBe(BigInt(SIZE));
    const again = await client.storageVolDownload(vol, 0n, 1000n);
    expect((await readAll(again)).equals(data.subarray(0, 1000))).toBe(true);
  });
});
