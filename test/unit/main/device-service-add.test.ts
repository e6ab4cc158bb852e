import { describe, expect, it, vi } from 'vitest';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput } from '../../../src/shared/devices';
import { AppError } from '../../../src/shared/errors';
import { deviceServiceOn, refusal } from './device-service-fixture';

/**
 * Adding the devices libvirt takes into a definition only by a define (video, displays,
 * smartcards, TPMs), and the ones the definition must be ready for (memory, a second
 * display, SPICE channels): refused before anything is sent, with what to do.
 */

function setup() {
  const { driver, service, uuidOf } = deviceServiceOn();
  const attach = vi.spyOn(driver, 'attachDevice');
  const define = vi.spyOn(driver, 'defineDomain');
  return { driver, service, attach, define, uuidOf };
}

const spec = (input: DeviceSpecInput) => DeviceSpec.parse(input);


describe('DeviceService adding displays and memory', () => {
  it('adds a video card to a shut-off VM’s definition by defining it again', async () => {
    const { driver, service, attach, uuidOf } = setup();
    const uuid = await uuidOf('alpine-router');
    const getXml = vi.spyOn(driver, 'getDomainXml');
    const outcome = await service.attach(uuid, spec({ kind: 'video', model: 'qxl', heads: 2 }));
    expect(outcome).toMatchObject({ status: 'attached', scope: { live: false, config: true } });
    // libvirt refuses a persistent attach of video; nothing was sent that way.
    expect(attach).not.toHaveBeenCalled();
    // Read with its secrets, so a display password survives the redefine.
    expect(getXml).toHaveBeenCalledWith(uuid, { inactive: true, secure: true });
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain(
      "<model type='qxl' heads='2'/>",
    );
    const videos = (await service.list(uuid)).filter((entry) => entry.kind === 'video');
    expect(videos).toHaveLength(2);
  });

  it('adds a SPICE display next to a VNC one, and then SPICE USB redirection', async () => {
    const { driver, service, uuidOf } = setup();
    const uuid = await uuidOf('alpine-router');
    const redirect = spec({ kind: 'redirdev' });
    const early = await refusal(service.attach(uuid, redirect));
    expect(early.message).toMatch(/needs a SPICE display, and “alpine-router” has none/);
    await service.attach(uuid, spec({ kind: 'graphics', type: 'spice' }));
    await service.attach(uuid, redirect);
    const saved = await driver.getDomainXml(uuid, { inactive: true });
    expect(saved).toContain("<graphics type='spice' autoport='yes'>");
    expect(saved).toContain("<redirdev bus='usb' type='spicevmc'");
  });

  it('refuses a second VNC display before anything is sent', async () => {
    const { service, attach, define, uuidOf } = setup();
    const uuid = await uuidOf('alpine-router');
    const error = await refusal(service.attach(uuid, spec({ kind: 'graphics', type: 'vnc' })));
    expect(error.code).toBe('operation-invalid');
    expect(error.message).toBe(
      '“alpine-router” already has a VNC display, and a VM can have only one display of each type. Change or remove the existing VNC display, or add a SPICE display instead.',
    );
    expect(attach).not.toHaveBeenCalled();
    expect(define).not.toHaveBeenCalled();
    // The preview says the same, so the dialog shows it before Add.
    await expect(service.previewXml(uuid, spec({ kind: 'graphics', type: 'vnc' }))).rejects.toThrow(
      /already has a VNC display/,
    );
  });

  it('says what a VM without memory slots lacks, before anything is sent', async () => {
    const { service, attach, uuidOf } = setup();
    const uuid = await uuidOf('debian-server');
    const error = await refusal(service.attach(uuid, spec({ kind: 'memory', sizeMiB: 1024 })));
    expect(error.message).toMatch(
      /^Memory cannot be plugged into “debian-server”: its definition lacks a maximum memory with slots, .* and a NUMA cell under <cpu>/,
    );
    expect(attach).not.toHaveBeenCalled();
  });

  it('plugs a DIMM into a running VM with memory slots, in both definitions', async () => {
    const { driver, service, uuidOf } = setup();
    const uuid = await uuidOf('fedora-workstation');
    const outcome = await service.attach(uuid, spec({ kind: 'memory', sizeMiB: 1024 }));
    expect(outcome).toMatchObject({ status: 'attached', scope: { live: true, config: true } });
    for (const inactive of [false, true]) {
      const xml = await driver.getDomainXml(uuid, { inactive });
      expect(xml).toContain("<memory model='dimm'>");
      // 4 GiB plus the module.
      expect(xml).toContain("<memory unit='KiB'>5242880</memory>");
    }
  });

  it('adds a video card to a running VM’s saved definition only, when asked', async () => {
    const { driver, service, uuidOf } = setup();
    const uuid = await uuidOf('debian-server');
    const scope = { live: false, config: true };
    await service.attach(uuid, spec({ kind: 'video', model: 'bochs' }), scope);
    expect(await driver.getDomainXml(uuid, { inactive: true })).toContain("<model type='bochs'/>");
    expect(await driver.getDomainXml(uuid)).not.toContain('bochs');
  });

  it('adds a video card to a running VM’s definition only, and refuses it live before sending', async () => {
    const { driver, service, attach, define, uuidOf } = setup();
    const uuid = await uuidOf('debian-server');
    const before = await driver.getDomainXml(uuid, { inactive: true });
    const live = { live: true, config: true };
    await expect(service.attach(uuid, spec({ kind: 'video', model: 'vga' }), live)).rejects.toThrow(
      AppError,
    );
    expect(attach).not.toHaveBeenCalled();
    expect(define).not.toHaveBeenCalled();
    expect(await driver.getDomainXml(uuid, { inactive: true })).toBe(before);
    const outcome = await service.attach(uuid, spec({ kind: 'video', model: 'vga' }));
    expect(outcome.scope).toEqual({ live: false, config: true });
    expect(await driver.getDomainXml(uuid)).not.toContain("<model type='vga'");
  });
});
