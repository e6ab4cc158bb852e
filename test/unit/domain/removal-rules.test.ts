import { describe, expect, it } from 'vitest';
import { removalProblem } from '../../../src/domain/devices/removal-rules';
import { summarizeDevices } from '../../../src/domain/devices/summary';
import { DomainXml } from '../../../src/domain/domain-xml';
import { serializeElement } from '../../../src/domain/xml/serialize';
import { liveFile } from '../../helpers/xml-corpus';

/** What libvirt 9 wrote back for a minimal i440fx definition: the devices it added itself. */
const PC = `<domain type='qemu'>
  <name>bare</name>
  <memory unit='KiB'>262144</memory>
  <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>
    <controller type='usb' index='0' model='piix3-uhci'/>
    <controller type='usb' index='1' model='qemu-xhci'/>
    <controller type='pci' index='0' model='pci-root'/>
    <controller type='ide' index='0'/>
    <controller type='sata' index='0'/>
    <serial type='pty'><target type='isa-serial' port='0'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <input type='mouse' bus='ps2'/>
    <input type='keyboard' bus='ps2'/>
    <input type='tablet' bus='usb'/>
    <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>
    <audio id='1' type='none'/>
    <memballoon model='virtio'/>
  </devices>
</domain>`;

describe('removalProblem: devices that cannot go from either definition', () => {
  const domain = DomainXml.parse(PC);
  const byXml = (start: string) => {
    const device = domain.devices.find((d) => serializeElement(d.element).startsWith(start));
    if (!device) throw new Error(`no ${start}`);
    return removalProblem(domain, device);
  };

  it.each([
    ["<controller type='pci' index='0'", /^The PCI root bus is part of the machine itself/],
    ["<controller type='usb' index='0'", /^The first USB controller .*libvirt adds it back/],
    ["<controller type='ide' index='0'", /^The IDE controller is built into the i440FX chipset/],
    ["<input type='mouse' bus='ps2'", /^The PS\/2 mouse is built into the machine/],
    ["<input type='keyboard' bus='ps2'", /^The PS\/2 keyboard/],
    ["<console type='pty'", /remove the serial port to remove both/],
    ['<memballoon', /^libvirt cannot remove the memory balloon/],
    ['<audio', /^libvirt cannot remove an audio backend/],
  ])('%s', (start, reason) => {
    expect(byXml(start)).toMatch(reason);
  });

  it.each([
    "<controller type='usb' index='1'",
    "<controller type='sata' index='0'",
    "<input type='tablet'",
    "<serial type='pty'",
    '<tpm',
    "<disk type='file' device='cdrom'",
  ])('lets %s go', (start) => {
    expect(byXml(start)).toBeUndefined();
  });

  it("keeps a q35 guest's SATA controller and PCIe root, and the video of a VM with a display", () => {
    const summaries = summarizeDevices(DomainXml.parse(liveFile('q35-running.xml')));
    const byTitle = (title: string) => summaries.find((s) => s.title === title);
    expect(byTitle('sata controller 0')?.removalProblem).toMatch(/built into the Q35 chipset/);
    expect(byTitle('pci controller 0')?.removalProblem).toMatch(/^The PCIe root bus/);
    expect(byTitle('virtio video')?.removalProblem).toMatch(
      /Remove the display \(graphics\) first/,
    );
    // A device that cannot go at all cannot go from the running VM either.
    expect(byTitle('pci controller 0')?.liveRemovalProblem).toBe(
      byTitle('pci controller 0')?.removalProblem,
    );
    expect(byTitle('disk vda')?.removalProblem).toBeUndefined();
  });

  it('ties nothing to machines without USB, PS/2 or a chipset controller by default', () => {
    const arm = PC.replace(
      "arch='x86_64' machine='pc-i440fx-7.2'",
      "arch='aarch64' machine='virt'",
    );
    const armDomain = DomainXml.parse(arm);
    const usb = armDomain.devices.find(
      (d) => d.element.name === 'controller' && d.element.getAttribute('type') === 'usb',
    );
    expect(usb && removalProblem(armDomain, usb)).toBeUndefined();
  });
});
