/**
 * libvirt's remote RPC protocol in TypeScript: talk to libvirtd (or virtqemud, ...) with
 * no native library.
 *
 * ```ts
 * import { connect, uuidToString, DomainState } from './drivers/libvirt';
 *
 * const client = await connect('test+unix:///default');      // or 'qemu:///system', 'qemu+tls://host/system'
 * const { domains } = await client.connectListAllDomains();    // flags optional, 0 = all
 * for (const dom of domains) {
 *   const info = await client.domainGetInfo(dom);              // { state, maxMem (bigint KiB), ..., cpuTime (bigint ns) }
 *   console.log(dom.name, uuidToString(dom.uuid), info.state === DomainState.Running);
 * }
 * const dom = await client.domainLookupByName('test');         // handles go back to the daemon as received
 * const xml = await client.domainGetXMLDesc(dom);              // (dom, flags?) -> string
 * await client.domainSuspend(dom);
 * const stats = await client.connectGetAllDomainStats([], 0);  // [] = every domain; typedParamsToRecord(r.params)
 *
 * const off = await client.events.subscribe('lifecycle', (e) => console.log(e.dom.name, e.event, e.detail));
 * await client.events.subscribe('device-removed', (e) => console.log(e.devAlias));
 * client.onClosed(({ reason, message }) => console.log('gone:', reason, message)); // daemon restart, keepalive, close()
 *
 * const tty = await client.domainOpenConsole(dom, null);       // a Node Duplex: pipe it anywhere
 * tty.end();                                                   // finish handshake with the daemon
 * await off();
 * await client.close();
 * ```
 *
 * Calls
 * - One method per procedure, named after libvirt's C API without "vir", camelCase, with
 *   the RPC arguments in wire order. A trailing `flags` may be left out (0); need_results
 *   is filled in; typed-parameter getters add VIR_TYPED_PARAM_STRING_OKAY themselves.
 *   The tables are in procedures/*.ts, one file per API family; PROCEDURES lists them all.
 * - Results: a one-field reply is that value (domainGetXMLDesc -> string); otherwise an
 *   object with the reply's fields (domainGetInfo, connectListAllDomains -> { domains, ret }).
 * - 64-bit integers are bigint, `remote_string` is `string | null`, UUIDs are 16-byte
 *   Uint8Arrays (uuidToString / uuidFromString). Domain handles are `{ name, uuid, id }`
 *   and must be passed back as received (the daemon resolves them by UUID).
 * - At most 4 calls are in flight per connection (the daemon stops reading a client past
 *   5); the rest queue here, so issuing hundreds of calls at once is fine and fast.
 *   Give long jobs (migration, save, big volume transfers) a second connection.
 * - Typed-parameter getters use libvirt's size probe: getTypedParams((n) => client.domainGetMemoryParameters(dom, n)).
 *
 * Errors: every failure is a DriverError (src/drivers/driver.ts) with libvirt's `code`
 * (virErrorNumber) and `domain` (virErrorDomain); for the common ones (no such domain,
 * wrong state, read-only, job-lock timeout, old daemon, ...) a hint on what to do follows
 * libvirt's own message. ErrorCode names the numbers.
 *
 * Events: `client.events.subscribe(kind, listener)` for every domain event kind (see
 * DOMAIN_EVENTS: lifecycle, reboot, device-added, device-removed, device-removal-failed,
 * agent-lifecycle, job-completed, block-job(-2), metadata-change, ...) and for networks,
 * storage pools, node devices and secrets (OBJECT_EVENTS). Each kind is registered once
 * on the daemon and fanned out here. Registrations die with the connection: after a
 * reconnect, subscribe again.
 *
 * Streams (domainOpenConsole, domainOpenChannel, storageVolDownload, storageVolUpload,
 * domainScreenshot) resolve to an RpcStream, a Node Duplex with back-pressure both ways;
 * `end()` finishes, `destroy()` aborts, the reply of the opening call is `stream.reply`.
 * Sparse streams are refused.
 *
 * Connection: URIs are read as libvirt reads them. Local sockets are chosen as libvirt's
 * mode=auto does (the modular daemon's socket if present, else libvirt-sock; `readOnly`
 * uses -sock-ro); tcp and tls (client certificate from libvirt's standard paths, or
 * `options.tls`) are built in, and so is `ext` (`?command=`: RPC over a command's stdin
 * and stdout, its stderr in the error). ssh (and libssh, libssh2) run over the ssh2
 * library: virt-ssh-helper or nc on the remote host, host keys checked against
 * known_hosts (`options.ssh` adds the app's own file, a fingerprint the user trusted and a
 * password callback; SshHostKeyError and SshAuthError say what went wrong). For any other
 * carrier, pass `options.openStream` returning a Duplex of raw RPC bytes.
 * Auth: none and polkit; SASL fails with a clear "not supported yet". Keepalive pings
 * both ways; a dead peer closes the connection and fails every pending call.
 * Not supported: fd passing (OPEN_GRAPHICS_FD), SASL, sparse streams.
 */
export { connect } from './connect';
export type { ConnectOptions } from './connect';
export type { LibvirtClient, ProcedureMethods } from './client';
export { PROCEDURES } from './client';
export type { ClosedInfo, CloseReason } from './rpc/connection';
export { RpcStream } from './rpc/stream';
export type {
  DomainEvent,
  DomainEventKind,
  EventKind,
  LibvirtEvent,
  ObjectEvent,
  ObjectEventKind,
} from './procedures/events';
export type { DomainEventOf, EventHub, EventOf, Unsubscribe } from './events';
export { DOMAIN_EVENTS, OBJECT_EVENTS } from './procedures/events';
export { parseLibvirtUri } from './transport/uri';
export { SshAuthError, SshHostKeyError } from './transport/ssh/errors';
export type { PresentedHostKey } from './transport/ssh/errors';
export type { SshOptions } from './transport/ssh/ssh-stream';
export type { LibvirtUri } from './transport/uri';
export {
  getTypedParams,
  typedParamsToRecord,
  uuidFromString,
  uuidToString,
} from './protocol/types';
export type {
  Domain,
  DomainSnapshot,
  DomainStatsRecord,
  Interface,
  Network,
  NodeDevice,
  Secret,
  StoragePool,
  StorageVol,
  TypedParam,
  TypedParamValue,
} from './protocol/types';
export { ErrorCode, ErrorDomain } from './errors';
export * from './enums';
