import type { Locator, Page } from 'playwright-core';

export type ActionName = 'Run' | 'Shut Down' | 'Reboot' | 'Force Off' | 'Pause' | 'Resume';
export const ACTION_NAMES: ActionName[] = ['Run', 'Shut Down', 'Reboot', 'Force Off', 'Pause', 'Resume'];

/** The VM list's columns, in order, as their headers name them. */
const VM_COLUMNS = ['Name', 'State', 'OS', 'vCPUs', 'Memory', 'CPU usage'] as const;
export type VmColumn = (typeof VM_COLUMNS)[number];
const columnIndex = (header: VmColumn): number => VM_COLUMNS.indexOf(header);

/** The main window: hosts sidebar, VM list, toolbar and VM pages, found by role and name. */
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
    return this.column('Name');
  }

  /** The texts in one column of the VM rows on screen, by the column's header. */
  async column(header: VmColumn): Promise<string[]> {
    const headers = (await this.list.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    if (headers.join() !== VM_COLUMNS.join()) throw new Error(`the VM list's columns changed: ${headers.join(', ')}`);
    const texts: string[] = [];
    for (const row of await this.list.getByRole('row').all()) {
      const cells = row.getByRole('gridcell');
      if ((await cells.count()) > 0) texts.push(((await cells.nth(columnIndex(header)).textContent()) ?? '').trim());
    }
    return texts;
  }

  /** The way from a VM's page back to the list. */
  get backToList(): Locator {
    return this.page.getByRole('button', { name: 'Back to the VM list' });
  }

  /** Back to the list if a VM's page is shown. */
  async showList(): Promise<void> {
    if (await this.backToList.isVisible()) await this.backToList.click();
    await this.list.waitFor();
  }

  /** Selects a VM's row in the list (the toolbar then acts on it); the list stays. */
  async select(name: string): Promise<void> {
    await this.showList();
    await this.row(name).getByRole('gridcell').nth(columnIndex('State')).click();
    await this.row(name).and(this.page.locator('[aria-selected="true"]')).waitFor();
  }

  /** Opens a VM's page by its name in the list, on `tab` if given. */
  async open(name: string, tab?: 'Overview' | 'Hardware' | 'Serial console' | 'Display'): Promise<Locator> {
    await this.showList();
    await this.row(name).getByRole('link', { name, exact: true }).click();
    const details = this.details(name);
    await details.waitFor();
    if (tab) await details.getByRole('tab', { name: tab }).click();
    return details;
  }

  /** A VM's state: the State cell of its row, or the state in its page's header. */
  state(name: string): Locator {
    return this.row(name)
      .getByRole('gridcell')
      .nth(columnIndex('State'))
      .or(this.page.getByRole('status', { name: `State of ${name}` }));
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
