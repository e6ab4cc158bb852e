import { z } from 'zod';
import type { DeviceSpec, SpecOf } from './devices';

/*
 * What a host cannot do for a VM, read from its domain capabilities before anything is
 * offered or sent: the Add hardware dialog and the New VM wizard show these choices
 * disabled with the reason, and the services refuse them in prep. The host's own refusal
 * stays the last line of defence, never the first.
 */

/**
 * The choices a host may not offer. A form field's choice is named `<spec kind>.<field>`
 * (tpm.backend with value "emulator"); `kind` names a whole device type (value "tpm"),
 * `firmware` the New VM wizard's firmware.
 */
export const HostChoice = z.enum([
  'kind',
  'disk.bus',
  'disk.device',
  'tpm.backend',
  'tpm.model',
  'tpm.version',
  'filesystem.driver',
  'video.model',
  'graphics.type',
  'rng.backend',
  'hostdev.type',
  'redirdev.bus',
  'firmware',
]);
export type HostChoice = z.infer<typeof HostChoice>;

export const UnavailableChoice = z.object({
  choice: HostChoice,
  value: z.string(),
  /** Why the host cannot, and what to install or change there. */
  reason: z.string(),
});
export type UnavailableChoice = z.infer<typeof UnavailableChoice>;

/**
 * What one VM's host (its hypervisor, emulator, arch and machine type) cannot do. Empty
 * when the host cannot tell (a driver without domain capabilities): then everything is
 * offered and the host decides.
 */
export const HostSupport = z.object({ unavailable: z.array(UnavailableChoice) });
export type HostSupport = z.infer<typeof HostSupport>;

export const FULL_SUPPORT: HostSupport = { unavailable: [] };

/** Why the host cannot do this choice, or undefined when it can (or cannot tell). */
export function unavailableReason(
  support: HostSupport,
  choice: HostChoice,
  value: string,
): string | undefined {
  return support.unavailable.find((u) => u.choice === choice && u.value === value)?.reason;
}

type Choices<K extends DeviceSpec['kind']> = (
  spec: SpecOf<K>,
) => readonly (readonly [HostChoice, string | undefined])[];

/** The capability-bound fields of each device kind that has any. */
const FIELD_CHOICES: { [K in DeviceSpec['kind']]?: Choices<K> } = {
  disk: (spec) => [
    ['disk.device', spec.device],
    ['disk.bus', spec.bus],
  ],
  tpm: (spec) => [
    ['tpm.backend', spec.backend.type],
    ['tpm.model', spec.model],
    ['tpm.version', spec.backend.type === 'emulator' ? spec.backend.version : undefined],
  ],
  filesystem: (spec) => [['filesystem.driver', spec.driver]],
  video: (spec) => [['video.model', spec.model]],
  graphics: (spec) => [['graphics.type', spec.type]],
  rng: (spec) => [['rng.backend', spec.backend.type]],
  hostdev: (spec) => [['hostdev.type', hostdevType(spec)]],
};

/** The capability-bound choices a device spec makes, its kind first. */
export function choicesOf(spec: DeviceSpec): { choice: HostChoice; value: string }[] {
  const fields = (FIELD_CHOICES[spec.kind] as Choices<typeof spec.kind> | undefined)?.(spec) ?? [];
  return [['kind', spec.kind] as const, ...fields].flatMap(([choice, value]) =>
    value === undefined ? [] : [{ choice, value }],
  );
}

function hostdevType(spec: SpecOf<'hostdev'>): string | undefined {
  const { source } = spec;
  if ('pci' in source) return 'pci';
  if ('usbVendor' in source) return 'usb';
  if ('scsi' in source) return 'scsi';
  return undefined;
}

/** Why the host cannot add this device, or undefined when it can (or cannot tell). */
export function unsupportedBy(support: HostSupport, spec: DeviceSpec): string | undefined {
  for (const { choice, value } of choicesOf(spec)) {
    const reason = unavailableReason(support, choice, value);
    if (reason !== undefined) return reason;
  }
  return undefined;
}
