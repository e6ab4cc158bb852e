import type { Locator, Page } from 'playwright-core';

export type ActionName = 'Run' | 'Shut Down' | 'Reboot' | 'Force Off' | 'Pause' | 'Resume';
export const ACTION_NAMES: ActionName[] = ['Run', 'Shut Down', 'Reboot', 'Force Off', 'Pause', 'Resume'];

/** The main window: hosts sidebar, VM list, toolbar and details pane, found by role and name. */
export class VmManagerPage {
  readonly hosts: Locator;
  readonly list: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.hosts = page.getByRole('navigation', { name: 'Hosts' });
    this.list = page.getByRole('grid', { name: 'Virtual machines' });
    this.toolbar = page.getByRole('toolbar', { name: 'VM actions' }).or(page.getByRole('group', { name: 'VM actions' }));
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Names of the VMs rendered in the list (the list is virtualized: rows on screen). */
  async vmNames(): Promise<string[]> {
    return this.list.locator('.vd-vm-name').allTextContents();
  }

  async select(name: string): Promise<void> {
    await this.row(name).click();
    await this.details(name).waitFor();
  }

  state(name: string): Locator {
    return this.row(name).locator('.vd-state');
  }

  action(name: ActionName): Locator {
    return this.page.getByRole('button', { name, exact: true }).first();
  }

  details(name: string): Locator {
    return this.page.getByRole('region', { name: `Details of ${name}` });
  }

  /** Clicks a toolbar action; Force Off is confirmed in its dialog. */
  async perform(action: ActionName): Promise<void> {
    await this.action(action).click();
    if (action === 'Force Off') {
      await this.page.getByRole('dialog').getByRole('button', { name: 'Force Off' }).click();
    }
  }

  async enabledActions(): Promise<ActionName[]> {
    const enabled: ActionName[] = [];
    for (const name of ACTION_NAMES) if (await this.action(name).isEnabled()) enabled.push(name);
    return enabled;
  }
}
