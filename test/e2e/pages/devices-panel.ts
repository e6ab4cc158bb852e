import type { Locator, Page } from 'playwright-core';

/** The Devices section of a VM's details pane and its dialogs, by role and accessible name. */
export class DevicesPanel {
  readonly section: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    details: Locator,
  ) {
    this.section = details.getByRole('region', { name: 'Devices' });
    this.table = this.section
      .getByRole('grid', { name: 'Devices' })
      .or(this.section.getByRole('table', { name: 'Devices' }));
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** Adds a disk image through the Add hardware dialog's storage page. */
  async addDisk(path: string, format: 'QCOW2' | 'Raw'): Promise<void> {
    await this.section.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByLabel('Path on the host').fill(path);
    await dialog.getByLabel('Image format').selectOption({ label: format });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /**
   * Adds a disk on a new volume in the default pool through the storage page, keeping the
   * suggested name, and returns that name. With `expectFailure` the dialog stays open:
   * its error is returned instead and the dialog cancelled.
   */
  async addDiskOnNewVolume(
    sizeGiB: string,
    options: { expectFailure?: boolean } = {},
  ): Promise<{ name: string; error?: string; errorInView?: boolean }> {
    await this.section.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add hardware/ });
    // The pool list must have arrived for the suggestion to skip taken names.
    await dialog.getByLabel('Storage pool volume').check();
    await dialog
      .getByLabel('Volume', { exact: true })
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    await dialog.getByLabel('New volume in a pool').check();
    const name = await dialog.getByLabel('Volume name').inputValue();
    await dialog.getByLabel('Size (GiB)').fill(sizeGiB);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    if (!options.expectFailure) {
      await dialog.waitFor({ state: 'detached' });
      return { name };
    }
    // The danger alert's title: a heading named "Danger alert: <the message>".
    const alert = dialog.getByRole('heading', { name: /^Danger alert:/ });
    await alert.waitFor();
    const error = (await alert.textContent()) ?? '';
    const errorInView = await inViewOfDialog(alert);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return { name, error, errorInView };
  }

  /**
   * On the open Add hardware dialog's storage page: types a disk image's path and picks an
   * image format by its label ("Automatic (as the host reports)", "QCOW2", "Raw"). The
   * host's answer arrives after; read it with formatSaid.
   */
  async chooseDiskFormat(dialog: Locator, path: string, format: string): Promise<void> {
    await dialog.getByLabel('Path on the host').fill(path);
    await dialog.getByLabel('Image format').selectOption({ label: format });
  }

  /** What the format field says (its description): the host's report or a contradiction. */
  formatSaid(dialog: Locator): Promise<string> {
    return this.descriptionOf(dialog.getByLabel('Image format'));
  }

  /** The device XML "Show XML" shows, once it is there. */
  async deviceXml(dialog: Locator): Promise<string> {
    const showXml = dialog.getByRole('switch', { name: 'Show XML' });
    // The switch's toggle covers its input: the click goes to the toggle.
    if (!(await showXml.isChecked())) await showXml.check({ force: true });
    const code = dialog.getByLabel('Device XML to send');
    await code.filter({ hasText: '<' }).waitFor();
    return (await code.textContent()) ?? '';
  }

  /** The volumes the storage page offers in a pool, read from the dialog and cancelled. */
  async poolVolumes(pool: string): Promise<string[]> {
    await this.section.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByLabel('Storage pool volume').check();
    await dialog.getByLabel('Storage pool', { exact: true }).selectOption(pool);
    const options = dialog.getByLabel('Volume', { exact: true }).locator('option');
    await options.nth(1).waitFor({ state: 'attached' });
    const names = (await options.allTextContents()).slice(1);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return names;
  }

  /** Rows whose title matches, e.g. /random number generator/. */
  rowsTitled(title: RegExp): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** Adds a random number generator fed by the host's /dev/urandom, through the RNG page. */
  async addRng(): Promise<void> {
    await this.section.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog
      .getByRole('combobox', { name: 'Kind of hardware' })
      .selectOption({ label: 'Random number generator' });
    await dialog.getByLabel('Host device').fill('/dev/urandom');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Opens Add hardware on the page for `kind` (its label in "Kind of hardware"). */
  async openAddHardware(kind: string): Promise<AddHardwareDialog> {
    await this.section.getByRole('button', { name: 'Add hardware' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add hardware/ });
    await dialog.getByRole('combobox', { name: 'Kind of hardware' }).selectOption({ label: kind });
    return new AddHardwareDialog(dialog);
  }

  /** A row's Remove button, enabled or not. */
  removeButton(title: string): Locator {
    return this.section.getByRole('button', { name: `Remove ${title}`, exact: true });
  }

  /** The text that describes a control (aria-describedby), e.g. why Remove is refused. */
  async descriptionOf(control: Locator): Promise<string> {
    const ids = (await control.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ').trim();
  }

  /** Adds a video card of the model labelled `model` (e.g. "QXL (for SPICE)") to the saved definition. */
  async addVideo(model: string): Promise<void> {
    const { dialog } = await this.openAddHardware('Video card');
    await dialog.getByRole('combobox', { name: 'Video model' }).selectOption({ label: model });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /**
   * Tries to add a DIMM of `sizeMiB` and returns what the dialog says when the host refuses
   * it; the dialog stays open on the refusal and is cancelled.
   */
  async addMemoryRefused(sizeMiB: number): Promise<string> {
    const { dialog } = await this.openAddHardware('Memory');
    await dialog.getByLabel('Size (MiB)', { exact: true }).fill(String(sizeMiB));
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const alert = dialog.getByRole('heading', { name: /^Danger alert:/ });
    await alert.waitFor();
    const said = (await alert.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return said;
  }

  /** Asks to remove a device, confirms the dialog's default choice and returns what it said. */
  async remove(title: string): Promise<string> {
    await this.section.getByRole('button', { name: `Remove ${title}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Remove ${title} from`, exact: false });
    const body = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return body;
  }
}

/** Whether an element shows inside the visible part of its dialog's scrolling body. */
export function inViewOfDialog(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const body = node.closest('[role="dialog"]')?.querySelector('.pf-v6-c-modal-box__body');
    if (!body) return false;
    const box = node.getBoundingClientRect();
    const view = body.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom && box.height > 0;
  });
}

/** The Add hardware dialog, once a kind is chosen. */
export class AddHardwareDialog {
  readonly liveBox: Locator;

  constructor(readonly dialog: Locator) {
    this.liveBox = dialog.getByRole('checkbox', { name: 'The running VM (now)' });
  }

  async add(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
