import {
  array,
  domain,
  hyper,
  int,
  network,
  nodeDevice,
  optString,
  secret,
  storagePool,
  string,
  struct,
  typedParams,
  uhyper,
  uint,
} from './common';
import type { Codec, StructValue } from './common';
import type { REMOTE_PROCEDURES } from '../protocol/remote-procedures.gen';

/** Which procedures register and deregister each family of events (all take `(eventID, null)`). */
export const EVENT_FAMILIES = {
  domain: ['connectDomainEventCallbackRegisterAny', 'connectDomainEventCallbackDeregisterAny'],
  network: ['connectNetworkEventRegisterAny', 'connectNetworkEventDeregisterAny'],
  'storage-pool': ['connectStoragePoolEventRegisterAny', 'connectStoragePoolEventDeregisterAny'],
  'node-device': ['connectNodeDeviceEventRegisterAny', 'connectNodeDeviceEventDeregisterAny'],
  secret: ['connectSecretEventRegisterAny', 'connectSecretEventDeregisterAny'],
} as const satisfies Record<
  string,
  readonly [keyof typeof REMOTE_PROCEDURES, keyof typeof REMOTE_PROCEDURES]
>;

export type EventFamily = keyof typeof EVENT_FAMILIES;

const graphicsAddress = struct({ family: int, node: string, service: string });
const devAliasEvent = { dom: domain, devAlias: string };

/**
 * Every domain event libvirt 9.0 sends: its event id (for registration), the MESSAGE
 * procedure that carries it, and the payload after the leading callbackID. Payloads that
 * libvirt nests in a `msg` struct are the same bytes as a flat list, so they are flat here.
 */
export const DOMAIN_EVENTS = {
  lifecycle: { id: 0, proc: 318, fields: { dom: domain, event: int, detail: int } },
  reboot: { id: 1, proc: 319, fields: { dom: domain } },
  'rtc-change': { id: 2, proc: 320, fields: { dom: domain, offset: hyper } },
  watchdog: { id: 3, proc: 321, fields: { dom: domain, action: int } },
  'io-error': {
    id: 4,
    proc: 322,
    fields: { dom: domain, srcPath: string, devAlias: string, action: int },
  },
  graphics: {
    id: 5,
    proc: 323,
    fields: {
      dom: domain,
      phase: int,
      local: graphicsAddress,
      remote: graphicsAddress,
      authScheme: string,
      subject: array(struct({ type: string, name: string })),
    },
  },
  'io-error-reason': {
    id: 6,
    proc: 324,
    fields: { dom: domain, srcPath: string, devAlias: string, action: int, reason: string },
  },
  'control-error': { id: 7, proc: 325, fields: { dom: domain } },
  'block-job': { id: 8, proc: 326, fields: { dom: domain, path: string, type: int, status: int } },
  'disk-change': {
    id: 9,
    proc: 327,
    fields: {
      dom: domain,
      oldSrcPath: optString,
      newSrcPath: optString,
      devAlias: string,
      reason: int,
    },
  },
  'tray-change': { id: 10, proc: 328, fields: { dom: domain, devAlias: string, reason: int } },
  // The three power-management events carry their reason before the domain.
  pmwakeup: { id: 11, proc: 329, fields: { reason: int, dom: domain } },
  pmsuspend: { id: 12, proc: 330, fields: { reason: int, dom: domain } },
  'balloon-change': { id: 13, proc: 331, fields: { dom: domain, actual: uhyper } },
  'pmsuspend-disk': { id: 14, proc: 332, fields: { reason: int, dom: domain } },
  'device-removed': { id: 15, proc: 333, fields: devAliasEvent },
  'block-job-2': {
    id: 16,
    proc: 339,
    fields: { dom: domain, dst: string, type: int, status: int },
  },
  tunable: { id: 17, proc: 346, fields: { dom: domain, params: typedParams } },
  'agent-lifecycle': { id: 18, proc: 348, fields: { dom: domain, state: int, reason: int } },
  'device-added': { id: 19, proc: 354, fields: devAliasEvent },
  'migration-iteration': { id: 20, proc: 359, fields: { dom: domain, iteration: int } },
  'job-completed': { id: 21, proc: 363, fields: { dom: domain, params: typedParams } },
  'device-removal-failed': { id: 22, proc: 367, fields: devAliasEvent },
  'metadata-change': { id: 23, proc: 379, fields: { dom: domain, type: int, nsuri: optString } },
  'block-threshold': {
    id: 24,
    proc: 385,
    fields: { dom: domain, dev: string, path: optString, threshold: uhyper, excess: uhyper },
  },
  'memory-failure': {
    id: 25,
    proc: 423,
    fields: { dom: domain, recipient: int, action: int, flags: uint },
  },
  'memory-device-size-change': {
    id: 26,
    proc: 438,
    fields: { dom: domain, alias: string, size: uhyper },
  },
} as const;

