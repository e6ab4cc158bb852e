import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Box of an element on screen, for layout checks. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The toolbar above the VM list: its buttons (by role and name) and its status text. */
export class VmToolbarPage {
  /** The bar itself, for layout checks; everything in it is found by role and name. */
  readonly toolbar: Locator;
  /** The live status next to the actions: "Shutting down…", "Rebooting…". */
  readonly status: Locator;
  /** The toasts' live region. */
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.locator('.vd-toolbar');
    this.status = this.toolbar.getByRole('status');
    this.toasts = page.getByRole('list', { name: 'Notifications' });
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The boxes of every button shown in the toolbar (the filter box's own buttons aside). */
  async buttonBoxes(): Promise<{ name: string; box: Box }[]> {
    const boxes: { name: string; box: Box }[] = [];
    for (const button of await this.toolbar.getByRole('button').all()) {
      const name = (await button.getAttribute('aria-label')) ?? (await button.textContent()) ?? '';
      const box = await button.boundingBox();
      if (box && box.width > 0) boxes.push({ name: name.trim(), box });
    }
    return boxes;
  }

  /** The text a tooltip shows when the element is hovered. */
  async tooltipOf(target: Locator): Promise<string> {
    // First let any tooltip of an earlier hover fade out, so only this one is shown.
    const tooltips = this.page.getByRole('tooltip');
    await this.page.mouse.move(0, 0);
    await expect.poll(() => tooltips.count()).toBe(0);
    await target.hover();
    await tooltips.first().waitFor();
    return ((await tooltips.first().textContent()) ?? '').trim();
  }

  /** A toast by the text it contains. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
