import type { DeviceScope, Driver } from '../../drivers/driver';
import type { DeviceSpec } from '../../shared/devices';
import { AppError } from '../../shared/errors';

/**
 * The prep step for a network card on a virtual network: the running VM can be connected
 * only to a network that is active, so an inactive one is refused before anything is sent,
 * naming the network (the dialog offers to start it: its issue is on source.network).
 */
export async function checkNetwork(
  driver: Driver,
  spec: DeviceSpec,
  scope: DeviceScope,
): Promise<void> {
  if (!scope.live || spec.kind !== 'interface' || spec.source.type !== 'network') return;
  const name = spec.source.network;
  const { networks } = await driver.listHostResources();
  const found = networks.find((network) => network.name === name);
  if (!found) {
    const names = networks.map((network) => `"${network.name}"`).join(', ');
    const message = `This host has no virtual network "${name}". ${names === '' ? 'Define one on the host first.' : `Choose one of its networks: ${names}.`}`;
    throw new AppError({
      code: 'not-found',
      message,
      issues: [{ path: 'source.network', message }],
    });
  }
  if (!found.active) {
    const message = `The virtual network "${name}" is not active, so the running VM cannot be connected to it. Start the network, then add the card again; or add the card to the saved definition only.`;
    throw new AppError({
      code: 'operation-invalid',
      message,
      issues: [{ path: 'source.network', message }],
    });
  }
}