export type DomainEventKind = keyof typeof DOMAIN_EVENTS;

/** One decoded domain event: `kind`, the daemon's callbackID, then the event's own fields. */
export type DomainEvent = {
  [K in DomainEventKind]: { kind: K; callbackID: number } & StructValue<
    (typeof DOMAIN_EVENTS)[K]['fields']
  >;
}[DomainEventKind];

/** Events of networks, storage pools, node devices and secrets (same layout as domain events). */
export const OBJECT_EVENTS = {
  'network-lifecycle': {
    family: 'network',
    id: 0,
    proc: 315,
    fields: { net: network, event: int, detail: int },
  },
  'storage-pool-lifecycle': {
    family: 'storage-pool',
    id: 0,
    proc: 370,
    fields: { pool: storagePool, event: int, detail: int },
  },
  'storage-pool-refresh': {
    family: 'storage-pool',
    id: 1,
    proc: 373,
    fields: { pool: storagePool },
  },
  'node-device-lifecycle': {
    family: 'node-device',
    id: 0,
    proc: 376,
    fields: { dev: nodeDevice, event: int, detail: int },
  },
  'node-device-update': { family: 'node-device', id: 1, proc: 377, fields: { dev: nodeDevice } },
  'secret-lifecycle': {
    family: 'secret',
    id: 0,
    proc: 382,
    fields: { secret, event: int, detail: int },
  },
  'secret-value-changed': { family: 'secret', id: 1, proc: 383, fields: { secret } },
} as const;

export type ObjectEventKind = keyof typeof OBJECT_EVENTS;
export type ObjectEvent = {
  [K in ObjectEventKind]: { kind: K; callbackID: number } & StructValue<
    (typeof OBJECT_EVENTS)[K]['fields']
  >;
}[ObjectEventKind];

/** Every event the client can subscribe to. */
export type EventKind = DomainEventKind | ObjectEventKind;
export type LibvirtEvent = DomainEvent | ObjectEvent;

/** An event kind's family, registration id and message procedure. */
export function eventSpec(kind: EventKind): { family: EventFamily; id: number } {
  if (kind in OBJECT_EVENTS) return OBJECT_EVENTS[kind as ObjectEventKind];
  return { family: 'domain', id: DOMAIN_EVENTS[kind as DomainEventKind].id };
}

/** CONNECT_EVENT_CONNECTION_CLOSED, sent after CONNECT_REGISTER_CLOSE_CALLBACK. */
export const CONNECTION_CLOSED_MESSAGE = 362;
export const CLOSE_REASONS = ['error', 'eof', 'keepalive', 'client'] as const;

interface EventDecoder {
  kind: EventKind;
  codec: Codec<Record<string, unknown>>;
}

/** MESSAGE procedure number to the decoder of its payload, for every event kind. */
export const EVENT_DECODERS: ReadonlyMap<number, EventDecoder> = new Map(
  [...Object.entries(DOMAIN_EVENTS), ...Object.entries(OBJECT_EVENTS)].map(([kind, spec]) => [
    spec.proc,
    {
      kind: kind as EventKind,
      codec: struct({ callbackID: int, ...spec.fields }),
    },
  ]),
);
