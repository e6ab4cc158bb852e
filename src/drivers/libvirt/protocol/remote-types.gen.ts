// Generated from libvirt 9.0.0's src/remote/remote_protocol.x; do not edit; regenerate with `npm run gen:protocol`.

/** The shared types of the REMOTE program (handles, typed parameters, errors, records). */
import {
  array,
  charString,
  fixedOpaque,
  hyper,
  int,
  opaque,
  optional,
  optString,
  string,
  struct,
  uhyper,
  uint,
} from '../xdr/codec';
import type { CodecValue } from '../xdr/codec';
import { typedParamValue } from './typed-param';

/** remote_uuid */
export const uuid = fixedOpaque(16);
/** remote_nonnull_domain */
export const domain = struct({ name: string, uuid: uuid, id: int });
export type Domain = CodecValue<typeof domain>;
/** remote_nonnull_network */
export const network = struct({ name: string, uuid: uuid });
export type Network = CodecValue<typeof network>;
/** remote_nonnull_network_port */
export const networkPort = struct({ net: network, uuid: uuid });
export type NetworkPort = CodecValue<typeof networkPort>;
/** remote_nonnull_nwfilter */
export const nwfilter = struct({ name: string, uuid: uuid });
export type Nwfilter = CodecValue<typeof nwfilter>;
/** remote_nonnull_nwfilter_binding */
export const nwfilterBinding = struct({ portdev: string, filtername: string });
export type NwfilterBinding = CodecValue<typeof nwfilterBinding>;
/** remote_nonnull_interface */
export const iface = struct({ name: string, mac: string });
export type Iface = CodecValue<typeof iface>;
/** remote_nonnull_storage_pool */
export const storagePool = struct({ name: string, uuid: uuid });
export type StoragePool = CodecValue<typeof storagePool>;
/** remote_nonnull_storage_vol */
export const storageVol = struct({ pool: string, name: string, key: string });
export type StorageVol = CodecValue<typeof storageVol>;
/** remote_nonnull_node_device */
export const nodeDevice = struct({ name: string });
export type NodeDevice = CodecValue<typeof nodeDevice>;
/** remote_nonnull_secret */
export const secret = struct({ uuid: uuid, usageType: int, usageID: string });
export type Secret = CodecValue<typeof secret>;
/** remote_nonnull_domain_checkpoint */
export const domainCheckpoint = struct({ name: string, dom: domain });
export type DomainCheckpoint = CodecValue<typeof domainCheckpoint>;
/** remote_nonnull_domain_snapshot */
export const domainSnapshot = struct({ name: string, dom: domain });
export type DomainSnapshot = CodecValue<typeof domainSnapshot>;
/** remote_domain */
export const optDomain = optional(domain);
/** remote_network */
export const optNetwork = optional(network);
/** remote_network_port */
export const optNetworkPort = optional(networkPort);
/** remote_nwfilter */
export const optNwfilter = optional(nwfilter);
/** remote_nwfilter_binding */
export const optNwfilterBinding = optional(nwfilterBinding);
/** remote_storage_pool */
export const optStoragePool = optional(storagePool);
/** remote_storage_vol */
export const optStorageVol = optional(storageVol);
/** remote_node_device */
export const optNodeDevice = optional(nodeDevice);
/** remote_secret */
export const optSecret = optional(secret);
/** remote_error */
export const remoteError = struct({
  code: int,
  domain: int,
  message: optString,
  level: int,
  dom: optDomain,
  str1: optString,
  str2: optString,
  str3: optString,
  int1: int,
  int2: int,
  net: optNetwork,
});
export type RemoteError = CodecValue<typeof remoteError>;
/** remote_vcpu_info */
export const vcpuInfo = struct({ number: uint, state: int, cpuTime: uhyper, cpu: int });
export type VcpuInfo = CodecValue<typeof vcpuInfo>;
/** remote_typed_param */
export const typedParam = struct({ field: string, value: typedParamValue });
export type TypedParam = CodecValue<typeof typedParam>;
/** remote_node_get_cpu_stats */
export const nodeGetCpuStats = struct({ field: string, value: uhyper });
export type NodeGetCpuStats = CodecValue<typeof nodeGetCpuStats>;
/** remote_node_get_memory_stats */
export const nodeGetMemoryStats = struct({ field: string, value: uhyper });
export type NodeGetMemoryStats = CodecValue<typeof nodeGetMemoryStats>;
/** remote_domain_disk_error */
export const domainDiskError = struct({ disk: string, error: int });
export type DomainDiskError = CodecValue<typeof domainDiskError>;
/** remote_domain_memory_stat */
export const domainMemoryStat = struct({ tag: int, val: uhyper });
export type DomainMemoryStat = CodecValue<typeof domainMemoryStat>;
/** remote_domain_iothread_info */
export const domainIothreadInfo = struct({ iothreadId: uint, cpumap: opaque() });
export type DomainIothreadInfo = CodecValue<typeof domainIothreadInfo>;
/** remote_domain_get_security_label_ret */
export const domainGetSecurityLabelRet = struct({ label: charString(4097), enforcing: int });
export type DomainGetSecurityLabelRet = CodecValue<typeof domainGetSecurityLabelRet>;
/** remote_domain_event_lifecycle_msg */
export const domainEventLifecycleMsg = struct({ dom: domain, event: int, detail: int });
export type DomainEventLifecycleMsg = CodecValue<typeof domainEventLifecycleMsg>;
/** remote_domain_event_callback_lifecycle_msg */
export const domainEventCallbackLifecycleMsg = struct({
  callbackID: int,
  msg: domainEventLifecycleMsg,
});
export type DomainEventCallbackLifecycleMsg = CodecValue<typeof domainEventCallbackLifecycleMsg>;
/** remote_domain_event_reboot_msg */
export const domainEventRebootMsg = struct({ dom: domain });
export type DomainEventRebootMsg = CodecValue<typeof domainEventRebootMsg>;
/** remote_domain_event_callback_reboot_msg */
export const domainEventCallbackRebootMsg = struct({ callbackID: int, msg: domainEventRebootMsg });
export type DomainEventCallbackRebootMsg = CodecValue<typeof domainEventCallbackRebootMsg>;
/** remote_domain_event_rtc_change_msg */
export const domainEventRtcChangeMsg = struct({ dom: domain, offset: hyper });
export type DomainEventRtcChangeMsg = CodecValue<typeof domainEventRtcChangeMsg>;
/** remote_domain_event_callback_rtc_change_msg */
export const domainEventCallbackRtcChangeMsg = struct({
  callbackID: int,
  msg: domainEventRtcChangeMsg,
});
export type DomainEventCallbackRtcChangeMsg = CodecValue<typeof domainEventCallbackRtcChangeMsg>;
/** remote_domain_event_watchdog_msg */
export const domainEventWatchdogMsg = struct({ dom: domain, action: int });
export type DomainEventWatchdogMsg = CodecValue<typeof domainEventWatchdogMsg>;
/** remote_domain_event_callback_watchdog_msg */
export const domainEventCallbackWatchdogMsg = struct({
  callbackID: int,
  msg: domainEventWatchdogMsg,
});
export type DomainEventCallbackWatchdogMsg = CodecValue<typeof domainEventCallbackWatchdogMsg>;
/** remote_domain_event_io_error_msg */
export const domainEventIoErrorMsg = struct({
  dom: domain,
  srcPath: string,
  devAlias: string,
  action: int,
});
export type DomainEventIoErrorMsg = CodecValue<typeof domainEventIoErrorMsg>;
/** remote_domain_event_callback_io_error_msg */
export const domainEventCallbackIoErrorMsg = struct({
  callbackID: int,
  msg: domainEventIoErrorMsg,
});
export type DomainEventCallbackIoErrorMsg = CodecValue<typeof domainEventCallbackIoErrorMsg>;
/** remote_domain_event_io_error_reason_msg */
export const domainEventIoErrorReasonMsg = struct({
  dom: domain,
  srcPath: string,
  devAlias: string,
  action: int,
  reason: string,
});
export type DomainEventIoErrorReasonMsg = CodecValue<typeof domainEventIoErrorReasonMsg>;
/** remote_domain_event_callback_io_error_reason_msg */
export const domainEventCallbackIoErrorReasonMsg = struct({
  callbackID: int,
  msg: domainEventIoErrorReasonMsg,
});
export type DomainEventCallbackIoErrorReasonMsg = CodecValue<
  typeof domainEventCallbackIoErrorReasonMsg
