// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { followOsTheme } from '../../../src/renderer/theme/follow-os-theme';

/** A media query whose answer the test flips, as the OS would. */
class FakeMediaQuery extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  flip(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(new Event('change'));
  }
}

describe('theme', () => {
  it('follows the OS colour scheme live, and stops when asked', () => {
    const root = document.createElement('html');
    const media = new FakeMediaQuery(true);
    const stop = followOsTheme(root, media as unknown as MediaQueryList);
    expect(root.classList.contains('pf-v6-theme-dark')).toBe(true);
    media.flip(false);
    expect(root.classList.contains('pf-v6-theme-dark')).toBe(false);
    media.flip(true);
    expect(root.classList.contains('pf-v6-theme-dark')).toBe(true);
    stop();
    media.flip(false);
    expect(root.classList.contains('pf-v6-theme-dark')).toBe(true);
  });
});
