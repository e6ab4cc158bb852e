import { z } from 'zod';
import { DeviceRequest } from '../device-request';
import { DeviceMatch, DeviceSpec, DiskSource, DeviceSummary } from '../devices';
import {
  CONSOLE_MAX_INPUT_CHARS,
  CONSOLE_WINDOW_BYTES,
  ConsoleClosedEvent,
  ConsoleDeviceName,
  ConsoleOutputEvent,
  ConsoleSessionInfo,
} from '../console';
import { DisplayClosedEvent, DisplaySessionInfo } from '../display';
import { HostSupport } from '../host-support';
import { HostSummary, LifecycleAction, VmDetails, VmStats, VmSummary } from '../dto';
import { NewVmOptions, NewVmOutcome, NewVmRequest } from '../vm-create';
import { networkMethods } from './networks';
import { LibvirtUuid } from '../uuid';

/**
 * The one IPC contract between the renderer and the host side. Every method and event is
 * declared here with its schemas; everything else (main's handler table, the preload's
 * allowlist, the renderer's client, the WebSocket server) is derived from it.
 */

const HostRef = z.object({ hostId: z.string().min(1) });
const VmRef = HostRef.extend({ uuid: LibvirtUuid });
const ConsoleRef = z.object({ sessionId: z.string().min(1).max(100) });

/** Which definitions a device change touches: the running VM, the persistent one, or both. */
export const DeviceScopeChoice = z
  .object({ live: z.boolean(), config: z.boolean() })
  .refine((scope) => scope.live || scope.config, 'Choose the running VM, its definition, or both.');
export type DeviceScopeChoice = z.infer<typeof DeviceScopeChoice>;

/** A device to add: any spec the domain model's buildDevice turns into device XML. */
export { DeviceSpec };
export type DeviceSpecInput = z.input<typeof DeviceSpec>;

/** What Add hardware sends: a DeviceSpec, or a disk on a volume the host creates first. */
export { DeviceRequest };
export type DeviceRequestInput = z.input<typeof DeviceRequest>;

/**
 * One row of a VM's device list: the device, where it exists, and any unfinished removal.
 * `pending: 'removal'` means a live removal was asked for and the guest has not let go of
 * the device yet; `lastError` says why the last removal failed (the guest refused it).
 */
export const DeviceListEntry = DeviceSummary.extend({
  inLive: z.boolean(),
  inConfig: z.boolean(),
  pending: z.literal('removal').optional(),
  lastError: z.string().optional(),
});
export type DeviceListEntry = z.infer<typeof DeviceListEntry>;

/**
 * How a removal ended. "removed": the hypervisor confirmed it (or it was a definition-only
 * change). "pending": the guest has not released the device yet; it stays listed as
 * "removal pending". "scheduled-for-next-boot": gone from the definition only.
 */
export const DetachOutcome = z.object({
  status: z.enum(['removed', 'pending', 'scheduled-for-next-boot']),
  scope: z.object({ live: z.boolean(), config: z.boolean() }),
  message: z.string(),
  /** The alias the hypervisor's removal event carries (live removals on hosts with aliases). */
  alias: z.string().optional(),
});
export type DetachOutcome = z.infer<typeof DetachOutcome>;

export const AttachOutcome = z.object({
  status: z.literal('attached'),
  scope: z.object({ live: z.boolean(), config: z.boolean() }),
  title: z.string(),
  alias: z.string().optional(),
});
export type AttachOutcome = z.infer<typeof AttachOutcome>;

/**
 * What adding a device would do, before the user clicks Add: why it cannot go into the
 * running VM (absent when it can, or the VM is not running), and what else the saved
 * definition needs for it (e.g. shared memory for a virtiofs share).
 */
export const AttachCheck = z.object({
  /** Why this VM's host cannot do the device at all (no TPM emulator, no such bus, ...). */
  unsupported: z.string().optional(),
  liveProblem: z.string().optional(),
  definitionChange: z.string().optional(),
  /** A disk image's format as the host reports it, or that it could not be checked. */
  formatNote: z.string().optional(),
  /** The chosen image format contradicts the host's: Add would be refused. */
  formatProblem: z.string().optional(),
});
export type AttachCheck = z.infer<typeof AttachCheck>;

/** A host USB or PCI device the Add hardware dialog offers for passthrough. */
export const HostDeviceOption = z.object({
  kind: z.enum(['usb', 'pci']),
  /** The node device name, e.g. usb_1_4 or pci_0000_03_00_0. */
  name: z.string(),
  description: z.string(),
  usbVendor: z.string().optional(),
  usbProduct: z.string().optional(),
  /** domain:bus:slot.function, e.g. 0000:03:00.0. */
  pciAddress: z.string().optional(),
});
export type HostDeviceOption = z.infer<typeof HostDeviceOption>;

