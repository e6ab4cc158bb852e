import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fitProblem, memoryHotplugProblem } from '../../../src/domain/devices/add-checks';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput, SpecOf } from '../../../src/shared/devices';
import { AppError } from '../../../src/shared/errors';
import { describeWhenAvailable, libvirtMissing } from '../../fixtures/test-guest-libvirt';

/**
 * The checks that refuse a device the rest of the definition cannot take, before anything
 * is sent: memory without the slots and NUMA cell hotplug needs, a second display of one
 * type, SPICE channels without a SPICE display. Where libvirt is at hand, its own attach
 * agrees with each verdict.
 */

const MAX_MEMORY = `<maxMemory slots="16" unit="GiB">32</maxMemory>`;
const NUMA = `<numa><cell id="0" cpus="0-1" memory="2" unit="GiB"/></numa>`;

function definition(opts: { maxMemory?: string; numa?: string; arch?: string; devices?: string }) {
  return DomainXml.parse(`<domain type='qemu'>
  <name>fit-check</name>
  ${opts.maxMemory ?? ''}
  <memory unit='GiB'>2</memory>
  <vcpu>2</vcpu>
  <os>
    <type arch='${opts.arch ?? 'x86_64'}' machine='${opts.arch?.startsWith('ppc64') ? 'pseries' : 'q35'}'>hvm</type>
  </os>
  ${opts.numa === undefined ? '' : `<cpu>${opts.numa}</cpu>`}
  <devices>
    ${opts.devices ?? ''}
  </devices>
</domain>
`);
}

const spec = (input: DeviceSpecInput) => DeviceSpec.parse(input);
const memory = (input: Partial<SpecOf<'memory'>> = {}) =>
  spec({ kind: 'memory', sizeMiB: 1024, ...input }) as SpecOf<'memory'>;
const DIMM = `<memory model='dimm'><target><size unit='GiB'>1</size><node>0</node></target></memory>`;

describe('memoryHotplugProblem', () => {
  it('names both missing parts, how they look, and what to do', () => {
    const problem = memoryHotplugProblem(definition({}), memory());
    expect(problem).toBe(
      'Memory cannot be plugged into “fit-check”: its definition lacks a maximum memory with slots, e.g. <maxMemory slots="16" unit="GiB">32</maxMemory>, and a NUMA cell under <cpu>, e.g. <numa><cell id="0" cpus="0-1" memory="2" unit="GiB"/></numa>. Shut the VM down, add them to the definition (for example with virsh edit), then add the memory again.',
    );
  });

  it('names only what is missing', () => {
    const noMax = memoryHotplugProblem(definition({ numa: NUMA }), memory());
    expect(noMax).toMatch(/lacks a maximum memory with slots/);
    expect(noMax).not.toMatch(/NUMA/);
    expect(noMax).toMatch(/add it to the definition/);
    const noNuma = memoryHotplugProblem(definition({ maxMemory: MAX_MEMORY }), memory());
    expect(noNuma).toMatch(/lacks a NUMA cell under <cpu>/);
    expect(noNuma).not.toMatch(/maxMemory slots/);
  });

  it('needs no NUMA cell on POWER, where QEMU plugs memory without one', () => {
    const ppc = definition({ maxMemory: MAX_MEMORY, arch: 'ppc64le' });
    expect(memoryHotplugProblem(ppc, memory())).toBeUndefined();
  });

  it('counts every memory device against the slots, virtio-mem too', () => {
    const full = definition({
      maxMemory: `<maxMemory slots='2' unit='GiB'>32</maxMemory>`,
      numa: NUMA,
      devices: `${DIMM}<memory model='virtio-mem'><target><size unit='GiB'>1</size><node>0</node><block unit='MiB'>2</block></target></memory>`,
    });
    expect(memoryHotplugProblem(full, memory())).toBe(
      'All 2 memory slots of “fit-check” are in use. Raise the slots of <maxMemory> in its definition (with the VM shut off), or remove a memory module first.',
    );
  });

  it('keeps the total under the maximum, saying how much still fits', () => {
    const tight = definition({
      maxMemory: `<maxMemory slots='4' unit='GiB'>3</maxMemory>`,
      numa: NUMA,
    });
    expect(memoryHotplugProblem(tight, memory({ sizeMiB: 2048 }))).toBe(
      'A 2048 MiB module would take “fit-check” to 4096 MiB, above its maximum memory of 3072 MiB. Choose at most 1024 MiB, or raise <maxMemory> in its definition.',
    );
    expect(memoryHotplugProblem(tight, memory({ sizeMiB: 1024 }))).toBeUndefined();
  });

  it('asks for a NUMA node the guest has', () => {
    const ready = definition({ maxMemory: MAX_MEMORY, numa: NUMA });
    expect(memoryHotplugProblem(ready, memory({ node: 1 }))).toBe(
      '“fit-check” has one NUMA node: use node 0 for the memory, or leave the node empty.',
    );
    expect(memoryHotplugProblem(ready, memory({ node: 0 }))).toBeUndefined();
    expect(memoryHotplugProblem(ready, memory({ model: 'virtio-mem' }))).toBeUndefined();
  });
});

