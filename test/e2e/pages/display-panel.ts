import type { Locator, Page } from 'playwright-core';

/** The Display tab of a VM's details pane, by role and accessible name. */
export class DisplayPanel {
  readonly screen: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    readonly details: Locator,
    vmName: string,
  ) {
    this.screen = details.getByRole('group', { name: `Display of ${vmName}` });
    this.status = details.getByRole('status', { name: 'Display status' });
  }

  async open(): Promise<void> {
    await this.details.getByRole('tab', { name: 'Display' }).click();
  }

  button(name: 'Connect' | 'Disconnect' | 'Send to guest clipboard' | 'Copy'): Locator {
    return this.details.getByRole('button', { name, exact: true });
  }

  /** How many different colours noVNC's canvas holds (1: nothing drawn but the background). */
  async distinctColours(): Promise<number> {
    return this.screen.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) return 0;
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length && colours.size < 16; i += 4) {
        colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      }
      return colours.size;
    });
  }
}
