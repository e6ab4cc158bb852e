import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createLibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../src/drivers/libvirt/libvirt-driver';
import { DeviceService } from '../../src/main/services/device-service';
import { DeviceSpec } from '../../src/shared/devices';
import { AppError } from '../../src/shared/errors';
import { capabilityOf } from '../fixtures/host-capability';
import { startTestGuest } from '../fixtures/test-guest';
import type { TestGuest } from '../fixtures/test-guest';
import { describeWhenAvailable, testGuestMissing } from '../fixtures/test-guest-libvirt';

/**
 * The hot-add rules and the virtiofs definition change against libvirt 9 on
 * qemu:///system, with the busybox test guest running (its memory is not shared). One boot
 * for the whole file: booting under TCG is slow.
 */
describeWhenAvailable('device rules with a running QEMU test guest', testGuestMissing, () => {
  let driver: LibvirtDriver;
  let guest: TestGuest;
  let service: DeviceService;
  let dir: string;

  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
    guest = await startTestGuest(driver);
    service = new DeviceService(driver, { confirmTimeoutMs: 10_000 });
    dir = await mkdtemp(join(tmpdir(), 'virtdeck-rules-'));
  }, 120_000);

  afterAll(async () => {
    service?.close();
    await guest?.dispose();
    await driver?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Runs `attempt` and expects it refused in prep with `code`: nothing reaches the host. */
  async function expectRefusedInPrep(
    attempt: () => Promise<unknown>,
    code: string,
    message: RegExp,
  ) {
    const sent = [
      vi.spyOn(driver, 'attachDevice'),
      vi.spyOn(driver, 'defineDomain'),
      vi.spyOn(driver, 'updateDevice'),
    ];
    const error = await attempt().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(message);
    for (const spy of sent) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  }

  it('refuses a live TPM in prep: nothing reaches the host', async () => {
    // The host's TPM, which every host with a TPM device can name: the live rule refuses it.
    const passthrough = DeviceSpec.parse({ kind: 'tpm', backend: { type: 'passthrough' } });
    await expectRefusedInPrep(
      () => service.attach(guest.uuid, passthrough, { live: true, config: false }),
      'not-hot-pluggable',
      /^A TPM cannot be added to a running VM/,
    );
    expect(await driver.getDomainXml(guest.uuid)).not.toContain('<tpm');
  });

  it('adds virtiofs to the saved definition with shared memory turned on where the host can; it validates', async () => {
    const share = {
      kind: 'filesystem',
      driver: 'virtiofs',
      source: '/var/lib/libvirt/images',
      tag: 'images',
      readonly: false,
    } as const;
    const virtiofs = await capabilityOf(driver, guest.uuid, 'filesystem.driver', 'virtiofs');
    if (!virtiofs.available) {
      expect((await service.attachCheck(guest.uuid, share)).unsupported).toBe(virtiofs.reason);
      await expectRefusedInPrep(() => service.attach(guest.uuid, share), 'unsupported', /virtiofs/);
      return;
    }
    expect((await service.attachCheck(guest.uuid, share)).liveProblem).toMatch(
      /^A virtiofs share needs the VM's memory to be shared/,
    );
    const outcome = await service.attach(guest.uuid, share);
    expect(outcome.scope).toEqual({ live: false, config: true });

    const saved = await driver.getDomainXml(guest.uuid, { inactive: true });
    expect(saved).toMatch(/<memoryBacking>\s*<source type='memfd'\/>\s*<access mode='shared'\/>/);
    expect(saved).toContain("<target dir='images'/>");
    expect(await driver.getDomainXml(guest.uuid)).not.toContain('<filesystem');

    const file = join(dir, 'saved.xml');
    await writeFile(file, saved);
    const validate = spawnSync('virt-xml-validate', [file, 'domain'], { encoding: 'utf8' });
    expect(validate.stdout + validate.stderr).toContain('validates');
  });

  it('puts an emulated TPM into the saved definition and takes it out where the host has swtpm, and refuses it in prep where not', async () => {
    const emulated = DeviceSpec.parse({ kind: 'tpm' });
    const swtpm = await capabilityOf(driver, guest.uuid, 'tpm.backend', 'emulator');
    if (!swtpm.available) {
      expect(swtpm.reason).toMatch(/^This host cannot emulate a TPM: install swtpm there/);
      expect((await service.attachCheck(guest.uuid, emulated)).unsupported).toBe(swtpm.reason);
      await expectRefusedInPrep(
        () => service.attach(guest.uuid, emulated),
        'unsupported',
        /install swtpm/,
      );
      expect(await driver.getDomainXml(guest.uuid, { inactive: true })).not.toContain('<tpm');
      return;
    }
    const outcome = await service.attach(guest.uuid, emulated);
    expect(outcome.scope).toEqual({ live: false, config: true });
    expect(await driver.getDomainXml(guest.uuid, { inactive: true })).toContain(
      "<tpm model='tpm-crb'>",
    );
    expect(await driver.getDomainXml(guest.uuid)).not.toContain('<tpm');

    const removed = await service.detach(guest.uuid, { kind: 'tpm' });
    expect(removed.scope).toEqual({ live: false, config: true });
    expect(await driver.getDomainXml(guest.uuid, { inactive: true })).not.toContain('<tpm');
  });

  it('refuses an empty CD-ROM drive for the running VM in prep, as the host would, and saves it to the definition', async () => {
    // The host itself: libvirt 9 with QEMU 7.2 refuses an empty drive live on every bus.
    const bare = `<disk type='file' device='cdrom'><driver name='qemu'/><target dev='sdz' bus='usb'/><readonly/></disk>`;
    await expect(
      driver.attachDevice(guest.uuid, bare, { live: true, config: false }),
    ).rejects.toThrow(/argument key 'filename' must not have null value/);
    const empty = DeviceSpec.parse({
      kind: 'disk',
      device: 'cdrom',
      bus: 'usb',
      source: { type: 'none' },
    });
    expect((await service.attachCheck(guest.uuid, empty)).liveProblem).toMatch(
      /^An empty CD-ROM drive cannot be added to a running VM/,
    );
    await expectRefusedInPrep(
      () => service.attach(guest.uuid, empty, { live: true, config: true }),
      'not-hot-pluggable',
      /Choose an image for it .* or add the empty drive to the saved definition/,
    );
    // The saved definition takes it, as the dialog offers: an empty drive there is valid.
    const outcome = await service.attach(guest.uuid, empty);
    expect(outcome.scope).toEqual({ live: false, config: true });
    const saved = await driver.getDomainXml(guest.uuid, { inactive: true });
    expect(saved).toMatch(
      /<disk type='file' device='cdrom'>\s*<driver name='qemu'( type='raw')?\/>\s*<target dev='sda' bus='usb'\/>/,
    );
  });
});
