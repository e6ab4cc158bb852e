import {
  array,
  domain,
  hyper,
  int,
  optDomain,
  optString,
  procedure,
  string,
  struct,
  typedParams,
  uhyper,
  uint,
  voidCodec,
} from './common';
import type { Codec, StructValue } from './common';

/** Registration of event callbacks (the "callback" flavour, one server registration per event id). */
export const eventProcedures = {
  connectDomainEventCallbackRegisterAny: procedure(316, [int, optDomain], int),
  connectDomainEventCallbackDeregisterAny: procedure(317, [int], voidCodec),
} as const;

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

/** CONNECT_EVENT_CONNECTION_CLOSED, sent after CONNECT_REGISTER_CLOSE_CALLBACK. */
export const CONNECTION_CLOSED_MESSAGE = 362;
export const CLOSE_REASONS = ['error', 'eof', 'keepalive', 'client'] as const;

interface EventDecoder {
  kind: DomainEventKind;
  codec: Codec<Record<string, unknown>>;
}

/** MESSAGE procedure number to the decoder of its payload. */
export const DOMAIN_EVENT_DECODERS: ReadonlyMap<number, EventDecoder> = new Map(
  Object.entries(DOMAIN_EVENTS).map(([kind, spec]) => [
    spec.proc,
    {
      kind: kind as DomainEventKind,
      codec: struct({ callbackID: int, ...spec.fields }),
    },
  ]),
);
