import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, startApp, type RunningApp } from './harness';
import { DevicesPanel, inViewOfDialog } from './pages/devices-panel';
import { VmManagerPage } from './pages/vm-manager-page';

let app: RunningApp;
let browser: { browser: Browser; close(): Promise<void> };
let ui: VmManagerPage;

beforeAll(async () => {
  // A short confirmation wait, so the unplug-ignoring guest turns "pending" quickly.
  app = await startApp({ VIRTDECK_DEVICE_CONFIRM_TIMEOUT_MS: '1500' });
  browser = await launchBrowser();
  ui = new VmManagerPage(await openApp(browser.browser, app));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function devicesOf(name: string): Promise<DevicesPanel> {
  const panel = new DevicesPanel(ui.page, await ui.open(name, 'Hardware'));
  await panel.row('disk vda').waitFor();
  return panel;
}

describe('device hotplug in the browser, on the demo host', () => {
  it('adds a disk through the Add hardware dialog and removes it after confirmation', async () => {
    const devices = await devicesOf('debian-server');
    await devices.addDisk('/var/lib/libvirt/images/e2e-data.qcow2', 'QCOW2');
    await devices.row('disk vdc').waitFor();

    const said = await devices.remove('disk vdc');
    expect(said).toContain('From the running VM and its saved definition');
    expect(said).toContain('Removal pending');
    await devices.row('disk vdc').waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('adds a random number generator through its page of the Add hardware dialog', async () => {
    const devices = await devicesOf('debian-server');
    const rngs = devices.rowsTitled(/random number generator/);
    const before = await rngs.count();
    await devices.addRng();
    await rngs.nth(before).waitFor();
    expect(await rngs.count()).toBe(before + 1);
  });

  it('adds a video card to the definition of a shut-off VM', async () => {
    const devices = await devicesOf('alpine-router');
    expect(await devices.row('qxl video').count()).toBe(0);
    await devices.addVideo('QXL (for SPICE)');
    await devices.row('qxl video').waitFor();
  });

  it('says what a VM without memory slots lacks when memory is added, changing nothing', async () => {
    const devices = await devicesOf('alpine-router');
    const said = await devices.addMemoryRefused(1024);
    expect(said).toContain('Memory cannot be plugged into “alpine-router”');
    expect(said).toContain('<maxMemory slots="16" unit="GiB">32</maxMemory>');
    expect(said).toContain('a NUMA cell under <cpu>');
    expect(await devices.rowsTitled(/memory module/).count()).toBe(0);
  });

  it('adds a disk on a new 1 GiB volume, which the pool then holds', async () => {
    const devices = await devicesOf('fedora-workstation');
    const { name } = await devices.addDiskOnNewVolume('1');
    expect(name).toBe('fedora-workstation-1.qcow2');
    await devices.row('disk vdb').waitFor();
    expect(await devices.poolVolumes('default')).toContain(name);
  });

  it('says why a volume the pool cannot hold was not created, and adds nothing', async () => {
    const devices = await devicesOf('fedora-workstation');
    const disks = await devices.rowsTitled(/^disk /).count();
    // The demo pool holds 200 GiB.
    const { name, error, errorInView } = await devices.addDiskOnNewVolume('500', {
      expectFailure: true,
    });
    expect(error).toContain(`The host could not create volume "${name}"`);
    // The refusal shows where the user looks, not below the visible part of the dialog.
    expect(errorInView).toBe(true);
    expect(error).toContain('so nothing was added');
    expect(await devices.poolVolumes('default')).not.toContain(name);
    expect(await devices.rowsTitled(/^disk /).count()).toBe(disks);
  });

  it('shows "Removal pending" when the guest ignores the unplug request', async () => {
    const devices = await devicesOf('freebsd-build');
    await devices.remove('disk vdb');
    const row = devices.row('disk vdb');
    await row.getByText('Removal pending').waitFor({ timeout: 15_000 });
    expect(await row.getByRole('button', { name: 'Retry removal of disk vdb' }).isVisible()).toBe(
      true,
    );
    // Removed from the saved definition at once; only the running VM still has it.
    expect(await row.getByRole('button', { name: 'Cancel removal of disk vdb' }).isVisible()).toBe(
      true,
    );
  });

  it("adds a TPM to a running VM's saved definition only, saying why", async () => {
    const devices = await devicesOf('debian-server');
    const add = await devices.openAddHardware('TPM');
    expect(await add.liveBox.isChecked()).toBe(false);
    expect(await add.liveBox.isDisabled()).toBe(true);
    expect(await devices.descriptionOf(add.liveBox)).toMatch(
      /^A TPM cannot be added to a running VM\. Add it to the saved definition instead; it appears after the next full shutdown and start/,
    );
    await add.add();
    const row = devices.rowsTitled(/tpm/i);
    await row.waitFor();
    // Only in the definition: the running VM gets it at its next start.
    expect(await row.getByText('At next boot').isVisible()).toBe(true);
  });

  it("keeps the root bus's Remove disabled, with the reason", async () => {
    const devices = await devicesOf('debian-server');
    const remove = devices.removeButton('pci controller 0');
    expect(await remove.getAttribute('aria-disabled')).toBe('true');
    expect(await devices.descriptionOf(remove)).toMatch(
      /^The PCIe root bus is part of the machine itself, and libvirt adds it back/,
    );
    await remove.click({ force: true });
    expect(await ui.page.getByRole('dialog').count()).toBe(0);
  });

  it('takes a qcow2 image as qcow2 and refuses raw for it before Add, saying what the host reports', async () => {
    const devices = await devicesOf('alpine-router');
    const { dialog } = await devices.openAddHardware('Storage');
    const path = '/var/lib/libvirt/images/data-disk.qcow2';
    await devices.chooseDiskFormat(dialog, path, 'Raw');
    await expect.poll(() => devices.formatSaid(dialog)).toMatch(/as a qcow2 image, not raw/);
    const add = dialog.getByRole('button', { name: 'Add', exact: true });
    expect(await add.isEnabled()).toBe(false);

    await devices.chooseDiskFormat(dialog, path, 'Automatic (as the host reports)');
    await expect.poll(() => devices.formatSaid(dialog)).toMatch(/attached as qcow2/);
    expect(await devices.deviceXml(dialog)).toContain('type="qcow2"');
    await add.click();
    await dialog.waitFor({ state: 'detached' });
    await devices.row('disk vdb').waitFor();
  });

  it('says before Add that a running VM takes neither an empty CD-ROM drive nor one on IDE, and saves them to the definition', async () => {
    const devices = await devicesOf('debian-server');
    const add = await devices.openAddHardware('Storage');
    await add.dialog.getByLabel('Device type').selectOption({ label: 'CD-ROM drive' });
    await expect
      .poll(() => devices.descriptionOf(add.liveBox))
      .toMatch(/^An empty CD-ROM drive cannot be added to a running VM/);
    expect(await add.liveBox.isChecked()).toBe(false);
    expect(await add.liveBox.isDisabled()).toBe(true);

    await add.dialog.getByLabel('Path on the host').fill('/var/lib/libvirt/images/debian-12-netinst.iso');
    await add.dialog.getByLabel('Bus').selectOption({ label: 'IDE' });
    await expect.poll(() => devices.descriptionOf(add.liveBox)).toMatch(/on the IDE bus cannot be added/);
    expect(await add.liveBox.isDisabled()).toBe(true);
    await add.add();
    const row = devices.rowsTitled(/^cdrom /);
    await row.getByText('At next boot').waitFor();
  });

  it('says a NIC’s network is inactive, not that the VM is in the wrong state, and starts it from the error', async () => {
    const devices = await devicesOf('fedora-workstation');
    const nics = await devices.rowsTitled(/^network interface /).count();
    const { dialog } = await devices.openAddHardware('Network interface');
    await dialog
      .getByLabel('Virtual network')
      .selectOption({ label: 'isolated (inactive: start it first)' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const alert = dialog.getByRole('heading', { name: /^Danger alert:/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/The virtual network "isolated" is not active/);
    expect(await alert.textContent()).not.toMatch(/not in a state/);
    expect(await inViewOfDialog(alert)).toBe(true);

    await dialog.getByRole('button', { name: 'Start network “isolated”' }).click();
    await alert.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => devices.rowsTitled(/^network interface /).count()).toBe(nics + 1);
  });

  it('shows a drive’s media, inserts a pool volume, and the Disks table then shows it', async () => {
    const devices = await devicesOf('ubuntu-dev');
    await devices.section.getByRole('button', { name: 'Change media of cdrom sda' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Media of cdrom sda' });
    await dialog.getByText('Now in the drive: no media').waitFor();
    await dialog.getByLabel('Storage pool volume').check();
    await dialog.getByLabel('Storage pool', { exact: true }).selectOption('default');
    await dialog.getByLabel('Volume', { exact: true }).selectOption('debian-12-netinst.iso');
    await dialog.getByRole('button', { name: 'Insert' }).click();
    await dialog.waitFor({ state: 'detached' });

    const details = await ui.open('ubuntu-dev', 'Overview');
    const disks = details.getByRole('table', { name: 'Disks' }).or(details.getByRole('grid', { name: 'Disks' }));
    const row = disks.getByRole('row').filter({ hasText: /^sda/ });
    await row.getByText('default/debian-12-netinst.iso').waitFor();

    // Its headers read in full at 1280 px, none cut to "Tar…".
    for (const header of await disks.getByRole('columnheader').all()) {
      expect(await header.evaluate((th) => {
        const text = th.querySelector('.pf-v6-c-table__text') ?? th;
        return text.scrollWidth <= text.clientWidth;
      })).toBe(true);
    }
  });
});
