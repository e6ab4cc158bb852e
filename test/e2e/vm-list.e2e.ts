import { describe, expect, it } from 'vitest';
import { useWindow } from './window';

/** The VM list as a keyboard and a pointer user meet it, on the demo host at 1280x800. */

const win = useWindow();

describe('the VM list', () => {
  it('shows every column header whole at 1280 px', async () => {
    for (const header of await win.ui.list.getByRole('columnheader').all()) {
      // Cut short anywhere inside the header: an element whose content is wider than it.
      const clipped = await header.evaluate((th) =>
        [th, ...th.querySelectorAll('*')].some((el) => el.scrollWidth > el.clientWidth + 1),
      );
      expect(clipped, `${await header.textContent()} is cut short`).toBe(false);
    }
  });

  it('sorts by CPU usage, busiest first when descending', async () => {
    await win.ui.list.getByRole('button', { name: 'CPU usage' }).click();
    await win.ui.list
      .getByRole('columnheader', { name: 'CPU usage' })
      .and(win.ui.page.locator('[aria-sort="ascending"]'))
      .waitFor();
    await win.ui.list.getByRole('button', { name: 'CPU usage' }).click();
    await win.ui.list
      .getByRole('columnheader', { name: 'CPU usage' })
      .and(win.ui.page.locator('[aria-sort="descending"]'))
      .waitFor();
    // VMs with no figure (shut off) sort after every figure; the figures read down in order.
    await expect
      .poll(async () => (await win.ui.column('CPU usage')).slice(-3))
      .toEqual(['—', '—', '—']);
    const figures = (await win.ui.column('CPU usage'))
      .map((t) => Number.parseFloat(t))
      .filter((n) => !Number.isNaN(n));
    const rounded = figures.map(Math.round);
    expect(rounded).toEqual([...rounded].sort((a, b) => b - a));
    await win.ui.list.getByRole('button', { name: 'Name' }).click();
  });

  it('is one tab stop: Tab leaves the grid for its headers, never for a cell', async () => {
    await win.ui.list.focus();
    await win.ui.page.keyboard.press('Tab');
    const focused = await win.ui.page.evaluate(
      () => document.activeElement?.closest('td') !== null,
    );
    expect(focused).toBe(false);
    const cells = await win.ui.list
      .locator('td:is([tabindex]:not([tabindex="-1"]), :has([tabindex]:not([tabindex="-1"])))')
      .count();
    expect(cells).toBe(0);
  });

  it('marks the selected row plainly and keeps the focus ring whole around the grid', async () => {
    await win.ui.list.focus();
    await win.ui.page.keyboard.press('Home');
    await win.ui.page.keyboard.press('ArrowDown');
    const selected = win.ui.list.locator('tr[aria-selected="true"]');
    const other = win.ui.list.locator('tbody tr[aria-selected="false"]').first();
    const background = (row: typeof selected) =>
      row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(selected)).not.toBe(await background(other));
    // The start of the selected row carries a bar, which colour-blind users can see too.
    const bar = await selected
      .locator('td')
      .first()
      .evaluate((el) => getComputedStyle(el).boxShadow);
    expect(bar).toMatch(/inset/);
    // The ring is the scroll box's outline, outside every row.
    const ring = await win.ui.list.evaluate((table) => {
      const box = table.parentElement;
      return box ? getComputedStyle(box).outlineStyle : 'none';
    });
    expect(ring).toBe('solid');
  });
});
