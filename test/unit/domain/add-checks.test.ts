import { describe, expect, it } from 'vitest';
import { fitProblem, memoryHotplugProblem } from '../../../src/domain/devices/add-checks';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { AppError } from '../../../src/shared/errors';
import { DIMM, MAX_MEMORY, NUMA, definition, memory, spec } from '../../fixtures/add-check-definitions';
import { assertValidLibvirtXml, describeWhen, xmlSchemaValidator } from '../../fixtures/requirements';

/**
 * The checks that refuse a device the rest of the definition cannot take, before anything
 * is sent: memory without the slots and NUMA cell hotplug needs, a second display of one
 * type, SPICE channels without a SPICE display. Where libvirt is at hand, its own attach
 * agrees with each verdict.
 */


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

describeWhen("the advice follows libvirt's domain schema", xmlSchemaValidator, () => {
  it('a definition with the suggested parts takes a DIMM and a virtio-mem device', () => {
    const domain = definition({ maxMemory: MAX_MEMORY, numa: NUMA });
    for (const module of [memory({ node: 0 }), memory({ model: 'virtio-mem', node: 0 })]) {
      expect(memoryHotplugProblem(domain, module)).toBeUndefined();
      domain.addDevice(buildDevice(domain, module));
    }
    assertValidLibvirtXml(domain.toXml(), 'domain');
  });
});
