import { z } from 'zod';

/**
 * A UUID as libvirt accepts it: 32 hexadecimal digits, with dashes (or spaces) anywhere
 * between the pairs, in any case (virUUIDParse). Not only RFC 4122's versions and
 * variants: libvirt's own test VM is 6695eb01-f6a4-8304-79aa-97f2502e193f, and users
 * define VMs with UUIDs like 12345678-1234-1234-1234-123456789abc. It is handed on in
 * libvirt's canonical form (lowercase, 8-4-4-4-12), the form every list shows, so two
 * spellings of one UUID compare equal.
 */
export const LibvirtUuid = z
  .string()
  .max(100)
  .refine((text) => canonicalUuid(text) !== undefined, {
    message: 'Enter a UUID: 32 hexadecimal digits, dashes optional.',
  })
  .transform((text) => canonicalUuid(text) ?? text);

/** The canonical form of a UUID libvirt would accept, or undefined. */
export function canonicalUuid(text: string): string | undefined {
  let digits = '';
  let at = 0;
  const trimmed = text.trim();
  // As virUUIDParse: separators are skipped between pairs of digits, never inside one.
  while (digits.length < 32) {
    const c = trimmed.charAt(at);
    if (c === '-' || c === ' ') {
      at++;
      continue;
    }
    const pair = trimmed.slice(at, at + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return undefined;
    digits += pair.toLowerCase();
    at += 2;
  }
  if (at !== trimmed.length) return undefined;
  return [
    digits.slice(0, 8),
    digits.slice(8, 12),
    digits.slice(12, 16),
    digits.slice(16, 20),
    digits.slice(20),
  ].join('-');
}
