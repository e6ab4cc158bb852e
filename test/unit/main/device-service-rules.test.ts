import { describe, expect, it, vi } from 'vitest';
import type { DeviceSpec } from '../../../src/shared/devices';
import { deviceServiceOn, refusal } from './device-service-fixture';

/**
 * The device service's refusals before anything is sent (devices a running VM cannot
 * take, devices that cannot go at all), and the definition changes an attach needs
 * (shared memory for virtiofs), on the demo host.
 */

function setup() {
  const { driver, service, uuidOf } = deviceServiceOn();
  const inactive = (uuid: string) => driver.getDomainXml(uuid, { inactive: true });
  const live = (uuid: string) => driver.getDomainXml(uuid);
  /** Spies on every call that changes the host. */
  const writes = () => [
    vi.spyOn(driver, 'attachDevice'),
    vi.spyOn(driver, 'detachDevice'),
    vi.spyOn(driver, 'defineDomain'),
  ];
  return { driver, service, uuidOf, inactive, live, writes };
}


const TPM: DeviceSpec = {
  kind: 'tpm',
  model: 'tpm-crb',
  backend: { type: 'emulator', version: '2.0' },
};
const SHARE: DeviceSpec = {
  kind: 'filesystem',
  driver: 'virtiofs',
  source: '/srv/share',
  tag: 'share',
  readonly: false,
};