/** What a new device can connect to on a host. */
export const HostResourceList = z.object({
  networks: z.array(z.object({ name: z.string(), active: z.boolean() })),
  pools: z.array(
    z.object({
      name: z.string(),
      active: z.boolean(),
      volumes: z.array(z.object({ name: z.string(), path: z.string() })),
    }),
  ),
  hostDevices: z.array(HostDeviceOption),
});
export type HostResourceList = z.infer<typeof HostResourceList>;

/** A host's name as the sidebar shows it. */
export const HOST_NAME_MAX_LENGTH = 200;
const HostName = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(HOST_NAME_MAX_LENGTH, `Keep the name to ${HOST_NAME_MAX_LENGTH} characters or fewer.`);

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/**
 * What hosts.add needs from the user before an SSH host can connect: trust for a host key
 * no known_hosts file has, or a password when the agent and key files were refused.
 * The dialog asks, then calls hosts.add again with trustHostKey or password.
 */
export const HostAddQuestion = z.discriminatedUnion('ask', [
  z.object({
    ask: z.literal('trust-host-key'),
    host: z.string(),
    port: z.number().int(),
    keyType: z.string(),
    fingerprint: z.string(),
  }),
  z.object({ ask: z.literal('password'), user: z.string(), host: z.string(), message: z.string() }),
]);
export type HostAddQuestion = z.infer<typeof HostAddQuestion>;

