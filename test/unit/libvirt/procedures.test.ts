import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../../../src/drivers/libvirt/client';
import { REMOTE_MESSAGES } from '../../../src/drivers/libvirt/protocol/remote-procedures.gen';
import { remote_procedure } from '../../../src/drivers/libvirt/protocol/constants.gen';
import { DOMAIN_EVENTS, OBJECT_EVENTS } from '../../../src/drivers/libvirt/procedures/events';
import { argumentsCodec } from '../../../src/drivers/libvirt/protocol/procedure';
import { XdrWriter } from '../../../src/drivers/libvirt/xdr/writer';
import { uuidFromString } from '../../../src/drivers/libvirt/protocol/types';

/** Every method the hand-written tables had before the generated one replaced them. */
const EARLIER_METHODS = [
  'domainAttachDeviceFlags',
  'domainDetachDeviceFlags',
  'domainDetachDeviceAlias',
  'domainUpdateDeviceFlags',
  'domainSetVcpusFlags',
  'domainGetVcpusFlags',
  'domainGetVcpus',
  'domainSetMemoryFlags',
  'domainSetMaxMemory',
  'domainGetMaxMemory',
  'domainSetMemoryStatsPeriod',
  'domainBlockResize',
  'domainGetBlockInfo',
  'domainGetBlockJobInfo',
  'domainBlockJobAbort',
  'domainBlockJobSetSpeed',
  'domainBlockPull',
  'domainBlockRebase',
  'domainBlockCommit',
  'domainBlockCopy',
  'domainGetJobInfo',
  'domainGetJobStats',
  'domainAbortJob',
  'domainAbortJobFlags',
  'domainGetHostname',
  'domainInterfaceAddresses',
  'domainGetGuestInfo',
  'domainGetFSInfo',
  'domainGetTime',
  'domainSetTime',
  'domainFSFreeze',
  'domainFSThaw',
  'domainSetUserPassword',
  'domainAgentSetResponseTimeout',
  'domainGetGuestVcpus',
  'connectListAllDomains',
  'connectNumOfDomains',
  'domainLookupByID',
  'domainLookupByName',
  'domainLookupByUUID',
  'domainDefineXML',
  'domainDefineXMLFlags',
  'domainUndefine',
  'domainUndefineFlags',
  'domainCreateXML',
  'domainCreate',
  'domainCreateWithFlags',
  'domainDestroy',
  'domainDestroyFlags',
  'domainShutdown',
  'domainShutdownFlags',
  'domainReboot',
  'domainReset',
  'domainSuspend',
  'domainResume',
  'domainSaveFlags',
  'domainRestoreFlags',
  'domainManagedSave',
  'domainHasManagedSaveImage',
  'domainManagedSaveRemove',
  'domainRename',
  'domainGetAutostart',
  'domainSetAutostart',
  'domainGetXMLDesc',
  'domainGetInfo',
  'domainGetState',
  'domainIsActive',
  'domainIsPersistent',
  'domainGetOSType',
  'domainGetMaxVcpus',
  'domainGetSecurityLabel',
  'connectGetAllDomainStats',
  'domainMemoryStats',
  'domainBlockStatsFlags',
  'domainInterfaceStats',
  'domainGetControlInfo',
  'domainGetMetadata',
  'domainSetMetadata',
  'domainSendKey',
  'domainInjectNMI',
  'domainGetMemoryParameters',
  'domainSetMemoryParameters',
  'domainGetBlkioParameters',
  'domainSetBlkioParameters',
  'domainGetNumaParameters',
  'connectDomainEventCallbackRegisterAny',
  'connectDomainEventCallbackDeregisterAny',
  'connectNetworkEventRegisterAny',
  'connectNetworkEventDeregisterAny',
  'connectStoragePoolEventRegisterAny',
  'connectStoragePoolEventDeregisterAny',
  'connectNodeDeviceEventRegisterAny',
  'connectNodeDeviceEventDeregisterAny',
  'connectSecretEventRegisterAny',
  'connectSecretEventDeregisterAny',
  'connectOpen',
  'connectClose',
  'authList',
  'authPolkit',
  'connectSupportsFeature',
  'connectGetType',
  'connectGetVersion',
  'connectGetLibVersion',
  'connectGetHostname',
  'connectGetURI',
  'connectIsSecure',
  'connectRegisterCloseCallback',
  'connectUnregisterCloseCallback',
  'connectGetCapabilities',
  'connectGetDomainCapabilities',
  'connectGetSysinfo',
  'connectGetCPUModelNames',
  'nodeGetInfo',
  'nodeGetFreeMemory',
  'nodeGetCPUStats',
  'nodeGetMemoryStats',
  'nodeGetSecurityModel',
  'domainMigrateBegin3Params',
  'domainMigratePrepare3Params',
  'domainMigratePerform3Params',
  'domainMigrateFinish3Params',
  'domainMigrateConfirm3Params',
  'domainMigrateSetMaxSpeed',
  'domainMigrateSetMaxDowntime',
  'domainMigrateStartPostCopy',
  'connectListAllNetworks',
  'networkLookupByName',
  'networkLookupByUUID',
  'networkDefineXML',
  'networkCreateXML',
  'networkCreate',
  'networkDestroy',
  'networkUndefine',
  'networkGetXMLDesc',
  'networkGetBridgeName',
  'networkGetAutostart',
  'networkSetAutostart',
  'networkIsActive',
  'networkUpdate',
  'networkGetDHCPLeases',
  'connectListAllInterfaces',
  'interfaceGetXMLDesc',
  'connectListAllNodeDevices',
  'nodeDeviceLookupByName',
  'nodeDeviceGetXMLDesc',
  'nodeDeviceGetParent',
  'connectListAllSecrets',
  'secretDefineXML',
  'secretLookupByUUID',
  'secretLookupByUsage',
  'secretGetXMLDesc',
  'secretSetValue',
  'secretGetValue',
  'secretUndefine',
  'domainSnapshotCreateXML',
  'domainListAllSnapshots',
  'domainSnapshotListAllChildren',
  'domainSnapshotLookupByName',
  'domainSnapshotCurrent',
  'domainHasCurrentSnapshot',
  'domainSnapshotGetParent',
  'domainSnapshotGetXMLDesc',
  'domainRevertToSnapshot',
  'domainSnapshotDelete',
  'connectListAllStoragePools',
  'storagePoolLookupByName',
  'storagePoolLookupByUUID',
  'storagePoolLookupByVolume',
  'storagePoolDefineXML',
  'storagePoolCreateXML',
  'storagePoolCreate',
  'storagePoolBuild',
  'storagePoolDestroy',
  'storagePoolDelete',
  'storagePoolUndefine',
  'storagePoolRefresh',
  'storagePoolGetInfo',
  'storagePoolGetXMLDesc',
  'storagePoolGetAutostart',
  'storagePoolSetAutostart',
  'storagePoolIsActive',
  'storagePoolListAllVolumes',
  'storageVolLookupByName',
  'storageVolLookupByKey',
  'storageVolLookupByPath',
  'storageVolCreateXML',
  'storageVolCreateXMLFrom',
  'storageVolDelete',
  'storageVolWipe',
  'storageVolGetInfo',
  'storageVolGetInfoFlags',
  'storageVolGetXMLDesc',
  'storageVolGetPath',
  'storageVolResize',
  'domainOpenConsole',
  'domainOpenChannel',
  'storageVolDownload',
  'storageVolUpload',
  'domainScreenshot',
] as const;

