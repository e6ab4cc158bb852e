import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../../../src/drivers/libvirt/client';
import { hostProcedures } from '../../../src/drivers/libvirt/procedures/host';
import { domainProcedures } from '../../../src/drivers/libvirt/procedures/domain';
import { domainDeviceProcedures } from '../../../src/drivers/libvirt/procedures/domain-devices';
import { snapshotProcedures } from '../../../src/drivers/libvirt/procedures/snapshot';
import { migrationProcedures } from '../../../src/drivers/libvirt/procedures/migration';
import { storageProcedures } from '../../../src/drivers/libvirt/procedures/storage';
import { networkProcedures } from '../../../src/drivers/libvirt/procedures/network';
import { nodeDeviceSecretProcedures } from '../../../src/drivers/libvirt/procedures/nodedev-secret';
import { streamProcedures } from '../../../src/drivers/libvirt/procedures/streams';
import {
  DOMAIN_EVENTS,
  OBJECT_EVENTS,
  eventProcedures,
} from '../../../src/drivers/libvirt/procedures/events';
import { argumentsCodec } from '../../../src/drivers/libvirt/protocol/procedure';
import { XdrWriter } from '../../../src/drivers/libvirt/xdr/writer';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';

const TABLES = [
  hostProcedures,
  domainProcedures,
  domainDeviceProcedures,
  snapshotProcedures,
  migrationProcedures,
  storageProcedures,
  networkProcedures,
  nodeDeviceSecretProcedures,
  streamProcedures,
  eventProcedures,
];

describe('procedure tables', () => {
  it('declare every method name and procedure number once', () => {
    const names = TABLES.flatMap((t) => Object.keys(t));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(PROCEDURES)).toHaveLength(names.length);
    const numbers = Object.values(PROCEDURES).map((p) => p.proc);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('give every event its own message procedure and registration id within its family', () => {
    const procs = [...Object.values(DOMAIN_EVENTS), ...Object.values(OBJECT_EVENTS)].map(
      (e) => e.proc,
    );
    expect(new Set(procs).size).toBe(procs.length);
    const domainIds = Object.values(DOMAIN_EVENTS).map((e) => e.id);
    expect(domainIds).toEqual(domainIds.map((_, i) => i));
  });

  it('fill in need_results and default flags, and OR in the string flag of typed-parameter getters', () => {
    const dom = {
      name: 'vm',
      uuid: uuidFromString('00000000-0000-0000-0000-000000000001'),
      id: -1,
    };
    const encode = (p: (typeof PROCEDURES)[keyof typeof PROCEDURES], params: unknown[]) => {
      const w = new XdrWriter();
      argumentsCodec(p.args, 'flagsOr' in p ? p.flagsOr : 0).encode(w, params);
      return Buffer.from(w.finish()).toString('hex');
    };
    expect(encode(PROCEDURES.connectListAllDomains, [])).toBe('0000000100000000');
    expect(encode(PROCEDURES.connectListAllDomains, [3])).toBe('0000000100000003');
    expect(encode(PROCEDURES.domainGetMemoryParameters, [dom, 0]).slice(-16)).toBe(
      '0000000000000004',
    );
  });
});
