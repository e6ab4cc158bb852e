import type { Duplex } from 'node:stream';
import { DriverError } from '../driver';
import { AuthType, Feature } from './protocol/constants';
import { argumentsCodec } from './protocol/procedure';
import type { Params, Procedure } from './protocol/procedure';
import { RpcConnection } from './rpc/connection';
import type { ClosedInfo, RpcConnectionOptions } from './rpc/connection';
import type { RpcStream, StreamDirection } from './rpc/stream';
import { REMOTE_PROCEDURES } from './protocol/remote-procedures.gen';
import { LONG_RUNNING_PROCEDURES } from './procedures/long-running';
import { EventHub } from './events';
import { ErrorCode, ErrorDomain } from './errors';
import type { Codec } from './xdr/codec';
import type { TunnelOpener } from './transport/ssh/ssh-tunnel';
import { formatDuration } from './rpc/duration';

/**
 * Every call of the REMOTE program, by method name (libvirt's C name without "vir",
 * camelCase), generated from remote_protocol.x.
 */
export const PROCEDURES = REMOTE_PROCEDURES;

type Procedures = typeof PROCEDURES;

type MethodOf<P> =
  P extends Procedure<infer A, infer R>
    ? P extends { stream: StreamDirection }
      ? (...params: Params<A>) => Promise<RpcStream<R>>
      : (...params: Params<A>) => Promise<R>
    : never;

/** One typed method per procedure, derived from the tables. */
export type ProcedureMethods = { [K in keyof Procedures]: MethodOf<Procedures[K]> };

export interface ClientOptions extends RpcConnectionOptions {
  readOnly?: boolean;
  /**
   * How long the handshake (auth, open, features) may take: 30 s. Opening qemu:///system
   * the first time probes every QEMU binary, a few seconds on a loaded host; a peer that
   * is not a libvirt daemon, or one that stalls, is given up on after this.
   */
  handshakeTimeoutMs?: number;
}

const DEFAULT_HANDSHAKE_TIMEOUT_MS = 30_000;

/** The non-procedure part of the client: events, close and connection state. */
export class ClientCore {
  readonly events: EventHub;
  private closeListeners = new Set<(info: ClosedInfo) => void>();
  private serverCloseReason: ClosedInfo['reason'] | undefined;
  private hasCloseCallback = false;
  private reportedClose: ClosedInfo | undefined;
  /**
   * Opens channels beside the RPC stream through the same SSH session (qemu+ssh:// with
   * the built-in client), e.g. to a VM's display; undefined for other transports.
   */
  displayTunnel: TunnelOpener | undefined;

  constructor(
    /** The URI this client connected to, as given. */
    readonly uri: string,
    readonly connection: RpcConnection,
  ) {
    this.events = new EventHub(this as unknown as LibvirtClient);
    connection.onMessage = (proc, payload) => {
      const reason = this.events.handleMessage(proc, payload);
      if (reason !== undefined) this.serverCloseReason = reason;
    };
    connection.on('closed', (info) => {
      // The daemon's own reason (from its close-callback message) beats what the socket saw.
      const reported = this.serverCloseReason ? { ...info, reason: this.serverCloseReason } : info;
      this.reportedClose = reported;
      for (const l of this.closeListeners) l(reported);
    });
  }

  /** The close reason once the connection is gone, else undefined. */
  get closed(): ClosedInfo | undefined {
    return this.reportedClose ?? this.connection.closed;
  }

