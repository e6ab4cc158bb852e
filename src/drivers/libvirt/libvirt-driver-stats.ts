import { VM_STATES_BY_NUMBER } from '../../shared/dto';
import type { VmState } from '../../shared/dto';
import type { DomainStatsRecord } from '../driver';
import { DomainStatsTypes } from './enums';
import type { TypedParam } from './protocol/types';

/** Every group a DomainStatsRecord is made of, asked for in one bulk call. */
export const DRIVER_STATS_GROUPS =
  DomainStatsTypes.State |
  DomainStatsTypes.CpuTotal |
  DomainStatsTypes.Balloon |
  DomainStatsTypes.Vcpu |
  DomainStatsTypes.Interface |
  DomainStatsTypes.Block;

/** libvirt's virDomainState number as its name; an unknown (newer) number reads as 'nostate'. */
export function vmStateFromNumber(state: number): VmState {
  return VM_STATES_BY_NUMBER[state] ?? 'nostate';
}

type ParamValue = number | bigint | boolean | string;

function asNumber(value: ParamValue | undefined): number | undefined {
  if (typeof value === 'number') return value;
  // 64-bit counters come as bigint. A double keeps them exact up to 2^53 (104 days of CPU
  // time in nanoseconds) and loses only parts in 10^16 beyond, which no rate shows.
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/**
 * One domain's typed parameters (keys like "cpu.time", "block.0.rd.bytes") as a
 * DomainStatsRecord. A counter the driver does not report reads as 0, so a test or
 * paused domain yields a complete record; per-device counters are summed over devices.
 */
export function statsRecordFromParams(
  uuid: string,
  params: readonly TypedParam[],
): DomainStatsRecord {
  const values = new Map<string, ParamValue>(params.map((p) => [p.field, p.value.value]));
  const get = (key: string): number | undefined => asNumber(values.get(key));
  const sumOver = (group: 'block' | 'net', counter: string): number => {
    let total = 0;
    const count = get(`${group}.count`) ?? 0;
    for (let i = 0; i < count; i++) total += get(`${group}.${i}.${counter}`) ?? 0;
    return total;
  };

  const record: DomainStatsRecord = {
    uuid,
    state: vmStateFromNumber(get('state.state') ?? 0),
    cpuTimeNs: get('cpu.time') ?? 0,
    vcpus: get('vcpu.current') ?? 0,
    balloonCurrentKiB: get('balloon.current') ?? 0,
    blockReadBytes: sumOver('block', 'rd.bytes'),
    blockWriteBytes: sumOver('block', 'wr.bytes'),
    netRxBytes: sumOver('net', 'rx.bytes'),
    netTxBytes: sumOver('net', 'tx.bytes'),
  };
  // Only a guest's balloon driver knows what it uses: what it was given minus what is free.
  const available = get('balloon.available');
  const unused = get('balloon.unused');
  if (available !== undefined && unused !== undefined) record.memoryUsedKiB = available - unused;
  return record;
}