>;
/** remote_domain_event_graphics_address */
export const domainEventGraphicsAddress = struct({ family: int, node: string, service: string });
export type DomainEventGraphicsAddress = CodecValue<typeof domainEventGraphicsAddress>;
/** remote_domain_event_graphics_identity */
export const domainEventGraphicsIdentity = struct({ type: string, name: string });
export type DomainEventGraphicsIdentity = CodecValue<typeof domainEventGraphicsIdentity>;
/** remote_domain_event_graphics_msg */
export const domainEventGraphicsMsg = struct({
  dom: domain,
  phase: int,
  local: domainEventGraphicsAddress,
  remote: domainEventGraphicsAddress,
  authScheme: string,
  subject: array(domainEventGraphicsIdentity),
});
export type DomainEventGraphicsMsg = CodecValue<typeof domainEventGraphicsMsg>;
/** remote_domain_event_callback_graphics_msg */
export const domainEventCallbackGraphicsMsg = struct({
  callbackID: int,
  msg: domainEventGraphicsMsg,
});
export type DomainEventCallbackGraphicsMsg = CodecValue<typeof domainEventCallbackGraphicsMsg>;
/** remote_domain_event_block_job_msg */
export const domainEventBlockJobMsg = struct({ dom: domain, path: string, type: int, status: int });
export type DomainEventBlockJobMsg = CodecValue<typeof domainEventBlockJobMsg>;
/** remote_domain_event_callback_block_job_msg */
export const domainEventCallbackBlockJobMsg = struct({
  callbackID: int,
  msg: domainEventBlockJobMsg,
});
export type DomainEventCallbackBlockJobMsg = CodecValue<typeof domainEventCallbackBlockJobMsg>;
/** remote_domain_event_disk_change_msg */
export const domainEventDiskChangeMsg = struct({
  dom: domain,
  oldSrcPath: optString,
  newSrcPath: optString,
  devAlias: string,
  reason: int,
});
export type DomainEventDiskChangeMsg = CodecValue<typeof domainEventDiskChangeMsg>;
/** remote_domain_event_callback_disk_change_msg */
export const domainEventCallbackDiskChangeMsg = struct({
  callbackID: int,
  msg: domainEventDiskChangeMsg,
});
export type DomainEventCallbackDiskChangeMsg = CodecValue<typeof domainEventCallbackDiskChangeMsg>;
/** remote_domain_event_tray_change_msg */
export const domainEventTrayChangeMsg = struct({ dom: domain, devAlias: string, reason: int });
export type DomainEventTrayChangeMsg = CodecValue<typeof domainEventTrayChangeMsg>;
/** remote_domain_event_callback_tray_change_msg */
export const domainEventCallbackTrayChangeMsg = struct({
  callbackID: int,
  msg: domainEventTrayChangeMsg,
});
export type DomainEventCallbackTrayChangeMsg = CodecValue<typeof domainEventCallbackTrayChangeMsg>;
/** remote_domain_event_pmwakeup_msg */
export const domainEventPmwakeupMsg = struct({ dom: domain });
export type DomainEventPmwakeupMsg = CodecValue<typeof domainEventPmwakeupMsg>;
/** remote_domain_event_callback_pmwakeup_msg */
export const domainEventCallbackPmwakeupMsg = struct({
  callbackID: int,
  reason: int,
  msg: domainEventPmwakeupMsg,
});
export type DomainEventCallbackPmwakeupMsg = CodecValue<typeof domainEventCallbackPmwakeupMsg>;
/** remote_domain_event_pmsuspend_msg */
export const domainEventPmsuspendMsg = struct({ dom: domain });
export type DomainEventPmsuspendMsg = CodecValue<typeof domainEventPmsuspendMsg>;
/** remote_domain_event_callback_pmsuspend_msg */
export const domainEventCallbackPmsuspendMsg = struct({
  callbackID: int,
  reason: int,
  msg: domainEventPmsuspendMsg,
});
export type DomainEventCallbackPmsuspendMsg = CodecValue<typeof domainEventCallbackPmsuspendMsg>;
/** remote_domain_event_balloon_change_msg */
export const domainEventBalloonChangeMsg = struct({ dom: domain, actual: uhyper });
export type DomainEventBalloonChangeMsg = CodecValue<typeof domainEventBalloonChangeMsg>;
/** remote_domain_event_callback_balloon_change_msg */
export const domainEventCallbackBalloonChangeMsg = struct({
  callbackID: int,
  msg: domainEventBalloonChangeMsg,
});
export type DomainEventCallbackBalloonChangeMsg = CodecValue<
  typeof domainEventCallbackBalloonChangeMsg
