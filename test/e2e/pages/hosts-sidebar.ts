import type { Locator, Page } from 'playwright-core';

/** The hosts sidebar: each host's button and its actions menu, found by role and name. */
export class HostsSidebar {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Hosts' });
  }

  /** A host's button; its accessible name is the host's name, its description the status. */
  host(name: string): Locator {
    return this.nav.getByRole('button', { name, exact: true });
  }

  /** The host's status as the sidebar shows it ("Connected", "Disconnected", …). */
  status(name: string): Promise<string> {
    return this.host(name).evaluate((button) => {
      const statusId = button.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
      return document.getElementById(statusId)?.textContent?.trim() ?? '';
    });
  }

  /** Opens the host's actions menu and chooses an item ("Disconnect", "Rename…", …). */
  async choose(name: string, item: string | RegExp): Promise<void> {
    await this.nav.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Add host with this URI; returns the dialog, which stays open when the host refuses. */
  async tryAdd(uri: string): Promise<Locator> {
    await this.nav.getByRole('button', { name: 'Add host' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a host' });
    await dialog.getByRole('textbox', { name: /libvirt URI/ }).fill(uri);
    await dialog.getByRole('button', { name: 'Add host' }).click();
    return dialog;
  }

  async add(uri: string): Promise<void> {
    const dialog = await this.tryAdd(uri);
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.choose(name, 'Rename…');
    const dialog = this.page.getByRole('dialog', { name: `Rename ${name}` });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(newName);
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Remove… and the confirmation dialog, whose text is returned (what it says happens). */
  async remove(name: string): Promise<string> {
    await this.choose(name, 'Remove…');
    // The title carries a warning icon, which the accessible name reads out first.
    const dialog = this.page.getByRole('dialog', {
      name: new RegExp(`${escaped(`Remove ${name}?`)}$`),
    });
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return text;
  }

  /** Presses Tab until a host's button has the focus; returns that host's name. */
  async tabToHosts(maxPresses = 30): Promise<string> {
    for (let presses = 0; presses < maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => {
        const element = document.activeElement;
        if (!element?.classList.contains('vd-host-link')) return undefined;
        const nameId = element.getAttribute('aria-labelledby') ?? '';
        return document.getElementById(nameId)?.textContent ?? '';
      });
      if (focused !== undefined) return focused;
    }
    throw new Error(`no host button took the focus in ${maxPresses} presses of Tab`);
  }
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
