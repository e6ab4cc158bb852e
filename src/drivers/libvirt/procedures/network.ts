import {
  array,
  fixed,
  flags,
  hyper,
  iface,
  int,
  network,
  optString,
  procedure,
  string,
  struct,
  uint,
  uuid,
  voidCodec,
} from './common';

const dhcpLease = struct({
  iface: string,
  expirytime: hyper,
  type: int,
  mac: optString,
  iaid: optString,
  ipaddr: string,
  prefix: uint,
  hostname: optString,
  clientid: optString,
});

/**
 * Networks and host interfaces. networkUpdate sends (command, section) in the corrected
 * order, which every daemon that answers CONNECT_SUPPORTS_FEATURE(16) with 1 expects.
 */
export const networkProcedures = {
  connectListAllNetworks: procedure(
    283,
    [fixed(int, 1), flags],
    struct({ nets: array(network), ret: uint }),
  ),
  networkLookupByName: procedure(46, [string], network),
  networkLookupByUUID: procedure(47, [uuid], network),
  networkDefineXML: procedure(41, [string], network),
  networkCreateXML: procedure(40, [string], network),
  networkCreate: procedure(39, [network], voidCodec),
  networkDestroy: procedure(42, [network], voidCodec),
  networkUndefine: procedure(49, [network], voidCodec),
  networkGetXMLDesc: procedure(43, [network, flags], string),
  networkGetBridgeName: procedure(45, [network], string),
  networkGetAutostart: procedure(44, [network], int),
  networkSetAutostart: procedure(48, [network, int], voidCodec),
  networkIsActive: procedure(152, [network], int),
  networkUpdate: procedure(291, [network, uint, uint, int, string, flags], voidCodec),
  networkGetDHCPLeases: procedure(
    341,
    [network, optString, fixed(int, 1), flags],
    struct({ leases: array(dhcpLease), ret: uint }),
  ),

  connectListAllInterfaces: procedure(
    284,
    [fixed(int, 1), flags],
    struct({ ifaces: array(iface), ret: uint }),
  ),
  interfaceGetXMLDesc: procedure(130, [iface, flags], string),
} as const;
