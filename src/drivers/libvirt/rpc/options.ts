import type { DeadlineOptions } from './deadlines';
import type { KeepaliveOptions } from './keepalive';

/** Why a connection closed, as libvirt's virConnectCloseReason names it. */
export type CloseReason = 'error' | 'eof' | 'keepalive' | 'client';

export interface ClosedInfo {
  reason: CloseReason;
  message: string;
}

/** How an RpcConnection behaves. */
export interface RpcConnectionOptions extends DeadlineOptions {
  /**
   * Calls sent before their replies arrive. libvirtd stops reading a client that has more
   * than max_client_requests (default 5) pending, so stay below it; the rest wait here.
   */
  maxInFlight?: number;
  keepalive?: KeepaliveOptions | false;
  /** The first call's serial (0, as libvirt's client); tests start near 2^32 to cross the wrap. */
  firstSerial?: number;
  /**
   * Packets the client cannot use (another program or version, a reply nobody waits for,
   * a wrong type or status) tolerated before the connection is closed: 10. libvirt's own
   * client closes at the first; a few are let pass so that one odd packet from a daemon
   * that otherwise works does not cut the user off.
   */
  maxUnusableFrames?: number;
  /** Names a procedure in error messages (the client passes its method names). */
  procedureName?: (proc: number) => string | undefined;
}
