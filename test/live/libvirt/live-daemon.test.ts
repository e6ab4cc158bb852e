import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DomainEventType,
  DomainState,
  DomainStatsTypes,
  connect,
  getTypedParams,
  typedParamsToRecord,
  uuidToString,
} from '../../../src/drivers/libvirt';
import type { DomainEvent, LibvirtClient } from '../../../src/drivers/libvirt';
import { DriverError } from '../../../src/drivers/driver';
import { DAEMON_SOCKET, daemonAnswers, describeWhen } from '../../fixtures/requirements';
import { voidCodec } from '../../../src/drivers/libvirt/xdr/codec';

/**
 * Against the real daemon, on the shared test driver (test+unix:///default). Skips when no
 * daemon socket exists, unless VIRTDECK_REQUIRE_LIBVIRT=1, which turns that into a failure.
 * Every domain made here has a unique name and is removed again.
 */
const URI = `test+unix:///default?socket=${DAEMON_SOCKET}`;
const daemon = await daemonAnswers();

const unique = `vdk-it-${process.pid}-${Date.now().toString(36)}`;
function domainXml(name: string): string {
  return `<domain type='test'><name>${name}</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
  <os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/tmp/${name}.img'/>
  <target dev='vda' bus='virtio'/></disk></devices></domain>`;
}

/** Resolves with the first event that matches; the test's timeout bounds the wait. */
function nextEvent(
  events: DomainEvent[],
  match: (e: DomainEvent) => boolean,
): Promise<DomainEvent> {
  return new Promise((resolve) => {
    const check = (): void => {
      const found = events.find(match);
      if (found) resolve(found);
      else setImmediate(check);
    };
    check();
  });
}