  /** Called once when the connection goes away for any reason (daemon restart, keepalive, close()). */
  onClosed(listener: (info: ClosedInfo) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /** Runs the handshake: auth, keepalive, open, event and close-callback features. */
  async handshake(remoteName: string, readOnly: boolean): Promise<void> {
    const self = this as unknown as LibvirtClient;
    const auth = await self.authList();
    if (!auth.includes(AuthType.None)) {
      if (auth.includes(AuthType.Polkit)) {
        await self.authPolkit();
      } else {
        throw new DriverError(
          'The daemon requires SASL authentication, which is not supported yet; use a unix socket, ssh or tls with certificates.',
          ErrorCode.AuthFailed,
          ErrorDomain.Remote,
        );
      }
    }
    // Asking about keepalive is what makes the daemon start pinging us.
    await self.connectSupportsFeature(Feature.ProgramKeepalive);
    await self.connectOpen(remoteName, readOnly ? 1 : 0);
    const [eventCallbacks, closeCallback] = await Promise.all([
      self.connectSupportsFeature(Feature.RemoteEventCallback),
      self.connectSupportsFeature(Feature.RemoteCloseCallback),
    ]);
    if (eventCallbacks !== 1) {
      throw new DriverError(
        'This libvirt daemon is too old (no event callbacks); upgrade libvirt on the host.',
        ErrorCode.NoSupport,
        ErrorDomain.Remote,
      );
    }
    if (closeCallback === 1) {
      await self.connectRegisterCloseCallback();
      this.hasCloseCallback = true;
    }
  }

  /** Closes the connection politely (CONNECT_CLOSE) and then the socket. */
  async close(): Promise<void> {
    if (this.connection.closed) return;
    const self = this as unknown as LibvirtClient;
    try {
      await this.events.clear();
      if (this.hasCloseCallback) await self.connectUnregisterCloseCallback();
      await self.connectClose();
    } catch {
      // The daemon may already be gone; closing locally is all that is left to do.
    }
    this.connection.close();
  }
}

/** A connected libvirt client: ClientCore plus one method per procedure. */
export type LibvirtClient = ClientCore & ProcedureMethods;

function defineMethods(): void {
  const proto = ClientCore.prototype as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(PROCEDURES) as [
    string,
    Procedure<readonly Codec<unknown>[], unknown>,
  ][]) {
    const args = argumentsCodec(spec.args, spec.flagsOr);
    const { proc, ret, stream: direction } = spec;
    proto[name] = direction
      ? async function (this: ClientCore, ...params: unknown[]) {
          const stream = this.connection.createStream<unknown>(proc, direction);
          stream.reply = await this.connection.call(proc, args, params, ret, stream);
          return stream;
        }
      : function (this: ClientCore, ...params: unknown[]) {
          return this.connection.call(proc, args, params, ret);
        };
  }
}
defineMethods();

/** Method names by procedure number, to name a call in error messages. */
const PROCEDURE_NAMES = new Map(
  Object.entries(PROCEDURES).map(([name, spec]) => [spec.proc, name] as const),
);

const UNLIMITED_PROCEDURES: ReadonlySet<number> = new Set(
  LONG_RUNNING_PROCEDURES.map((name) => PROCEDURES[name].proc),
);

/** Runs the handshake, or closes the connection when it takes longer than `ms`. */
async function handshakeWithin(client: LibvirtClient, ms: number, run: () => Promise<void>) {
  const timer = setTimeout(
    () =>
      client.connection.abort(
        `the daemon did not finish the handshake within ${formatDuration(ms)}; check that the URI points at a libvirt daemon and that it is not overloaded`,
      ),
    ms,
  );
  try {
    await run();
  } finally {
    clearTimeout(timer);
  }
}

/** Wraps an already open byte stream: handshake, then a ready client. */
export async function clientOverStream(
  socket: Duplex,
  uri: string,
  remoteName: string,
  options: ClientOptions = {},
): Promise<LibvirtClient> {
  const connection = new RpcConnection(socket, {
    procedureName: (proc) => PROCEDURE_NAMES.get(proc),
    unlimitedProcedures: UNLIMITED_PROCEDURES,
    ...options,
  });
  const client = new ClientCore(uri, connection) as LibvirtClient;
  try {
    await handshakeWithin(client, options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS, () =>
      client.handshake(remoteName, options.readOnly ?? false),
    );
  } catch (err) {
    const closed = client.connection.closed;
    client.connection.close();
    // "Reconnect to continue" would be odd advice for a connection that never opened.
    if (closed) {
      throw new DriverError(
        `Cannot connect to ${uri}: ${closed.message}`,
        ErrorCode.SystemError,
        ErrorDomain.Rpc,
      );
    }
    // A reply that could not be used: say which host it was.
    if (err instanceof DriverError && err.code === ErrorCode.Rpc) {
      throw new DriverError(`Cannot connect to ${uri}: ${err.message}`, err.code, err.domain);
    }
    throw err;
  }
  return client;
}
