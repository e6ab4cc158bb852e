import { describe, expect, it } from 'vitest';
import { FakeDaemon, settle } from './fake-daemon';
import {
  domain,
  network,
  storagePool,
  typedParams,
  uuidFromString,
} from '../../../src/drivers/libvirt/protocol/types';
import type { PacketHeader } from '../../../src/drivers/libvirt/rpc/packet';
import { int, optString, string, struct, voidCodec } from '../../../src/drivers/libvirt/xdr/codec';
import type { DomainEvent, LibvirtEvent } from '../../../src/drivers/libvirt';

const DOM = { name: 'vm1', uuid: uuidFromString('00000000-0000-0000-0000-000000000001'), id: 3 };

/** A fake daemon that hands out callback ids like libvirt: counters shared by everyone. */
function daemonWithRegistrations(firstId = 40) {
  const daemon = new FakeDaemon();
  let next = firstId;
  const registered: number[] = [];
  daemon.on(316, (args, h) => {
    registered.push(args.int());
    daemon.reply(h, int, next++);
  });
  daemon.on(317, (_a, h) => daemon.reply(h, voidCodec, undefined));
  return { daemon, registered };
}

describe('domain events', () => {
  it('registers each event id once and fans out to every listener', async () => {
    const { daemon, registered } = daemonWithRegistrations();
    const client = await daemon.connect();
    const a: DomainEvent[] = [];
    const b: DomainEvent[] = [];
    await client.events.subscribe('lifecycle', (e) => a.push(e));
    const offB = await client.events.subscribe('lifecycle', (e) => b.push(e));
    expect(registered).toEqual([0]);
    daemon.event(318, struct({ callbackID: int, dom: domain, event: int, detail: int }), {
      callbackID: 40,
      dom: DOM,
      event: 3,
      detail: 0,
    });
    await settle();
    expect(a).toEqual([{ kind: 'lifecycle', callbackID: 40, dom: DOM, event: 3, detail: 0 }]);
    expect(b).toHaveLength(1);
    await offB();
    expect(daemon.packetsFor(317)).toHaveLength(0); // one listener is left
  });

  it('decodes the flat device events and the metadata event', async () => {
    const { daemon } = daemonWithRegistrations(7);
    const client = await daemon.connect();
    const seen: DomainEvent[] = [];
    await client.events.subscribeMany(
      ['device-removed', 'device-added', 'device-removal-failed', 'metadata-change'],
      (e) => seen.push(e),
    );
    const alias = struct({ callbackID: int, dom: domain, devAlias: string });
    daemon.event(333, alias, { callbackID: 7, dom: DOM, devAlias: 'virtio-disk1' });
    daemon.event(354, alias, { callbackID: 8, dom: DOM, devAlias: 'net1' });
    daemon.event(367, alias, { callbackID: 9, dom: DOM, devAlias: 'hostdev0' });
    daemon.event(379, struct({ callbackID: int, dom: domain, type: int, nsuri: optString }), {
      callbackID: 10,
      dom: DOM,
      type: 2,
      nsuri: null,
    });
    await settle();
    expect(seen.map((e) => e.kind)).toEqual([
      'device-removed',
      'device-added',
      'device-removal-failed',
      'metadata-change',
    ]);
    expect(seen[0]).toMatchObject({ devAlias: 'virtio-disk1' });
    expect(seen[3]).toMatchObject({ type: 2, nsuri: null });
  });

  it('decodes job-completed with its typed parameters', async () => {
    const { daemon } = daemonWithRegistrations(0);
    const client = await daemon.connect();
    const seen: DomainEvent[] = [];
    await client.events.subscribe('job-completed', (e) => seen.push(e));
    daemon.event(363, struct({ callbackID: int, dom: domain, params: typedParams }), {
      callbackID: 0,
      dom: DOM,
      params: [{ field: 'time_elapsed', value: { type: 'ullong', value: 1234n } }],
    });
    await settle();
    expect(seen[0]).toMatchObject({ kind: 'job-completed', params: [{ field: 'time_elapsed' }] });
  });

  it('ignores unknown event procedures and keeps the connection', async () => {
    const { daemon } = daemonWithRegistrations();
    daemon.on(59, (_a, h) => daemon.reply(h, string, 'still here'));
    const client = await daemon.connect();
    daemon.event(999, string, 'from a newer daemon');
    expect(await client.connectGetHostname()).toBe('still here');
    expect(client.closed).toBeUndefined();
  });

  it('deregisters when the last listener leaves', async () => {
    const { daemon } = daemonWithRegistrations(5);
    const client = await daemon.connect();
    const off = await client.events.subscribe('reboot', () => undefined);
    await off();
    const dereg = daemon.packetsFor(317);
    expect(dereg).toHaveLength(1);
  });
});

describe('domain events racing their registration', () => {
  it('delivers an event that arrives in the same chunk as the registration reply', async () => {
    const daemon = new FakeDaemon();
    daemon.on(316, (_a, h) => {
      daemon.reply(h, int, 12);
      daemon.event(319, struct({ callbackID: int, dom: domain }), { callbackID: 12, dom: DOM });
    });
    const client = await daemon.connect();
    const seen: DomainEvent[] = [];
    await client.events.subscribe('reboot', (e) => seen.push(e));
    await settle();
    expect(seen).toEqual([{ kind: 'reboot', callbackID: 12, dom: DOM }]);
  });
});

describe('events of other objects and re-subscription', () => {
  it('registers network and storage pool events through their own procedures', async () => {
    const daemon = new FakeDaemon();
    daemon.on(313, (_a, h) => daemon.reply(h, int, 1));
    daemon.on(368, (_a, h) => daemon.reply(h, int, 2));
    const client = await daemon.connect();
    const seen: LibvirtEvent[] = [];
    await client.events.subscribe('network-lifecycle', (e) => seen.push(e));
    await client.events.subscribe('storage-pool-refresh', (e) => seen.push(e));
    daemon.event(315, struct({ callbackID: int, net: network, event: int, detail: int }), {
      callbackID: 1,
      net: { name: 'default', uuid: DOM.uuid },
      event: 2,
      detail: 0,
    });
    daemon.event(373, struct({ callbackID: int, pool: storagePool }), {
      callbackID: 2,
      pool: { name: 'images', uuid: DOM.uuid },
    });
    await settle();
    expect(seen.map((e) => e.kind)).toEqual(['network-lifecycle', 'storage-pool-refresh']);
  });

  it('waits for a deregistration in flight before registering the kind again', async () => {
    const { daemon } = daemonWithRegistrations(1);
    const order: number[] = [];
    const held: PacketHeader[] = [];
    daemon.on(317, (_a, h) => held.push(h));
    const client = await daemon.connect();
    const off = await client.events.subscribe('lifecycle', () => undefined);
    const leaving = off();
    const again = client.events.subscribe('lifecycle', () => undefined);
    await settle();
    order.push(
      ...daemon.received
        .filter((p) => p.header.proc === 316 || p.header.proc === 317)
        .map((p) => p.header.proc),
    );
    expect(order).toEqual([316, 317]); // the second registration waits
    const h = held[0];
    if (h) daemon.reply(h, voidCodec, undefined);
    await leaving;
    await again;
    expect(daemon.packetsFor(316)).toHaveLength(2);
  });
});
