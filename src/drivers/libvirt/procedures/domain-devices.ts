import {
  TYPED_PARAM_STRING_OKAY,
  array,
  domain,
  flags,
  hyper,
  int,
  opaque,
  optString,
  procedure,
  string,
  struct,
  typedParams,
  uhyper,
  uint,
  voidCodec,
} from './common';

/** Domain devices, vCPUs, memory, block devices and jobs, and the guest-agent calls. */
export const domainDeviceProcedures = {
  domainAttachDeviceFlags: procedure(160, [domain, string, flags], voidCodec),
  domainDetachDeviceFlags: procedure(161, [domain, string, flags], voidCodec),
  domainDetachDeviceAlias: procedure(392, [domain, string, flags], voidCodec),
  domainUpdateDeviceFlags: procedure(174, [domain, string, flags], voidCodec),
  domainSetVcpusFlags: procedure(199, [domain, uint, flags], voidCodec),
  domainGetVcpusFlags: procedure(200, [domain, flags], int),
  /** (dom, maxinfo, maplen): per-vCPU state, time and host CPU, plus the affinity bitmaps. */
  domainGetVcpus: procedure(
    20,
    [domain, int, int],
    struct({
      info: array(struct({ number: uint, state: int, cpuTime: uhyper, cpu: int })),
      cpumaps: opaque(),
    }),
  ),
  domainSetMemoryFlags: procedure(204, [domain, uhyper, flags], voidCodec),
  domainSetMaxMemory: procedure(30, [domain, uhyper], voidCodec),
  domainGetMaxMemory: procedure(17, [domain], uhyper),
  domainSetMemoryStatsPeriod: procedure(308, [domain, int, flags], voidCodec),

  domainBlockResize: procedure(251, [domain, string, uhyper, flags], voidCodec),
  domainGetBlockInfo: procedure(
    194,
    [domain, string, flags],
    struct({ allocation: uhyper, capacity: uhyper, physical: uhyper }),
  ),
  domainGetBlockJobInfo: procedure(
    238,
    [domain, string, flags],
    struct({ found: int, type: int, bandwidth: uhyper, cur: uhyper, end: uhyper }),
  ),
  domainBlockJobAbort: procedure(237, [domain, string, flags], voidCodec),
  domainBlockJobSetSpeed: procedure(239, [domain, string, uhyper, flags], voidCodec),
  domainBlockPull: procedure(240, [domain, string, uhyper, flags], voidCodec),
  domainBlockRebase: procedure(266, [domain, string, optString, uhyper, flags], voidCodec),
  domainBlockCommit: procedure(
    290,
    [domain, string, optString, optString, uhyper, flags],
    voidCodec,
  ),
  domainBlockCopy: procedure(345, [domain, string, string, typedParams, flags], voidCodec),

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
  domainGetJobStats: procedure(298, [domain, flags], struct({ type: int, params: typedParams })),
  domainAbortJob: procedure(164, [domain], voidCodec),
  domainAbortJobFlags: procedure(442, [domain, flags], voidCodec),

  domainGetHostname: procedure(277, [domain, flags], string),
  domainInterfaceAddresses: procedure(
    353,
    [domain, uint, flags],
    array(
      struct({
        name: string,
        hwaddr: optString,
        addrs: array(struct({ type: int, addr: string, prefix: uint })),
      }),
    ),
  ),
  domainGetGuestInfo: procedure(418, [domain, uint, flags], typedParams),
  domainGetFSInfo: procedure(
    349,
    [domain, flags],
    struct({
      info: array(
        struct({ mountpoint: string, name: string, fstype: string, devAliases: array(string) }),
      ),
      ret: uint,
    }),
  ),
  domainGetTime: procedure(337, [domain, flags], struct({ seconds: hyper, nseconds: uint })),
  domainSetTime: procedure(338, [domain, hyper, uint, flags], voidCodec),
  domainFSFreeze: procedure(335, [domain, array(string), flags], int),
  domainFSThaw: procedure(336, [domain, array(string), flags], int),
  domainSetUserPassword: procedure(357, [domain, optString, optString, flags], voidCodec),
  domainAgentSetResponseTimeout: procedure(420, [domain, int, flags], int),
  domainGetGuestVcpus: procedure(371, [domain, flags], typedParams, {
    flagsOr: TYPED_PARAM_STRING_OKAY,
  }),
} as const;