describe('attach: devices a running VM cannot take', () => {
  it('refuses a live TPM in prep, saying what to do, and sends nothing', async () => {
    const { service, uuidOf, writes } = setup();
    const uuid = await uuidOf('debian-server');
    const spies = writes();
    const error = await refusal(service.attach(uuid, TPM, { live: true, config: true }));
    expect(error.code).toBe('not-hot-pluggable');
    expect(error.message).toBe(
      'A TPM cannot be added to a running VM. Add it to the saved definition instead; it appears after the next full shutdown and start of the VM.',
    );
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('adds a TPM to the saved definition only by default, which libvirt 9 takes by a redefine', async () => {
    const { service, uuidOf, inactive, live } = setup();
    const uuid = await uuidOf('debian-server');
    expect(await service.attachCheck(uuid, TPM)).toEqual({
      liveProblem: expect.stringMatching(/^A TPM cannot be added to a running VM/) as string,
    });
    const outcome = await service.attach(uuid, TPM);
    expect(outcome.scope).toEqual({ live: false, config: true });
    expect(await inactive(uuid)).toContain("<tpm model='tpm-crb'>");
    expect(await live(uuid)).not.toContain('<tpm');
    const row = (await service.list(uuid)).find((d) => d.kind === 'tpm');
    expect(row).toMatchObject({ inLive: false, inConfig: true });

    // Only the definition has it, so only the definition loses it.
    const removed = await service.detach(uuid, { kind: 'tpm' });
    expect(removed.scope).toEqual({ live: false, config: true });
    expect(await inactive(uuid)).not.toContain('<tpm');
  });

  it('adds a watchdog live, and refuses only the models that cannot hotplug', async () => {
    const { service, uuidOf, live } = setup();
    const uuid = await uuidOf('debian-server');
    const ib700 = await refusal(
      service.attach(
        uuid,
        { kind: 'watchdog', model: 'ib700', action: 'reset' },
        { live: true, config: false },
      ),
    );
    expect(ib700.message).toMatch(/only i6300esb can/);
    const outcome = await service.attach(uuid, {
      kind: 'watchdog',
      model: 'i6300esb',
      action: 'reset',
    });
    expect(outcome.scope).toEqual({ live: true, config: true });
    expect(await live(uuid)).toContain("<watchdog model='i6300esb'");
  });

  it('says nothing about the running VM when the VM is shut off', async () => {
    const { service, uuidOf } = setup();
    expect(await service.attachCheck(await uuidOf('alpine-router'), TPM)).toEqual({});
  });
});

describe('detach: devices that cannot go at all', () => {
  it('refuses the PCIe root bus in either scope and sends nothing', async () => {
    const { service, uuidOf, writes } = setup();
    const uuid = await uuidOf('debian-server');
    const spies = writes();
    for (const scope of [undefined, { live: false, config: true }]) {
      const error = await refusal(
        service.detach(uuid, { kind: 'controller', type: 'pci', index: 0 }, scope),
      );
      expect(error.code).toBe('not-removable');
      expect(error.message).toMatch(/^The PCIe root bus is part of the machine itself/);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const row = (await service.list(uuid)).find((d) => d.title === 'pci controller 0');
    expect(row?.removalProblem).toMatch(/libvirt adds it back/);
  });

  it('removes a TPM from a saved definition by a redefine, as libvirt 9 needs', async () => {
    const { service, uuidOf, inactive } = setup();
    const uuid = await uuidOf('win11');
    expect(await inactive(uuid)).toContain('<tpm');
    const outcome = await service.detach(uuid, { kind: 'tpm' });
    expect(outcome.status).toBe('removed');
    expect(await inactive(uuid)).not.toContain('<tpm');
  });
});

describe('attach: a virtiofs share needs shared memory', () => {
  it('turns shared memory on in the saved definition, then adds the share', async () => {
    const { service, uuidOf, inactive } = setup();
    const uuid = await uuidOf('alpine-router');
    expect((await service.attachCheck(uuid, SHARE)).definitionChange).toMatch(
      /^virtiofs needs the VM's memory to be shared\. Adding this share also turns on shared memory/,
    );
    await service.attach(uuid, SHARE);
    const xml = await inactive(uuid);
    expect(xml).toMatch(/<memoryBacking>\s*<source type='memfd'\/>\s*<access mode='shared'\/>/);
    expect(xml).toContain("<target dir='share'/>");
    expect(await service.attachCheck(uuid, { ...SHARE, tag: 'other' })).toEqual({});
  });

  it('refuses a live share while the running memory is not shared, sending nothing', async () => {
    const { service, uuidOf, writes } = setup();
    const uuid = await uuidOf('debian-server');
    const spies = writes();
    const error = await refusal(service.attach(uuid, SHARE, { live: true, config: true }));
    expect(error.code).toBe('not-hot-pluggable');
    expect(error.message).toMatch(
      /^A virtiofs share needs the VM's memory to be shared, and the running VM's is not\. Add the share to the saved definition/,
    );
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('adds it to the saved definition of a running VM by default; the running VM is untouched', async () => {
    const { service, uuidOf, inactive, live } = setup();
    const uuid = await uuidOf('debian-server');
    const check = await service.attachCheck(uuid, SHARE);
    expect(check.liveProblem).toMatch(/^A virtiofs share needs/);
    expect(check.definitionChange).toMatch(/only after a full shutdown and start/);
    const before = await live(uuid);
    const outcome = await service.attach(uuid, SHARE);
    expect(outcome.scope).toEqual({ live: false, config: true });
    expect(await inactive(uuid)).toContain("<access mode='shared'/>");
    expect(await live(uuid)).toBe(before);
  });

  it('puts the previous definition back when the attach fails after the redefine', async () => {
    const { service, driver, uuidOf, inactive } = setup();
    const uuid = await uuidOf('alpine-router');
    const before = await inactive(uuid);
    vi.spyOn(driver, 'attachDevice').mockRejectedValueOnce(new Error('the host said no'));
    const define = vi.spyOn(driver, 'defineDomain');
    await expect(service.attach(uuid, SHARE)).rejects.toThrow('the host said no');
    expect(define).toHaveBeenCalledTimes(2);
    expect(await inactive(uuid)).toBe(before);
  });
  it('leaves an edit someone made meanwhile as it is, and says so', async () => {
    const { service, driver, uuidOf, inactive } = setup();
    const uuid = await uuidOf('alpine-router');
    // While the share is being attached, someone else (virsh edit) gives the VM a title.
    vi.spyOn(driver, 'attachDevice').mockImplementationOnce(async () => {
      const theirs = (await inactive(uuid)).replace('</name>', '</name>\n  <title>edited elsewhere</title>');
      await driver.defineDomain(theirs);
      throw new Error('the host said no');
    });
    await expect(service.attach(uuid, SHARE)).rejects.toThrow(
      /^the host said no The saved definition was changed by someone else meanwhile, so it was left as they made it/,
    );
    const saved = await inactive(uuid);
    expect(saved).toContain('<title>edited elsewhere</title>');
    expect(saved).toContain("<access mode='shared'/>");
  });
});

describe('the demo host checks shared memory as libvirt does', () => {
  it('refuses a virtiofs share in unshared memory, at attach and at define', async () => {
    const { driver, uuidOf, inactive } = setup();
    const uuid = await uuidOf('alpine-router');
    const share =
      "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/srv'/><target dir='s'/></filesystem>";
    await expect(driver.attachDevice(uuid, share, { live: false, config: true })).rejects.toThrow(
      "unsupported configuration: 'virtiofs' requires shared memory",
    );
    const xml = (await inactive(uuid)).replace('</devices>', `${share}</devices>`);
    await expect(driver.defineDomain(xml)).rejects.toThrow(/'virtiofs' requires shared memory/);
  });

  it.each([
    ["<controller type='usb' model='qemu-xhci'/>", "'usb' controller cannot be hot plugged."],
    ["<input type='mouse' bus='ps2'/>", "input device on bus 'ps2' cannot be hot plugged."],
    [
      "<watchdog model='ib700' action='reset'/>",
      'hotplug of watchdog of model ib700 is not supported',
    ],
    [
      "<tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>",
      "live attach of device 'tpm' is not supported",
    ],
  ])("refuses a live %s with libvirt 9's words", async (xml, words) => {
    const { driver, uuidOf } = setup();
    const uuid = await uuidOf('debian-server');
    await expect(driver.attachDevice(uuid, xml, { live: true, config: false })).rejects.toThrow(
      `Operation not supported: ${words}`,
    );
  });

  it('passes on QEMU refusing an ISA serial port, plugged in or out', async () => {
    const { driver, uuidOf, live } = setup();
    const uuid = await uuidOf('debian-server');
    const isa = "Bus 'isa.0' does not support hotplugging";
    await expect(
      driver.attachDevice(uuid, "<serial type='pty'><target port='1'/></serial>", {
        live: true,
        config: false,
      }),
    ).rejects.toThrow(`unable to execute QEMU command 'device_add': ${isa}`);
    const serial = /<serial type='pty'>[\s\S]*?<\/serial>/.exec(await live(uuid))?.[0] ?? '';
    await expect(driver.detachDevice(uuid, serial, { live: true, config: false })).rejects.toThrow(
      `unable to execute QEMU command 'device_del': ${isa}`,
    );
  });
});
