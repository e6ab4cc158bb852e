import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAppMetadata } from '../../../src/domain/app-metadata';
import { buildDevice } from '../../../src/domain/devices/build-device';
import { prepareDetach } from '../../../src/domain/devices/detach';
import { deviceMatchFromXml } from '../../../src/domain/devices/match-xml';
import { DomainXml } from '../../../src/domain/domain-xml';
import { DeviceSpec } from '../../../src/shared/devices';
import type { DeviceSpecInput } from '../../../src/shared/devices';
import { GOLDEN_DIR, goldenInputs } from '../../helpers/xml-corpus';

/**
 * Golden edits: each case reads <case>-in.xml, edits it through the model and must give
 * <case>-out.xml byte for byte, so an edit touches only what it names. After a deliberate
 * change of output, review the diff of `VIRTDECK_UPDATE_GOLDEN=1 npx vitest run
 * test/unit/domain/golden.test.ts`, which rewrites the -out files.
 */
const EDITS: Record<string, (domain: DomainXml) => void> = {
  'every-device': (domain) => {
    domain.cpuCores = 4;
    domain.cpuThreads = 1;
    domain.loaderSecure = false;
    domain.hypervSpinlocks = undefined;
    domain.smm = undefined;
    domain.setTimer('hpet', undefined);
    domain.setTimer('kvmclock', { present: true });
    domain.bootDevices = ['cdrom', 'hd'];
    domain.maxMemorySlots = 8;
    writeAppMetadata(domain, { tags: ['web'], settings: { console: 'vnc' } });
    // What a detach of these partial devices sends, then what the saved definition keeps.
    for (const partial of ["<rng model='virtio'/>", "<input type='evdev'/>"]) {
      domain.removeDevice(prepareDetach(domain, deviceMatchFromXml(partial), false).device);
    }
    const added: DeviceSpecInput[] = [
      { kind: 'watchdog', model: 'itco' },
      { kind: 'channel', name: 'org.example.port.0' },
      { kind: 'controller', type: 'scsi' },
      { kind: 'filesystem', source: '/srv/logs', tag: 'logs', alias: 'ua-logs' },
    ];
    for (const spec of added) domain.addDevice(buildDevice(domain, DeviceSpec.parse(spec)));
  },
  'bare-domain': (domain) => {
    domain.maxMemoryKiB = 8 * 1024 * 1024;
    domain.maxMemorySlots = 4;
    domain.cpuMode = 'host-passthrough';
    domain.cpuSockets = 1;
    domain.cpuCores = 2;
    domain.cpuThreads = 1;
    domain.acpi = true;
    domain.apic = true;
    domain.clockOffset = 'utc';
    domain.setTimer('rtc', { tickpolicy: 'catchup' });
    // What a virtiofs share needs.
    domain.memoryBackingSource = 'memfd';
    domain.memoryBackingAccess = 'shared';
    domain.loader = '/usr/share/OVMF/OVMF_CODE.fd';
    domain.loaderReadonly = true;
    domain.loaderType = 'pflash';
    domain.bootMenu = true;
    writeAppMetadata(domain, { tags: ['lab'], notes: 'Scratch VM' });
    domain.addDevice(buildDevice(domain, DeviceSpec.parse({ kind: 'tpm' })));
  },
};

const update = process.env['VIRTDECK_UPDATE_GOLDEN'] === '1';

describe('golden edits', () => {
  it('has an edit for every input and an input for every edit', () => {
    expect(goldenInputs().map((g) => g.name)).toEqual(Object.keys(EDITS).sort());
  });

  it.each(goldenInputs())('$name', ({ name, text }) => {
    const domain = DomainXml.parse(text);
    EDITS[name]?.(domain);
    const out = join(GOLDEN_DIR, `${name}-out.xml`);
    if (update) writeFileSync(out, domain.toXml());
    expect(domain.toXml()).toBe(readFileSync(out, 'utf8'));
    // The result reads back as it was written.
    expect(DomainXml.parse(domain.toXml()).toXml()).toBe(domain.toXml());
  });
});
