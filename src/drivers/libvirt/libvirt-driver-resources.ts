import { VolumeXml } from '../../domain/storage';
import { DriverError } from '../driver';
import type { CreatedVolume, HostResources, VolumeAtPath } from '../driver';
import { VirErr } from '../../shared/libvirt-errors';
import type { LibvirtClient } from './client';

/** virConnectListAllNodeDevices flags: VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV | _USB_DEV. */
const PCI_AND_USB_DEVICES = (1 << 1) | (1 << 2);

/** What a new device can connect to, read in a few calls per kind (for the Add hardware dialog). */
export async function readHostResources(client: LibvirtClient): Promise<HostResources> {
  const [{ nets }, { pools }, { devices }] = await Promise.all([
    client.connectListAllNetworks(0),
    client.connectListAllStoragePools(0),
    client.connectListAllNodeDevices(PCI_AND_USB_DEVICES),
  ]);
  const networks = await Promise.all(
    nets.map(async (net) => ({
      name: net.name,
      active: (await client.networkIsActive(net)) === 1,
    })),
  );
  const poolRecords = await Promise.all(
    pools.map(async (pool) => {
      const active = (await client.storagePoolIsActive(pool)) === 1;
      const { vols } = active ? await client.storagePoolListAllVolumes(pool, 0) : { vols: [] };
      const volumes = await Promise.all(
        vols.map(async (vol) => ({ name: vol.name, path: await client.storageVolGetPath(vol) })),
      );
      return { name: pool.name, active, volumes };
    }),
  );
  const nodeDeviceXml = await Promise.all(
    devices.map((device) => client.nodeDeviceGetXMLDesc(device.name, 0)),
  );
  return { networks, pools: poolRecords, nodeDeviceXml };
}

/** A volume from its XML in the named pool; the host decides its path. */
export async function createVolume(
  client: LibvirtClient,
  poolName: string,
  volumeXml: string,
): Promise<CreatedVolume> {
  const pool = await client.storagePoolLookupByName(poolName);
  const volume = await client.storageVolCreateXML(pool, volumeXml, 0);
  return { name: volume.name, path: await client.storageVolGetPath(volume) };
}

export async function deleteVolume(
  client: LibvirtClient,
  poolName: string,
  name: string,
): Promise<void> {
  const pool = await client.storagePoolLookupByName(poolName);
  const volume = await client.storageVolLookupByName(pool, name);
  await client.storageVolDelete(volume, 0);
}

/**
 * The volume at a host path, as virt-manager finds it: storageVolLookupByPath, then the
 * volume's XML for its format. A path no pool holds is undefined, not an error.
 */
export async function lookupVolumeByPath(
  client: LibvirtClient,
  path: string,
): Promise<VolumeAtPath | undefined> {
  let volume;
  try {
    volume = await client.storageVolLookupByPath(path);
  } catch (error) {
    if (error instanceof DriverError && error.code === VirErr.NO_STORAGE_VOL) return undefined;
    throw error;
  }
  const xml = VolumeXml.parse(await client.storageVolGetXMLDesc(volume, 0));
  const format = xml.format;
  return { pool: volume.pool, name: volume.name, ...(format === undefined ? {} : { format }) };
}