describe('procedure tables', () => {
  it('declare every procedure of remote_procedure once, as a call or as a message', () => {
    const numbers = [
      ...Object.values(PROCEDURES).map((p) => p.proc),
      ...Object.values(REMOTE_MESSAGES).map((m) => m.proc),
    ];
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.sort((a, b) => a - b)).toEqual(
      Object.values(remote_procedure).sort((a, b) => a - b),
    );
  });

  it('keep every method name the hand-written tables had', () => {
    const missing = EARLIER_METHODS.filter((name) => !(name in PROCEDURES));
    expect(missing).toEqual([]);
    // The names are types too: this line compiles only while each one exists.
    const typed: readonly (keyof typeof PROCEDURES)[] = EARLIER_METHODS;
    expect(typed.length).toBe(199);
  });

  it('open streams for the procedures libvirt annotates, consoles and channels both ways', () => {
    const streams = Object.fromEntries(
      Object.entries(PROCEDURES).flatMap(([name, p]) =>
        'stream' in p ? [[name, p.stream] as const] : [],
      ),
    );
    expect(streams).toMatchObject({
      domainOpenConsole: 'both',
      domainOpenChannel: 'both',
      storageVolDownload: 'read',
      storageVolUpload: 'write',
      domainScreenshot: 'read',
    });
  });

  it('give every event its own message procedure and registration id within its family', () => {
    const procs = [...Object.values(DOMAIN_EVENTS), ...Object.values(OBJECT_EVENTS)].map(
      (e) => e.proc,
    );
    expect(new Set(procs).size).toBe(procs.length);
    const domainIds = Object.values(DOMAIN_EVENTS).map((e) => e.id);
    expect(domainIds).toEqual(domainIds.map((_, i) => i));
  });

  it('fill in need_results and default flags, and OR in the string flag of typed-parameter getters', () => {
    const dom = {
      name: 'vm',
      uuid: uuidFromString('00000000-0000-0000-0000-000000000001'),
      id: -1,
    };
    const encode = (p: (typeof PROCEDURES)[keyof typeof PROCEDURES], params: unknown[]) => {
      const w = new XdrWriter();
      argumentsCodec(p.args, 'flagsOr' in p ? p.flagsOr : 0).encode(w, params);
      return Buffer.from(w.finish()).toString('hex');
    };
    expect(encode(PROCEDURES.connectListAllDomains, [])).toBe('0000000100000000');
    expect(encode(PROCEDURES.connectListAllDomains, [3])).toBe('0000000100000003');
    expect(encode(PROCEDURES.domainGetMemoryParameters, [dom, 0]).slice(-16)).toBe(
      '0000000000000004',
    );
  });
});