>;
/** remote_domain_event_pmsuspend_disk_msg */
export const domainEventPmsuspendDiskMsg = struct({ dom: domain });
export type DomainEventPmsuspendDiskMsg = CodecValue<typeof domainEventPmsuspendDiskMsg>;
/** remote_domain_event_callback_pmsuspend_disk_msg */
export const domainEventCallbackPmsuspendDiskMsg = struct({
  callbackID: int,
  reason: int,
  msg: domainEventPmsuspendDiskMsg,
});
export type DomainEventCallbackPmsuspendDiskMsg = CodecValue<
  typeof domainEventCallbackPmsuspendDiskMsg
>;
/** remote_domain_event_control_error_msg */
export const domainEventControlErrorMsg = struct({ dom: domain });
export type DomainEventControlErrorMsg = CodecValue<typeof domainEventControlErrorMsg>;
/** remote_domain_event_callback_control_error_msg */
export const domainEventCallbackControlErrorMsg = struct({
  callbackID: int,
  msg: domainEventControlErrorMsg,
});
export type DomainEventCallbackControlErrorMsg = CodecValue<
  typeof domainEventCallbackControlErrorMsg
>;
/** remote_domain_event_device_removed_msg */
export const domainEventDeviceRemovedMsg = struct({ dom: domain, devAlias: string });
export type DomainEventDeviceRemovedMsg = CodecValue<typeof domainEventDeviceRemovedMsg>;
/** remote_domain_event_callback_device_removed_msg */
export const domainEventCallbackDeviceRemovedMsg = struct({
  callbackID: int,
  msg: domainEventDeviceRemovedMsg,
});
export type DomainEventCallbackDeviceRemovedMsg = CodecValue<
  typeof domainEventCallbackDeviceRemovedMsg
