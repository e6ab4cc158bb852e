import { z } from 'zod';
import { HostSummary, LifecycleAction, VmDetails, VmStats, VmSummary } from '../dto';

/**
 * The one IPC contract between the renderer and the host side. Every method and event is
 * declared here with its schemas; everything else (main's handler table, the preload's
 * allowlist, the renderer's client, the WebSocket server) is derived from it.
 */

const HostRef = z.object({ hostId: z.string().min(1) });
const VmRef = HostRef.extend({ uuid: z.uuid() });

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const methods = {
  'app.info': method(
    z.object({}).strict(),
    z.object({ version: z.string(), shell: z.enum(['desktop', 'web']) }),
  ),
  'hosts.list': method(z.object({}).strict(), z.array(HostSummary)),
  /** Connects to a libvirt URI and, once connected, lists and remembers it. */
  'hosts.add': method(
    z
      .object({
        uri: z
          .string()
          .trim()
          .min(1, 'Enter a libvirt URI, e.g. qemu:///system or qemu+ssh://user@host/system')
          .max(2048)
          .regex(/^[a-z0-9]+(\+[a-z0-9]+)?:\/\//i, 'A libvirt URI looks like driver[+transport]://[user@host]/path'),
        name: z.string().trim().max(200).optional(),
      })
      .strict(),
    HostSummary,
  ),
  'hosts.remove': method(HostRef.strict(), z.null()),
  'hosts.reconnect': method(HostRef.strict(), HostSummary),
  'vms.list': method(HostRef.strict(), z.array(VmSummary)),
  'vms.details': method(VmRef.strict(), VmDetails),
  'vms.lifecycle': method(VmRef.extend({ action: LifecycleAction }).strict(), VmSummary),
  'vms.xml': method(VmRef.extend({ inactive: z.boolean().default(false) }).strict(), z.string()),
} as const;

export const events = {
  /** A host's connection state changed. */
  'host.changed': z.object({ host: HostSummary }),
  /** A host was removed from the list. */
  'host.removed': z.object({ hostId: z.string() }),
  /** A VM appeared or changed (state, definition). */
  'vm.changed': z.object({ vm: VmSummary }),
  /** A VM is gone from its host. */
  'vm.removed': z.object({ hostId: z.string(), uuid: z.string() }),
  /** One stats sample for every running VM of a host, pushed once per interval. */
  'vm.stats': z.object({ hostId: z.string(), at: z.number(), samples: z.array(VmStats) }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type EventName = keyof typeof events;
/** What a caller passes: defaults may be left out. */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives: validated, with defaults applied. */
export type MethodArgs<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
