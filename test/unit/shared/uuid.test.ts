import { describe, expect, it } from 'vitest';
import { LibvirtUuid, canonicalUuid } from '../../../src/shared/uuid';

describe('UUIDs as libvirt accepts them', () => {
  it.each([
    ['6695eb01-f6a4-8304-79aa-97f2502e193f', '6695eb01-f6a4-8304-79aa-97f2502e193f'], // the test driver's VM
    ['12345678-1234-1234-1234-123456789abc', '12345678-1234-1234-1234-123456789abc'],
    ['12345678123412341234123456789ABC', '12345678-1234-1234-1234-123456789abc'],
    ['  1234-5678-1234-1234-1234-1234-5678-9abc ', '12345678-1234-1234-1234-123456789abc'],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
  ])('accepts %s as %s', (text, canonical) => {
    expect(canonicalUuid(text)).toBe(canonical);
    expect(LibvirtUuid.parse(text)).toBe(canonical);
  });

  it.each([
    '',
    '12345678-1234-1234-1234-123456789abc-', // something after the digits
    '12345678-1234-1234-1234-123456789ab', // 31 digits
    '12345678-1234-1234-1234-123456789abcd', // 33 digits
    '1-2345678-1234-1234-1234-123456789abc', // a dash inside a pair
    '12345678-1234-1234-1234-123456789abg',
    '{12345678-1234-1234-1234-123456789abc}',
  ])('refuses %j with what to enter', (text) => {
    expect(canonicalUuid(text)).toBeUndefined();
    const result = LibvirtUuid.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/32 hexadecimal digits/);
  });
});
