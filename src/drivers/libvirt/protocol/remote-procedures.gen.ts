// Generated from libvirt 9.0.0's src/remote/remote_protocol.x; do not edit; regenerate with `npm run gen:protocol`.

import {
  array,
  charArray,
  charString,
  hyper,
  int,
  opaque,
  optString,
  string,
  struct,
  uhyper,
  uint,
  voidCodec,
} from '../xdr/codec';
import { fixed, flags, procedure } from './procedure';
import { TYPED_PARAM_STRING_OKAY } from './typed-param';
import {
  uuid,
  domain,
  network,
  networkPort,
  nwfilter,
  nwfilterBinding,
  iface,
  storagePool,
  storageVol,
  nodeDevice,
  secret,
  domainCheckpoint,
  domainSnapshot,
  optDomain,
  optNetwork,
  optStoragePool,
  optNodeDevice,
  optSecret,
  vcpuInfo,
  typedParam,
  nodeGetCpuStats,
  nodeGetMemoryStats,
  domainDiskError,
  domainMemoryStat,
  domainIothreadInfo,
  domainGetSecurityLabelRet,
  domainEventLifecycleMsg,
  domainEventCallbackLifecycleMsg,
  domainEventRebootMsg,
  domainEventCallbackRebootMsg,
  domainEventRtcChangeMsg,
  domainEventCallbackRtcChangeMsg,
  domainEventWatchdogMsg,
  domainEventCallbackWatchdogMsg,
  domainEventIoErrorMsg,
  domainEventCallbackIoErrorMsg,
  domainEventIoErrorReasonMsg,
  domainEventCallbackIoErrorReasonMsg,
  domainEventGraphicsMsg,
  domainEventCallbackGraphicsMsg,
  domainEventBlockJobMsg,
  domainEventCallbackBlockJobMsg,
  domainEventDiskChangeMsg,
  domainEventCallbackDiskChangeMsg,
  domainEventTrayChangeMsg,
  domainEventCallbackTrayChangeMsg,
  domainEventPmwakeupMsg,
  domainEventCallbackPmwakeupMsg,
  domainEventPmsuspendMsg,
  domainEventCallbackPmsuspendMsg,
  domainEventBalloonChangeMsg,
  domainEventCallbackBalloonChangeMsg,
  domainEventPmsuspendDiskMsg,
  domainEventCallbackPmsuspendDiskMsg,
  domainEventControlErrorMsg,
  domainEventCallbackControlErrorMsg,
  domainEventDeviceRemovedMsg,
  domainEventCallbackDeviceRemovedMsg,
  domainEventBlockJob2Msg,
  domainEventBlockThresholdMsg,
  domainEventCallbackTunableMsg,
  domainEventCallbackDeviceAddedMsg,
  connectEventConnectionClosedMsg,
  networkEventLifecycleMsg,
  storagePoolEventLifecycleMsg,
  storagePoolEventRefreshMsg,
  nodeDeviceEventLifecycleMsg,
  nodeDeviceEventUpdateMsg,
  networkDhcpLease,
  domainStatsRecord,
  domainEventCallbackAgentLifecycleMsg,
  domainFsinfo,
  domainInterface,
  domainEventCallbackMigrationIterationMsg,
  domainEventCallbackJobCompletedMsg,
  domainEventCallbackDeviceRemovalFailedMsg,
  domainEventCallbackMetadataChangeMsg,
  domainEventMemoryFailureMsg,
  secretEventLifecycleMsg,
  secretEventValueChangedMsg,
  domainEventMemoryDeviceSizeChangeMsg,
} from './remote-types.gen';