describe('fitProblem for displays and SPICE channels', () => {
  const vnc = `<graphics type='vnc' autoport='yes'><listen type='address' address='127.0.0.1'/></graphics>`;

  it('refuses a second display of one type, and offers the other type', () => {
    const domain = definition({ devices: vnc });
    expect(fitProblem(domain, spec({ kind: 'graphics', type: 'vnc' }))).toBe(
      '“fit-check” already has a VNC display, and a VM can have only one display of each type. Change or remove the existing VNC display, or add a SPICE display instead.',
    );
    expect(fitProblem(domain, spec({ kind: 'graphics', type: 'spice' }))).toBeUndefined();
  });

  it('refuses SPICE redirection and smartcard passthrough without a SPICE display', () => {
    const domain = definition({ devices: vnc });
    expect(fitProblem(domain, spec({ kind: 'redirdev' }))).toMatch(
      /^USB redirection over SPICE needs a SPICE display, and “fit-check” has none\. Add a SPICE display first/,
    );
    expect(fitProblem(domain, spec({ kind: 'smartcard' }))).toMatch(/needs a SPICE display/);
    expect(fitProblem(domain, spec({ kind: 'smartcard', mode: 'host' }))).toBeUndefined();
    const tcp = spec({
      kind: 'redirdev',
      source: { type: 'tcp', host: 'usb.example', port: 4000 },
    });
    expect(fitProblem(domain, tcp)).toBeUndefined();
    const spice = definition({ devices: `<graphics type='spice' autoport='yes'/>` });
    expect(fitProblem(spice, spec({ kind: 'redirdev' }))).toBeUndefined();
  });

  it('is checked by buildDevice in every definition the change touches', () => {
    const live = definition({});
    const saved = definition({ devices: vnc });
    const vncSpec = spec({ kind: 'graphics', type: 'vnc' });
    expect(serializeElement(buildDevice(live, vncSpec))).toMatch(/^<graphics type="vnc"/);
    let error: unknown;
    try {
      buildDevice(live, vncSpec, [saved]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('operation-invalid');
  });
});

const hasValidator = spawnSync('virt-xml-validate', ['--help']).status !== null;

describe.skipIf(!hasValidator)("the advice follows libvirt's domain schema", () => {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-fit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a definition with the suggested parts takes a DIMM and a virtio-mem device', () => {
    const domain = definition({ maxMemory: MAX_MEMORY, numa: NUMA });
    for (const module of [memory({ node: 0 }), memory({ model: 'virtio-mem', node: 0 })]) {
      expect(memoryHotplugProblem(domain, module)).toBeUndefined();
      domain.addDevice(buildDevice(domain, module));
    }
    const file = join(dir, 'memory-ready.xml');
    writeFileSync(file, domain.toXml());
    const result = spawnSync('virt-xml-validate', [file, 'domain'], { encoding: 'utf8' });
    expect(result.stderr + result.stdout).toContain('validates');
  });
});

/** Whether qemu:///system can define a throwaway guest here. */
const qemuMissing = () =>
  libvirtMissing() ??
  (existsSync('/usr/bin/qemu-system-x86_64') ? undefined : 'no qemu-system-x86_64');

describeWhenAvailable("libvirt's own attach agrees with the checks", qemuMissing, () => {
  let driver: LibvirtDriver;
  let uuid: string | undefined;
  beforeAll(async () => {
    driver = await createLibvirtDriver('qemu:///system');
  });
  afterEach(async () => {
    if (uuid !== undefined) await driver.undefineDomain(uuid);
    uuid = undefined;
  });
  afterAll(async () => {
    await driver?.close();
  });

  // Built where every check passes, so that libvirt alone judges the element.
  const BASE_FOR_BUILD = definition({
    maxMemory: MAX_MEMORY,
    numa: NUMA,
    devices: `<graphics type='spice' autoport='yes'/>`,
  }).toXml();

  /** libvirt's verdict on adding `device` to the saved definition of `domain`. */
  async function libvirtAccepts(domain: DomainXml, device: DeviceSpec): Promise<boolean> {
    domain.name = `virtdeck-fit-${process.pid}`;
    uuid = (await driver.defineDomain(domain.toXml())).uuid;
    const element = serializeElement(buildDevice(DomainXml.parse(BASE_FOR_BUILD), device));
    try {
      await driver.attachDevice(uuid, element, { live: false, config: true });
      return true;
    } catch {
      return false;
    }
  }

  it.each([
    ['no maxMemory, no NUMA cell', {}, false],
    ['NUMA cell, no maxMemory', { numa: NUMA }, false],
    ['maxMemory and a NUMA cell', { maxMemory: MAX_MEMORY, numa: NUMA }, true],
    [
      'slots all in use',
      { maxMemory: `<maxMemory slots='1' unit='GiB'>32</maxMemory>`, numa: NUMA, devices: DIMM },
      false,
    ],
    [
      'above the maximum',
      { maxMemory: `<maxMemory slots='4' unit='GiB'>2</maxMemory>`, numa: NUMA },
      false,
    ],
  ] as const)('a DIMM, %s', async (_, opts, fits) => {
    const domain = definition(opts);
    const dimm = memory({ node: 0 });
    expect(memoryHotplugProblem(domain, dimm) === undefined).toBe(fits);
    expect(await libvirtAccepts(domain, dimm)).toBe(fits);
  });

  it('SPICE USB redirection needs a SPICE display', async () => {
    const domain = definition({ devices: `<graphics type='vnc' autoport='yes'/>` });
    expect(fitProblem(domain, spec({ kind: 'redirdev' }))).toBeDefined();
    expect(await libvirtAccepts(domain, spec({ kind: 'redirdev' }))).toBe(false);
  });
});
