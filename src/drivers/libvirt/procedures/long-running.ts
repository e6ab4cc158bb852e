/**
 * Procedures whose reply may take minutes on a healthy host, so they get no per-call
 * limit (rpc/deadlines.ts); keepalive still closes the connection if the daemon dies.
 * Each copies, moves or waits for a large amount of data or for a guest: migration
 * phases, memory save and restore, snapshots (memory and disk merges), volume creation,
 * cloning, wiping and resizing (preallocation writes every byte), pool builds and
 * refreshes (a large directory or a slow NFS server), and starting a VM (preallocated or
 * huge-page memory, slow storage).
 */
export const LONG_RUNNING_PROCEDURES = [
  'domainMigrateBegin3Params',
  'domainMigratePrepare3Params',
  'domainMigratePerform3Params',
  'domainMigrateFinish3Params',
  'domainMigrateConfirm3Params',
  'domainSaveFlags',
  'domainRestoreFlags',
  'domainManagedSave',
  'domainSnapshotCreateXML',
  'domainRevertToSnapshot',
  'domainSnapshotDelete',
  'domainCreate',
  'domainCreateWithFlags',
  'domainCreateXML',
  'storageVolCreateXML',
  'storageVolCreateXMLFrom',
  'storageVolWipe',
  'storageVolResize',
  'storagePoolBuild',
  'storagePoolCreate',
  'storagePoolCreateXML',
  'storagePoolRefresh',
  'storagePoolDelete',
] as const;
