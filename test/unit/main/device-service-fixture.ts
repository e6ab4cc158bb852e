import { afterEach, expect } from 'vitest';
import { createDemoDriver } from '../../../src/drivers/demo';
import type { Driver } from '../../../src/drivers/driver';
import { DeviceService } from '../../../src/main/services/device-service';
import type { DeviceServiceOptions } from '../../../src/main/services/device-service';
import { AppError } from '../../../src/shared/errors';

/** What the device service tests share: a service on a host, closed after each test. */

const open: { driver: Driver; service: DeviceService }[] = [];
afterEach(async () => {
  for (const { driver, service } of open.splice(0)) {
    service.close();
    await driver.close();
  }
});

/** A device service on `driver`: by default the demo host, whose guests answer quickly. */
export function deviceServiceOn(
  driver: Driver = createDemoDriver({ timeScale: 0.01 }),
  options: DeviceServiceOptions = {},
) {
  const service = new DeviceService(driver, { confirmTimeoutMs: 2_000, ...options });
  open.push({ driver, service });
  const uuidOf = async (name: string): Promise<string> =>
    (await driver.lookupDomainByName(name)).uuid;
  return { driver, service, uuidOf };
}

/** The error `promise` fails with; the test fails if it succeeds. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

/** The service's own refusal (an AppError) that `promise` fails with. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
