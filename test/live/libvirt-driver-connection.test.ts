import { afterAll, beforeAll, expect, it } from 'vitest';
import { DriverError } from '../../src/drivers/driver';
import type { DriverEvent } from '../../src/drivers/driver';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { VirErr } from '../../src/shared/libvirt-errors';
import { uniqueGuestName } from '../fixtures/test-guest';
import { eventually } from '../fixtures/test-guest-events';
import { describeWhen, libvirtd } from '../fixtures/requirements';

const URI = 'test+unix:///default';
const testDomain = (name: string) =>
  `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>`;

/**
 * What LibvirtDriver adds around the client: event registration that is in place before
 * the next call, one registration shared by all listeners, the connection's end as a
 * 'closed' event, and undefine that copes with drivers lacking some cleanup flags.
 */
describeWhen('LibvirtDriver connection behaviour (test driver)', libvirtd, () => {
  let driver: LibvirtDriver;

  beforeAll(async () => {
    driver = await createLibvirtDriver(URI);
  });

  afterAll(async () => {
    await driver.close();
  });

  it("delivers an operation's events to a listener added just before it", async () => {
    const name = uniqueGuestName('vdtest-events');
    const first: DriverEvent[] = [];
    const second: DriverEvent[] = [];
    const stopFirst = driver.onEvent((e) => first.push(e));
    const stopSecond = driver.onEvent((e) => second.push(e));
    // No wait between subscribing and acting: the driver finishes registering first.
    const { uuid } = await driver.defineDomain(testDomain(name));
    await driver.undefineDomain(uuid);
    const mine = (events: DriverEvent[]) =>
      events.flatMap((e) => (e.kind === 'lifecycle' && e.uuid === uuid ? [e.event] : []));
    await eventually(
      () => (mine(second).includes('undefined') ? true : undefined),
      'the undefine event',
    );
    stopFirst();
    stopSecond();
    expect(mine(first)).toEqual(['defined', 'undefined']);
    expect(mine(second)).toEqual(['defined', 'undefined']);
  });

  it('undefines on the test driver, which refuses the NVRAM and checkpoint flags', async () => {
    const { uuid } = await driver.defineDomain(testDomain(uniqueGuestName('vdtest-undefine')));
    await driver.undefineDomain(uuid);
    await expect(driver.lookupDomain(uuid)).rejects.toMatchObject({ code: VirErr.NO_DOMAIN });
  });

  it('refuses a malformed UUID with INVALID_ARG before asking the daemon', async () => {
    await expect(driver.lookupDomain('not-a-uuid')).rejects.toMatchObject({
      code: VirErr.INVALID_ARG,
    });
  });

  it("reports its own close as a 'closed' event, and fails later calls", async () => {
    const other = await createLibvirtDriver(URI);
    const closed = new Promise<DriverEvent>((resolve) =>
      other.onEvent((e) => e.kind === 'closed' && resolve(e)),
    );
    await other.close();
    expect(await closed).toMatchObject({ kind: 'closed', reason: 'client' });
    const error: unknown = await other.listDomains().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverError);
    expect((error as DriverError).code).toBe(VirErr.RPC);
  });
});
