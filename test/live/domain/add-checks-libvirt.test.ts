import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fitProblem, memoryHotplugProblem } from '../../../src/domain/devices/add-checks';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { DeviceSpec } from '../../../src/shared/devices';
import {
  DIMM,
  MAX_MEMORY,
  NUMA,
  definition,
  memory,
  spec,
} from '../../fixtures/add-check-definitions';
import { describeWhen, qemuSystem } from '../../fixtures/requirements';

/** libvirt's own attach on qemu:///system agrees with each verdict of the add checks. */

/** Whether qemu:///system can define a throwaway guest here. */
describeWhen("libvirt's own attach agrees with the checks", qemuSystem, () => {
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