describeWhen('against the libvirt daemon (test driver)', daemon, () => {
  let client: LibvirtClient;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    client = await connect(URI);
    await client.events.subscribeMany(['lifecycle', 'device-added', 'device-removed'], (e) =>
      events.push(e),
    );
  });

  afterAll(async () => {
    if (!(client as LibvirtClient | undefined)) return; // connect() failed: that is the reported error
    const leftovers = await client.connectListAllDomains().catch(() => ({ domains: [] }));
    for (const dom of leftovers.domains.filter((d) => d.name.startsWith(unique))) {
      await client.domainDestroy(dom).catch(() => undefined);
      await client.domainUndefineFlags(dom, 0).catch(() => undefined);
    }
    await client.close();
  });

  it('reads the host', async () => {
    expect(await client.connectGetLibVersion()).toBeGreaterThanOrEqual(9_000_000n);
    expect(await client.connectGetType()).toBe('TEST');
    expect((await client.connectGetHostname()).length).toBeGreaterThan(0);
    expect((await client.nodeGetInfo()).model).toBe('i686');
    expect(await client.connectGetCapabilities()).toContain('<capabilities>');
  });

  it('lists and looks up the built-in domain', async () => {
    const { domains } = await client.connectListAllDomains();
    const test = domains.find((d) => d.name === 'test');
    expect(test).toBeDefined();
    if (!test) return;
    const byName = await client.domainLookupByName('test');
    expect(uuidToString(byName.uuid)).toBe(uuidToString(test.uuid));
    expect((await client.domainLookupByUUID(test.uuid)).name).toBe('test');
    expect(await client.domainGetXMLDesc(byName)).toContain('<name>test</name>');
  });

  it('pipelines many calls and gets every reply to its caller', async () => {
    const dom = await client.domainLookupByName('test');
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 2 ? client.domainGetXMLDesc(dom) : client.domainGetState(dom),
      ),
    );
    results.forEach((r, i) => {
      if (i % 2) expect(r).toContain('<name>test</name>');
      else expect(r).toHaveProperty('state');
    });
  });

  it('defines, starts, pauses, resumes, stops and undefines a domain, with events', async () => {
    const name = `${unique}-life`;
    const dom = await client.domainDefineXMLFlags(domainXml(name), 0);
    expect(dom.id).toBe(-1);
    const isOurs = (kind: number) => (e: DomainEvent) =>
      e.kind === 'lifecycle' && e.dom.name === name && e.event === kind;
    await nextEvent(events, isOurs(DomainEventType.Defined));

    const running = await client.domainCreateWithFlags(dom, 0);
    await nextEvent(events, isOurs(DomainEventType.Started));
    expect((await client.domainGetState(dom)).state).toBe(DomainState.Running);
    const info = await client.domainGetInfo(dom);
    expect(info.maxMem).toBe(65536n);
    expect(running.id).toBeGreaterThan(0);

    await client.domainSuspend(dom);
    await nextEvent(events, isOurs(DomainEventType.Suspended));
    await client.domainResume(dom);
    await nextEvent(events, isOurs(DomainEventType.Resumed));
    await client.domainDestroyFlags(dom, 0);
    await nextEvent(events, isOurs(DomainEventType.Stopped));
    await client.domainUndefineFlags(dom, 0);
    await nextEvent(events, isOurs(DomainEventType.Undefined));
    await expect(client.domainLookupByName(name)).rejects.toMatchObject({ code: 42 });
  });

  it('returns domain stats and typed parameters with 64-bit values as bigint', async () => {
    const dom = await client.domainLookupByName('test');
    const [record] = await client.connectGetAllDomainStats(
      [dom],
      DomainStatsTypes.State | DomainStatsTypes.CpuTotal,
    );
    expect(record?.dom.name).toBe('test');
    const stats = typedParamsToRecord(record?.params ?? []);
    expect(stats['state.state']).toBe(DomainState.Running);
    const all = await client.connectGetAllDomainStats([], 0);
    expect(all.some((r) => r.dom.name === 'test')).toBe(true);

    const memory = typedParamsToRecord(
      await getTypedParams((n) => client.domainGetMemoryParameters(dom, n)),
    );
    expect(memory['hard_limit']).toBe(2n ** 53n - 1n);
    // String parameters come only with VIR_TYPED_PARAM_STRING_OKAY, which the table adds.
    const blkio = await getTypedParams((n) => client.domainGetBlkioParameters(dom, n));
    expect(blkio.some((p) => p.value.type === 'string')).toBe(true);
  });

  it('reads a screenshot through a stream', async () => {
    const dom = await client.domainLookupByName('test');
    const shot = await client.domainScreenshot(dom, 0);
    expect(shot.reply).toBe('image/png');
    const chunks: Buffer[] = [];
    for await (const c of shot) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(1, 4).toString()).toBe('PNG');
  });

  it('keeps working while a stream is open on the same connection', async () => {
    const dom = await client.domainLookupByName('test');
    const shot = await client.domainScreenshot(dom, 0);
    expect(await client.connectGetHostname()).toBeTruthy();
    shot.resume();
    await new Promise((resolve) => shot.on('end', resolve));
  });

  it('sends device XML the daemon can decode (the test driver then says it has no hotplug)', async () => {
    const dom = await client.domainLookupByName('test');
    const disk = `<disk type='file' device='disk'><source file='/tmp/${unique}.img'/><target dev='vdb' bus='virtio'/></disk>`;
    await expect(client.domainAttachDeviceFlags(dom, disk, 1)).rejects.toMatchObject({ code: 3 });
    await expect(client.domainDetachDeviceFlags(dom, disk, 1)).rejects.toMatchObject({ code: 3 });
  });

  it('reports libvirt errors with their code and a hint', async () => {
    const err = await client.domainLookupByName(`${unique}-missing`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DriverError);
    expect(err).toMatchObject({ code: 42, domain: 12 });
    expect((err as Error).message).toMatch(/refresh/);
  });

  it('explains a procedure the daemon does not know as an old daemon', async () => {
    // 999 is past every procedure libvirt has, like a new call sent to an old daemon.
    const err = await client.connection
      .call(999, voidCodec, undefined, voidCodec)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 39, domain: 7 });
    expect((err as Error).message).toMatch(/unknown procedure: 999\. .*too old/);
    expect(await client.connectGetHostname()).toBeTruthy();
  });

  it('refuses writes on a read-only connection and says why', async () => {
    const ro = await connect(URI, { readOnly: true });
    try {
      const dom = await ro.domainLookupByName('test');
      await expect(ro.domainSuspend(dom)).rejects.toMatchObject({ code: 29 });
      await expect(ro.domainSuspend(dom)).rejects.toThrow(/read-only/);
    } finally {
      await ro.close();
    }
  });

  it('reports a close once and fails later calls clearly', async () => {
    const other = await connect(URI);
    const reasons: string[] = [];
    other.onClosed((info) => reasons.push(info.reason));
    await other.close();
    expect(reasons).toEqual(['client']);
    await expect(other.connectGetHostname()).rejects.toThrow(/closed/);
  });
});
