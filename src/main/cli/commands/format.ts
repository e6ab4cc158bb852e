import type { VmState } from '../../../shared/dto';
import type { DomainDriverEvent, LifecycleEventType } from '../../../drivers/driver';
import type { TypedParamValue } from '../../../drivers/libvirt';

/**
 * Text output in virsh's layout, so scripts and habits written for virsh carry over.
 * Pure functions: the commands decide what to print, these decide how.
 */

/** virsh's words for domain states. */
export const STATE_LABELS: Record<VmState, string> = {
  nostate: 'no state',
  running: 'running',
  blocked: 'idle',
  paused: 'paused',
  shutdown: 'in shutdown',
  shutoff: 'shut off',
  crashed: 'crashed',
  pmsuspended: 'pmsuspended',
};

/**
 * A table as virsh draws one: a leading space, columns three spaces apart and padded to
 * their widest cell (the last one is not padded), a dashed rule under the header.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    ` ${cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('   ')}\n`;
  const ruleLength =
    1 + widths.reduce((sum, width) => sum + width, 0) + 3 * (widths.length - 1) + 2;
  return `${line(header)}${'-'.repeat(ruleLength)}\n${rows.map(line).join('')}\n`;
}

/** "Label:" padded to 15 columns, then the value, as virsh's dominfo prints. */
export function formatFields(fields: readonly (readonly [string, string])[]): string {
  return `${fields.map(([label, value]) => `${`${label}:`.padEnd(15)} ${value}\n`).join('')}\n`;
}

/** A typed parameter's value as virsh prints it. */
export function formatTypedValue(value: TypedParamValue): string {
  switch (value.type) {
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'double':
      return value.value.toFixed(6);
    case 'int':
    case 'uint':
    case 'llong':
    case 'ullong':
    case 'string':
      return String(value.value);
  }
}

const LIFECYCLE_LABELS: Record<LifecycleEventType, { name: string; details: readonly string[] }> = {
  defined: { name: 'Defined', details: ['Added', 'Updated', 'Renamed', 'Snapshot'] },
  undefined: { name: 'Undefined', details: ['Removed', 'Renamed'] },
  started: {
    name: 'Started',
    details: ['Booted', 'Migrated', 'Restored', 'Snapshot', 'Event wakeup'],
  },
  suspended: {
    name: 'Suspended',
    details: [
      'Paused',
      'Migrated',
      'I/O Error',
      'Watchdog',
      'Restored',
      'Snapshot',
      'API error',
      'Post-copy',
      'Post-copy Error',
    ],
  },
  resumed: {
    name: 'Resumed',
    details: ['Unpaused', 'Migrated', 'Snapshot', 'Post-copy', 'Post-copy Error'],
  },
  stopped: {
    name: 'Stopped',
    details: ['Shutdown', 'Destroyed', 'Crashed', 'Migrated', 'Saved', 'Failed', 'Snapshot'],
  },
  shutdown: {
    name: 'Shutdown',
    details: ['Finished', 'Finished after guest request', 'Finished after host request'],
  },
  pmsuspended: { name: 'PMSuspended', details: ['Memory', 'Disk'] },
  crashed: { name: 'Crashed', details: ['Panicked', 'Crashloaded'] },
};

const METADATA_TYPES = ['description', 'title', 'element'];

/** One event as a line of `virsh event` output. */
export function formatEvent(event: DomainDriverEvent): string {
  const prefix = `event '${event.kind}' for domain '${event.name}'`;
  switch (event.kind) {
    case 'lifecycle': {
      const labels = LIFECYCLE_LABELS[event.event];
      return `${prefix}: ${labels.name} ${labels.details[event.detail] ?? 'Unknown'}`;
    }
    case 'reboot':
      return prefix;
    case 'device-added':
    case 'device-removed':
    case 'device-removal-failed':
      return `${prefix}: ${event.alias}`;
    case 'metadata-change':
      return `${prefix}: type ${METADATA_TYPES[event.type] ?? 'unknown'}, uri ${event.nsuri ?? 'n/a'}`;
  }
}

/** virsh's --timestamp prefix: "2026-11-27 17:54:33.414+0000: ". */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().replace('T', ' ').replace('Z', '+0000')}: `;
}
