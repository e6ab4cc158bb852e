import { describe, expect, it } from 'vitest';
import {
  statsRecordFromParams,
  vmStateFromNumber,
} from '../../../src/drivers/libvirt/libvirt-driver-stats';
import type { TypedParam } from '../../../src/drivers/libvirt/protocol/types';

const UUID = '478b53ab-1431-47cb-a2f3-a2a66793830d';
const int = (field: string, value: number): TypedParam => ({
  field,
  value: { type: 'int', value },
});
const uint = (field: string, value: number): TypedParam => ({
  field,
  value: { type: 'uint', value },
});
const ullong = (field: string, value: bigint): TypedParam => ({
  field,
  value: { type: 'ullong', value },
});
const str = (field: string, value: string): TypedParam => ({
  field,
  value: { type: 'string', value },
});

describe('vmStateFromNumber', () => {
  it('names libvirt states in virDomainState order', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(vmStateFromNumber)).toEqual([
      'nostate',
      'running',
      'blocked',
      'paused',
      'shutdown',
      'shutoff',
      'crashed',
      'pmsuspended',
    ]);
  });

  it('reads a state number from a newer daemon as nostate', () => {
    expect(vmStateFromNumber(42)).toBe('nostate');
  });
});

describe('statsRecordFromParams', () => {
  it('maps a running QEMU guest, summing per-device counters', () => {
    // The shape of a real record from qemu:///system (a 1-vCPU test guest with two disks and a NIC).
    const params = [
      int('state.state', 1),
      int('state.reason', 1),
      ullong('cpu.time', 3_794_344_000n),
      ullong('balloon.current', 262_144n),
      ullong('balloon.available', 230_000n),
      ullong('balloon.unused', 200_488n),
      uint('vcpu.current', 1),
      uint('vcpu.maximum', 1),
      uint('net.count', 1),
      str('net.0.name', 'vnet0'),
      ullong('net.0.rx.bytes', 1_500n),
      ullong('net.0.tx.bytes', 700n),
      uint('block.count', 2),
      str('block.0.name', 'vda'),
      ullong('block.0.rd.bytes', 4_096n),
      ullong('block.0.wr.bytes', 512n),
      str('block.1.name', 'vdb'),
      ullong('block.1.rd.bytes', 8_192n),
      ullong('block.1.wr.bytes', 0n),
    ];
    expect(statsRecordFromParams(UUID, params)).toEqual({
      uuid: UUID,
      state: 'running',
      cpuTimeNs: 3_794_344_000,
      vcpus: 1,
      balloonCurrentKiB: 262_144,
      memoryUsedKiB: 29_512,
      blockReadBytes: 12_288,
      blockWriteBytes: 512,
      netRxBytes: 1_500,
      netTxBytes: 700,
    });
  });

  it('gives a complete record with zeros when the driver reports only the state (test driver)', () => {
    const record = statsRecordFromParams(UUID, [int('state.state', 5), int('state.reason', 0)]);
    expect(record).toEqual({
      uuid: UUID,
      state: 'shutoff',
      cpuTimeNs: 0,
      vcpus: 0,
      balloonCurrentKiB: 0,
      blockReadBytes: 0,
      blockWriteBytes: 0,
      netRxBytes: 0,
      netTxBytes: 0,
    });
    expect('memoryUsedKiB' in record).toBe(false);
  });
});
