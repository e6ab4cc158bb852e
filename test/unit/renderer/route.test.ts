import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../src/renderer/app/route';

describe("the window's place in the address", () => {
  it.each<[Route, string]>([
    [{}, '#/'],
    [{ hostId: 'demo' }, '#/hosts/demo'],
    [
      {
        hostId: 'qemu+ssh://root@h/system',
        vm: { uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f', tab: 'console' },
      },
      '#/hosts/qemu%2Bssh%3A%2F%2Froot%40h%2Fsystem/vms/6695eb01-f6a4-8304-79aa-97f2502e193f/console',
    ],
  ])('writes %j as %s and reads it back', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads a VM without a tab, or with one it does not know, as its Overview', () => {
    expect(parseRoute('#/hosts/demo/vms/u')).toEqual({
      hostId: 'demo',
      vm: { uuid: 'u', tab: 'overview' },
    });
    expect(parseRoute('#/hosts/demo/vms/u/bogus')).toEqual({
      hostId: 'demo',
      vm: { uuid: 'u', tab: 'overview' },
    });
  });

  it('takes what it cannot read for the start page, and leaves in-page links alone', () => {
    expect(parseRoute('')).toEqual({});
    expect(parseRoute('#/nowhere')).toEqual({});
    expect(parseRoute('#/hosts/%E0%A4%A')).toEqual({});
    expect(parseRoute('#/hosts/demo/vms/%E0%A4%A')).toEqual({ hostId: 'demo' });
    expect(parseRoute('#virtdeck-main')).toBeUndefined();
  });
});
