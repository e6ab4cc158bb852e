/**
 * libvirt's remote RPC protocol in TypeScript: talk to libvirtd (or virtqemud, ...) with
 * no native library.
 *
 * ```ts
 * import { connect, uuidToString, DomainState } from './drivers/libvirt';
 *
 * const client = await connect('test+unix:///default');      // or 'qemu:///system', 'qemu+tls://host/system'
 * const domains = await client.connectListAllDomains();        // flags optional, 0 = all
 * for (const dom of domains.domains) {
 *   const info = await client.domainGetInfo(dom);              // { state, maxMem (bigint KiB), ..., cpuTime (bigint ns) }
 *   console.log(dom.name, uuidToString(dom.uuid), info.state === DomainState.Running);
 * }
 * const dom = await client.domainLookupByName('test');         // handles go back to the daemon as received
 * const xml = await client.domainGetXMLDesc(dom);              // (dom, flags?) -> string
 * await client.domainSuspend(dom);
 * const stats = await client.connectGetAllDomainStats([], 0);  // [] = every domain; params are typed
 *
 * const off = await client.events.subscribe('lifecycle', (e) => console.log(e.dom.name, e.event, e.detail));
 * client.events.subscribe('device-removed', (e) => console.log(e.devAlias));
 * client.onClosed(({ reason, message }) => console.log('gone:', reason, message)); // daemon restart, keepalive, close()
 *
 * const console_ = await client.domainOpenConsole(dom, null, 0); // a Node Duplex: pipe it anywhere
 * console_.end();                                                // finish handshake
 * await off();
 * await client.close();
 * ```
 *
 * Method names are libvirt's C API without "vir", camelCase; parameters are the RPC
 * arguments in wire order (a trailing `flags` may be left out; need_results is filled in).
 * Results: a one-field reply is that value; otherwise an object with the reply's fields.
 * 64-bit integers are bigint. Failures are DriverError with libvirt's `code` and `domain`.
 * At most 4 calls are in flight per connection (the daemon stalls past 5); the rest queue,
 * so issuing hundreds of calls at once is fine and fast. Use a second connection for long
 * jobs (migration, save, big volume transfers).
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
