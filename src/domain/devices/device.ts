import { int, str } from '../model/props';

/**
 * Properties every device element has (libvirt's virDomainDeviceInfo): the alias that
 * device events name, the boot order, and the guest address.
 */
export const deviceInfo = {
  alias: str('alias/@name'),
  bootOrder: int('boot/@order'),
  addressType: str('address/@type'),
};

/** libvirt accepts user aliases only with this prefix; other aliases it assigns itself. */
export const USER_ALIAS_PREFIX = 'ua-';
