import {
  array,
  fixed,
  flags,
  int,
  nodeDevice,
  opaque,
  optString,
  procedure,
  secret,
  string,
  struct,
  uint,
  uuid,
  voidCodec,
} from './common';

/** Host (node) devices and secrets. */
export const nodeDeviceSecretProcedures = {
  connectListAllNodeDevices: procedure(
    285,
    [fixed(int, 1), flags],
    struct({ devices: array(nodeDevice), ret: uint }),
  ),
  nodeDeviceLookupByName: procedure(113, [string], nodeDevice),
  nodeDeviceGetXMLDesc: procedure(114, [string, flags], string),
  nodeDeviceGetParent: procedure(115, [string], optString),

  connectListAllSecrets: procedure(
    287,
    [fixed(int, 1), flags],
    struct({ secrets: array(secret), ret: uint }),
  ),
  secretDefineXML: procedure(142, [string, flags], secret),
  secretLookupByUUID: procedure(141, [uuid], secret),
  secretLookupByUsage: procedure(147, [int, string], secret),
  secretGetXMLDesc: procedure(143, [secret, flags], string),
  secretSetValue: procedure(144, [secret, opaque(), flags], voidCodec),
  secretGetValue: procedure(145, [secret, flags], opaque()),
  secretUndefine: procedure(146, [secret], voidCodec),
} as const;
