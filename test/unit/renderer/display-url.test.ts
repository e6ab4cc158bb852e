import { describe, expect, it } from 'vitest';
import {
  ctrlAltFunctionKey,
  displaySocketUrl,
} from '../../../src/renderer/features/display/display-url';

describe('displaySocketUrl', () => {
  const page = { protocol: 'http:', host: '127.0.0.1:8090', search: '?token=s3cret%2Fvalue' };

  it("uses the page's server, with its token, in the browser mode", () => {
    expect(displaySocketUrl({ ticket: 'a+b' }, page)).toBe(
      'ws://127.0.0.1:8090/display?ticket=a%2Bb&token=s3cret%2Fvalue',
    );
    expect(displaySocketUrl({ ticket: 't' }, { ...page, protocol: 'https:', search: '' })).toBe(
      'wss://127.0.0.1:8090/display?ticket=t',
    );
  });

  it("uses the shell's own endpoint when it gives one", () => {
    expect(displaySocketUrl({ ticket: 't', url: 'ws://127.0.0.1:4444/display' }, page)).toBe(
      'ws://127.0.0.1:4444/display?ticket=t',
    );
  });
});

describe('ctrlAltFunctionKey', () => {
  it('holds Ctrl and Alt around the function key and lets go in reverse', () => {
    expect(ctrlAltFunctionKey(2).map((key) => `${key.down ? '+' : '-'}${key.code}`)).toEqual([
      '+ControlLeft',
      '+AltLeft',
      '+F2',
      '-F2',
      '-AltLeft',
      '-ControlLeft',
    ]);
  });
});