export const methods = {
  'app.info': method(
    z.object({}).strict(),
    z.object({ version: z.string(), shell: z.enum(['desktop', 'web']) }),
  ),
  'hosts.list': method(z.object({}).strict(), z.array(HostSummary)),
  /**
   * Connects to a libvirt URI and, once connected, lists and remembers it; for an SSH host
   * it may answer with a question instead (see HostAddQuestion).
   */
  'hosts.add': method(
    z
      .object({
        uri: z
          .string()
          .trim()
          .min(1, 'Enter a libvirt URI, e.g. qemu:///system or qemu+ssh://user@host/system')
          .max(2048)
          .regex(
            /^[a-z0-9]+(\+[a-z0-9]+)?:\/\//i,
            'A libvirt URI looks like driver[+transport]://[user@host]/path',
          ),
        name: z.string().trim().max(HOST_NAME_MAX_LENGTH).optional(),
        /** The SSH host key fingerprint the user chose to trust ("SHA256:..."), once asked. */
        trustHostKey: z.string().startsWith('SHA256:').max(100).optional(),
        /** An SSH password, once asked; used for this session only, never saved. */
        password: z.string().max(1024).optional(),
      })
      .strict(),
    z.union([HostSummary, HostAddQuestion]),
  ),
  'hosts.remove': method(HostRef.strict(), z.null()),
  /**
   * Connects again now ("retry now" while reconnecting). A host that failed for want of the
   * user (a refused password, an unknown host key) may answer with the question instead, as
   * hosts.add does; the next call carries the answer.
   */
  'hosts.reconnect': method(
    HostRef.extend({
      trustHostKey: z.string().startsWith('SHA256:').max(100).optional(),
      password: z.string().max(1024).optional(),
    }).strict(),
    z.union([HostSummary, HostAddQuestion]),
  ),
  /**
   * Gives a host another name in the sidebar, saved with the host. Names are unique among
   * the hosts (ignoring case); the demo host's name is built in (see renameProblem).
   */
  'hosts.rename': method(HostRef.extend({ name: HostName }).strict(), HostSummary),
  /**
   * Closes a host's connection on purpose: it stays listed as disconnected, with no
   * automatic reconnect, until hosts.connect. Nothing on the host changes.
   */
  'hosts.disconnect': method(HostRef.strict(), HostSummary),
  /** Connects a disconnected host (or one in error) again; a failure leaves it in error. */
  'hosts.connect': method(HostRef.strict(), HostSummary),
  'vms.list': method(HostRef.strict(), z.array(VmSummary)),
  'vms.details': method(VmRef.strict(), VmDetails),
  'vms.lifecycle': method(VmRef.extend({ action: LifecycleAction }).strict(), VmSummary),
  'vms.xml': method(VmRef.extend({ inactive: z.boolean().default(false) }).strict(), z.string()),
  /** What the New VM wizard offers on a host: domain type, firmware, limits, networks, pools. */
  'vms.createOptions': method(HostRef.strict(), NewVmOptions),
  /** The domain XML vms.create would define, after the same checks (nothing is created). */
  'vms.previewXml': method(HostRef.extend({ spec: NewVmRequest }).strict(), z.string()),
  /**
   * Creates a VM: checks everything first, then creates the new volume, defines the domain
   * (deleting the volume again if that fails) and starts it when asked. A VM that was
   * defined but could not start is reported with started: false and the reason.
   */
  'vms.create': method(HostRef.extend({ spec: NewVmRequest }).strict(), NewVmOutcome),
  /**
   * Removes a shut-off VM's definition; with deleteVolumes, also the pool volumes only it
   * uses. Refused while the VM runs.
   */
  'vms.delete': method(
    VmRef.extend({ deleteVolumes: z.boolean().default(false) }).strict(),
    z.object({ deletedVolumes: z.array(z.string()) }),
  ),
  /** Every device of a VM, with pending and failed removals. */
  'devices.list': method(VmRef.strict(), z.array(DeviceListEntry)),
  /**
   * The device XML that devices.attach would send for this spec. For a disk on a new volume
   * it is the disk element naming the pool and the volume's name, as sent once the volume
   * exists; the volume's own XML and the pool checks are attach's.
   */
  'devices.previewXml': method(VmRef.extend({ spec: DeviceRequest }).strict(), z.string()),
  /**
   * The choices this VM's host cannot do (from its domain capabilities), each with the
   * reason: Add hardware shows them disabled. Empty when the host cannot tell.
   */
  'devices.hostSupport': method(VmRef.strict(), HostSupport),
  /** Whether a device of this spec can join the running VM, and what its definition needs. */
  'devices.attachCheck': method(VmRef.extend({ spec: DeviceRequest }).strict(), AttachCheck),
  /**
   * Adds a device; resolves once the host shows it. Scope defaults to live + config when
   * running, or config only for a device the running VM cannot take. A disk on a new volume
   * creates the volume first and deletes it again when the attach fails.
   */
  'devices.attach': method(
    VmRef.extend({ spec: DeviceRequest, scope: DeviceScopeChoice.optional() }).strict(),
    AttachOutcome,
  ),
  /** Removes a device; a live removal is "removed" only once the hypervisor confirms it. */
  'devices.detach': method(
    VmRef.extend({ match: DeviceMatch, scope: DeviceScopeChoice.optional() }).strict(),
    DetachOutcome,
  ),
  /** Asks the guest again to release a device whose removal is pending or failed. */
  'devices.retryDetach': method(VmRef.extend({ match: DeviceMatch }).strict(), DetachOutcome),
  /** Forgets a pending or failed removal; the device stays as it is. */
  'devices.cancelPending': method(VmRef.extend({ match: DeviceMatch }).strict(), z.null()),
  /** Removes the device from the persistent definition only: it goes at the next boot. */
  'devices.detachAtNextBoot': method(VmRef.extend({ match: DeviceMatch }).strict(), DetachOutcome),
  /** Networks, storage pools with volumes, and host USB/PCI devices, for Add hardware. */
  'devices.hostResources': method(HostRef.strict(), HostResourceList),
  /** Inserts, swaps or ejects ("none") the media of a CD-ROM or floppy drive. */
  'devices.changeMedia': method(
    VmRef.extend({
      target: z.string().min(1),
      source: DiskSource,
      scope: DeviceScopeChoice.optional(),
    }).strict(),
    z.null(),
  ),
  /**
   * Opens a VM's serial console (or the named console/serial device) for the calling
   * window; its output arrives as console.output events for the returned session. `force`
   * takes the console over from whoever holds it. There is no resize: a serial line has no
   * window size to tell the guest (run `stty rows R cols C` in the guest instead).
   */
  'console.open': method(
    VmRef.extend({
      device: ConsoleDeviceName.optional(),
      force: z.boolean().default(false),
    }).strict(),
    ConsoleSessionInfo,
  ),
  /** Sends typed or pasted text to the guest (as UTF-8). */
  'console.write': method(
    ConsoleRef.extend({ data: z.string().max(CONSOLE_MAX_INPUT_CHARS) }).strict(),
    z.null(),
  ),
  /** Tells the host how many output bytes the terminal has drawn, so it sends more. */
  'console.ack': method(
    ConsoleRef.extend({ bytes: z.number().int().positive().max(CONSOLE_WINDOW_BYTES) }).strict(),
    z.null(),
  ),
  /** Ends a session; the console is free for other clients at once. */
  'console.close': method(ConsoleRef.strict(), z.null()),
  /**
   * Connects to a running VM's VNC display for the calling window and returns a one-time
   * ticket for the WebSocket that carries its bytes (see shared/display.ts). Fails with
   * what to do when the VM has no VNC display or is not running.
   */
  'display.open': method(VmRef.strict(), DisplaySessionInfo),
  /** Ends a display session (also ended by closing its WebSocket). */
  'display.close': method(ConsoleRef.strict(), z.null()),
  ...networkMethods,
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
  /** A VM's devices or their pending/failed removals changed: read devices.list again. */
  'device.changed': z.object({ hostId: z.string(), uuid: z.string() }),
  /** Output of a console session, sent only to the client that opened it. */
  'console.output': ConsoleOutputEvent,
  /** A console session ended (by its client, the VM, the host or another client). */
  'console.closed': ConsoleClosedEvent,
  /** A display session ended: by its window, the VM, the host or the VM's display server. */
  'display.closed': DisplayClosedEvent,
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
