import type { Locator, Page } from 'playwright-core';

/** The Serial console tab of a VM's details pane, by role and accessible name. */
export class ConsolePanel {
  readonly terminal: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    readonly details: Locator,
    vmName: string,
  ) {
    this.terminal = details.getByRole('group', { name: `Serial console of ${vmName}` });
    this.status = details.getByRole('status', { name: 'Console status' });
  }

  async open(): Promise<void> {
    await this.details.getByRole('tab', { name: 'Serial console' }).click();
    await this.terminal.locator('.xterm-rows').waitFor();
  }

  button(name: 'Connect' | 'Disconnect' | 'Take over' | 'Copy' | 'Paste'): Locator {
    return this.details.getByRole('button', { name, exact: true });
  }

  /** The terminal's screen as text, one line per row (xterm's DOM renderer). */
  async screen(): Promise<string> {
    const rows = await this.terminal.locator('.xterm-rows > div').allTextContents();
    return rows.map((row) => row.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
  }

  async waitForText(text: string, timeout = 15_000): Promise<void> {
    const giveUpAt = Date.now() + timeout;
    while (!(await this.screen()).includes(text)) {
      if (Date.now() > giveUpAt)
        throw new Error(`"${text}" not on the console screen:\n${await this.screen()}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Types into the terminal as a user would: click it, then keys. */
  async type(text: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(text);
  }
}
