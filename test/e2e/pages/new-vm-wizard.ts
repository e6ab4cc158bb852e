import type { Locator, Page } from 'playwright-core';

/** The New VM wizard (a dialog "New VM on HOST"), found by role and accessible name. */
export class NewVmWizardPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^New VM on / });
  }

  /** Opens the wizard from the list's toolbar (going back to the list from a VM's page). */
  async open(): Promise<void> {
    const back = this.page.getByRole('button', { name: 'Back to the VM list' });
    if (await back.isVisible()) await back.click();
    await this.page.getByRole('button', { name: 'New VM', exact: true }).click();
    await this.field('Name').waitFor();
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /**
   * The problem shown under a field (its accessible description), without the status word
   * PatternFly adds for screen readers.
   */
  async problemOf(label: string): Promise<string> {
    const id = await this.field(label).getAttribute('aria-describedby');
    if (id === null) return '';
    const text = (await this.dialog.locator(`[id="${id}"]`).textContent()) ?? '';
    return text.replace(/: error status;$/, '');
  }

  button(name: 'Next' | 'Back' | 'Cancel' | 'Create'): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async next(): Promise<void> {
    await this.button('Next').click();
  }

  step(name: string): Locator {
    return this.dialog
      .getByRole('navigation', { name: 'New VM steps' })
      .getByRole('button', { name });
  }

  /** The Review step's summary, term by term ("Operating system" → "Debian 12"). */
  async summary(): Promise<Record<string, string>> {
    const list = this.dialog.getByLabel('New VM summary');
    await list.waitFor();
    const rows: Record<string, string> = {};
    for (const group of await list.locator('.pf-v6-c-description-list__group').all()) {
      const term = (await group.locator('dt').textContent())?.trim() ?? '';
      rows[term] = (await group.locator('dd').textContent())?.trim() ?? '';
    }
    return rows;
  }

  xml(): Locator {
    return this.dialog.getByLabel('Domain XML to define');
  }
}
