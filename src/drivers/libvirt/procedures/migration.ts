import {
  domain,
  flags,
  int,
  opaque,
  optString,
  procedure,
  string,
  struct,
  typedParams,
  uhyper,
  voidCodec,
} from './common';

/**
 * Migration. A desktop manager uses peer-to-peer migration: one
 * domainMigratePerform3Params call on the source with the destination URI as the source
 * host sees it, and follows progress with domainGetJobStats or the job events.
 */
export const migrationProcedures = {
  domainMigrateBegin3Params: procedure(
    302,
    [domain, typedParams, flags],
    struct({ cookieOut: opaque(), xml: string }),
  ),
  domainMigratePrepare3Params: procedure(
    303,
    [typedParams, opaque(), flags],
    struct({ cookieOut: opaque(), uriOut: optString }),
  ),
  domainMigratePerform3Params: procedure(
    305,
    [domain, optString, typedParams, opaque(), flags],
    opaque(),
  ),
  domainMigrateFinish3Params: procedure(
    306,
    [typedParams, opaque(), flags, int],
    struct({ dom: domain, cookieOut: opaque() }),
  ),
  domainMigrateConfirm3Params: procedure(
    307,
    [domain, typedParams, opaque(), flags, int],
    voidCodec,
  ),
  domainMigrateSetMaxSpeed: procedure(207, [domain, uhyper, flags], voidCodec),
  domainMigrateSetMaxDowntime: procedure(166, [domain, uhyper, flags], voidCodec),
  domainMigrateStartPostCopy: procedure(364, [domain, flags], voidCodec),
} as const;