>;
/** remote_domain_event_block_job_2_msg */
export const domainEventBlockJob2Msg = struct({
  callbackID: int,
  dom: domain,
  dst: string,
  type: int,
  status: int,
});
export type DomainEventBlockJob2Msg = CodecValue<typeof domainEventBlockJob2Msg>;
/** remote_domain_event_block_threshold_msg */
export const domainEventBlockThresholdMsg = struct({
  callbackID: int,
  dom: domain,
  dev: string,
  path: optString,
  threshold: uhyper,
  excess: uhyper,
});
export type DomainEventBlockThresholdMsg = CodecValue<typeof domainEventBlockThresholdMsg>;
/** remote_domain_event_callback_tunable_msg */
export const domainEventCallbackTunableMsg = struct({
  callbackID: int,
  dom: domain,
  params: array(typedParam),
});
export type DomainEventCallbackTunableMsg = CodecValue<typeof domainEventCallbackTunableMsg>;
/** remote_domain_event_callback_device_added_msg */
export const domainEventCallbackDeviceAddedMsg = struct({
  callbackID: int,
  dom: domain,
  devAlias: string,
});
export type DomainEventCallbackDeviceAddedMsg = CodecValue<
  typeof domainEventCallbackDeviceAddedMsg
>;
/** remote_connect_event_connection_closed_msg */
export const connectEventConnectionClosedMsg = struct({ reason: int });
export type ConnectEventConnectionClosedMsg = CodecValue<typeof connectEventConnectionClosedMsg>;
/** remote_network_event_lifecycle_msg */
export const networkEventLifecycleMsg = struct({
  callbackID: int,
  net: network,
  event: int,
  detail: int,
});
export type NetworkEventLifecycleMsg = CodecValue<typeof networkEventLifecycleMsg>;
/** remote_storage_pool_event_lifecycle_msg */
export const storagePoolEventLifecycleMsg = struct({
  callbackID: int,
  pool: storagePool,
  event: int,
  detail: int,
});
export type StoragePoolEventLifecycleMsg = CodecValue<typeof storagePoolEventLifecycleMsg>;
/** remote_storage_pool_event_refresh_msg */
export const storagePoolEventRefreshMsg = struct({ callbackID: int, pool: storagePool });
export type StoragePoolEventRefreshMsg = CodecValue<typeof storagePoolEventRefreshMsg>;
/** remote_node_device_event_lifecycle_msg */
export const nodeDeviceEventLifecycleMsg = struct({
  callbackID: int,
  dev: nodeDevice,
  event: int,
  detail: int,
});
export type NodeDeviceEventLifecycleMsg = CodecValue<typeof nodeDeviceEventLifecycleMsg>;
/** remote_node_device_event_update_msg */
export const nodeDeviceEventUpdateMsg = struct({ callbackID: int, dev: nodeDevice });
export type NodeDeviceEventUpdateMsg = CodecValue<typeof nodeDeviceEventUpdateMsg>;
/** remote_network_dhcp_lease */
export const networkDhcpLease = struct({
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
export type NetworkDhcpLease = CodecValue<typeof networkDhcpLease>;
/** remote_domain_stats_record */
export const domainStatsRecord = struct({ dom: domain, params: array(typedParam) });
export type DomainStatsRecord = CodecValue<typeof domainStatsRecord>;
/** remote_domain_event_callback_agent_lifecycle_msg */
export const domainEventCallbackAgentLifecycleMsg = struct({
  callbackID: int,
  dom: domain,
  state: int,
  reason: int,
});
export type DomainEventCallbackAgentLifecycleMsg = CodecValue<
  typeof domainEventCallbackAgentLifecycleMsg
>;
/** remote_domain_fsinfo */
export const domainFsinfo = struct({
  mountpoint: string,
  name: string,
  fstype: string,
  devAliases: array(string),
});
export type DomainFsinfo = CodecValue<typeof domainFsinfo>;
/** remote_domain_ip_addr */
export const domainIpAddr = struct({ type: int, addr: string, prefix: uint });
export type DomainIpAddr = CodecValue<typeof domainIpAddr>;
/** remote_domain_interface */
export const domainInterface = struct({
  name: string,
  hwaddr: optString,
  addrs: array(domainIpAddr),
});
export type DomainInterface = CodecValue<typeof domainInterface>;
/** remote_domain_event_callback_migration_iteration_msg */
export const domainEventCallbackMigrationIterationMsg = struct({
  callbackID: int,
  dom: domain,
  iteration: int,
});
export type DomainEventCallbackMigrationIterationMsg = CodecValue<
  typeof domainEventCallbackMigrationIterationMsg
>;
/** remote_domain_event_callback_job_completed_msg */
export const domainEventCallbackJobCompletedMsg = struct({
  callbackID: int,
  dom: domain,
  params: array(typedParam),
});
export type DomainEventCallbackJobCompletedMsg = CodecValue<
  typeof domainEventCallbackJobCompletedMsg
>;
/** remote_domain_event_callback_device_removal_failed_msg */
export const domainEventCallbackDeviceRemovalFailedMsg = struct({
  callbackID: int,
  dom: domain,
  devAlias: string,
});
export type DomainEventCallbackDeviceRemovalFailedMsg = CodecValue<
  typeof domainEventCallbackDeviceRemovalFailedMsg
>;
/** remote_domain_event_callback_metadata_change_msg */
export const domainEventCallbackMetadataChangeMsg = struct({
  callbackID: int,
  dom: domain,
  type: int,
  nsuri: optString,
});
export type DomainEventCallbackMetadataChangeMsg = CodecValue<
  typeof domainEventCallbackMetadataChangeMsg
>;
/** remote_domain_event_memory_failure_msg */
export const domainEventMemoryFailureMsg = struct({
  callbackID: int,
  dom: domain,
  recipient: int,
  action: int,
  flags: uint,
});
export type DomainEventMemoryFailureMsg = CodecValue<typeof domainEventMemoryFailureMsg>;
/** remote_secret_event_lifecycle_msg */
export const secretEventLifecycleMsg = struct({
  callbackID: int,
  secret: secret,
  event: int,
  detail: int,
});
export type SecretEventLifecycleMsg = CodecValue<typeof secretEventLifecycleMsg>;
/** remote_secret_event_value_changed_msg */
export const secretEventValueChangedMsg = struct({ callbackID: int, secret: secret });
export type SecretEventValueChangedMsg = CodecValue<typeof secretEventValueChangedMsg>;
/** remote_domain_event_memory_device_size_change_msg */
export const domainEventMemoryDeviceSizeChangeMsg = struct({
  callbackID: int,
  dom: domain,
  alias: string,
  size: uhyper,
});
export type DomainEventMemoryDeviceSizeChangeMsg = CodecValue<
  typeof domainEventMemoryDeviceSizeChangeMsg
>;