/** Every call of the program, by method name. */
export const REMOTE_PROCEDURES = {
  /** REMOTE_PROC_CONNECT_OPEN (acl connect:getattr) */
  connectOpen: procedure(1, [optString, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_CLOSE (acl none) */
  connectClose: procedure(2, [], voidCodec),
  /** REMOTE_PROC_CONNECT_GET_TYPE (acl connect:getattr) */
  connectGetType: procedure(3, [], string),
  /** REMOTE_PROC_CONNECT_GET_VERSION (acl connect:getattr) */
  connectGetVersion: procedure(4, [], uhyper),
  /** REMOTE_PROC_CONNECT_GET_MAX_VCPUS (acl connect:read) */
  connectGetMaxVcpus: procedure(5, [optString], int),
  /** REMOTE_PROC_NODE_GET_INFO (acl connect:read) */
  nodeGetInfo: procedure(
    6,
    [],
    struct({
      model: charArray(32),
      memory: uhyper,
      cpus: int,
      mhz: int,
      nodes: int,
      sockets: int,
      cores: int,
      threads: int,
    }),
  ),
  /** REMOTE_PROC_CONNECT_GET_CAPABILITIES (acl connect:read) */
  connectGetCapabilities: procedure(7, [], string),
  /** REMOTE_PROC_DOMAIN_ATTACH_DEVICE (acl domain:write) */
  domainAttachDevice: procedure(8, [domain, string], voidCodec),
  /** REMOTE_PROC_DOMAIN_CREATE (acl domain:start) */
  domainCreate: procedure(9, [domain], voidCodec),
  /** REMOTE_PROC_DOMAIN_CREATE_XML (acl domain:write, domain:start) */
  domainCreateXML: procedure(10, [string, flags], domain),
  /** REMOTE_PROC_DOMAIN_DEFINE_XML (acl domain:write, domain:save) */
  domainDefineXML: procedure(11, [string], domain),
  /** REMOTE_PROC_DOMAIN_DESTROY (acl domain:stop) */
  domainDestroy: procedure(12, [domain], voidCodec),
  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE (acl domain:write) */
  domainDetachDevice: procedure(13, [domain, string], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_XML_DESC (acl domain:read, domain:read_secure:VIR_DOMAIN_XML_SECURE, domain:read_secure:VIR_DOMAIN_XML_MIGRATABLE) */
  domainGetXMLDesc: procedure(14, [domain, flags], string),
  /** REMOTE_PROC_DOMAIN_GET_AUTOSTART (acl domain:read) */
  domainGetAutostart: procedure(15, [domain], int),
  /** REMOTE_PROC_DOMAIN_GET_INFO (acl domain:read) */
  domainGetInfo: procedure(
    16,
    [domain],
    struct({ state: uint, maxMem: uhyper, memory: uhyper, nrVirtCpu: uint, cpuTime: uhyper }),
  ),
  /** REMOTE_PROC_DOMAIN_GET_MAX_MEMORY (acl domain:read) */
  domainGetMaxMemory: procedure(17, [domain], uhyper),
  /** REMOTE_PROC_DOMAIN_GET_MAX_VCPUS (acl domain:read) */
  domainGetMaxVcpus: procedure(18, [domain], int),
  /** REMOTE_PROC_DOMAIN_GET_OS_TYPE (acl domain:read) */
  domainGetOSType: procedure(19, [domain], string),
  /** REMOTE_PROC_DOMAIN_GET_VCPUS (acl domain:read) */
  domainGetVcpus: procedure(
    20,
    [domain, int, int],
    struct({ info: array(vcpuInfo), cpumaps: opaque() }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS (acl connect:search_domains) */
  connectListDefinedDomains: procedure(21, [int], array(string)),
  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_ID (acl domain:getattr) */
  domainLookupByID: procedure(22, [int], domain),
  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME (acl domain:getattr) */
  domainLookupByName: procedure(23, [string], domain),
  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID (acl domain:getattr) */
  domainLookupByUUID: procedure(24, [uuid], domain),
  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS (acl connect:search_domains) */
  connectNumOfDefinedDomains: procedure(25, [], int),
  /** REMOTE_PROC_DOMAIN_PIN_VCPU (acl domain:write) */
  domainPinVcpu: procedure(26, [domain, uint, opaque()], voidCodec),
  /** REMOTE_PROC_DOMAIN_REBOOT (acl domain:init_control, domain:write:VIR_DOMAIN_REBOOT_GUEST_AGENT) */
  domainReboot: procedure(27, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_RESUME (acl domain:suspend) */
  domainResume: procedure(28, [domain], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_AUTOSTART (acl domain:write) */
  domainSetAutostart: procedure(29, [domain, int], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_MAX_MEMORY (acl domain:write) */
  domainSetMaxMemory: procedure(30, [domain, uhyper], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_MEMORY (acl domain:write) */
  domainSetMemory: procedure(31, [domain, uhyper], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_VCPUS (acl domain:write) */
  domainSetVcpus: procedure(32, [domain, uint], voidCodec),
  /** REMOTE_PROC_DOMAIN_SHUTDOWN (acl domain:init_control) */
  domainShutdown: procedure(33, [domain], voidCodec),
  /** REMOTE_PROC_DOMAIN_SUSPEND (acl domain:suspend) */
  domainSuspend: procedure(34, [domain], voidCodec),
  /** REMOTE_PROC_DOMAIN_UNDEFINE (acl domain:delete) */
  domainUndefine: procedure(35, [domain], voidCodec),
  /** REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS (acl connect:search_networks) */
  connectListDefinedNetworks: procedure(36, [int], array(string)),
  /** REMOTE_PROC_CONNECT_LIST_DOMAINS (acl connect:search_domains) */
  connectListDomains: procedure(37, [int], array(int)),
  /** REMOTE_PROC_CONNECT_LIST_NETWORKS (acl connect:search_networks) */
  connectListNetworks: procedure(38, [int], array(string)),
  /** REMOTE_PROC_NETWORK_CREATE (acl network:start) */
  networkCreate: procedure(39, [network], voidCodec),
  /** REMOTE_PROC_NETWORK_CREATE_XML (acl network:write, network:start) */
  networkCreateXML: procedure(40, [string], network),
  /** REMOTE_PROC_NETWORK_DEFINE_XML (acl network:write, network:save) */
  networkDefineXML: procedure(41, [string], network),
  /** REMOTE_PROC_NETWORK_DESTROY (acl network:stop) */
  networkDestroy: procedure(42, [network], voidCodec),
  /** REMOTE_PROC_NETWORK_GET_XML_DESC (acl network:read) */
  networkGetXMLDesc: procedure(43, [network, flags], string),
  /** REMOTE_PROC_NETWORK_GET_AUTOSTART (acl network:read) */
  networkGetAutostart: procedure(44, [network], int),
  /** REMOTE_PROC_NETWORK_GET_BRIDGE_NAME (acl network:read) */
  networkGetBridgeName: procedure(45, [network], string),
  /** REMOTE_PROC_NETWORK_LOOKUP_BY_NAME (acl network:getattr) */
  networkLookupByName: procedure(46, [string], network),
  /** REMOTE_PROC_NETWORK_LOOKUP_BY_UUID (acl network:getattr) */
  networkLookupByUUID: procedure(47, [uuid], network),
  /** REMOTE_PROC_NETWORK_SET_AUTOSTART (acl network:write) */
  networkSetAutostart: procedure(48, [network, int], voidCodec),
  /** REMOTE_PROC_NETWORK_UNDEFINE (acl network:delete) */
  networkUndefine: procedure(49, [network], voidCodec),
  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS (acl connect:search_networks) */
  connectNumOfDefinedNetworks: procedure(50, [], int),
  /** REMOTE_PROC_CONNECT_NUM_OF_DOMAINS (acl connect:search_domains) */
  connectNumOfDomains: procedure(51, [], int),
  /** REMOTE_PROC_CONNECT_NUM_OF_NETWORKS (acl connect:search_networks) */
  connectNumOfNetworks: procedure(52, [], int),
  /** REMOTE_PROC_DOMAIN_CORE_DUMP (acl domain:core_dump) */
  domainCoreDump: procedure(53, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_RESTORE (acl domain:start, domain:write) */
  domainRestore: procedure(54, [string], voidCodec),
  /** REMOTE_PROC_DOMAIN_SAVE (acl domain:hibernate) */
  domainSave: procedure(55, [domain, string], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE (acl domain:read) */
  domainGetSchedulerType: procedure(56, [domain], struct({ type: string, nparams: int })),
  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS (acl domain:read) */
  domainGetSchedulerParameters: procedure(57, [domain, int], array(typedParam)),
  /** REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS (acl domain:read) */
  domainSetSchedulerParameters: procedure(58, [domain, array(typedParam)], voidCodec),
  /** REMOTE_PROC_CONNECT_GET_HOSTNAME (acl connect:getattr) */
  connectGetHostname: procedure(59, [], string),
  /** REMOTE_PROC_CONNECT_SUPPORTS_FEATURE (acl connect:getattr) */
  connectSupportsFeature: procedure(60, [int], int),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepare: procedure(
    61,
    [optString, uhyper, optString, uhyper],
    struct({ cookie: opaque(), uriOut: optString }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM (acl domain:migrate) */
  domainMigratePerform: procedure(
    62,
    [domain, opaque(), string, uhyper, optString, uhyper],
    voidCodec,
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH (acl domain:migrate) */
  domainMigrateFinish: procedure(63, [string, opaque(), string, uhyper], domain),
  /** REMOTE_PROC_DOMAIN_BLOCK_STATS (acl domain:read) */
  domainBlockStats: procedure(
    64,
    [domain, string],
    struct({ rdReq: hyper, rdBytes: hyper, wrReq: hyper, wrBytes: hyper, errs: hyper }),
  ),
  /** REMOTE_PROC_DOMAIN_INTERFACE_STATS (acl domain:read) */
  domainInterfaceStats: procedure(
    65,
    [domain, string],
    struct({
      rxBytes: hyper,
      rxPackets: hyper,
      rxErrs: hyper,
      rxDrop: hyper,
      txBytes: hyper,
      txPackets: hyper,
      txErrs: hyper,
      txDrop: hyper,
    }),
  ),
  /** REMOTE_PROC_AUTH_LIST (acl none) */
  authList: procedure(66, [], array(int)),
  /** REMOTE_PROC_AUTH_SASL_INIT (acl none) */
  authSASLInit: procedure(67, [], string),
  /** REMOTE_PROC_AUTH_SASL_START (acl none) */
  authSASLStart: procedure(
    68,
    [string, int, charString(65536)],
    struct({ complete: int, nil: int, data: charString(65536) }),
  ),
  /** REMOTE_PROC_AUTH_SASL_STEP (acl none) */
  authSASLStep: procedure(
    69,
    [int, charString(65536)],
    struct({ complete: int, nil: int, data: charString(65536) }),
  ),
  /** REMOTE_PROC_AUTH_POLKIT (acl none) */
  authPolkit: procedure(70, [], int),
  /** REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS (acl connect:search_storage_pools) */
  connectNumOfStoragePools: procedure(71, [], int),
  /** REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS (acl connect:search_storage_pools) */
  connectListStoragePools: procedure(72, [int], array(string)),
  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS (acl connect:search_storage_pools) */
  connectNumOfDefinedStoragePools: procedure(73, [], int),
  /** REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS (acl connect:search_storage_pools) */
  connectListDefinedStoragePools: procedure(74, [int], array(string)),
  /** REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES (acl connect:detect_storage_pools) */
  connectFindStoragePoolSources: procedure(75, [string, optString, flags], string),
  /** REMOTE_PROC_STORAGE_POOL_CREATE_XML (acl storage_pool:start, storage_pool:write) */
  storagePoolCreateXML: procedure(76, [string, flags], storagePool),
  /** REMOTE_PROC_STORAGE_POOL_DEFINE_XML (acl storage_pool:write, storage_pool:save) */
  storagePoolDefineXML: procedure(77, [string, flags], storagePool),
  /** REMOTE_PROC_STORAGE_POOL_CREATE (acl storage_pool:start) */
  storagePoolCreate: procedure(78, [storagePool, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_BUILD (acl storage_pool:format) */
  storagePoolBuild: procedure(79, [storagePool, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_DESTROY (acl storage_pool:stop) */
  storagePoolDestroy: procedure(80, [storagePool], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_DELETE (acl storage_pool:format) */
  storagePoolDelete: procedure(81, [storagePool, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_UNDEFINE (acl storage_pool:delete) */
  storagePoolUndefine: procedure(82, [storagePool], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_REFRESH (acl storage_pool:refresh) */
  storagePoolRefresh: procedure(83, [storagePool, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME (acl storage_pool:getattr) */
  storagePoolLookupByName: procedure(84, [string], storagePool),
  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID (acl storage_pool:getattr) */
  storagePoolLookupByUUID: procedure(85, [uuid], storagePool),
  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME (acl storage_pool:getattr) */
  storagePoolLookupByVolume: procedure(86, [storageVol], storagePool),
  /** REMOTE_PROC_STORAGE_POOL_GET_INFO (acl storage_pool:read) */
  storagePoolGetInfo: procedure(
    87,
    [storagePool],
    struct({ state: uint, capacity: uhyper, allocation: uhyper, available: uhyper }),
  ),
  /** REMOTE_PROC_STORAGE_POOL_GET_XML_DESC (acl storage_pool:read) */
  storagePoolGetXMLDesc: procedure(88, [storagePool, flags], string),
  /** REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART (acl storage_pool:read) */
  storagePoolGetAutostart: procedure(89, [storagePool], int),
  /** REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART (acl storage_pool:write) */
  storagePoolSetAutostart: procedure(90, [storagePool, int], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES (acl storage_pool:search_storage_vols) */
  storagePoolNumOfVolumes: procedure(91, [storagePool], int),
  /** REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES (acl storage_pool:search_storage_vols) */
  storagePoolListVolumes: procedure(92, [storagePool, int], array(string)),
  /** REMOTE_PROC_STORAGE_VOL_CREATE_XML (acl storage_vol:create) */
  storageVolCreateXML: procedure(93, [storagePool, string, flags], storageVol),
  /** REMOTE_PROC_STORAGE_VOL_DELETE (acl storage_vol:delete) */
  storageVolDelete: procedure(94, [storageVol, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME (acl storage_vol:getattr) */
  storageVolLookupByName: procedure(95, [storagePool, string], storageVol),
  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY (acl storage_vol:getattr) */
  storageVolLookupByKey: procedure(96, [string], storageVol),
  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH (acl storage_vol:getattr) */
  storageVolLookupByPath: procedure(97, [string], storageVol),
  /** REMOTE_PROC_STORAGE_VOL_GET_INFO (acl storage_vol:read) */
  storageVolGetInfo: procedure(
    98,
    [storageVol],
    struct({ type: int, capacity: uhyper, allocation: uhyper }),
  ),
  /** REMOTE_PROC_STORAGE_VOL_GET_XML_DESC (acl storage_vol:read) */
  storageVolGetXMLDesc: procedure(99, [storageVol, flags], string),
  /** REMOTE_PROC_STORAGE_VOL_GET_PATH (acl storage_vol:read) */
  storageVolGetPath: procedure(100, [storageVol], string),
  /** REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY (acl connect:read) */
  nodeGetCellsFreeMemory: procedure(101, [int, int], array(uhyper)),
  /** REMOTE_PROC_NODE_GET_FREE_MEMORY (acl connect:read) */
  nodeGetFreeMemory: procedure(102, [], uhyper),
  /** REMOTE_PROC_DOMAIN_BLOCK_PEEK (acl domain:block_read) */
  domainBlockPeek: procedure(103, [domain, string, uhyper, uint, flags], opaque()),
  /** REMOTE_PROC_DOMAIN_MEMORY_PEEK (acl domain:mem_read) */
  domainMemoryPeek: procedure(104, [domain, uhyper, uint, flags], opaque()),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER (acl connect:search_domains) */
  connectDomainEventRegister: procedure(105, [], int),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER (acl connect:read) */
  connectDomainEventDeregister: procedure(106, [], int),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2 (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepare2: procedure(
    108,
    [optString, uhyper, optString, uhyper, string],
    struct({ cookie: opaque(), uriOut: optString }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH2 (acl domain:migrate) */
  domainMigrateFinish2: procedure(109, [string, opaque(), string, uhyper, int], domain),
  /** REMOTE_PROC_CONNECT_GET_URI (acl connect:getattr) */
  connectGetURI: procedure(110, [], string),
  /** REMOTE_PROC_NODE_NUM_OF_DEVICES (acl connect:search_node_devices) */
  nodeNumOfDevices: procedure(111, [optString, flags], int),
  /** REMOTE_PROC_NODE_LIST_DEVICES (acl connect:search_node_devices) */
  nodeListDevices: procedure(112, [optString, int, flags], array(string)),
  /** REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME (acl node_device:getattr) */
  nodeDeviceLookupByName: procedure(113, [string], nodeDevice),
  /** REMOTE_PROC_NODE_DEVICE_GET_XML_DESC (acl node_device:read) */
  nodeDeviceGetXMLDesc: procedure(114, [string, flags], string),
  /** REMOTE_PROC_NODE_DEVICE_GET_PARENT (acl node_device:read) */
  nodeDeviceGetParent: procedure(115, [string], optString),
  /** REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS (acl node_device:read) */
  nodeDeviceNumOfCaps: procedure(116, [string], int),
  /** REMOTE_PROC_NODE_DEVICE_LIST_CAPS (acl node_device:read) */
  nodeDeviceListCaps: procedure(117, [string, int], array(string)),
  /** REMOTE_PROC_NODE_DEVICE_DETTACH (acl node_device:detach) */
  nodeDeviceDettach: procedure(118, [string], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_RE_ATTACH (acl node_device:detach) */
  nodeDeviceReAttach: procedure(119, [string], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_RESET (acl node_device:detach) */
  nodeDeviceReset: procedure(120, [string], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL (acl domain:read) */
  domainGetSecurityLabel: procedure(
    121,
    [domain],
    struct({ label: charString(4097), enforcing: int }),
  ),
  /** REMOTE_PROC_NODE_GET_SECURITY_MODEL (acl connect:read) */
  nodeGetSecurityModel: procedure(
    122,
    [],
    struct({ model: charString(257), doi: charString(257) }),
  ),
  /** REMOTE_PROC_NODE_DEVICE_CREATE_XML (acl node_device:write, node_device:start) */
  nodeDeviceCreateXML: procedure(123, [string, flags], nodeDevice),
  /** REMOTE_PROC_NODE_DEVICE_DESTROY (acl node_device:stop) */
  nodeDeviceDestroy: procedure(124, [string], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM (acl storage_vol:create) */
  storageVolCreateXMLFrom: procedure(125, [storagePool, string, storageVol, flags], storageVol),
  /** REMOTE_PROC_CONNECT_NUM_OF_INTERFACES (acl connect:search_interfaces) */
  connectNumOfInterfaces: procedure(126, [], int),
  /** REMOTE_PROC_CONNECT_LIST_INTERFACES (acl connect:search_interfaces) */
  connectListInterfaces: procedure(127, [int], array(string)),
  /** REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME (acl interface:getattr) */
  interfaceLookupByName: procedure(128, [string], iface),
  /** REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING (acl interface:getattr) */
  interfaceLookupByMACString: procedure(129, [string], iface),
  /** REMOTE_PROC_INTERFACE_GET_XML_DESC (acl interface:read) */
  interfaceGetXMLDesc: procedure(130, [iface, flags], string),
  /** REMOTE_PROC_INTERFACE_DEFINE_XML (acl interface:write, interface:save) */
  interfaceDefineXML: procedure(131, [string, flags], iface),
  /** REMOTE_PROC_INTERFACE_UNDEFINE (acl interface:delete) */
  interfaceUndefine: procedure(132, [iface], voidCodec),
  /** REMOTE_PROC_INTERFACE_CREATE (acl interface:start) */
  interfaceCreate: procedure(133, [iface, flags], voidCodec),
  /** REMOTE_PROC_INTERFACE_DESTROY (acl interface:stop) */
  interfaceDestroy: procedure(134, [iface, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE (acl connect:write) */
  connectDomainXMLFromNative: procedure(135, [string, string, flags], string),
  /** REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE (acl connect:write) */
  connectDomainXMLToNative: procedure(136, [string, string, flags], string),
  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES (acl connect:search_interfaces) */
  connectNumOfDefinedInterfaces: procedure(137, [], int),
  /** REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES (acl connect:search_interfaces) */
  connectListDefinedInterfaces: procedure(138, [int], array(string)),
  /** REMOTE_PROC_CONNECT_NUM_OF_SECRETS (acl connect:search_secrets) */
  connectNumOfSecrets: procedure(139, [], int),
  /** REMOTE_PROC_CONNECT_LIST_SECRETS (acl connect:search_secrets) */
  connectListSecrets: procedure(140, [int], array(string)),
  /** REMOTE_PROC_SECRET_LOOKUP_BY_UUID (acl secret:getattr) */
  secretLookupByUUID: procedure(141, [uuid], secret),
  /** REMOTE_PROC_SECRET_DEFINE_XML (acl secret:write, secret:save) */
  secretDefineXML: procedure(142, [string, flags], secret),
  /** REMOTE_PROC_SECRET_GET_XML_DESC (acl secret:read) */
  secretGetXMLDesc: procedure(143, [secret, flags], string),
  /** REMOTE_PROC_SECRET_SET_VALUE (acl secret:write) */
  secretSetValue: procedure(144, [secret, opaque(), flags], voidCodec),
  /** REMOTE_PROC_SECRET_GET_VALUE (acl secret:read_secure) */
  secretGetValue: procedure(145, [secret, flags], opaque()),
  /** REMOTE_PROC_SECRET_UNDEFINE (acl secret:delete) */
  secretUndefine: procedure(146, [secret], voidCodec),
  /** REMOTE_PROC_SECRET_LOOKUP_BY_USAGE (acl secret:getattr) */
  secretLookupByUsage: procedure(147, [int, string], secret),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepareTunnel: procedure(148, [uhyper, optString, uhyper, string], voidCodec, {
    stream: 'write',
  }),
  /** REMOTE_PROC_CONNECT_IS_SECURE (acl none) */
  connectIsSecure: procedure(149, [], int),
  /** REMOTE_PROC_DOMAIN_IS_ACTIVE (acl domain:read) */
  domainIsActive: procedure(150, [domain], int),
  /** REMOTE_PROC_DOMAIN_IS_PERSISTENT (acl domain:read) */
  domainIsPersistent: procedure(151, [domain], int),
  /** REMOTE_PROC_NETWORK_IS_ACTIVE (acl network:read) */
  networkIsActive: procedure(152, [network], int),
  /** REMOTE_PROC_NETWORK_IS_PERSISTENT (acl network:read) */
  networkIsPersistent: procedure(153, [network], int),
  /** REMOTE_PROC_STORAGE_POOL_IS_ACTIVE (acl storage_pool:read) */
  storagePoolIsActive: procedure(154, [storagePool], int),
  /** REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT (acl storage_pool:read) */
  storagePoolIsPersistent: procedure(155, [storagePool], int),
  /** REMOTE_PROC_INTERFACE_IS_ACTIVE (acl interface:read) */
  interfaceIsActive: procedure(156, [iface], int),
  /** REMOTE_PROC_CONNECT_GET_LIB_VERSION (acl connect:getattr) */
  connectGetLibVersion: procedure(157, [], uhyper),
  /** REMOTE_PROC_CONNECT_COMPARE_CPU (acl connect:read) */
  connectCompareCPU: procedure(158, [string, flags], int),
  /** REMOTE_PROC_DOMAIN_MEMORY_STATS (acl domain:read) */
  domainMemoryStats: procedure(159, [domain, uint, flags], array(domainMemoryStat)),
  /** REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainAttachDeviceFlags: procedure(160, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainDetachDeviceFlags: procedure(161, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_BASELINE_CPU (acl connect:read) */
  connectBaselineCPU: procedure(162, [array(string), flags], string),
  /** REMOTE_PROC_DOMAIN_GET_JOB_INFO (acl domain:read) */
  domainGetJobInfo: procedure(
    163,
    [domain],
    struct({
      type: int,
      timeElapsed: uhyper,
      timeRemaining: uhyper,
      dataTotal: uhyper,
      dataProcessed: uhyper,
      dataRemaining: uhyper,
      memTotal: uhyper,
      memProcessed: uhyper,
      memRemaining: uhyper,
      fileTotal: uhyper,
      fileProcessed: uhyper,
      fileRemaining: uhyper,
    }),
  ),
  /** REMOTE_PROC_DOMAIN_ABORT_JOB (acl domain:write) */
  domainAbortJob: procedure(164, [domain], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_WIPE (acl storage_vol:format) */
  storageVolWipe: procedure(165, [storageVol, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME (acl domain:migrate) */
  domainMigrateSetMaxDowntime: procedure(166, [domain, uhyper, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY (acl connect:search_domains) */
  connectDomainEventRegisterAny: procedure(167, [int], voidCodec),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY (acl connect:read) */
  connectDomainEventDeregisterAny: procedure(168, [int], voidCodec),
  /** REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainUpdateDeviceFlags: procedure(174, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME (acl nwfilter:getattr) */
  nwFilterLookupByName: procedure(175, [string], nwfilter),
  /** REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID (acl nwfilter:getattr) */
  nwFilterLookupByUUID: procedure(176, [uuid], nwfilter),
  /** REMOTE_PROC_NWFILTER_GET_XML_DESC (acl nwfilter:read) */
  nwFilterGetXMLDesc: procedure(177, [nwfilter, flags], string),
  /** REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS (acl connect:search_nwfilters) */
  connectNumOfNWFilters: procedure(178, [], int),
  /** REMOTE_PROC_CONNECT_LIST_NWFILTERS (acl connect:search_nwfilters) */
  connectListNWFilters: procedure(179, [int], array(string)),
  /** REMOTE_PROC_NWFILTER_DEFINE_XML (acl nwfilter:write, nwfilter:save) */
  nwFilterDefineXML: procedure(180, [string], nwfilter),
  /** REMOTE_PROC_NWFILTER_UNDEFINE (acl nwfilter:delete) */
  nwFilterUndefine: procedure(181, [nwfilter], voidCodec),
  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE (acl domain:hibernate) */
  domainManagedSave: procedure(182, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE (acl domain:read) */
  domainHasManagedSaveImage: procedure(183, [domain, flags], int),
  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE (acl domain:hibernate) */
  domainManagedSaveRemove: procedure(184, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML (acl domain:snapshot, domain:fs_freeze:VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE) */
  domainSnapshotCreateXML: procedure(185, [domain, string, flags], domainSnapshot),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC (acl domain:read, domain:read_secure:VIR_DOMAIN_SNAPSHOT_XML_SECURE) */
  domainSnapshotGetXMLDesc: procedure(186, [domainSnapshot, flags], string),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_NUM (acl domain:read) */
  domainSnapshotNum: procedure(187, [domain, flags], int),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES (acl domain:read) */
  domainSnapshotListNames: procedure(188, [domain, int, flags], array(string)),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME (acl domain:read) */
  domainSnapshotLookupByName: procedure(189, [domain, string, flags], domainSnapshot),
  /** REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT (acl domain:read) */
  domainHasCurrentSnapshot: procedure(190, [domain, flags], int),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT (acl domain:read) */
  domainSnapshotCurrent: procedure(191, [domain, flags], domainSnapshot),
  /** REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT (acl domain:snapshot) */
  domainRevertToSnapshot: procedure(192, [domainSnapshot, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE (acl domain:snapshot) */
  domainSnapshotDelete: procedure(193, [domainSnapshot, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_BLOCK_INFO (acl domain:read) */
  domainGetBlockInfo: procedure(
    194,
    [domain, string, flags],
    struct({ allocation: uhyper, capacity: uhyper, physical: uhyper }),
  ),
  /** REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS (acl domain:start) */
  domainCreateWithFlags: procedure(196, [domain, flags], domain),
  /** REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetMemoryParameters: procedure(197, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS (acl domain:read) */
  domainGetMemoryParameters: procedure(
    198,
    [domain, int, flags],
    struct({ params: array(typedParam), nparams: int }),
    { flagsOr: TYPED_PARAM_STRING_OKAY },
  ),
  /** REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG, domain:write:VIR_DOMAIN_VCPU_GUEST) */
  domainSetVcpusFlags: procedure(199, [domain, uint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS (acl domain:read, domain:write:VIR_DOMAIN_VCPU_GUEST) */
  domainGetVcpusFlags: procedure(200, [domain, flags], int),
  /** REMOTE_PROC_DOMAIN_OPEN_CONSOLE (acl domain:open_device) */
  domainOpenConsole: procedure(201, [domain, optString, flags], voidCodec, { stream: 'both' }),
  /** REMOTE_PROC_DOMAIN_IS_UPDATED (acl domain:read) */
  domainIsUpdated: procedure(202, [domain], int),
  /** REMOTE_PROC_CONNECT_GET_SYSINFO (acl connect:read) */
  connectGetSysinfo: procedure(203, [flags], string),
  /** REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetMemoryFlags: procedure(204, [domain, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetBlkioParameters: procedure(205, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS (acl domain:read) */
  domainGetBlkioParameters: procedure(
    206,
    [domain, int, flags],
    struct({ params: array(typedParam), nparams: int }),
    { flagsOr: TYPED_PARAM_STRING_OKAY },
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED (acl domain:migrate) */
  domainMigrateSetMaxSpeed: procedure(207, [domain, uhyper, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_UPLOAD (acl storage_vol:data_write) */
  storageVolUpload: procedure(208, [storageVol, uhyper, uhyper, flags], voidCodec, {
    stream: 'write',
  }),
  /** REMOTE_PROC_STORAGE_VOL_DOWNLOAD (acl storage_vol:data_read) */
  storageVolDownload: procedure(209, [storageVol, uhyper, uhyper, flags], voidCodec, {
    stream: 'read',
  }),
  /** REMOTE_PROC_DOMAIN_INJECT_NMI (acl domain:inject_nmi) */
  domainInjectNMI: procedure(210, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SCREENSHOT (acl domain:screenshot) */
  domainScreenshot: procedure(211, [domain, uint, flags], optString, { stream: 'read' }),
  /** REMOTE_PROC_DOMAIN_GET_STATE (acl domain:read) */
  domainGetState: procedure(212, [domain, flags], struct({ state: int, reason: int })),
  /** REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3 (acl domain:migrate) */
  domainMigrateBegin3: procedure(
    213,
    [domain, optString, uhyper, optString, uhyper],
    struct({ cookieOut: opaque(), xml: string }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3 (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepare3: procedure(
    214,
    [opaque(), optString, uhyper, optString, uhyper, string],
    struct({ cookieOut: opaque(), uriOut: optString }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3 (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepareTunnel3: procedure(
    215,
    [opaque(), uhyper, optString, uhyper, string],
    opaque(),
    { stream: 'write' },
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3 (acl domain:migrate) */
  domainMigratePerform3: procedure(
    216,
    [domain, optString, opaque(), optString, optString, uhyper, optString, uhyper],
    opaque(),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH3 (acl domain:migrate) */
  domainMigrateFinish3: procedure(
    217,
    [string, opaque(), optString, optString, uhyper, int],
    struct({ dom: domain, cookieOut: opaque() }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3 (acl domain:migrate) */
  domainMigrateConfirm3: procedure(218, [domain, opaque(), uhyper, int], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetSchedulerParametersFlags: procedure(219, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_INTERFACE_CHANGE_BEGIN (acl connect:interface_transaction) */
  interfaceChangeBegin: procedure(220, [flags], voidCodec),
  /** REMOTE_PROC_INTERFACE_CHANGE_COMMIT (acl connect:interface_transaction) */
  interfaceChangeCommit: procedure(221, [flags], voidCodec),
  /** REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK (acl connect:interface_transaction) */
  interfaceChangeRollback: procedure(222, [flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS (acl domain:read) */
  domainGetSchedulerParametersFlags: procedure(223, [domain, int, flags], array(typedParam)),
  /** REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainPinVcpuFlags: procedure(225, [domain, uint, opaque(), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SEND_KEY (acl domain:send_input) */
  domainSendKey: procedure(226, [domain, uint, uint, array(uint), flags], voidCodec),
  /** REMOTE_PROC_NODE_GET_CPU_STATS (acl connect:read) */
  nodeGetCPUStats: procedure(
    227,
    [int, int, flags],
    struct({ params: array(nodeGetCpuStats), nparams: int }),
  ),
  /** REMOTE_PROC_NODE_GET_MEMORY_STATS (acl connect:read) */
  nodeGetMemoryStats: procedure(
    228,
    [int, int, flags],
    struct({ params: array(nodeGetMemoryStats), nparams: int }),
  ),
  /** REMOTE_PROC_DOMAIN_GET_CONTROL_INFO (acl domain:read) */
  domainGetControlInfo: procedure(
    229,
    [domain, flags],
    struct({ state: uint, details: uint, stateTime: uhyper }),
  ),
  /** REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO (acl domain:read) */
  domainGetVcpuPinInfo: procedure(
    230,
    [domain, int, int, flags],
    struct({ cpumaps: opaque(), num: int }),
  ),
  /** REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS (acl domain:delete) */
  domainUndefineFlags: procedure(231, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SAVE_FLAGS (acl domain:hibernate) */
  domainSaveFlags: procedure(232, [domain, string, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_RESTORE_FLAGS (acl domain:start, domain:write) */
  domainRestoreFlags: procedure(233, [string, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_DESTROY_FLAGS (acl domain:stop) */
  domainDestroyFlags: procedure(234, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC (acl domain:write) */
  domainSaveImageGetXMLDesc: procedure(235, [string, flags], string),
  /** REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML (acl domain:write, domain:hibernate) */
  domainSaveImageDefineXML: procedure(236, [string, string, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT (acl domain:write) */
  domainBlockJobAbort: procedure(237, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO (acl domain:read) */
  domainGetBlockJobInfo: procedure(
    238,
    [domain, string, flags],
    struct({ found: int, type: int, bandwidth: uhyper, cur: uhyper, end: uhyper }),
  ),
  /** REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED (acl domain:write) */
  domainBlockJobSetSpeed: procedure(239, [domain, string, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_BLOCK_PULL (acl domain:block_write) */
  domainBlockPull: procedure(240, [domain, string, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED (acl domain:migrate) */
  domainMigrateGetMaxSpeed: procedure(242, [domain, flags], uhyper),
  /** REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS (acl domain:read) */
  domainBlockStatsFlags: procedure(
    243,
    [domain, string, int, flags],
    struct({ params: array(typedParam), nparams: int }),
    { flagsOr: TYPED_PARAM_STRING_OKAY },
  ),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT (acl domain:read) */
  domainSnapshotGetParent: procedure(244, [domainSnapshot, flags], domainSnapshot),
  /** REMOTE_PROC_DOMAIN_RESET (acl domain:reset) */
  domainReset: procedure(245, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN (acl domain:read) */
  domainSnapshotNumChildren: procedure(246, [domainSnapshot, flags], int),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES (acl domain:read) */
  domainSnapshotListChildrenNames: procedure(247, [domainSnapshot, int, flags], array(string)),
  /** REMOTE_PROC_DOMAIN_OPEN_GRAPHICS (acl domain:open_graphics) */
  domainOpenGraphics: procedure(249, [domain, uint, flags], voidCodec),
  /** REMOTE_PROC_NODE_SUSPEND_FOR_DURATION (acl connect:pm_control) */
  nodeSuspendForDuration: procedure(250, [uint, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_BLOCK_RESIZE (acl domain:block_write) */
  domainBlockResize: procedure(251, [domain, string, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetBlockIoTune: procedure(252, [domain, string, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE (acl domain:read) */
  domainGetBlockIoTune: procedure(
    253,
    [domain, optString, int, flags],
    struct({ params: array(typedParam), nparams: int }),
  ),
  /** REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetNumaParameters: procedure(254, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS (acl domain:read) */
  domainGetNumaParameters: procedure(
    255,
    [domain, int, flags],
    struct({ params: array(typedParam), nparams: int }),
    { flagsOr: TYPED_PARAM_STRING_OKAY },
  ),
  /** REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetInterfaceParameters: procedure(
    256,
    [domain, string, array(typedParam), flags],
    voidCodec,
  ),
  /** REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS (acl domain:read) */
  domainGetInterfaceParameters: procedure(
    257,
    [domain, string, int, flags],
    struct({ params: array(typedParam), nparams: int }),
  ),
  /** REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS (acl domain:init_control, domain:write:VIR_DOMAIN_SHUTDOWN_GUEST_AGENT) */
  domainShutdownFlags: procedure(258, [domain, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN (acl storage_vol:format) */
  storageVolWipePattern: procedure(259, [storageVol, uint, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_RESIZE (acl storage_vol:resize) */
  storageVolResize: procedure(260, [storageVol, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION (acl domain:pm_control) */
  domainPMSuspendForDuration: procedure(261, [domain, uint, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_CPU_STATS (acl domain:read) */
  domainGetCPUStats: procedure(
    262,
    [domain, uint, int, uint, flags],
    struct({ params: array(typedParam), nparams: int }),
  ),
  /** REMOTE_PROC_DOMAIN_GET_DISK_ERRORS (acl domain:read) */
  domainGetDiskErrors: procedure(
    263,
    [domain, uint, flags],
    struct({ errors: array(domainDiskError), nerrors: int }),
  ),
  /** REMOTE_PROC_DOMAIN_SET_METADATA (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetMetadata: procedure(
    264,
    [domain, int, optString, optString, optString, flags],
    voidCodec,
  ),
  /** REMOTE_PROC_DOMAIN_GET_METADATA (acl domain:read) */
  domainGetMetadata: procedure(265, [domain, int, optString, flags], string),
  /** REMOTE_PROC_DOMAIN_BLOCK_REBASE (acl domain:block_write) */
  domainBlockRebase: procedure(266, [domain, string, optString, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_PM_WAKEUP (acl domain:pm_control) */
  domainPMWakeup: procedure(267, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT (acl domain:read) */
  domainSnapshotIsCurrent: procedure(271, [domainSnapshot, flags], int),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA (acl domain:read) */
  domainSnapshotHasMetadata: procedure(272, [domainSnapshot, flags], int),
  /** REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS (acl connect:search_domains) */
  connectListAllDomains: procedure(
    273,
    [fixed(int, 1), flags],
    struct({ domains: array(domain), ret: uint }),
  ),
  /** REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS (acl domain:read) */
  domainListAllSnapshots: procedure(
    274,
    [domain, fixed(int, 1), flags],
    struct({ snapshots: array(domainSnapshot), ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN (acl domain:read) */
  domainSnapshotListAllChildren: procedure(
    275,
    [domainSnapshot, fixed(int, 1), flags],
    struct({ snapshots: array(domainSnapshot), ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_GET_HOSTNAME (acl domain:write) */
  domainGetHostname: procedure(277, [domain, flags], string),
  /** REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST (acl domain:read) */
  domainGetSecurityLabelList: procedure(
    278,
    [domain],
    struct({ labels: array(domainGetSecurityLabelRet), ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_PIN_EMULATOR (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainPinEmulator: procedure(279, [domain, opaque(), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO (acl domain:read) */
  domainGetEmulatorPinInfo: procedure(
    280,
    [domain, int, flags],
    struct({ cpumaps: opaque(), ret: int }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS (acl connect:search_storage_pools) */
  connectListAllStoragePools: procedure(
    281,
    [fixed(int, 1), flags],
    struct({ pools: array(storagePool), ret: uint }),
  ),
  /** REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES (acl storage_pool:search_storage_vols) */
  storagePoolListAllVolumes: procedure(
    282,
    [storagePool, fixed(int, 1), flags],
    struct({ vols: array(storageVol), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS (acl connect:search_networks) */
  connectListAllNetworks: procedure(
    283,
    [fixed(int, 1), flags],
    struct({ nets: array(network), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES (acl connect:search_interfaces) */
  connectListAllInterfaces: procedure(
    284,
    [fixed(int, 1), flags],
    struct({ ifaces: array(iface), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES (acl connect:search_node_devices) */
  connectListAllNodeDevices: procedure(
    285,
    [fixed(int, 1), flags],
    struct({ devices: array(nodeDevice), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS (acl connect:search_nwfilters) */
  connectListAllNWFilters: procedure(
    286,
    [fixed(int, 1), flags],
    struct({ filters: array(nwfilter), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_LIST_ALL_SECRETS (acl connect:search_secrets) */
  connectListAllSecrets: procedure(
    287,
    [fixed(int, 1), flags],
    struct({ secrets: array(secret), ret: uint }),
  ),
  /** REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS (acl connect:write) */
  nodeSetMemoryParameters: procedure(288, [array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS (acl connect:read) */
  nodeGetMemoryParameters: procedure(
    289,
    [int, flags],
    struct({ params: array(typedParam), nparams: int }),
  ),
  /** REMOTE_PROC_DOMAIN_BLOCK_COMMIT (acl domain:block_write) */
  domainBlockCommit: procedure(
    290,
    [domain, string, optString, optString, uhyper, flags],
    voidCodec,
  ),
  /** REMOTE_PROC_NETWORK_UPDATE (acl network:write, network:save:!VIR_NETWORK_UPDATE_AFFECT_CONFIG|VIR_NETWORK_UPDATE_AFFECT_LIVE, network:save:VIR_NETWORK_UPDATE_AFFECT_CONFIG) */
  networkUpdate: procedure(291, [network, uint, uint, int, string, flags], voidCodec),
  /** REMOTE_PROC_NODE_GET_CPU_MAP (acl connect:read) */
  nodeGetCPUMap: procedure(
    293,
    [int, int, flags],
    struct({ cpumap: opaque(), online: uint, ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_FSTRIM (acl domain:fs_trim) */
  domainFSTrim: procedure(294, [domain, optString, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL (acl domain:send_signal) */
  domainSendProcessSignal: procedure(295, [domain, hyper, uint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_OPEN_CHANNEL (acl domain:open_device) */
  domainOpenChannel: procedure(296, [domain, optString, flags], voidCodec, { stream: 'both' }),
  /** REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN (acl node_device:getattr) */
  nodeDeviceLookupSCSIHostByWWN: procedure(297, [string, string, flags], nodeDevice),
  /** REMOTE_PROC_DOMAIN_GET_JOB_STATS (acl domain:read) */
  domainGetJobStats: procedure(
    298,
    [domain, flags],
    struct({ type: int, params: array(typedParam) }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE (acl domain:migrate) */
  domainMigrateGetCompressionCache: procedure(299, [domain, flags], uhyper),
  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE (acl domain:migrate) */
  domainMigrateSetCompressionCache: procedure(300, [domain, uhyper, flags], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS (acl node_device:detach) */
  nodeDeviceDetachFlags: procedure(301, [string, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS (acl domain:migrate) */
  domainMigrateBegin3Params: procedure(
    302,
    [domain, array(typedParam), flags],
    struct({ cookieOut: opaque(), xml: string }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepare3Params: procedure(
    303,
    [array(typedParam), opaque(), flags],
    struct({ cookieOut: opaque(), uriOut: optString }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS (acl domain:migrate, domain:start, domain:write) */
  domainMigratePrepareTunnel3Params: procedure(304, [array(typedParam), opaque(), flags], opaque()),
  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS (acl domain:migrate) */
  domainMigratePerform3Params: procedure(
    305,
    [domain, optString, array(typedParam), opaque(), flags],
    opaque(),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS (acl domain:migrate) */
  domainMigrateFinish3Params: procedure(
    306,
    [array(typedParam), opaque(), flags, int],
    struct({ dom: domain, cookieOut: opaque() }),
  ),
  /** REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS (acl domain:migrate) */
  domainMigrateConfirm3Params: procedure(
    307,
    [domain, array(typedParam), opaque(), flags, int],
    voidCodec,
  ),
  /** REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetMemoryStatsPeriod: procedure(308, [domain, int, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES (acl domain:write, domain:start) */
  domainCreateXMLWithFiles: procedure(309, [string, flags], domain),
  /** REMOTE_PROC_DOMAIN_CREATE_WITH_FILES (acl domain:start) */
  domainCreateWithFiles: procedure(310, [domain, flags], domain),
  /** REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES (acl connect:read) */
  connectGetCPUModelNames: procedure(
    312,
    [string, fixed(int, 1), flags],
    struct({ models: array(string), ret: int }),
  ),
  /** REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY (acl connect:search_networks) */
  connectNetworkEventRegisterAny: procedure(313, [int, optNetwork], int),
  /** REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY (acl connect:read) */
  connectNetworkEventDeregisterAny: procedure(314, [int], voidCodec),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY (acl connect:search_domains) */
  connectDomainEventCallbackRegisterAny: procedure(316, [int, optDomain], int),
  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY (acl connect:read) */
  connectDomainEventCallbackDeregisterAny: procedure(317, [int], voidCodec),
  /** REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT (acl domain:core_dump) */
  domainCoreDumpWithFormat: procedure(334, [domain, string, uint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_FSFREEZE (acl domain:fs_freeze) */
  domainFSFreeze: procedure(335, [domain, array(string), flags], int),
  /** REMOTE_PROC_DOMAIN_FSTHAW (acl domain:fs_freeze) */
  domainFSThaw: procedure(336, [domain, array(string), flags], int),
  /** REMOTE_PROC_DOMAIN_GET_TIME (acl domain:write) */
  domainGetTime: procedure(337, [domain, flags], struct({ seconds: hyper, nseconds: uint })),
  /** REMOTE_PROC_DOMAIN_SET_TIME (acl domain:set_time) */
  domainSetTime: procedure(338, [domain, hyper, uint, flags], voidCodec),
  /** REMOTE_PROC_NODE_GET_FREE_PAGES (acl connect:read) */
  nodeGetFreePages: procedure(340, [array(uint), int, uint, flags], array(uhyper)),
  /** REMOTE_PROC_NETWORK_GET_DHCP_LEASES (acl network:read) */
  networkGetDHCPLeases: procedure(
    341,
    [network, optString, fixed(int, 1), flags],
    struct({ leases: array(networkDhcpLease), ret: uint }),
  ),
  /** REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES (acl connect:write) */
  connectGetDomainCapabilities: procedure(
    342,
    [optString, optString, optString, optString, flags],
    string,
  ),
  /** REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD (acl domain:open_graphics) */
  domainOpenGraphicsFD: procedure(343, [domain, uint, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS (acl connect:search_domains) */
  connectGetAllDomainStats: procedure(344, [array(domain), uint, flags], array(domainStatsRecord)),
  /** REMOTE_PROC_DOMAIN_BLOCK_COPY (acl domain:block_write) */
  domainBlockCopy: procedure(345, [domain, string, string, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_NODE_ALLOC_PAGES (acl connect:write) */
  nodeAllocPages: procedure(347, [array(uint), array(uhyper), int, uint, flags], int),
  /** REMOTE_PROC_DOMAIN_GET_FSINFO (acl domain:fs_freeze) */
  domainGetFSInfo: procedure(
    349,
    [domain, flags],
    struct({ info: array(domainFsinfo), ret: uint }),
  ),
  /** REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS (acl domain:write, domain:save) */
  domainDefineXMLFlags: procedure(350, [string, flags], domain),
  /** REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO (acl domain:read) */
  domainGetIOThreadInfo: procedure(
    351,
    [domain, flags],
    struct({ info: array(domainIothreadInfo), ret: uint }),
  ),
  /** REMOTE_PROC_DOMAIN_PIN_IOTHREAD (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainPinIOThread: procedure(352, [domain, uint, opaque(), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES (acl domain:read, domain:write::source:VIR_DOMAIN_INTERFACE_ADDRESSES_SRC_AGENT) */
  domainInterfaceAddresses: procedure(353, [domain, uint, flags], array(domainInterface)),
  /** REMOTE_PROC_DOMAIN_ADD_IOTHREAD (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainAddIOThread: procedure(355, [domain, uint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_DEL_IOTHREAD (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainDelIOThread: procedure(356, [domain, uint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_USER_PASSWORD (acl domain:set_password) */
  domainSetUserPassword: procedure(357, [domain, optString, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_RENAME (acl domain:write, domain:save) */
  domainRename: procedure(358, [domain, optString, flags], int),
  /** REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK (acl connect:getattr) */
  connectRegisterCloseCallback: procedure(360, [], voidCodec),
  /** REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK (acl connect:getattr) */
  connectUnregisterCloseCallback: procedure(361, [], voidCodec),
  /** REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY (acl domain:migrate) */
  domainMigrateStartPostCopy: procedure(364, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_PERF_EVENTS (acl domain:read) */
  domainGetPerfEvents: procedure(365, [domain, flags], array(typedParam)),
  /** REMOTE_PROC_DOMAIN_SET_PERF_EVENTS (acl domain:write) */
  domainSetPerfEvents: procedure(366, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY (acl connect:search_storage_pools) */
  connectStoragePoolEventRegisterAny: procedure(368, [int, optStoragePool], int),
  /** REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY (acl connect:read) */
  connectStoragePoolEventDeregisterAny: procedure(369, [int], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS (acl domain:write) */
  domainGetGuestVcpus: procedure(371, [domain, flags], array(typedParam), {
    flagsOr: TYPED_PARAM_STRING_OKAY,
  }),
  /** REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS (acl domain:write) */
  domainSetGuestVcpus: procedure(372, [domain, string, int, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY (acl connect:search_node_devices) */
  connectNodeDeviceEventRegisterAny: procedure(374, [int, optNodeDevice], int),
  /** REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY (acl connect:read) */
  connectNodeDeviceEventDeregisterAny: procedure(375, [int], voidCodec),
  /** REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS (acl storage_vol:read) */
  storageVolGetInfoFlags: procedure(
    378,
    [storageVol, flags],
    struct({ type: int, capacity: uhyper, allocation: uhyper }),
  ),
  /** REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY (acl connect:search_secrets) */
  connectSecretEventRegisterAny: procedure(380, [int, optSecret], int),
  /** REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY (acl connect:read) */
  connectSecretEventDeregisterAny: procedure(381, [int], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_VCPU (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetVcpu: procedure(384, [domain, string, int, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD (acl domain:write) */
  domainSetBlockThreshold: procedure(386, [domain, string, uhyper, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME (acl domain:migrate) */
  domainMigrateGetMaxDowntime: procedure(387, [domain, flags], uhyper),
  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC (acl domain:read, domain:read_secure:VIR_DOMAIN_SAVE_IMAGE_XML_SECURE) */
  domainManagedSaveGetXMLDesc: procedure(388, [domain, flags], string),
  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML (acl domain:write, domain:hibernate) */
  domainManagedSaveDefineXML: procedure(389, [domain, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION (acl domain:write) */
  domainSetLifecycleAction: procedure(390, [domain, uint, uint, flags], voidCodec),
  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH (acl storage_pool:getattr) */
  storagePoolLookupByTargetPath: procedure(391, [string], storagePool),
  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainDetachDeviceAlias: procedure(392, [domain, string, flags], voidCodec),
  /** REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU (acl connect:write) */
  connectCompareHypervisorCPU: procedure(
    393,
    [optString, optString, optString, optString, string, flags],
    int,
  ),
  /** REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU (acl connect:write) */
  connectBaselineHypervisorCPU: procedure(
    394,
    [optString, optString, optString, optString, array(string), flags],
    string,
  ),
  /** REMOTE_PROC_NODE_GET_SEV_INFO (acl connect:read) */
  nodeGetSEVInfo: procedure(395, [int, flags], struct({ params: array(typedParam), nparams: int })),
  /** REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO (acl domain:read) */
  domainGetLaunchSecurityInfo: procedure(396, [domain, flags], array(typedParam)),
  /** REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV (acl nwfilter_binding:getattr) */
  nwFilterBindingLookupByPortDev: procedure(397, [string], nwfilterBinding),
  /** REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC (acl nwfilter_binding:read) */
  nwFilterBindingGetXMLDesc: procedure(398, [nwfilterBinding, flags], string),
  /** REMOTE_PROC_NWFILTER_BINDING_CREATE_XML (acl nwfilter_binding:create) */
  nwFilterBindingCreateXML: procedure(399, [string, flags], nwfilterBinding),
  /** REMOTE_PROC_NWFILTER_BINDING_DELETE (acl nwfilter_binding:delete) */
  nwFilterBindingDelete: procedure(400, [nwfilterBinding], voidCodec),
  /** REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS (acl connect:search_nwfilter_bindings) */
  connectListAllNWFilterBindings: procedure(
    401,
    [fixed(int, 1), flags],
    struct({ bindings: array(nwfilterBinding), ret: uint }),
  ),
  /** REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS (acl domain:write, domain:save:!VIR_DOMAIN_AFFECT_CONFIG|VIR_DOMAIN_AFFECT_LIVE, domain:save:VIR_DOMAIN_AFFECT_CONFIG) */
  domainSetIOThreadParams: procedure(402, [domain, uint, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES (acl connect:read) */
  connectGetStoragePoolCapabilities: procedure(403, [flags], string),
  /** REMOTE_PROC_NETWORK_LIST_ALL_PORTS (acl network:search_ports) */
  networkListAllPorts: procedure(
    404,
    [network, fixed(int, 1), flags],
    struct({ ports: array(networkPort), ret: uint }),
  ),
  /** REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID (acl network_port:getattr) */
  networkPortLookupByUUID: procedure(405, [network, uuid], networkPort),
  /** REMOTE_PROC_NETWORK_PORT_CREATE_XML (acl network_port:create) */
  networkPortCreateXML: procedure(406, [network, string, flags], networkPort),
  /** REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS (acl network_port:read) */
  networkPortGetParameters: procedure(
    407,
    [networkPort, int, flags],
    struct({ params: array(typedParam), nparams: int }),
  ),
  /** REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS (acl network_port:write) */
  networkPortSetParameters: procedure(408, [networkPort, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_NETWORK_PORT_GET_XML_DESC (acl network_port:read) */
  networkPortGetXMLDesc: procedure(409, [networkPort, flags], string),
  /** REMOTE_PROC_NETWORK_PORT_DELETE (acl network_port:delete) */
  networkPortDelete: procedure(410, [networkPort, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML (acl domain:checkpoint, domain:fs_freeze:VIR_DOMAIN_CHECKPOINT_CREATE_QUIESCE) */
  domainCheckpointCreateXML: procedure(411, [domain, string, flags], domainCheckpoint),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC (acl domain:read, domain:read_secure:VIR_DOMAIN_CHECKPOINT_XML_SECURE) */
  domainCheckpointGetXMLDesc: procedure(412, [domainCheckpoint, flags], string),
  /** REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS (acl domain:read) */
  domainListAllCheckpoints: procedure(
    413,
    [domain, fixed(int, 1), flags],
    struct({ checkpoints: array(domainCheckpoint), ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN (acl domain:read) */
  domainCheckpointListAllChildren: procedure(
    414,
    [domainCheckpoint, fixed(int, 1), flags],
    struct({ checkpoints: array(domainCheckpoint), ret: int }),
  ),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME (acl domain:read) */
  domainCheckpointLookupByName: procedure(415, [domain, string, flags], domainCheckpoint),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT (acl domain:read) */
  domainCheckpointGetParent: procedure(416, [domainCheckpoint, flags], domainCheckpoint),
  /** REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE (acl domain:checkpoint) */
  domainCheckpointDelete: procedure(417, [domainCheckpoint, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_GUEST_INFO (acl domain:write) */
  domainGetGuestInfo: procedure(418, [domain, uint, flags], array(typedParam)),
  /** REMOTE_PROC_CONNECT_SET_IDENTITY (acl connect:write) */
  connectSetIdentity: procedure(419, [array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT (acl domain:write) */
  domainAgentSetResponseTimeout: procedure(420, [domain, int, flags], int),
  /** REMOTE_PROC_DOMAIN_BACKUP_BEGIN (acl domain:checkpoint, domain:block_write) */
  domainBackupBegin: procedure(421, [domain, string, optString, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC (acl domain:read) */
  domainBackupGetXMLDesc: procedure(422, [domain, flags], string),
  /** REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET (acl domain:write) */
  domainAuthorizedSSHKeysGet: procedure(424, [domain, string, flags], array(string)),
  /** REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET (acl domain:write) */
  domainAuthorizedSSHKeysSet: procedure(425, [domain, string, array(string), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_GET_MESSAGES (acl domain:read) */
  domainGetMessages: procedure(426, [domain, flags], array(string)),
  /** REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC (acl domain:write) */
  domainStartDirtyRateCalc: procedure(427, [domain, int, flags], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_DEFINE_XML (acl node_device:write) */
  nodeDeviceDefineXML: procedure(428, [string, flags], nodeDevice),
  /** REMOTE_PROC_NODE_DEVICE_UNDEFINE (acl node_device:delete) */
  nodeDeviceUndefine: procedure(429, [string, flags], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_CREATE (acl node_device:start) */
  nodeDeviceCreate: procedure(430, [string, flags], voidCodec),
  /** REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS (acl nwfilter:write, nwfilter:save) */
  nwFilterDefineXMLFlags: procedure(431, [string, flags], nwfilter),
  /** REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS (acl network:write, network:save) */
  networkDefineXMLFlags: procedure(432, [string, flags], network),
  /** REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART (acl node_device:read) */
  nodeDeviceGetAutostart: procedure(433, [string], int),
  /** REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART (acl node_device:write) */
  nodeDeviceSetAutostart: procedure(434, [string, int], voidCodec),
  /** REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT (acl node_device:read) */
  nodeDeviceIsPersistent: procedure(435, [string], int),
  /** REMOTE_PROC_NODE_DEVICE_IS_ACTIVE (acl node_device:read) */
  nodeDeviceIsActive: procedure(436, [string], int),
  /** REMOTE_PROC_NETWORK_CREATE_XML_FLAGS (acl network:write, network:start) */
  networkCreateXMLFlags: procedure(437, [string, flags], network),
  /** REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE (acl domain:write) */
  domainSetLaunchSecurityState: procedure(439, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_SAVE_PARAMS (acl domain:hibernate) */
  domainSaveParams: procedure(440, [domain, array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_RESTORE_PARAMS (acl domain:start, domain:write) */
  domainRestoreParams: procedure(441, [array(typedParam), flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS (acl domain:write) */
  domainAbortJobFlags: procedure(442, [domain, flags], voidCodec),
  /** REMOTE_PROC_DOMAIN_FD_ASSOCIATE (acl domain:write) */
  domainFDAssociate: procedure(443, [domain, string, flags], voidCodec),
} as const;

/** Messages the daemon sends unasked (events), by name: procedure number and payload. */
export const REMOTE_MESSAGES = {
  /** REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE (acl none) */
  domainEventLifecycle: { proc: 107, msg: domainEventLifecycleMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_REBOOT (acl none) */
  domainEventReboot: { proc: 169, msg: domainEventRebootMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE (acl none) */
  domainEventRtcChange: { proc: 170, msg: domainEventRtcChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_WATCHDOG (acl none) */
  domainEventWatchdog: { proc: 171, msg: domainEventWatchdogMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_IO_ERROR (acl none) */
  domainEventIoError: { proc: 172, msg: domainEventIoErrorMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_GRAPHICS (acl none) */
  domainEventGraphics: { proc: 173, msg: domainEventGraphicsMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON (acl none) */
  domainEventIoErrorReason: { proc: 195, msg: domainEventIoErrorReasonMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR (acl none) */
  domainEventControlError: { proc: 224, msg: domainEventControlErrorMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB (acl none) */
  domainEventBlockJob: { proc: 241, msg: domainEventBlockJobMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE (acl none) */
  domainEventDiskChange: { proc: 248, msg: domainEventDiskChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE (acl none) */
  domainEventTrayChange: { proc: 268, msg: domainEventTrayChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP (acl none) */
  domainEventPmwakeup: { proc: 269, msg: domainEventPmwakeupMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND (acl none) */
  domainEventPmsuspend: { proc: 270, msg: domainEventPmsuspendMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE (acl none) */
  domainEventBalloonChange: { proc: 276, msg: domainEventBalloonChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK (acl none) */
  domainEventPmsuspendDisk: { proc: 292, msg: domainEventPmsuspendDiskMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED (acl none) */
  domainEventDeviceRemoved: { proc: 311, msg: domainEventDeviceRemovedMsg },
  /** REMOTE_PROC_NETWORK_EVENT_LIFECYCLE (acl none) */
  networkEventLifecycle: { proc: 315, msg: networkEventLifecycleMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE (acl none) */
  domainEventCallbackLifecycle: { proc: 318, msg: domainEventCallbackLifecycleMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT (acl none) */
  domainEventCallbackReboot: { proc: 319, msg: domainEventCallbackRebootMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE (acl none) */
  domainEventCallbackRtcChange: { proc: 320, msg: domainEventCallbackRtcChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG (acl none) */
  domainEventCallbackWatchdog: { proc: 321, msg: domainEventCallbackWatchdogMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR (acl none) */
  domainEventCallbackIoError: { proc: 322, msg: domainEventCallbackIoErrorMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS (acl none) */
  domainEventCallbackGraphics: { proc: 323, msg: domainEventCallbackGraphicsMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON (acl none) */
  domainEventCallbackIoErrorReason: { proc: 324, msg: domainEventCallbackIoErrorReasonMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR (acl none) */
  domainEventCallbackControlError: { proc: 325, msg: domainEventCallbackControlErrorMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB (acl none) */
  domainEventCallbackBlockJob: { proc: 326, msg: domainEventCallbackBlockJobMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE (acl none) */
  domainEventCallbackDiskChange: { proc: 327, msg: domainEventCallbackDiskChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE (acl none) */
  domainEventCallbackTrayChange: { proc: 328, msg: domainEventCallbackTrayChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP (acl none) */
  domainEventCallbackPmwakeup: { proc: 329, msg: domainEventCallbackPmwakeupMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND (acl none) */
  domainEventCallbackPmsuspend: { proc: 330, msg: domainEventCallbackPmsuspendMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE (acl none) */
  domainEventCallbackBalloonChange: { proc: 331, msg: domainEventCallbackBalloonChangeMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK (acl none) */
  domainEventCallbackPmsuspendDisk: { proc: 332, msg: domainEventCallbackPmsuspendDiskMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED (acl none) */
  domainEventCallbackDeviceRemoved: { proc: 333, msg: domainEventCallbackDeviceRemovedMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2 (acl none) */
  domainEventBlockJob2: { proc: 339, msg: domainEventBlockJob2Msg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE (acl none) */
  domainEventCallbackTunable: { proc: 346, msg: domainEventCallbackTunableMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE (acl none) */
  domainEventCallbackAgentLifecycle: { proc: 348, msg: domainEventCallbackAgentLifecycleMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED (acl none) */
  domainEventCallbackDeviceAdded: { proc: 354, msg: domainEventCallbackDeviceAddedMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION (acl none) */
  domainEventCallbackMigrationIteration: {
    proc: 359,
    msg: domainEventCallbackMigrationIterationMsg,
  },
  /** REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED (acl none) */
  connectEventConnectionClosed: { proc: 362, msg: connectEventConnectionClosedMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED (acl none) */
  domainEventCallbackJobCompleted: { proc: 363, msg: domainEventCallbackJobCompletedMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED (acl none) */
  domainEventCallbackDeviceRemovalFailed: {
    proc: 367,
    msg: domainEventCallbackDeviceRemovalFailedMsg,
  },
  /** REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE (acl none) */
  storagePoolEventLifecycle: { proc: 370, msg: storagePoolEventLifecycleMsg },
  /** REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH (acl none) */
  storagePoolEventRefresh: { proc: 373, msg: storagePoolEventRefreshMsg },
  /** REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE (acl none) */
  nodeDeviceEventLifecycle: { proc: 376, msg: nodeDeviceEventLifecycleMsg },
  /** REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE (acl none) */
  nodeDeviceEventUpdate: { proc: 377, msg: nodeDeviceEventUpdateMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE (acl none) */
  domainEventCallbackMetadataChange: { proc: 379, msg: domainEventCallbackMetadataChangeMsg },
  /** REMOTE_PROC_SECRET_EVENT_LIFECYCLE (acl none) */
  secretEventLifecycle: { proc: 382, msg: secretEventLifecycleMsg },
  /** REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED (acl none) */
  secretEventValueChanged: { proc: 383, msg: secretEventValueChangedMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD (acl none) */
  domainEventBlockThreshold: { proc: 385, msg: domainEventBlockThresholdMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE (acl none) */
  domainEventMemoryFailure: { proc: 423, msg: domainEventMemoryFailureMsg },
  /** REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE (acl none) */
  domainEventMemoryDeviceSizeChange: { proc: 438, msg: domainEventMemoryDeviceSizeChangeMsg },
} as const;
