import { expect, it } from 'vitest';
import { buildVolume } from '../../src/domain/storage';
import { serializeElement } from '../../src/domain/xml/serialize';
import type { Driver } from '../../src/drivers/driver';
import type { DriverError } from '../../src/drivers/driver';
import { VirErr } from '../../src/shared/libvirt-errors';
import type { ContractOptions } from './contract-options';

/** What the volume cases need from describeDriverContract. */
export interface VolumeCaseContext {
  driver: () => Driver;
  runId: string;
  expectDriverError(call: Promise<unknown>, codes: readonly number[]): Promise<DriverError>;
}

/**
 * Volume creation and deletion, part of the driver contract: what a disk on a new volume
 * needs. Every volume is named after the run and deleted again, even when a case fails.
 */
export function volumeCases(context: VolumeCaseContext, options: ContractOptions): void {
  const pool = options.volumePool;
  const reason = options.skip?.volumes ?? 'no storage pool named for volume tests';
  const test = pool === undefined ? it.skip : it;
  const note = pool === undefined ? ` (skipped: ${reason})` : '';
  const volumeXml = (name: string): string =>
    serializeElement(buildVolume({ name, capacityBytes: 64 * 2 ** 20, format: 'qcow2' }));
  const volumesIn = async (poolName: string): Promise<{ name: string; path: string }[]> =>
    (await context.driver().listHostResources()).pools.find((p) => p.name === poolName)?.volumes ??
    [];
  let counter = 0;
  const uniqueName = (): string => `contract-${context.runId}-${++counter}.qcow2`;

  test(`creates a volume that the pool then lists, and deletes it${note}`, async () => {
    const driver = context.driver();
    const name = uniqueName();
    const created = await driver.createVolume(pool!, volumeXml(name));
    try {
      expect(created.name).toBe(name);
      expect(created.path.endsWith(`/${name}`)).toBe(true);
      expect(await volumesIn(pool!)).toContainEqual({ name, path: created.path });
    } finally {
      await driver.deleteVolume(pool!, name);
    }
    expect((await volumesIn(pool!)).map((v) => v.name)).not.toContain(name);
  });

  test(`refuses a second volume with a taken name and keeps the first${note}`, async () => {
    const driver = context.driver();
    const name = uniqueName();
    await driver.createVolume(pool!, volumeXml(name));
    try {
      // The storage driver says STORAGE_VOL_EXIST, the test driver OPERATION_FAILED.
      await context.expectDriverError(driver.createVolume(pool!, volumeXml(name)), [
        VirErr.STORAGE_VOL_EXIST,
        VirErr.OPERATION_FAILED,
      ]);
      expect((await volumesIn(pool!)).filter((v) => v.name === name)).toHaveLength(1);
    } finally {
      await driver.deleteVolume(pool!, name);
    }
  });

  test(`refuses an unknown pool, and the deletion of a volume that is not there${note}`, async () => {
    const driver = context.driver();
    await context.expectDriverError(
      driver.createVolume(`contract-${context.runId}-no-pool`, volumeXml(uniqueName())),
      [VirErr.NO_STORAGE_POOL],
    );
    await context.expectDriverError(driver.deleteVolume(pool!, uniqueName()), [
      VirErr.NO_STORAGE_VOL,
    ]);
  });
}
