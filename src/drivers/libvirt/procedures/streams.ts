import { domain, flags, optString, procedure, storageVol, uhyper, uint, voidCodec } from './common';

/**
 * Procedures that open a stream. Their client methods resolve to an RpcStream (a Node
 * Duplex) once the daemon has accepted the call; the call's reply is in `stream.reply`.
 */
export const streamProcedures = {
  /** dev_name null = the primary console. Flags: FORCE 1 (take over), SAFE 2. */
  domainOpenConsole: procedure(201, [domain, optString, flags], voidCodec, { stream: 'both' }),
  /** name = the channel's target name, e.g. "org.qemu.guest_agent.0". Flags: FORCE 1. */
  domainOpenChannel: procedure(296, [domain, optString, flags], voidCodec, { stream: 'both' }),
  /** offset, length (0 = to the end). */
  storageVolDownload: procedure(209, [storageVol, uhyper, uhyper, flags], voidCodec, {
    stream: 'read',
  }),
  storageVolUpload: procedure(208, [storageVol, uhyper, uhyper, flags], voidCodec, {
    stream: 'write',
  }),
  /** The reply is the image's MIME type. */
  domainScreenshot: procedure(211, [domain, uint, flags], optString, { stream: 'read' }),
} as const;
