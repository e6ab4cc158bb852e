import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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
    // xterm's input box (hidden under the screen) is there once the terminal has opened.
    await this.terminal
      .getByRole('textbox', { name: 'Terminal input' })
      .waitFor({ state: 'attached' });
  }

  button(name: 'Connect' | 'Disconnect' | 'Take over' | 'Copy' | 'Paste'): Locator {
    return this.details.getByRole('button', { name, exact: true });
  }

  /**
   * The terminal's screen as text, one line per row: the text the terminal group shows, as
   * a user sees it (innerText), so nothing here depends on how xterm names its elements.
   */
  async screen(): Promise<string> {
    const text = await this.terminal.innerText();
    return text
      .split('\n')
      .map((row) => row.replace(/\u00a0/g, ' ').trimEnd())
      .join('\n')
      .trimEnd();
  }

  async waitForText(text: string, timeout = 15_000): Promise<void> {
    await expect
      .poll(() => this.screen(), { timeout, message: `"${text}" on the console screen` })
      .toContain(text);
  }

  /** The text on screen that contains `text` (the last such place), e.g. to click it. */
  textOnScreen(text: string): Locator {
    return this.terminal.getByText(text).last();
  }

  /** Types into the terminal as a user would: click it, then keys. */
  async type(text: string): Promise<void> {
    await this.terminal.click();
    await this.page.keyboard.type(text);
  }
}
