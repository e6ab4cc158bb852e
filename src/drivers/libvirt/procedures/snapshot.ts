import {
  array,
  domain,
  domainSnapshot,
  fixed,
  flags,
  int,
  procedure,
  string,
  struct,
  voidCodec,
} from './common';

/** Domain snapshots. */
export const snapshotProcedures = {
  domainSnapshotCreateXML: procedure(185, [domain, string, flags], domainSnapshot),
  domainListAllSnapshots: procedure(
    274,
    [domain, fixed(int, 1), flags],
    struct({ snapshots: array(domainSnapshot), ret: int }),
  ),
  domainSnapshotListAllChildren: procedure(
    275,
    [domainSnapshot, fixed(int, 1), flags],
    struct({ snapshots: array(domainSnapshot), ret: int }),
  ),
  domainSnapshotLookupByName: procedure(189, [domain, string, flags], domainSnapshot),
  domainSnapshotCurrent: procedure(191, [domain, flags], domainSnapshot),
  domainHasCurrentSnapshot: procedure(190, [domain, flags], int),
  domainSnapshotGetParent: procedure(244, [domainSnapshot, flags], domainSnapshot),
  domainSnapshotGetXMLDesc: procedure(186, [domainSnapshot, flags], string),
  domainRevertToSnapshot: procedure(192, [domainSnapshot, flags], voidCodec),
  domainSnapshotDelete: procedure(193, [domainSnapshot, flags], voidCodec),
} as const;
