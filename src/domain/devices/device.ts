import { int, str } from '../model/props';

/**
 * Properties every device element has (libvirt's virDomainDeviceInfo): the alias that
 * device events name and the guest address.
 */
export const deviceInfo = {
  alias: str('alias/@name'),
  addressType: str('address/@type'),
};

/** For the devices a guest can boot from: disks, NICs and host devices. */
export const bootable = {
  ...deviceInfo,
  bootOrder: int('boot/@order'),
};

/** libvirt accepts user aliases only with this prefix; other aliases it assigns itself. */
export const USER_ALIAS_PREFIX = 'ua-';
