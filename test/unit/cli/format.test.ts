import { describe, expect, it } from 'vitest';
import {
  formatEvent,
  formatFields,
  formatTable,
  formatTimestamp,
  formatTypedValue,
} from '../../../src/main/cli/commands/format';

const UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';

describe('virsh-style text', () => {
  it('draws tables as virsh does: padded columns, the last one ragged, a rule two wider', () => {
    expect(
      formatTable(
        ['Id', 'Name', 'State'],
        [
          ['1', 'test', 'running'],
          ['-', 'vd-manual-2', 'shut off'],
        ],
      ),
    ).toBe(
      ' Id   Name          State\n' +
        '------------------------------\n' +
        ' 1    test          running\n' +
        ' -    vd-manual-2   shut off\n' +
        '\n',
    );
  });

  it('aligns dominfo-style fields at column 16, empty values included', () => {
    expect(
      formatFields([
        ['Id', '-'],
        ['Security DOI', ''],
      ]),
    ).toBe('Id:             -\nSecurity DOI:   \n\n');
  });

  it('prints typed parameter values as virsh does', () => {
    expect(formatTypedValue({ type: 'ullong', value: 2175793000n })).toBe('2175793000');
    expect(formatTypedValue({ type: 'boolean', value: true })).toBe('yes');
    expect(formatTypedValue({ type: 'double', value: 0.5 })).toBe('0.500000');
    expect(formatTypedValue({ type: 'string', value: 'page-sampling' })).toBe('page-sampling');
  });

  it('prints every kind of event as `virsh event` does', () => {
    const subject = { uuid: UUID, name: 'test' };
    expect(formatEvent({ kind: 'lifecycle', ...subject, event: 'stopped', detail: 1 })).toBe(
      "event 'lifecycle' for domain 'test': Stopped Destroyed",
    );
    expect(formatEvent({ kind: 'lifecycle', ...subject, event: 'shutdown', detail: 1 })).toBe(
      "event 'lifecycle' for domain 'test': Shutdown Finished after guest request",
    );
    expect(formatEvent({ kind: 'reboot', ...subject })).toBe("event 'reboot' for domain 'test'");
    expect(formatEvent({ kind: 'device-removed', ...subject, alias: 'virtio-disk1' })).toBe(
      "event 'device-removed' for domain 'test': virtio-disk1",
    );
    expect(formatEvent({ kind: 'device-removal-failed', ...subject, alias: 'net0' })).toBe(
      "event 'device-removal-failed' for domain 'test': net0",
    );
    expect(
      formatEvent({
        kind: 'metadata-change',
        ...subject,
        type: 2,
        nsuri: 'https://virtdeck.org/xmlns/1',
      }),
    ).toBe(
      "event 'metadata-change' for domain 'test': type element, uri https://virtdeck.org/xmlns/1",
    );
    expect(formatEvent({ kind: 'metadata-change', ...subject, type: 1, nsuri: null })).toBe(
      "event 'metadata-change' for domain 'test': type title, uri n/a",
    );
  });

  it('says "Unknown" for a lifecycle detail newer than its table', () => {
    expect(
      formatEvent({ kind: 'lifecycle', uuid: UUID, name: 'test', event: 'started', detail: 42 }),
    ).toBe("event 'lifecycle' for domain 'test': Started Unknown");
  });

  it('stamps events in UTC with milliseconds', () => {
    expect(formatTimestamp(new Date(Date.UTC(2026, 10, 27, 17, 54, 33, 414)))).toBe(
      '2026-11-27 17:54:33.414+0000: ',
    );
  });
});
