// Generated from libvirt 9.0.0's src/remote/remote_protocol.x; do not edit; regenerate with `npm run gen:protocol`.

import type { ProtocolSchema } from './schema';

/** Every generated type and procedure, described for tests and tools. */
export const REMOTE_SCHEMA: ProtocolSchema = {
  types: {
    uuid: { alias: { opaque: 16 } },
    domain: {
      struct: [
        ['name', 'string'],
        ['uuid', { ref: 'uuid' }],
        ['id', 'int'],
      ],
    },
    network: {
      struct: [
        ['name', 'string'],
        ['uuid', { ref: 'uuid' }],
      ],
    },
    networkPort: {
      struct: [
        ['net', { ref: 'network' }],
        ['uuid', { ref: 'uuid' }],
      ],
    },
    nwfilter: {
      struct: [
        ['name', 'string'],
        ['uuid', { ref: 'uuid' }],
      ],
    },
    nwfilterBinding: {
      struct: [
        ['portdev', 'string'],
        ['filtername', 'string'],
      ],
    },
    iface: {
      struct: [
        ['name', 'string'],
        ['mac', 'string'],
      ],
    },
    storagePool: {
      struct: [
        ['name', 'string'],
        ['uuid', { ref: 'uuid' }],
      ],
    },
    storageVol: {
      struct: [
        ['pool', 'string'],
        ['name', 'string'],
        ['key', 'string'],
      ],
    },
    nodeDevice: { struct: [['name', 'string']] },
    secret: {
      struct: [
        ['uuid', { ref: 'uuid' }],
        ['usageType', 'int'],
        ['usageID', 'string'],
      ],
    },
    domainCheckpoint: {
      struct: [
        ['name', 'string'],
        ['dom', { ref: 'domain' }],
      ],
    },
    domainSnapshot: {
      struct: [
        ['name', 'string'],
        ['dom', { ref: 'domain' }],
      ],
    },
    optDomain: { alias: { optional: { ref: 'domain' } } },
    optNetwork: { alias: { optional: { ref: 'network' } } },
    optNetworkPort: { alias: { optional: { ref: 'networkPort' } } },
    optNwfilter: { alias: { optional: { ref: 'nwfilter' } } },
    optNwfilterBinding: { alias: { optional: { ref: 'nwfilterBinding' } } },
    optStoragePool: { alias: { optional: { ref: 'storagePool' } } },
    optStorageVol: { alias: { optional: { ref: 'storageVol' } } },
    optNodeDevice: { alias: { optional: { ref: 'nodeDevice' } } },
    optSecret: { alias: { optional: { ref: 'secret' } } },
    remoteError: {
      struct: [
        ['code', 'int'],
        ['domain', 'int'],
        ['message', { optional: 'string' }],
        ['level', 'int'],
        ['dom', { ref: 'optDomain' }],
        ['str1', { optional: 'string' }],
        ['str2', { optional: 'string' }],
        ['str3', { optional: 'string' }],
        ['int1', 'int'],
        ['int2', 'int'],
        ['net', { ref: 'optNetwork' }],
      ],
    },
    vcpuInfo: {
      struct: [
        ['number', 'uint'],
        ['state', 'int'],
        ['cpuTime', 'uhyper'],
        ['cpu', 'int'],
      ],
    },
    typedParamValue: { override: 'remote_typed_param_value' },
    typedParam: {
      struct: [
        ['field', 'string'],
        ['value', { ref: 'typedParamValue' }],
      ],
    },
    nodeGetCpuStats: {
      struct: [
        ['field', 'string'],
        ['value', 'uhyper'],
      ],
    },
    nodeGetMemoryStats: {
      struct: [
        ['field', 'string'],
        ['value', 'uhyper'],
      ],
    },
    domainDiskError: {
      struct: [
        ['disk', 'string'],
        ['error', 'int'],
      ],
    },
    domainMemoryStat: {
      struct: [
        ['tag', 'int'],
        ['val', 'uhyper'],
      ],
    },
    domainIothreadInfo: {
      struct: [
        ['iothreadId', 'uint'],
        ['cpumap', { opaque: 'var' }],
      ],
    },
    domainGetSecurityLabelRet: {
      struct: [
        ['label', { charString: 4097 }],
        ['enforcing', 'int'],
      ],
    },
    domainEventLifecycleMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['event', 'int'],
        ['detail', 'int'],
      ],
    },
    domainEventCallbackLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventLifecycleMsg' }],
      ],
    },
    domainEventRebootMsg: { struct: [['dom', { ref: 'domain' }]] },
    domainEventCallbackRebootMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventRebootMsg' }],
      ],
    },
    domainEventRtcChangeMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['offset', 'hyper'],
      ],
    },
    domainEventCallbackRtcChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventRtcChangeMsg' }],
      ],
    },
    domainEventWatchdogMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['action', 'int'],
      ],
    },
    domainEventCallbackWatchdogMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventWatchdogMsg' }],
      ],
    },
    domainEventIoErrorMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['srcPath', 'string'],
        ['devAlias', 'string'],
        ['action', 'int'],
      ],
    },
    domainEventCallbackIoErrorMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventIoErrorMsg' }],
      ],
    },
    domainEventIoErrorReasonMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['srcPath', 'string'],
        ['devAlias', 'string'],
        ['action', 'int'],
        ['reason', 'string'],
      ],
    },
    domainEventCallbackIoErrorReasonMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventIoErrorReasonMsg' }],
      ],
    },
    domainEventGraphicsAddress: {
      struct: [
        ['family', 'int'],
        ['node', 'string'],
        ['service', 'string'],
      ],
    },
    domainEventGraphicsIdentity: {
      struct: [
        ['type', 'string'],
        ['name', 'string'],
      ],
    },
    domainEventGraphicsMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['phase', 'int'],
        ['local', { ref: 'domainEventGraphicsAddress' }],
        ['remote', { ref: 'domainEventGraphicsAddress' }],
        ['authScheme', 'string'],
        ['subject', { array: { ref: 'domainEventGraphicsIdentity' } }],
      ],
    },
    domainEventCallbackGraphicsMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventGraphicsMsg' }],
      ],
    },
    domainEventBlockJobMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['path', 'string'],
        ['type', 'int'],
        ['status', 'int'],
      ],
    },
    domainEventCallbackBlockJobMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventBlockJobMsg' }],
      ],
    },
    domainEventDiskChangeMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['oldSrcPath', { optional: 'string' }],
        ['newSrcPath', { optional: 'string' }],
        ['devAlias', 'string'],
        ['reason', 'int'],
      ],
    },
    domainEventCallbackDiskChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventDiskChangeMsg' }],
      ],
    },
    domainEventTrayChangeMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['devAlias', 'string'],
        ['reason', 'int'],
      ],
    },
    domainEventCallbackTrayChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventTrayChangeMsg' }],
      ],
    },
    domainEventPmwakeupMsg: { struct: [['dom', { ref: 'domain' }]] },
    domainEventCallbackPmwakeupMsg: {
      struct: [
        ['callbackID', 'int'],
        ['reason', 'int'],
        ['msg', { ref: 'domainEventPmwakeupMsg' }],
      ],
    },
    domainEventPmsuspendMsg: { struct: [['dom', { ref: 'domain' }]] },
    domainEventCallbackPmsuspendMsg: {
      struct: [
        ['callbackID', 'int'],
        ['reason', 'int'],
        ['msg', { ref: 'domainEventPmsuspendMsg' }],
      ],
    },
    domainEventBalloonChangeMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['actual', 'uhyper'],
      ],
    },
    domainEventCallbackBalloonChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventBalloonChangeMsg' }],
      ],
    },
    domainEventPmsuspendDiskMsg: { struct: [['dom', { ref: 'domain' }]] },
    domainEventCallbackPmsuspendDiskMsg: {
      struct: [
        ['callbackID', 'int'],
        ['reason', 'int'],
        ['msg', { ref: 'domainEventPmsuspendDiskMsg' }],
      ],
    },
    domainEventControlErrorMsg: { struct: [['dom', { ref: 'domain' }]] },
    domainEventCallbackControlErrorMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventControlErrorMsg' }],
      ],
    },
    domainEventDeviceRemovedMsg: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['devAlias', 'string'],
      ],
    },
    domainEventCallbackDeviceRemovedMsg: {
      struct: [
        ['callbackID', 'int'],
        ['msg', { ref: 'domainEventDeviceRemovedMsg' }],
      ],
    },
    domainEventBlockJob2Msg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['dst', 'string'],
        ['type', 'int'],
        ['status', 'int'],
      ],
    },
    domainEventBlockThresholdMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['dev', 'string'],
        ['path', { optional: 'string' }],
        ['threshold', 'uhyper'],
        ['excess', 'uhyper'],
      ],
    },
    domainEventCallbackTunableMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['params', { array: { ref: 'typedParam' } }],
      ],
    },
    domainEventCallbackDeviceAddedMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['devAlias', 'string'],
      ],
    },
    connectEventConnectionClosedMsg: { struct: [['reason', 'int']] },
    networkEventLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['net', { ref: 'network' }],
        ['event', 'int'],
        ['detail', 'int'],
      ],
    },
    storagePoolEventLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['pool', { ref: 'storagePool' }],
        ['event', 'int'],
        ['detail', 'int'],
      ],
    },
    storagePoolEventRefreshMsg: {
      struct: [
        ['callbackID', 'int'],
        ['pool', { ref: 'storagePool' }],
      ],
    },
    nodeDeviceEventLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dev', { ref: 'nodeDevice' }],
        ['event', 'int'],
        ['detail', 'int'],
      ],
    },
    nodeDeviceEventUpdateMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dev', { ref: 'nodeDevice' }],
      ],
    },
    networkDhcpLease: {
      struct: [
        ['iface', 'string'],
        ['expirytime', 'hyper'],
        ['type', 'int'],
        ['mac', { optional: 'string' }],
        ['iaid', { optional: 'string' }],
        ['ipaddr', 'string'],
        ['prefix', 'uint'],
        ['hostname', { optional: 'string' }],
        ['clientid', { optional: 'string' }],
      ],
    },
    domainStatsRecord: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['params', { array: { ref: 'typedParam' } }],
      ],
    },
    domainEventCallbackAgentLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['state', 'int'],
        ['reason', 'int'],
      ],
    },
    domainFsinfo: {
      struct: [
        ['mountpoint', 'string'],
        ['name', 'string'],
        ['fstype', 'string'],
        ['devAliases', { array: 'string' }],
      ],
    },
    domainIpAddr: {
      struct: [
        ['type', 'int'],
        ['addr', 'string'],
        ['prefix', 'uint'],
      ],
    },
    domainInterface: {
      struct: [
        ['name', 'string'],
        ['hwaddr', { optional: 'string' }],
        ['addrs', { array: { ref: 'domainIpAddr' } }],
      ],
    },
    domainEventCallbackMigrationIterationMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['iteration', 'int'],
      ],
    },
    domainEventCallbackJobCompletedMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['params', { array: { ref: 'typedParam' } }],
      ],
    },
    domainEventCallbackDeviceRemovalFailedMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['devAlias', 'string'],
      ],
    },
    domainEventCallbackMetadataChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['type', 'int'],
        ['nsuri', { optional: 'string' }],
      ],
    },
    domainEventMemoryFailureMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['recipient', 'int'],
        ['action', 'int'],
        ['flags', 'uint'],
      ],
    },
    secretEventLifecycleMsg: {
      struct: [
        ['callbackID', 'int'],
        ['secret', { ref: 'secret' }],
        ['event', 'int'],
        ['detail', 'int'],
      ],
    },
    secretEventValueChangedMsg: {
      struct: [
        ['callbackID', 'int'],
        ['secret', { ref: 'secret' }],
      ],
    },
    domainEventMemoryDeviceSizeChangeMsg: {
      struct: [
        ['callbackID', 'int'],
        ['dom', { ref: 'domain' }],
        ['alias', 'string'],
        ['size', 'uhyper'],
      ],
    },
  },
  callStructs: {
    remote_node_get_info_ret: {
      struct: [
        ['model', { chars: 32 }],
        ['memory', 'uhyper'],
        ['cpus', 'int'],
        ['mhz', 'int'],
        ['nodes', 'int'],
        ['sockets', 'int'],
        ['cores', 'int'],
        ['threads', 'int'],
      ],
    },
    remote_domain_get_info_ret: {
      struct: [
        ['state', 'uint'],
        ['maxMem', 'uhyper'],
        ['memory', 'uhyper'],
        ['nrVirtCpu', 'uint'],
        ['cpuTime', 'uhyper'],
      ],
    },
    remote_domain_get_vcpus_ret: {
      struct: [
        ['info', { array: { ref: 'vcpuInfo' } }],
        ['cpumaps', { opaque: 'var' }],
      ],
    },
    remote_domain_get_scheduler_type_ret: {
      struct: [
        ['type', 'string'],
        ['nparams', 'int'],
      ],
    },
    remote_domain_migrate_prepare_ret: {
      struct: [
        ['cookie', { opaque: 'var' }],
        ['uriOut', { optional: 'string' }],
      ],
    },
    remote_domain_block_stats_ret: {
      struct: [
        ['rdReq', 'hyper'],
        ['rdBytes', 'hyper'],
        ['wrReq', 'hyper'],
        ['wrBytes', 'hyper'],
        ['errs', 'hyper'],
      ],
    },
    remote_domain_interface_stats_ret: {
      struct: [
        ['rxBytes', 'hyper'],
        ['rxPackets', 'hyper'],
        ['rxErrs', 'hyper'],
        ['rxDrop', 'hyper'],
        ['txBytes', 'hyper'],
        ['txPackets', 'hyper'],
        ['txErrs', 'hyper'],
        ['txDrop', 'hyper'],
      ],
    },
    remote_auth_sasl_start_ret: {
      struct: [
        ['complete', 'int'],
        ['nil', 'int'],
        ['data', { charString: 65536 }],
      ],
    },
    remote_auth_sasl_step_ret: {
      struct: [
        ['complete', 'int'],
        ['nil', 'int'],
        ['data', { charString: 65536 }],
      ],
    },
    remote_storage_pool_get_info_ret: {
      struct: [
        ['state', 'uint'],
        ['capacity', 'uhyper'],
        ['allocation', 'uhyper'],
        ['available', 'uhyper'],
      ],
    },
    remote_storage_vol_get_info_ret: {
      struct: [
        ['type', 'int'],
        ['capacity', 'uhyper'],
        ['allocation', 'uhyper'],
      ],
    },
    remote_domain_migrate_prepare2_ret: {
      struct: [
        ['cookie', { opaque: 'var' }],
        ['uriOut', { optional: 'string' }],
      ],
    },
    remote_domain_get_security_label_ret: {
      struct: [
        ['label', { charString: 4097 }],
        ['enforcing', 'int'],
      ],
    },
    remote_node_get_security_model_ret: {
      struct: [
        ['model', { charString: 257 }],
        ['doi', { charString: 257 }],
      ],
    },
    remote_domain_get_job_info_ret: {
      struct: [
        ['type', 'int'],
        ['timeElapsed', 'uhyper'],
        ['timeRemaining', 'uhyper'],
        ['dataTotal', 'uhyper'],
        ['dataProcessed', 'uhyper'],
        ['dataRemaining', 'uhyper'],
        ['memTotal', 'uhyper'],
        ['memProcessed', 'uhyper'],
        ['memRemaining', 'uhyper'],
        ['fileTotal', 'uhyper'],
        ['fileProcessed', 'uhyper'],
        ['fileRemaining', 'uhyper'],
      ],
    },
    remote_domain_get_block_info_ret: {
      struct: [
        ['allocation', 'uhyper'],
        ['capacity', 'uhyper'],
        ['physical', 'uhyper'],
      ],
    },
    remote_domain_get_memory_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_blkio_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_state_ret: {
      struct: [
        ['state', 'int'],
        ['reason', 'int'],
      ],
    },
    remote_domain_migrate_begin3_ret: {
      struct: [
        ['cookieOut', { opaque: 'var' }],
        ['xml', 'string'],
      ],
    },
    remote_domain_migrate_prepare3_ret: {
      struct: [
        ['cookieOut', { opaque: 'var' }],
        ['uriOut', { optional: 'string' }],
      ],
    },
    remote_domain_migrate_finish3_ret: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['cookieOut', { opaque: 'var' }],
      ],
    },
    remote_node_get_cpu_stats_ret: {
      struct: [
        ['params', { array: { ref: 'nodeGetCpuStats' } }],
        ['nparams', 'int'],
      ],
    },
    remote_node_get_memory_stats_ret: {
      struct: [
        ['params', { array: { ref: 'nodeGetMemoryStats' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_control_info_ret: {
      struct: [
        ['state', 'uint'],
        ['details', 'uint'],
        ['stateTime', 'uhyper'],
      ],
    },
    remote_domain_get_vcpu_pin_info_ret: {
      struct: [
        ['cpumaps', { opaque: 'var' }],
        ['num', 'int'],
      ],
    },
    remote_domain_get_block_job_info_ret: {
      struct: [
        ['found', 'int'],
        ['type', 'int'],
        ['bandwidth', 'uhyper'],
        ['cur', 'uhyper'],
        ['end', 'uhyper'],
      ],
    },
    remote_domain_block_stats_flags_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_block_io_tune_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_numa_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_interface_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_cpu_stats_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_get_disk_errors_ret: {
      struct: [
        ['errors', { array: { ref: 'domainDiskError' } }],
        ['nerrors', 'int'],
      ],
    },
    remote_connect_list_all_domains_ret: {
      struct: [
        ['domains', { array: { ref: 'domain' } }],
        ['ret', 'uint'],
      ],
    },
    remote_domain_list_all_snapshots_ret: {
      struct: [
        ['snapshots', { array: { ref: 'domainSnapshot' } }],
        ['ret', 'int'],
      ],
    },
    remote_domain_snapshot_list_all_children_ret: {
      struct: [
        ['snapshots', { array: { ref: 'domainSnapshot' } }],
        ['ret', 'int'],
      ],
    },
    remote_domain_get_security_label_list_ret: {
      struct: [
        ['labels', { array: { ref: 'domainGetSecurityLabelRet' } }],
        ['ret', 'int'],
      ],
    },
    remote_domain_get_emulator_pin_info_ret: {
      struct: [
        ['cpumaps', { opaque: 'var' }],
        ['ret', 'int'],
      ],
    },
    remote_connect_list_all_storage_pools_ret: {
      struct: [
        ['pools', { array: { ref: 'storagePool' } }],
        ['ret', 'uint'],
      ],
    },
    remote_storage_pool_list_all_volumes_ret: {
      struct: [
        ['vols', { array: { ref: 'storageVol' } }],
        ['ret', 'uint'],
      ],
    },
    remote_connect_list_all_networks_ret: {
      struct: [
        ['nets', { array: { ref: 'network' } }],
        ['ret', 'uint'],
      ],
    },
    remote_connect_list_all_interfaces_ret: {
      struct: [
        ['ifaces', { array: { ref: 'iface' } }],
        ['ret', 'uint'],
      ],
    },
    remote_connect_list_all_node_devices_ret: {
      struct: [
        ['devices', { array: { ref: 'nodeDevice' } }],
        ['ret', 'uint'],
      ],
    },
    remote_connect_list_all_nwfilters_ret: {
      struct: [
        ['filters', { array: { ref: 'nwfilter' } }],
        ['ret', 'uint'],
      ],
    },
    remote_connect_list_all_secrets_ret: {
      struct: [
        ['secrets', { array: { ref: 'secret' } }],
        ['ret', 'uint'],
      ],
    },
    remote_node_get_memory_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_node_get_cpu_map_ret: {
      struct: [
        ['cpumap', { opaque: 'var' }],
        ['online', 'uint'],
        ['ret', 'int'],
      ],
    },
    remote_domain_get_job_stats_ret: {
      struct: [
        ['type', 'int'],
        ['params', { array: { ref: 'typedParam' } }],
      ],
    },
    remote_domain_migrate_begin3_params_ret: {
      struct: [
        ['cookieOut', { opaque: 'var' }],
        ['xml', 'string'],
      ],
    },
    remote_domain_migrate_prepare3_params_ret: {
      struct: [
        ['cookieOut', { opaque: 'var' }],
        ['uriOut', { optional: 'string' }],
      ],
    },
    remote_domain_migrate_finish3_params_ret: {
      struct: [
        ['dom', { ref: 'domain' }],
        ['cookieOut', { opaque: 'var' }],
      ],
    },
    remote_connect_get_cpu_model_names_ret: {
      struct: [
        ['models', { array: 'string' }],
        ['ret', 'int'],
      ],
    },
    remote_domain_get_time_ret: {
      struct: [
        ['seconds', 'hyper'],
        ['nseconds', 'uint'],
      ],
    },
    remote_network_get_dhcp_leases_ret: {
      struct: [
        ['leases', { array: { ref: 'networkDhcpLease' } }],
        ['ret', 'uint'],
      ],
    },
    remote_domain_get_fsinfo_ret: {
      struct: [
        ['info', { array: { ref: 'domainFsinfo' } }],
        ['ret', 'uint'],
      ],
    },
    remote_domain_get_iothread_info_ret: {
      struct: [
        ['info', { array: { ref: 'domainIothreadInfo' } }],
        ['ret', 'uint'],
      ],
    },
    remote_storage_vol_get_info_flags_ret: {
      struct: [
        ['type', 'int'],
        ['capacity', 'uhyper'],
        ['allocation', 'uhyper'],
      ],
    },
    remote_node_get_sev_info_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_connect_list_all_nwfilter_bindings_ret: {
      struct: [
        ['bindings', { array: { ref: 'nwfilterBinding' } }],
        ['ret', 'uint'],
      ],
    },
    remote_network_list_all_ports_ret: {
      struct: [
        ['ports', { array: { ref: 'networkPort' } }],
        ['ret', 'uint'],
      ],
    },
    remote_network_port_get_parameters_ret: {
      struct: [
        ['params', { array: { ref: 'typedParam' } }],
        ['nparams', 'int'],
      ],
    },
    remote_domain_list_all_checkpoints_ret: {
      struct: [
        ['checkpoints', { array: { ref: 'domainCheckpoint' } }],
        ['ret', 'int'],
      ],
    },
    remote_domain_checkpoint_list_all_children_ret: {
      struct: [
        ['checkpoints', { array: { ref: 'domainCheckpoint' } }],
        ['ret', 'int'],
      ],
    },
  },
  calls: {
    connectOpen: { proc: 1, args: [{ optional: 'string' }, 'uint'], ret: 'void' },
    connectClose: { proc: 2, args: [], ret: 'void' },
    connectGetType: { proc: 3, args: [], ret: 'string' },
    connectGetVersion: { proc: 4, args: [], ret: 'uhyper' },
    connectGetMaxVcpus: { proc: 5, args: [{ optional: 'string' }], ret: 'int' },
    nodeGetInfo: { proc: 6, args: [], ret: { ref: 'remote_node_get_info_ret' } },
    connectGetCapabilities: { proc: 7, args: [], ret: 'string' },
    domainAttachDevice: { proc: 8, args: [{ ref: 'domain' }, 'string'], ret: 'void' },
    domainCreate: { proc: 9, args: [{ ref: 'domain' }], ret: 'void' },
    domainCreateXML: { proc: 10, args: ['string', 'uint'], ret: { ref: 'domain' } },
    domainDefineXML: { proc: 11, args: ['string'], ret: { ref: 'domain' } },
    domainDestroy: { proc: 12, args: [{ ref: 'domain' }], ret: 'void' },
    domainDetachDevice: { proc: 13, args: [{ ref: 'domain' }, 'string'], ret: 'void' },
    domainGetXMLDesc: { proc: 14, args: [{ ref: 'domain' }, 'uint'], ret: 'string' },
    domainGetAutostart: { proc: 15, args: [{ ref: 'domain' }], ret: 'int' },
    domainGetInfo: {
      proc: 16,
      args: [{ ref: 'domain' }],
      ret: { ref: 'remote_domain_get_info_ret' },
    },
    domainGetMaxMemory: { proc: 17, args: [{ ref: 'domain' }], ret: 'uhyper' },
    domainGetMaxVcpus: { proc: 18, args: [{ ref: 'domain' }], ret: 'int' },
    domainGetOSType: { proc: 19, args: [{ ref: 'domain' }], ret: 'string' },
    domainGetVcpus: {
      proc: 20,
      args: [{ ref: 'domain' }, 'int', 'int'],
      ret: { ref: 'remote_domain_get_vcpus_ret' },
    },
    connectListDefinedDomains: { proc: 21, args: ['int'], ret: { array: 'string' } },
    domainLookupByID: { proc: 22, args: ['int'], ret: { ref: 'domain' } },
    domainLookupByName: { proc: 23, args: ['string'], ret: { ref: 'domain' } },
    domainLookupByUUID: { proc: 24, args: [{ ref: 'uuid' }], ret: { ref: 'domain' } },
    connectNumOfDefinedDomains: { proc: 25, args: [], ret: 'int' },
    domainPinVcpu: { proc: 26, args: [{ ref: 'domain' }, 'uint', { opaque: 'var' }], ret: 'void' },
    domainReboot: { proc: 27, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainResume: { proc: 28, args: [{ ref: 'domain' }], ret: 'void' },
    domainSetAutostart: { proc: 29, args: [{ ref: 'domain' }, 'int'], ret: 'void' },
    domainSetMaxMemory: { proc: 30, args: [{ ref: 'domain' }, 'uhyper'], ret: 'void' },
    domainSetMemory: { proc: 31, args: [{ ref: 'domain' }, 'uhyper'], ret: 'void' },
    domainSetVcpus: { proc: 32, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainShutdown: { proc: 33, args: [{ ref: 'domain' }], ret: 'void' },
    domainSuspend: { proc: 34, args: [{ ref: 'domain' }], ret: 'void' },
    domainUndefine: { proc: 35, args: [{ ref: 'domain' }], ret: 'void' },
    connectListDefinedNetworks: { proc: 36, args: ['int'], ret: { array: 'string' } },
    connectListDomains: { proc: 37, args: ['int'], ret: { array: 'int' } },
    connectListNetworks: { proc: 38, args: ['int'], ret: { array: 'string' } },
    networkCreate: { proc: 39, args: [{ ref: 'network' }], ret: 'void' },
    networkCreateXML: { proc: 40, args: ['string'], ret: { ref: 'network' } },
    networkDefineXML: { proc: 41, args: ['string'], ret: { ref: 'network' } },
    networkDestroy: { proc: 42, args: [{ ref: 'network' }], ret: 'void' },
    networkGetXMLDesc: { proc: 43, args: [{ ref: 'network' }, 'uint'], ret: 'string' },
    networkGetAutostart: { proc: 44, args: [{ ref: 'network' }], ret: 'int' },
    networkGetBridgeName: { proc: 45, args: [{ ref: 'network' }], ret: 'string' },
    networkLookupByName: { proc: 46, args: ['string'], ret: { ref: 'network' } },
    networkLookupByUUID: { proc: 47, args: [{ ref: 'uuid' }], ret: { ref: 'network' } },
    networkSetAutostart: { proc: 48, args: [{ ref: 'network' }, 'int'], ret: 'void' },
    networkUndefine: { proc: 49, args: [{ ref: 'network' }], ret: 'void' },
    connectNumOfDefinedNetworks: { proc: 50, args: [], ret: 'int' },
    connectNumOfDomains: { proc: 51, args: [], ret: 'int' },
    connectNumOfNetworks: { proc: 52, args: [], ret: 'int' },
    domainCoreDump: { proc: 53, args: [{ ref: 'domain' }, 'string', 'uint'], ret: 'void' },
    domainRestore: { proc: 54, args: ['string'], ret: 'void' },
    domainSave: { proc: 55, args: [{ ref: 'domain' }, 'string'], ret: 'void' },
    domainGetSchedulerType: {
      proc: 56,
      args: [{ ref: 'domain' }],
      ret: { ref: 'remote_domain_get_scheduler_type_ret' },
    },
    domainGetSchedulerParameters: {
      proc: 57,
      args: [{ ref: 'domain' }, 'int'],
      ret: { array: { ref: 'typedParam' } },
    },
    domainSetSchedulerParameters: {
      proc: 58,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }],
      ret: 'void',
    },
    connectGetHostname: { proc: 59, args: [], ret: 'string' },
    connectSupportsFeature: { proc: 60, args: ['int'], ret: 'int' },
    domainMigratePrepare: {
      proc: 61,
      args: [{ optional: 'string' }, 'uhyper', { optional: 'string' }, 'uhyper'],
      ret: { ref: 'remote_domain_migrate_prepare_ret' },
    },
    domainMigratePerform: {
      proc: 62,
      args: [
        { ref: 'domain' },
        { opaque: 'var' },
        'string',
        'uhyper',
        { optional: 'string' },
        'uhyper',
      ],
      ret: 'void',
    },
    domainMigrateFinish: {
      proc: 63,
      args: ['string', { opaque: 'var' }, 'string', 'uhyper'],
      ret: { ref: 'domain' },
    },
    domainBlockStats: {
      proc: 64,
      args: [{ ref: 'domain' }, 'string'],
      ret: { ref: 'remote_domain_block_stats_ret' },
    },
    domainInterfaceStats: {
      proc: 65,
      args: [{ ref: 'domain' }, 'string'],
      ret: { ref: 'remote_domain_interface_stats_ret' },
    },
    authList: { proc: 66, args: [], ret: { array: 'int' } },
    authSASLInit: { proc: 67, args: [], ret: 'string' },
    authSASLStart: {
      proc: 68,
      args: ['string', 'int', { charString: 65536 }],
      ret: { ref: 'remote_auth_sasl_start_ret' },
    },
    authSASLStep: {
      proc: 69,
      args: ['int', { charString: 65536 }],
      ret: { ref: 'remote_auth_sasl_step_ret' },
    },
    authPolkit: { proc: 70, args: [], ret: 'int' },
    connectNumOfStoragePools: { proc: 71, args: [], ret: 'int' },
    connectListStoragePools: { proc: 72, args: ['int'], ret: { array: 'string' } },
    connectNumOfDefinedStoragePools: { proc: 73, args: [], ret: 'int' },
    connectListDefinedStoragePools: { proc: 74, args: ['int'], ret: { array: 'string' } },
    connectFindStoragePoolSources: {
      proc: 75,
      args: ['string', { optional: 'string' }, 'uint'],
      ret: 'string',
    },
    storagePoolCreateXML: { proc: 76, args: ['string', 'uint'], ret: { ref: 'storagePool' } },
    storagePoolDefineXML: { proc: 77, args: ['string', 'uint'], ret: { ref: 'storagePool' } },
    storagePoolCreate: { proc: 78, args: [{ ref: 'storagePool' }, 'uint'], ret: 'void' },
    storagePoolBuild: { proc: 79, args: [{ ref: 'storagePool' }, 'uint'], ret: 'void' },
    storagePoolDestroy: { proc: 80, args: [{ ref: 'storagePool' }], ret: 'void' },
    storagePoolDelete: { proc: 81, args: [{ ref: 'storagePool' }, 'uint'], ret: 'void' },
    storagePoolUndefine: { proc: 82, args: [{ ref: 'storagePool' }], ret: 'void' },
    storagePoolRefresh: { proc: 83, args: [{ ref: 'storagePool' }, 'uint'], ret: 'void' },
    storagePoolLookupByName: { proc: 84, args: ['string'], ret: { ref: 'storagePool' } },
    storagePoolLookupByUUID: { proc: 85, args: [{ ref: 'uuid' }], ret: { ref: 'storagePool' } },
    storagePoolLookupByVolume: {
      proc: 86,
      args: [{ ref: 'storageVol' }],
      ret: { ref: 'storagePool' },
    },
    storagePoolGetInfo: {
      proc: 87,
      args: [{ ref: 'storagePool' }],
      ret: { ref: 'remote_storage_pool_get_info_ret' },
    },
    storagePoolGetXMLDesc: { proc: 88, args: [{ ref: 'storagePool' }, 'uint'], ret: 'string' },
    storagePoolGetAutostart: { proc: 89, args: [{ ref: 'storagePool' }], ret: 'int' },
    storagePoolSetAutostart: { proc: 90, args: [{ ref: 'storagePool' }, 'int'], ret: 'void' },
    storagePoolNumOfVolumes: { proc: 91, args: [{ ref: 'storagePool' }], ret: 'int' },
    storagePoolListVolumes: {
      proc: 92,
      args: [{ ref: 'storagePool' }, 'int'],
      ret: { array: 'string' },
    },
    storageVolCreateXML: {
      proc: 93,
      args: [{ ref: 'storagePool' }, 'string', 'uint'],
      ret: { ref: 'storageVol' },
    },
    storageVolDelete: { proc: 94, args: [{ ref: 'storageVol' }, 'uint'], ret: 'void' },
    storageVolLookupByName: {
      proc: 95,
      args: [{ ref: 'storagePool' }, 'string'],
      ret: { ref: 'storageVol' },
    },
    storageVolLookupByKey: { proc: 96, args: ['string'], ret: { ref: 'storageVol' } },
    storageVolLookupByPath: { proc: 97, args: ['string'], ret: { ref: 'storageVol' } },
    storageVolGetInfo: {
      proc: 98,
      args: [{ ref: 'storageVol' }],
      ret: { ref: 'remote_storage_vol_get_info_ret' },
    },
    storageVolGetXMLDesc: { proc: 99, args: [{ ref: 'storageVol' }, 'uint'], ret: 'string' },
    storageVolGetPath: { proc: 100, args: [{ ref: 'storageVol' }], ret: 'string' },
    nodeGetCellsFreeMemory: { proc: 101, args: ['int', 'int'], ret: { array: 'uhyper' } },
    nodeGetFreeMemory: { proc: 102, args: [], ret: 'uhyper' },
    domainBlockPeek: {
      proc: 103,
      args: [{ ref: 'domain' }, 'string', 'uhyper', 'uint', 'uint'],
      ret: { opaque: 'var' },
    },
    domainMemoryPeek: {
      proc: 104,
      args: [{ ref: 'domain' }, 'uhyper', 'uint', 'uint'],
      ret: { opaque: 'var' },
    },
    connectDomainEventRegister: { proc: 105, args: [], ret: 'int' },
    connectDomainEventDeregister: { proc: 106, args: [], ret: 'int' },
    domainMigratePrepare2: {
      proc: 108,
      args: [{ optional: 'string' }, 'uhyper', { optional: 'string' }, 'uhyper', 'string'],
      ret: { ref: 'remote_domain_migrate_prepare2_ret' },
    },
    domainMigrateFinish2: {
      proc: 109,
      args: ['string', { opaque: 'var' }, 'string', 'uhyper', 'int'],
      ret: { ref: 'domain' },
    },
    connectGetURI: { proc: 110, args: [], ret: 'string' },
    nodeNumOfDevices: { proc: 111, args: [{ optional: 'string' }, 'uint'], ret: 'int' },
    nodeListDevices: {
      proc: 112,
      args: [{ optional: 'string' }, 'int', 'uint'],
      ret: { array: 'string' },
    },
    nodeDeviceLookupByName: { proc: 113, args: ['string'], ret: { ref: 'nodeDevice' } },
    nodeDeviceGetXMLDesc: { proc: 114, args: ['string', 'uint'], ret: 'string' },
    nodeDeviceGetParent: { proc: 115, args: ['string'], ret: { optional: 'string' } },
    nodeDeviceNumOfCaps: { proc: 116, args: ['string'], ret: 'int' },
    nodeDeviceListCaps: { proc: 117, args: ['string', 'int'], ret: { array: 'string' } },
    nodeDeviceDettach: { proc: 118, args: ['string'], ret: 'void' },
    nodeDeviceReAttach: { proc: 119, args: ['string'], ret: 'void' },
    nodeDeviceReset: { proc: 120, args: ['string'], ret: 'void' },
    domainGetSecurityLabel: {
      proc: 121,
      args: [{ ref: 'domain' }],
      ret: { ref: 'remote_domain_get_security_label_ret' },
    },
    nodeGetSecurityModel: {
      proc: 122,
      args: [],
      ret: { ref: 'remote_node_get_security_model_ret' },
    },
    nodeDeviceCreateXML: { proc: 123, args: ['string', 'uint'], ret: { ref: 'nodeDevice' } },
    nodeDeviceDestroy: { proc: 124, args: ['string'], ret: 'void' },
    storageVolCreateXMLFrom: {
      proc: 125,
      args: [{ ref: 'storagePool' }, 'string', { ref: 'storageVol' }, 'uint'],
      ret: { ref: 'storageVol' },
    },
    connectNumOfInterfaces: { proc: 126, args: [], ret: 'int' },
    connectListInterfaces: { proc: 127, args: ['int'], ret: { array: 'string' } },
    interfaceLookupByName: { proc: 128, args: ['string'], ret: { ref: 'iface' } },
    interfaceLookupByMACString: { proc: 129, args: ['string'], ret: { ref: 'iface' } },
    interfaceGetXMLDesc: { proc: 130, args: [{ ref: 'iface' }, 'uint'], ret: 'string' },
    interfaceDefineXML: { proc: 131, args: ['string', 'uint'], ret: { ref: 'iface' } },
    interfaceUndefine: { proc: 132, args: [{ ref: 'iface' }], ret: 'void' },
    interfaceCreate: { proc: 133, args: [{ ref: 'iface' }, 'uint'], ret: 'void' },
    interfaceDestroy: { proc: 134, args: [{ ref: 'iface' }, 'uint'], ret: 'void' },
    connectDomainXMLFromNative: { proc: 135, args: ['string', 'string', 'uint'], ret: 'string' },
    connectDomainXMLToNative: { proc: 136, args: ['string', 'string', 'uint'], ret: 'string' },
    connectNumOfDefinedInterfaces: { proc: 137, args: [], ret: 'int' },
    connectListDefinedInterfaces: { proc: 138, args: ['int'], ret: { array: 'string' } },
    connectNumOfSecrets: { proc: 139, args: [], ret: 'int' },
    connectListSecrets: { proc: 140, args: ['int'], ret: { array: 'string' } },
    secretLookupByUUID: { proc: 141, args: [{ ref: 'uuid' }], ret: { ref: 'secret' } },
    secretDefineXML: { proc: 142, args: ['string', 'uint'], ret: { ref: 'secret' } },
    secretGetXMLDesc: { proc: 143, args: [{ ref: 'secret' }, 'uint'], ret: 'string' },
    secretSetValue: {
      proc: 144,
      args: [{ ref: 'secret' }, { opaque: 'var' }, 'uint'],
      ret: 'void',
    },
    secretGetValue: { proc: 145, args: [{ ref: 'secret' }, 'uint'], ret: { opaque: 'var' } },
    secretUndefine: { proc: 146, args: [{ ref: 'secret' }], ret: 'void' },
    secretLookupByUsage: { proc: 147, args: ['int', 'string'], ret: { ref: 'secret' } },
    domainMigratePrepareTunnel: {
      proc: 148,
      args: ['uhyper', { optional: 'string' }, 'uhyper', 'string'],
      ret: 'void',
      stream: 'write',
    },
    connectIsSecure: { proc: 149, args: [], ret: 'int' },
    domainIsActive: { proc: 150, args: [{ ref: 'domain' }], ret: 'int' },
    domainIsPersistent: { proc: 151, args: [{ ref: 'domain' }], ret: 'int' },
    networkIsActive: { proc: 152, args: [{ ref: 'network' }], ret: 'int' },
    networkIsPersistent: { proc: 153, args: [{ ref: 'network' }], ret: 'int' },
    storagePoolIsActive: { proc: 154, args: [{ ref: 'storagePool' }], ret: 'int' },
    storagePoolIsPersistent: { proc: 155, args: [{ ref: 'storagePool' }], ret: 'int' },
    interfaceIsActive: { proc: 156, args: [{ ref: 'iface' }], ret: 'int' },
    connectGetLibVersion: { proc: 157, args: [], ret: 'uhyper' },
    connectCompareCPU: { proc: 158, args: ['string', 'uint'], ret: 'int' },
    domainMemoryStats: {
      proc: 159,
      args: [{ ref: 'domain' }, 'uint', 'uint'],
      ret: { array: { ref: 'domainMemoryStat' } },
    },
    domainAttachDeviceFlags: {
      proc: 160,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: 'void',
    },
    domainDetachDeviceFlags: {
      proc: 161,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: 'void',
    },
    connectBaselineCPU: { proc: 162, args: [{ array: 'string' }, 'uint'], ret: 'string' },
    domainGetJobInfo: {
      proc: 163,
      args: [{ ref: 'domain' }],
      ret: { ref: 'remote_domain_get_job_info_ret' },
    },
    domainAbortJob: { proc: 164, args: [{ ref: 'domain' }], ret: 'void' },
    storageVolWipe: { proc: 165, args: [{ ref: 'storageVol' }, 'uint'], ret: 'void' },
    domainMigrateSetMaxDowntime: {
      proc: 166,
      args: [{ ref: 'domain' }, 'uhyper', 'uint'],
      ret: 'void',
    },
    connectDomainEventRegisterAny: { proc: 167, args: ['int'], ret: 'void' },
    connectDomainEventDeregisterAny: { proc: 168, args: ['int'], ret: 'void' },
    domainUpdateDeviceFlags: {
      proc: 174,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: 'void',
    },
    nwFilterLookupByName: { proc: 175, args: ['string'], ret: { ref: 'nwfilter' } },
    nwFilterLookupByUUID: { proc: 176, args: [{ ref: 'uuid' }], ret: { ref: 'nwfilter' } },
    nwFilterGetXMLDesc: { proc: 177, args: [{ ref: 'nwfilter' }, 'uint'], ret: 'string' },
    connectNumOfNWFilters: { proc: 178, args: [], ret: 'int' },
    connectListNWFilters: { proc: 179, args: ['int'], ret: { array: 'string' } },
    nwFilterDefineXML: { proc: 180, args: ['string'], ret: { ref: 'nwfilter' } },
    nwFilterUndefine: { proc: 181, args: [{ ref: 'nwfilter' }], ret: 'void' },
    domainManagedSave: { proc: 182, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainHasManagedSaveImage: { proc: 183, args: [{ ref: 'domain' }, 'uint'], ret: 'int' },
    domainManagedSaveRemove: { proc: 184, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainSnapshotCreateXML: {
      proc: 185,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'domainSnapshot' },
    },
    domainSnapshotGetXMLDesc: {
      proc: 186,
      args: [{ ref: 'domainSnapshot' }, 'uint'],
      ret: 'string',
    },
    domainSnapshotNum: { proc: 187, args: [{ ref: 'domain' }, 'uint'], ret: 'int' },
    domainSnapshotListNames: {
      proc: 188,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { array: 'string' },
    },
    domainSnapshotLookupByName: {
      proc: 189,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'domainSnapshot' },
    },
    domainHasCurrentSnapshot: { proc: 190, args: [{ ref: 'domain' }, 'uint'], ret: 'int' },
    domainSnapshotCurrent: {
      proc: 191,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'domainSnapshot' },
    },
    domainRevertToSnapshot: { proc: 192, args: [{ ref: 'domainSnapshot' }, 'uint'], ret: 'void' },
    domainSnapshotDelete: { proc: 193, args: [{ ref: 'domainSnapshot' }, 'uint'], ret: 'void' },
    domainGetBlockInfo: {
      proc: 194,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'remote_domain_get_block_info_ret' },
    },
    domainCreateWithFlags: { proc: 196, args: [{ ref: 'domain' }, 'uint'], ret: { ref: 'domain' } },
    domainSetMemoryParameters: {
      proc: 197,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainGetMemoryParameters: {
      proc: 198,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_get_memory_parameters_ret' },
    },
    domainSetVcpusFlags: { proc: 199, args: [{ ref: 'domain' }, 'uint', 'uint'], ret: 'void' },
    domainGetVcpusFlags: { proc: 200, args: [{ ref: 'domain' }, 'uint'], ret: 'int' },
    domainOpenConsole: {
      proc: 201,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uint'],
      ret: 'void',
      stream: 'both',
    },
    domainIsUpdated: { proc: 202, args: [{ ref: 'domain' }], ret: 'int' },
    connectGetSysinfo: { proc: 203, args: ['uint'], ret: 'string' },
    domainSetMemoryFlags: { proc: 204, args: [{ ref: 'domain' }, 'uhyper', 'uint'], ret: 'void' },
    domainSetBlkioParameters: {
      proc: 205,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainGetBlkioParameters: {
      proc: 206,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_get_blkio_parameters_ret' },
    },
    domainMigrateSetMaxSpeed: {
      proc: 207,
      args: [{ ref: 'domain' }, 'uhyper', 'uint'],
      ret: 'void',
    },
    storageVolUpload: {
      proc: 208,
      args: [{ ref: 'storageVol' }, 'uhyper', 'uhyper', 'uint'],
      ret: 'void',
      stream: 'write',
    },
    storageVolDownload: {
      proc: 209,
      args: [{ ref: 'storageVol' }, 'uhyper', 'uhyper', 'uint'],
      ret: 'void',
      stream: 'read',
    },
    domainInjectNMI: { proc: 210, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainScreenshot: {
      proc: 211,
      args: [{ ref: 'domain' }, 'uint', 'uint'],
      ret: { optional: 'string' },
      stream: 'read',
    },
    domainGetState: {
      proc: 212,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_state_ret' },
    },
    domainMigrateBegin3: {
      proc: 213,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uhyper', { optional: 'string' }, 'uhyper'],
      ret: { ref: 'remote_domain_migrate_begin3_ret' },
    },
    domainMigratePrepare3: {
      proc: 214,
      args: [
        { opaque: 'var' },
        { optional: 'string' },
        'uhyper',
        { optional: 'string' },
        'uhyper',
        'string',
      ],
      ret: { ref: 'remote_domain_migrate_prepare3_ret' },
    },
    domainMigratePrepareTunnel3: {
      proc: 215,
      args: [{ opaque: 'var' }, 'uhyper', { optional: 'string' }, 'uhyper', 'string'],
      ret: { opaque: 'var' },
      stream: 'write',
    },
    domainMigratePerform3: {
      proc: 216,
      args: [
        { ref: 'domain' },
        { optional: 'string' },
        { opaque: 'var' },
        { optional: 'string' },
        { optional: 'string' },
        'uhyper',
        { optional: 'string' },
        'uhyper',
      ],
      ret: { opaque: 'var' },
    },
    domainMigrateFinish3: {
      proc: 217,
      args: [
        'string',
        { opaque: 'var' },
        { optional: 'string' },
        { optional: 'string' },
        'uhyper',
        'int',
      ],
      ret: { ref: 'remote_domain_migrate_finish3_ret' },
    },
    domainMigrateConfirm3: {
      proc: 218,
      args: [{ ref: 'domain' }, { opaque: 'var' }, 'uhyper', 'int'],
      ret: 'void',
    },
    domainSetSchedulerParametersFlags: {
      proc: 219,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    interfaceChangeBegin: { proc: 220, args: ['uint'], ret: 'void' },
    interfaceChangeCommit: { proc: 221, args: ['uint'], ret: 'void' },
    interfaceChangeRollback: { proc: 222, args: ['uint'], ret: 'void' },
    domainGetSchedulerParametersFlags: {
      proc: 223,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { array: { ref: 'typedParam' } },
    },
    domainPinVcpuFlags: {
      proc: 225,
      args: [{ ref: 'domain' }, 'uint', { opaque: 'var' }, 'uint'],
      ret: 'void',
    },
    domainSendKey: {
      proc: 226,
      args: [{ ref: 'domain' }, 'uint', 'uint', { array: 'uint' }, 'uint'],
      ret: 'void',
    },
    nodeGetCPUStats: {
      proc: 227,
      args: ['int', 'int', 'uint'],
      ret: { ref: 'remote_node_get_cpu_stats_ret' },
    },
    nodeGetMemoryStats: {
      proc: 228,
      args: ['int', 'int', 'uint'],
      ret: { ref: 'remote_node_get_memory_stats_ret' },
    },
    domainGetControlInfo: {
      proc: 229,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_control_info_ret' },
    },
    domainGetVcpuPinInfo: {
      proc: 230,
      args: [{ ref: 'domain' }, 'int', 'int', 'uint'],
      ret: { ref: 'remote_domain_get_vcpu_pin_info_ret' },
    },
    domainUndefineFlags: { proc: 231, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainSaveFlags: {
      proc: 232,
      args: [{ ref: 'domain' }, 'string', { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainRestoreFlags: {
      proc: 233,
      args: ['string', { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainDestroyFlags: { proc: 234, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainSaveImageGetXMLDesc: { proc: 235, args: ['string', 'uint'], ret: 'string' },
    domainSaveImageDefineXML: { proc: 236, args: ['string', 'string', 'uint'], ret: 'void' },
    domainBlockJobAbort: { proc: 237, args: [{ ref: 'domain' }, 'string', 'uint'], ret: 'void' },
    domainGetBlockJobInfo: {
      proc: 238,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'remote_domain_get_block_job_info_ret' },
    },
    domainBlockJobSetSpeed: {
      proc: 239,
      args: [{ ref: 'domain' }, 'string', 'uhyper', 'uint'],
      ret: 'void',
    },
    domainBlockPull: {
      proc: 240,
      args: [{ ref: 'domain' }, 'string', 'uhyper', 'uint'],
      ret: 'void',
    },
    domainMigrateGetMaxSpeed: { proc: 242, args: [{ ref: 'domain' }, 'uint'], ret: 'uhyper' },
    domainBlockStatsFlags: {
      proc: 243,
      args: [{ ref: 'domain' }, 'string', 'int', 'uint'],
      ret: { ref: 'remote_domain_block_stats_flags_ret' },
    },
    domainSnapshotGetParent: {
      proc: 244,
      args: [{ ref: 'domainSnapshot' }, 'uint'],
      ret: { ref: 'domainSnapshot' },
    },
    domainReset: { proc: 245, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainSnapshotNumChildren: { proc: 246, args: [{ ref: 'domainSnapshot' }, 'uint'], ret: 'int' },
    domainSnapshotListChildrenNames: {
      proc: 247,
      args: [{ ref: 'domainSnapshot' }, 'int', 'uint'],
      ret: { array: 'string' },
    },
    domainOpenGraphics: { proc: 249, args: [{ ref: 'domain' }, 'uint', 'uint'], ret: 'void' },
    nodeSuspendForDuration: { proc: 250, args: ['uint', 'uhyper', 'uint'], ret: 'void' },
    domainBlockResize: {
      proc: 251,
      args: [{ ref: 'domain' }, 'string', 'uhyper', 'uint'],
      ret: 'void',
    },
    domainSetBlockIoTune: {
      proc: 252,
      args: [{ ref: 'domain' }, 'string', { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainGetBlockIoTune: {
      proc: 253,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_get_block_io_tune_ret' },
    },
    domainSetNumaParameters: {
      proc: 254,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainGetNumaParameters: {
      proc: 255,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_get_numa_parameters_ret' },
    },
    domainSetInterfaceParameters: {
      proc: 256,
      args: [{ ref: 'domain' }, 'string', { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainGetInterfaceParameters: {
      proc: 257,
      args: [{ ref: 'domain' }, 'string', 'int', 'uint'],
      ret: { ref: 'remote_domain_get_interface_parameters_ret' },
    },
    domainShutdownFlags: { proc: 258, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    storageVolWipePattern: {
      proc: 259,
      args: [{ ref: 'storageVol' }, 'uint', 'uint'],
      ret: 'void',
    },
    storageVolResize: { proc: 260, args: [{ ref: 'storageVol' }, 'uhyper', 'uint'], ret: 'void' },
    domainPMSuspendForDuration: {
      proc: 261,
      args: [{ ref: 'domain' }, 'uint', 'uhyper', 'uint'],
      ret: 'void',
    },
    domainGetCPUStats: {
      proc: 262,
      args: [{ ref: 'domain' }, 'uint', 'int', 'uint', 'uint'],
      ret: { ref: 'remote_domain_get_cpu_stats_ret' },
    },
    domainGetDiskErrors: {
      proc: 263,
      args: [{ ref: 'domain' }, 'uint', 'uint'],
      ret: { ref: 'remote_domain_get_disk_errors_ret' },
    },
    domainSetMetadata: {
      proc: 264,
      args: [
        { ref: 'domain' },
        'int',
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        'uint',
      ],
      ret: 'void',
    },
    domainGetMetadata: {
      proc: 265,
      args: [{ ref: 'domain' }, 'int', { optional: 'string' }, 'uint'],
      ret: 'string',
    },
    domainBlockRebase: {
      proc: 266,
      args: [{ ref: 'domain' }, 'string', { optional: 'string' }, 'uhyper', 'uint'],
      ret: 'void',
    },
    domainPMWakeup: { proc: 267, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainSnapshotIsCurrent: { proc: 271, args: [{ ref: 'domainSnapshot' }, 'uint'], ret: 'int' },
    domainSnapshotHasMetadata: { proc: 272, args: [{ ref: 'domainSnapshot' }, 'uint'], ret: 'int' },
    connectListAllDomains: {
      proc: 273,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_domains_ret' },
      fixedArgs: { '0': 1 },
    },
    domainListAllSnapshots: {
      proc: 274,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_list_all_snapshots_ret' },
      fixedArgs: { '1': 1 },
    },
    domainSnapshotListAllChildren: {
      proc: 275,
      args: [{ ref: 'domainSnapshot' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_snapshot_list_all_children_ret' },
      fixedArgs: { '1': 1 },
    },
    domainGetHostname: { proc: 277, args: [{ ref: 'domain' }, 'uint'], ret: 'string' },
    domainGetSecurityLabelList: {
      proc: 278,
      args: [{ ref: 'domain' }],
      ret: { ref: 'remote_domain_get_security_label_list_ret' },
    },
    domainPinEmulator: {
      proc: 279,
      args: [{ ref: 'domain' }, { opaque: 'var' }, 'uint'],
      ret: 'void',
    },
    domainGetEmulatorPinInfo: {
      proc: 280,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_get_emulator_pin_info_ret' },
    },
    connectListAllStoragePools: {
      proc: 281,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_storage_pools_ret' },
      fixedArgs: { '0': 1 },
    },
    storagePoolListAllVolumes: {
      proc: 282,
      args: [{ ref: 'storagePool' }, 'int', 'uint'],
      ret: { ref: 'remote_storage_pool_list_all_volumes_ret' },
      fixedArgs: { '1': 1 },
    },
    connectListAllNetworks: {
      proc: 283,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_networks_ret' },
      fixedArgs: { '0': 1 },
    },
    connectListAllInterfaces: {
      proc: 284,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_interfaces_ret' },
      fixedArgs: { '0': 1 },
    },
    connectListAllNodeDevices: {
      proc: 285,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_node_devices_ret' },
      fixedArgs: { '0': 1 },
    },
    connectListAllNWFilters: {
      proc: 286,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_nwfilters_ret' },
      fixedArgs: { '0': 1 },
    },
    connectListAllSecrets: {
      proc: 287,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_secrets_ret' },
      fixedArgs: { '0': 1 },
    },
    nodeSetMemoryParameters: {
      proc: 288,
      args: [{ array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    nodeGetMemoryParameters: {
      proc: 289,
      args: ['int', 'uint'],
      ret: { ref: 'remote_node_get_memory_parameters_ret' },
    },
    domainBlockCommit: {
      proc: 290,
      args: [
        { ref: 'domain' },
        'string',
        { optional: 'string' },
        { optional: 'string' },
        'uhyper',
        'uint',
      ],
      ret: 'void',
    },
    networkUpdate: {
      proc: 291,
      args: [{ ref: 'network' }, 'uint', 'uint', 'int', 'string', 'uint'],
      ret: 'void',
    },
    nodeGetCPUMap: {
      proc: 293,
      args: ['int', 'int', 'uint'],
      ret: { ref: 'remote_node_get_cpu_map_ret' },
    },
    domainFSTrim: {
      proc: 294,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uhyper', 'uint'],
      ret: 'void',
    },
    domainSendProcessSignal: {
      proc: 295,
      args: [{ ref: 'domain' }, 'hyper', 'uint', 'uint'],
      ret: 'void',
    },
    domainOpenChannel: {
      proc: 296,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uint'],
      ret: 'void',
      stream: 'both',
    },
    nodeDeviceLookupSCSIHostByWWN: {
      proc: 297,
      args: ['string', 'string', 'uint'],
      ret: { ref: 'nodeDevice' },
    },
    domainGetJobStats: {
      proc: 298,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_job_stats_ret' },
    },
    domainMigrateGetCompressionCache: {
      proc: 299,
      args: [{ ref: 'domain' }, 'uint'],
      ret: 'uhyper',
    },
    domainMigrateSetCompressionCache: {
      proc: 300,
      args: [{ ref: 'domain' }, 'uhyper', 'uint'],
      ret: 'void',
    },
    nodeDeviceDetachFlags: {
      proc: 301,
      args: ['string', { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainMigrateBegin3Params: {
      proc: 302,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: { ref: 'remote_domain_migrate_begin3_params_ret' },
    },
    domainMigratePrepare3Params: {
      proc: 303,
      args: [{ array: { ref: 'typedParam' } }, { opaque: 'var' }, 'uint'],
      ret: { ref: 'remote_domain_migrate_prepare3_params_ret' },
    },
    domainMigratePrepareTunnel3Params: {
      proc: 304,
      args: [{ array: { ref: 'typedParam' } }, { opaque: 'var' }, 'uint'],
      ret: { opaque: 'var' },
    },
    domainMigratePerform3Params: {
      proc: 305,
      args: [
        { ref: 'domain' },
        { optional: 'string' },
        { array: { ref: 'typedParam' } },
        { opaque: 'var' },
        'uint',
      ],
      ret: { opaque: 'var' },
    },
    domainMigrateFinish3Params: {
      proc: 306,
      args: [{ array: { ref: 'typedParam' } }, { opaque: 'var' }, 'uint', 'int'],
      ret: { ref: 'remote_domain_migrate_finish3_params_ret' },
    },
    domainMigrateConfirm3Params: {
      proc: 307,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, { opaque: 'var' }, 'uint', 'int'],
      ret: 'void',
    },
    domainSetMemoryStatsPeriod: {
      proc: 308,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: 'void',
    },
    domainCreateXMLWithFiles: { proc: 309, args: ['string', 'uint'], ret: { ref: 'domain' } },
    domainCreateWithFiles: { proc: 310, args: [{ ref: 'domain' }, 'uint'], ret: { ref: 'domain' } },
    connectGetCPUModelNames: {
      proc: 312,
      args: ['string', 'int', 'uint'],
      ret: { ref: 'remote_connect_get_cpu_model_names_ret' },
      fixedArgs: { '1': 1 },
    },
    connectNetworkEventRegisterAny: { proc: 313, args: ['int', { ref: 'optNetwork' }], ret: 'int' },
    connectNetworkEventDeregisterAny: { proc: 314, args: ['int'], ret: 'void' },
    connectDomainEventCallbackRegisterAny: {
      proc: 316,
      args: ['int', { ref: 'optDomain' }],
      ret: 'int',
    },
    connectDomainEventCallbackDeregisterAny: { proc: 317, args: ['int'], ret: 'void' },
    domainCoreDumpWithFormat: {
      proc: 334,
      args: [{ ref: 'domain' }, 'string', 'uint', 'uint'],
      ret: 'void',
    },
    domainFSFreeze: {
      proc: 335,
      args: [{ ref: 'domain' }, { array: 'string' }, 'uint'],
      ret: 'int',
    },
    domainFSThaw: { proc: 336, args: [{ ref: 'domain' }, { array: 'string' }, 'uint'], ret: 'int' },
    domainGetTime: {
      proc: 337,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_time_ret' },
    },
    domainSetTime: { proc: 338, args: [{ ref: 'domain' }, 'hyper', 'uint', 'uint'], ret: 'void' },
    nodeGetFreePages: {
      proc: 340,
      args: [{ array: 'uint' }, 'int', 'uint', 'uint'],
      ret: { array: 'uhyper' },
    },
    networkGetDHCPLeases: {
      proc: 341,
      args: [{ ref: 'network' }, { optional: 'string' }, 'int', 'uint'],
      ret: { ref: 'remote_network_get_dhcp_leases_ret' },
      fixedArgs: { '2': 1 },
    },
    connectGetDomainCapabilities: {
      proc: 342,
      args: [
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        'uint',
      ],
      ret: 'string',
    },
    domainOpenGraphicsFD: { proc: 343, args: [{ ref: 'domain' }, 'uint', 'uint'], ret: 'void' },
    connectGetAllDomainStats: {
      proc: 344,
      args: [{ array: { ref: 'domain' } }, 'uint', 'uint'],
      ret: { array: { ref: 'domainStatsRecord' } },
    },
    domainBlockCopy: {
      proc: 345,
      args: [{ ref: 'domain' }, 'string', 'string', { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    nodeAllocPages: {
      proc: 347,
      args: [{ array: 'uint' }, { array: 'uhyper' }, 'int', 'uint', 'uint'],
      ret: 'int',
    },
    domainGetFSInfo: {
      proc: 349,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_fsinfo_ret' },
    },
    domainDefineXMLFlags: { proc: 350, args: ['string', 'uint'], ret: { ref: 'domain' } },
    domainGetIOThreadInfo: {
      proc: 351,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { ref: 'remote_domain_get_iothread_info_ret' },
    },
    domainPinIOThread: {
      proc: 352,
      args: [{ ref: 'domain' }, 'uint', { opaque: 'var' }, 'uint'],
      ret: 'void',
    },
    domainInterfaceAddresses: {
      proc: 353,
      args: [{ ref: 'domain' }, 'uint', 'uint'],
      ret: { array: { ref: 'domainInterface' } },
    },
    domainAddIOThread: { proc: 355, args: [{ ref: 'domain' }, 'uint', 'uint'], ret: 'void' },
    domainDelIOThread: { proc: 356, args: [{ ref: 'domain' }, 'uint', 'uint'], ret: 'void' },
    domainSetUserPassword: {
      proc: 357,
      args: [{ ref: 'domain' }, { optional: 'string' }, { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainRename: {
      proc: 358,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uint'],
      ret: 'int',
    },
    connectRegisterCloseCallback: { proc: 360, args: [], ret: 'void' },
    connectUnregisterCloseCallback: { proc: 361, args: [], ret: 'void' },
    domainMigrateStartPostCopy: { proc: 364, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainGetPerfEvents: {
      proc: 365,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { array: { ref: 'typedParam' } },
    },
    domainSetPerfEvents: {
      proc: 366,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    connectStoragePoolEventRegisterAny: {
      proc: 368,
      args: ['int', { ref: 'optStoragePool' }],
      ret: 'int',
    },
    connectStoragePoolEventDeregisterAny: { proc: 369, args: ['int'], ret: 'void' },
    domainGetGuestVcpus: {
      proc: 371,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { array: { ref: 'typedParam' } },
    },
    domainSetGuestVcpus: {
      proc: 372,
      args: [{ ref: 'domain' }, 'string', 'int', 'uint'],
      ret: 'void',
    },
    connectNodeDeviceEventRegisterAny: {
      proc: 374,
      args: ['int', { ref: 'optNodeDevice' }],
      ret: 'int',
    },
    connectNodeDeviceEventDeregisterAny: { proc: 375, args: ['int'], ret: 'void' },
    storageVolGetInfoFlags: {
      proc: 378,
      args: [{ ref: 'storageVol' }, 'uint'],
      ret: { ref: 'remote_storage_vol_get_info_flags_ret' },
    },
    connectSecretEventRegisterAny: { proc: 380, args: ['int', { ref: 'optSecret' }], ret: 'int' },
    connectSecretEventDeregisterAny: { proc: 381, args: ['int'], ret: 'void' },
    domainSetVcpu: { proc: 384, args: [{ ref: 'domain' }, 'string', 'int', 'uint'], ret: 'void' },
    domainSetBlockThreshold: {
      proc: 386,
      args: [{ ref: 'domain' }, 'string', 'uhyper', 'uint'],
      ret: 'void',
    },
    domainMigrateGetMaxDowntime: { proc: 387, args: [{ ref: 'domain' }, 'uint'], ret: 'uhyper' },
    domainManagedSaveGetXMLDesc: { proc: 388, args: [{ ref: 'domain' }, 'uint'], ret: 'string' },
    domainManagedSaveDefineXML: {
      proc: 389,
      args: [{ ref: 'domain' }, { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainSetLifecycleAction: {
      proc: 390,
      args: [{ ref: 'domain' }, 'uint', 'uint', 'uint'],
      ret: 'void',
    },
    storagePoolLookupByTargetPath: { proc: 391, args: ['string'], ret: { ref: 'storagePool' } },
    domainDetachDeviceAlias: {
      proc: 392,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: 'void',
    },
    connectCompareHypervisorCPU: {
      proc: 393,
      args: [
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        'string',
        'uint',
      ],
      ret: 'int',
    },
    connectBaselineHypervisorCPU: {
      proc: 394,
      args: [
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        { optional: 'string' },
        { array: 'string' },
        'uint',
      ],
      ret: 'string',
    },
    nodeGetSEVInfo: {
      proc: 395,
      args: ['int', 'uint'],
      ret: { ref: 'remote_node_get_sev_info_ret' },
    },
    domainGetLaunchSecurityInfo: {
      proc: 396,
      args: [{ ref: 'domain' }, 'uint'],
      ret: { array: { ref: 'typedParam' } },
    },
    nwFilterBindingLookupByPortDev: {
      proc: 397,
      args: ['string'],
      ret: { ref: 'nwfilterBinding' },
    },
    nwFilterBindingGetXMLDesc: {
      proc: 398,
      args: [{ ref: 'nwfilterBinding' }, 'uint'],
      ret: 'string',
    },
    nwFilterBindingCreateXML: {
      proc: 399,
      args: ['string', 'uint'],
      ret: { ref: 'nwfilterBinding' },
    },
    nwFilterBindingDelete: { proc: 400, args: [{ ref: 'nwfilterBinding' }], ret: 'void' },
    connectListAllNWFilterBindings: {
      proc: 401,
      args: ['int', 'uint'],
      ret: { ref: 'remote_connect_list_all_nwfilter_bindings_ret' },
      fixedArgs: { '0': 1 },
    },
    domainSetIOThreadParams: {
      proc: 402,
      args: [{ ref: 'domain' }, 'uint', { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    connectGetStoragePoolCapabilities: { proc: 403, args: ['uint'], ret: 'string' },
    networkListAllPorts: {
      proc: 404,
      args: [{ ref: 'network' }, 'int', 'uint'],
      ret: { ref: 'remote_network_list_all_ports_ret' },
      fixedArgs: { '1': 1 },
    },
    networkPortLookupByUUID: {
      proc: 405,
      args: [{ ref: 'network' }, { ref: 'uuid' }],
      ret: { ref: 'networkPort' },
    },
    networkPortCreateXML: {
      proc: 406,
      args: [{ ref: 'network' }, 'string', 'uint'],
      ret: { ref: 'networkPort' },
    },
    networkPortGetParameters: {
      proc: 407,
      args: [{ ref: 'networkPort' }, 'int', 'uint'],
      ret: { ref: 'remote_network_port_get_parameters_ret' },
    },
    networkPortSetParameters: {
      proc: 408,
      args: [{ ref: 'networkPort' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    networkPortGetXMLDesc: { proc: 409, args: [{ ref: 'networkPort' }, 'uint'], ret: 'string' },
    networkPortDelete: { proc: 410, args: [{ ref: 'networkPort' }, 'uint'], ret: 'void' },
    domainCheckpointCreateXML: {
      proc: 411,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'domainCheckpoint' },
    },
    domainCheckpointGetXMLDesc: {
      proc: 412,
      args: [{ ref: 'domainCheckpoint' }, 'uint'],
      ret: 'string',
    },
    domainListAllCheckpoints: {
      proc: 413,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_list_all_checkpoints_ret' },
      fixedArgs: { '1': 1 },
    },
    domainCheckpointListAllChildren: {
      proc: 414,
      args: [{ ref: 'domainCheckpoint' }, 'int', 'uint'],
      ret: { ref: 'remote_domain_checkpoint_list_all_children_ret' },
      fixedArgs: { '1': 1 },
    },
    domainCheckpointLookupByName: {
      proc: 415,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { ref: 'domainCheckpoint' },
    },
    domainCheckpointGetParent: {
      proc: 416,
      args: [{ ref: 'domainCheckpoint' }, 'uint'],
      ret: { ref: 'domainCheckpoint' },
    },
    domainCheckpointDelete: { proc: 417, args: [{ ref: 'domainCheckpoint' }, 'uint'], ret: 'void' },
    domainGetGuestInfo: {
      proc: 418,
      args: [{ ref: 'domain' }, 'uint', 'uint'],
      ret: { array: { ref: 'typedParam' } },
    },
    connectSetIdentity: {
      proc: 419,
      args: [{ array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainAgentSetResponseTimeout: {
      proc: 420,
      args: [{ ref: 'domain' }, 'int', 'uint'],
      ret: 'int',
    },
    domainBackupBegin: {
      proc: 421,
      args: [{ ref: 'domain' }, 'string', { optional: 'string' }, 'uint'],
      ret: 'void',
    },
    domainBackupGetXMLDesc: { proc: 422, args: [{ ref: 'domain' }, 'uint'], ret: 'string' },
    domainAuthorizedSSHKeysGet: {
      proc: 424,
      args: [{ ref: 'domain' }, 'string', 'uint'],
      ret: { array: 'string' },
    },
    domainAuthorizedSSHKeysSet: {
      proc: 425,
      args: [{ ref: 'domain' }, 'string', { array: 'string' }, 'uint'],
      ret: 'void',
    },
    domainGetMessages: { proc: 426, args: [{ ref: 'domain' }, 'uint'], ret: { array: 'string' } },
    domainStartDirtyRateCalc: { proc: 427, args: [{ ref: 'domain' }, 'int', 'uint'], ret: 'void' },
    nodeDeviceDefineXML: { proc: 428, args: ['string', 'uint'], ret: { ref: 'nodeDevice' } },
    nodeDeviceUndefine: { proc: 429, args: ['string', 'uint'], ret: 'void' },
    nodeDeviceCreate: { proc: 430, args: ['string', 'uint'], ret: 'void' },
    nwFilterDefineXMLFlags: { proc: 431, args: ['string', 'uint'], ret: { ref: 'nwfilter' } },
    networkDefineXMLFlags: { proc: 432, args: ['string', 'uint'], ret: { ref: 'network' } },
    nodeDeviceGetAutostart: { proc: 433, args: ['string'], ret: 'int' },
    nodeDeviceSetAutostart: { proc: 434, args: ['string', 'int'], ret: 'void' },
    nodeDeviceIsPersistent: { proc: 435, args: ['string'], ret: 'int' },
    nodeDeviceIsActive: { proc: 436, args: ['string'], ret: 'int' },
    networkCreateXMLFlags: { proc: 437, args: ['string', 'uint'], ret: { ref: 'network' } },
    domainSetLaunchSecurityState: {
      proc: 439,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainSaveParams: {
      proc: 440,
      args: [{ ref: 'domain' }, { array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainRestoreParams: {
      proc: 441,
      args: [{ array: { ref: 'typedParam' } }, 'uint'],
      ret: 'void',
    },
    domainAbortJobFlags: { proc: 442, args: [{ ref: 'domain' }, 'uint'], ret: 'void' },
    domainFDAssociate: { proc: 443, args: [{ ref: 'domain' }, 'string', 'uint'], ret: 'void' },
  },
  messages: {
    domainEventLifecycle: { proc: 107, msg: { ref: 'domainEventLifecycleMsg' } },
    domainEventReboot: { proc: 169, msg: { ref: 'domainEventRebootMsg' } },
    domainEventRtcChange: { proc: 170, msg: { ref: 'domainEventRtcChangeMsg' } },
    domainEventWatchdog: { proc: 171, msg: { ref: 'domainEventWatchdogMsg' } },
    domainEventIoError: { proc: 172, msg: { ref: 'domainEventIoErrorMsg' } },
    domainEventGraphics: { proc: 173, msg: { ref: 'domainEventGraphicsMsg' } },
    domainEventIoErrorReason: { proc: 195, msg: { ref: 'domainEventIoErrorReasonMsg' } },
    domainEventControlError: { proc: 224, msg: { ref: 'domainEventControlErrorMsg' } },
    domainEventBlockJob: { proc: 241, msg: { ref: 'domainEventBlockJobMsg' } },
    domainEventDiskChange: { proc: 248, msg: { ref: 'domainEventDiskChangeMsg' } },
    domainEventTrayChange: { proc: 268, msg: { ref: 'domainEventTrayChangeMsg' } },
    domainEventPmwakeup: { proc: 269, msg: { ref: 'domainEventPmwakeupMsg' } },
    domainEventPmsuspend: { proc: 270, msg: { ref: 'domainEventPmsuspendMsg' } },
    domainEventBalloonChange: { proc: 276, msg: { ref: 'domainEventBalloonChangeMsg' } },
    domainEventPmsuspendDisk: { proc: 292, msg: { ref: 'domainEventPmsuspendDiskMsg' } },
    domainEventDeviceRemoved: { proc: 311, msg: { ref: 'domainEventDeviceRemovedMsg' } },
    networkEventLifecycle: { proc: 315, msg: { ref: 'networkEventLifecycleMsg' } },
    domainEventCallbackLifecycle: { proc: 318, msg: { ref: 'domainEventCallbackLifecycleMsg' } },
    domainEventCallbackReboot: { proc: 319, msg: { ref: 'domainEventCallbackRebootMsg' } },
    domainEventCallbackRtcChange: { proc: 320, msg: { ref: 'domainEventCallbackRtcChangeMsg' } },
    domainEventCallbackWatchdog: { proc: 321, msg: { ref: 'domainEventCallbackWatchdogMsg' } },
    domainEventCallbackIoError: { proc: 322, msg: { ref: 'domainEventCallbackIoErrorMsg' } },
    domainEventCallbackGraphics: { proc: 323, msg: { ref: 'domainEventCallbackGraphicsMsg' } },
    domainEventCallbackIoErrorReason: {
      proc: 324,
      msg: { ref: 'domainEventCallbackIoErrorReasonMsg' },
    },
    domainEventCallbackControlError: {
      proc: 325,
      msg: { ref: 'domainEventCallbackControlErrorMsg' },
    },
    domainEventCallbackBlockJob: { proc: 326, msg: { ref: 'domainEventCallbackBlockJobMsg' } },
    domainEventCallbackDiskChange: { proc: 327, msg: { ref: 'domainEventCallbackDiskChangeMsg' } },
    domainEventCallbackTrayChange: { proc: 328, msg: { ref: 'domainEventCallbackTrayChangeMsg' } },
    domainEventCallbackPmwakeup: { proc: 329, msg: { ref: 'domainEventCallbackPmwakeupMsg' } },
    domainEventCallbackPmsuspend: { proc: 330, msg: { ref: 'domainEventCallbackPmsuspendMsg' } },
    domainEventCallbackBalloonChange: {
      proc: 331,
      msg: { ref: 'domainEventCallbackBalloonChangeMsg' },
    },
    domainEventCallbackPmsuspendDisk: {
      proc: 332,
      msg: { ref: 'domainEventCallbackPmsuspendDiskMsg' },
    },
    domainEventCallbackDeviceRemoved: {
      proc: 333,
      msg: { ref: 'domainEventCallbackDeviceRemovedMsg' },
    },
    domainEventBlockJob2: { proc: 339, msg: { ref: 'domainEventBlockJob2Msg' } },
    domainEventCallbackTunable: { proc: 346, msg: { ref: 'domainEventCallbackTunableMsg' } },
    domainEventCallbackAgentLifecycle: {
      proc: 348,
      msg: { ref: 'domainEventCallbackAgentLifecycleMsg' },
    },
    domainEventCallbackDeviceAdded: {
      proc: 354,
      msg: { ref: 'domainEventCallbackDeviceAddedMsg' },
    },
    domainEventCallbackMigrationIteration: {
      proc: 359,
      msg: { ref: 'domainEventCallbackMigrationIterationMsg' },
    },
    connectEventConnectionClosed: { proc: 362, msg: { ref: 'connectEventConnectionClosedMsg' } },
    domainEventCallbackJobCompleted: {
      proc: 363,
      msg: { ref: 'domainEventCallbackJobCompletedMsg' },
    },
    domainEventCallbackDeviceRemovalFailed: {
      proc: 367,
      msg: { ref: 'domainEventCallbackDeviceRemovalFailedMsg' },
    },
    storagePoolEventLifecycle: { proc: 370, msg: { ref: 'storagePoolEventLifecycleMsg' } },
    storagePoolEventRefresh: { proc: 373, msg: { ref: 'storagePoolEventRefreshMsg' } },
    nodeDeviceEventLifecycle: { proc: 376, msg: { ref: 'nodeDeviceEventLifecycleMsg' } },
    nodeDeviceEventUpdate: { proc: 377, msg: { ref: 'nodeDeviceEventUpdateMsg' } },
    domainEventCallbackMetadataChange: {
      proc: 379,
      msg: { ref: 'domainEventCallbackMetadataChangeMsg' },
    },
    secretEventLifecycle: { proc: 382, msg: { ref: 'secretEventLifecycleMsg' } },
    secretEventValueChanged: { proc: 383, msg: { ref: 'secretEventValueChangedMsg' } },
    domainEventBlockThreshold: { proc: 385, msg: { ref: 'domainEventBlockThresholdMsg' } },
    domainEventMemoryFailure: { proc: 423, msg: { ref: 'domainEventMemoryFailureMsg' } },
    domainEventMemoryDeviceSizeChange: {
      proc: 438,
      msg: { ref: 'domainEventMemoryDeviceSizeChangeMsg' },
    },
  },
};
