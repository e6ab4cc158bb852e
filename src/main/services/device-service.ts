import { prepareDetach } from '../../domain/devices/detach';
import type { DetachPlan } from '../../domain/devices/detach';
import { describeDevice } from '../../domain/devices/describe';
import { devicesMatching } from '../../domain/devices/find';
import { liveAttachProblem } from '../../domain/devices/hot-add-rules';
import { unsupportedBy } from '../../shared/host-support';
import { deviceMatchFromXml } from '../../domain/devices/match-xml';
import { prepareMediaChange } from '../../domain/devices/media';
import { DomainXml } from '../../domain/domain-xml';
import type { DeviceScope, Driver, DriverEvent } from '../../drivers/driver';
import type { DeviceMatch, DiskSource } from '../../shared/devices';
import { AppError } from '../../shared/errors';
import type { DeviceRequest } from '../../shared/device-request';
import type { DeviceSpec } from '../../shared/devices';
import type {
  AttachCheck,
  AttachOutcome,
  DetachOutcome,
  DeviceListEntry,
} from '../../shared/ipc/contract';
import { buildDeviceXml } from './device-build';
import {
  findAddedDevice,
  liveDeviceKeys,
  readDefinitions,
  stillPresent,
} from './device-definitions';
import type { Definitions } from './device-definitions';
import { watchDeviceEvents } from './device-events';
import type { DeviceEvent } from './device-events';
import { deviceList } from './device-list';
import { UnfinishedRemovals } from './device-pending';
import { recheckRemovals } from './device-recheck';
import { detachMessage, refusalMessage } from './device-messages';
import {
  definitionChangeFor,
  definitionWithDevice,
  definitionWithout,
  needsRedefineToAdd,
  needsRedefineToRemove,
  putBackInConfig,
  readSavedWithSecrets,
  savedElementOf,
  sharedMemoryFor,
  withRedefinition,
} from './device-redefine';
import {
  checkLiveAttach,
  checkScope,
  defaultAttachScope,
  defaultDetachScope,
  mediaScope,
} from './device-scope';
import { HostSupportReader } from './host-support';
import { attachOrDelete, checkPool, createVolume, resolveRequest } from './new-volume';
import { checkDiskFormat, withHostFormat } from './disk-format';
import { checkNetwork } from './device-network';
import type { HostSupport } from '../../shared/host-support';

export interface DeviceServiceOptions {
  /**
   * How long a live removal waits for DEVICE_REMOVED or DEVICE_REMOVAL_FAILED once the
   * request is accepted, before the device is reported "removal pending".
   */
  confirmTimeoutMs?: number;
  /**
   * How long an attach waits for DEVICE_ADDED before it looks at the live definition (QEMU
   * does not send the event for every device type).
   */
  addedEventMs?: number;
  /** Told when a VM's device list or its unfinished removals changed. */
  onChange?: (uuid: string) => void;
  /** The unfinished removals to carry on with: a lost connection's, after a reconnect. */
  removals?: UnfinishedRemovals;
}

const LIVE: DeviceScope = { live: true, config: false };
const CONFIG: DeviceScope = { live: false, config: true };

/**
 * Device hotplug on one host, in libvirt's own three steps: prep (find the one device the
 * user means, in each definition the change touches, and refuse with the reason before
 * anything is sent), act (send that exact element), confirm (a live removal is finished
 * only by the hypervisor's DEVICE_REMOVED; DEVICE_REMOVAL_FAILED is an error; neither in
 * time leaves the device "removal pending", never "removed").
 */
export class DeviceService {
  readonly #driver: Driver;
  readonly #removals: UnfinishedRemovals;
  readonly #confirmTimeoutMs: number;
  readonly #addedEventMs: number;
  readonly #onChange: (uuid: string) => void;
  readonly #unsubscribe: () => void;
  readonly #support: HostSupportReader;

  constructor(driver: Driver, options: DeviceServiceOptions = {}) {
    this.#driver = driver;
    this.#removals = options.removals ?? new UnfinishedRemovals();
    this.#confirmTimeoutMs = options.confirmTimeoutMs ?? 10_000;
    this.#addedEventMs = options.addedEventMs ?? Math.min(2_000, this.#confirmTimeoutMs);
    this.#onChange = options.onChange ?? (() => undefined);
    this.#support = new HostSupportReader(driver);
    this.#unsubscribe = driver.onEvent((event) => this.#onDriverEvent(event));
  }

  async list(uuid: string): Promise<DeviceListEntry[]> {
    const { live, config } = await readDefinitions(this.#driver, uuid);
    return deviceList(uuid, live, config, this.#removals);
  }

  /**
   * The element attach would send. For a disk on a new volume that is the disk naming the
   * pool and the volume's name, as it is sent once the volume exists; the pool itself is
   * checked by attach only.
   */
  async previewXml(uuid: string, request: DeviceRequest): Promise<string> {
    const definitions = await readDefinitions(this.#driver, uuid);
    const { spec } = await checkDiskFormat(this.#driver, resolveRequest(request).spec);
    return this.#buildXml(definitions, spec, defaultAttachScope(definitions, spec));
  }

  /** What this VM's host cannot do, for the Add hardware dialog to offer only what it can. */
  async hostSupport(uuid: string): Promise<HostSupport> {
    const { primary } = await readDefinitions(this.#driver, uuid);
    return await this.#support.forDomain(primary);
  }

  /** What the Add hardware dialog says before Add: see AttachCheck in the contract. */
  async attachCheck(uuid: string, request: DeviceRequest): Promise<AttachCheck> {
    const definitions = await readDefinitions(this.#driver, uuid);
    const { spec } = resolveRequest(request);
    const unsupported = unsupportedBy(await this.#support.forDomain(definitions.primary), spec);
    const liveProblem = definitions.live ? liveAttachProblem(definitions.live, spec) : undefined;
    const definitionChange = definitionChangeFor(definitions, spec);
    const { note: formatNote, problem: formatProblem } = await checkDiskFormat(this.#driver, spec);
    return {
      ...(formatNote === undefined ? {} : { formatNote }),
      ...(formatProblem === undefined ? {} : { formatProblem }),
      ...(unsupported === undefined ? {} : { unsupported }),
      ...(liveProblem === undefined ? {} : { liveProblem }),
      ...(definitionChange === undefined ? {} : { definitionChange }),
    };
  }

  /**
   * Adds a device. Prep refuses what the running VM cannot take; a virtiofs share first
   * turns on shared memory in the saved definition (put back if the attach fails); a disk
   * on a new volume is prepared in full before the volume is created, and the volume is
   * deleted again when the attach or its confirmation fails.
   */
  async attach(
    uuid: string,
    request: DeviceRequest,
    requested?: DeviceScope,
  ): Promise<AttachOutcome> {
    const resolved = resolveRequest(request);
    const { create } = resolved;
    const definitions = await readDefinitions(this.#driver, uuid);
    // A path's format is the host's to tell: a qcow2 image attached as raw is ruined.
    const spec = await withHostFormat(this.#driver, resolved.spec);
    await this.#support.check(definitions.primary, spec);
    const scope = requested ?? defaultAttachScope(definitions, spec);
    checkScope(definitions, scope);
    checkLiveAttach(definitions, scope, spec);
    await checkNetwork(this.#driver, spec, scope);
    if (create) {
      // Everything the element needs is checked before the volume exists.
      this.#buildXml(definitions, spec, scope);
      await checkPool(this.#driver, create);
      const created = await createVolume(this.#driver, create);
      return attachOrDelete(this.#driver, create.pool, created, () =>
        this.#attach(uuid, spec, scope, definitions),
      );
    }
    const shared = sharedMemoryFor(definitions, spec, scope);
    if (shared) {
      const saved = await readSavedWithSecrets(this.#driver, uuid);
      return await withRedefinition(this.#driver, uuid, saved, shared(saved), () =>
        this.#attach(uuid, spec, scope, definitions),
      );
    }
    return await this.#attach(uuid, spec, scope, definitions);
  }

  async #attach(
    uuid: string,
    spec: DeviceSpec,
    scope: DeviceScope,
    definitions: Definitions,
  ): Promise<AttachOutcome> {
    const elementName = spec.kind;
    if (!scope.live || !definitions.live) {
      if (needsRedefineToAdd(spec)) {
        const saved = await readSavedWithSecrets(this.#driver, uuid);
        await this.#driver.defineDomain(definitionWithDevice(saved, spec).toXml());
      } else {
        await this.#driver.attachDevice(uuid, this.#buildXml(definitions, spec, scope), scope);
      }
      this.#onChange(uuid);
      return { status: 'attached', scope, title: `${elementName} (added to the definition)` };
    }
    const xml = this.#buildXml(definitions, spec, scope);
    const before = liveDeviceKeys(definitions.live);
    const watch = watchDeviceEvents(this.#driver, uuid);
    try {
      await this.#driver.attachDevice(uuid, xml, scope);
      const event = await watch.next((e) => e.kind === 'device-added', this.#addedEventMs);
      // The event names the device; the live definition is what proves it is there.
      const live = DomainXml.parse(await this.#driver.getDomainXml(uuid));
      const added = findAddedDevice(live, before, elementName, event?.alias);
      if (!added) {
        throw new AppError({
          code: 'operation-invalid',
          message: `The host accepted the new ${elementName}, but the running VM does not show it. Refresh the device list; if it is missing, add it again or restart the VM.`,
        });
      }
      this.#onChange(uuid);
      return {
        status: 'attached',
        scope,
        title: describeDevice(added.device),
        ...(added.alias === undefined ? {} : { alias: added.alias }),
      };
    } finally {
      watch.stop();
    }
  }

  /** Removes the device `match` names; the scope defaults as libvirt's callers expect. */
  async detach(uuid: string, match: DeviceMatch, requested?: DeviceScope): Promise<DetachOutcome> {
    const definitions = await readDefinitions(this.#driver, uuid);
    const scope = requested ?? defaultDetachScope(definitions, match);
    checkScope(definitions, scope);
    // Prep for every definition the scope touches before anything is sent, so a refusal
    // changes nothing.
    const livePlan =
      scope.live && definitions.live ? prepareDetach(definitions.live, match, true) : undefined;
    const configPlan =
      scope.config && definitions.config
        ? prepareDetach(definitions.config, match, false)
        : undefined;
    const plan = livePlan ?? configPlan;
    if (!plan)
      throw new AppError({ code: 'internal', message: 'A removal touched no definition.' });
    const title = describeDevice(plan.device);
    let status: DetachOutcome['status'] = definitions.active
      ? 'scheduled-for-next-boot'
      : 'removed';
    if (livePlan) status = await this.#detachLive(uuid, match, title, livePlan);
    // A pending live removal can be cancelled: keep the saved element to put it back then.
    const kept =
      configPlan && status === 'pending'
        ? savedElementOf(await readSavedWithSecrets(this.#driver, uuid), match)
        : undefined;
    if (configPlan) await this.#detachConfig(uuid, match, configPlan);
    const entry = this.#removals.find(uuid, { match });
    if (entry && kept !== undefined)
      this.#removals.set(uuid, { ...entry, removedFromConfig: kept });
    this.#onChange(uuid);
    const alias = livePlan?.awaitAlias;
    return {
      status,
      scope,
      message: detachMessage(status, title, definitions.record.name, kept !== undefined),
      ...(alias === undefined ? {} : { alias }),
    };
  }

  /** detach-device from a device element (the CLI): the element names the device. */
  async detachXml(uuid: string, xml: string, requested?: DeviceScope): Promise<DetachOutcome> {
    return await this.detach(uuid, deviceMatchFromXml(xml), requested);
  }

  /** Asks the guest again to let go of a device whose removal is pending or failed. */
  retryDetach(uuid: string, match: DeviceMatch): Promise<DetachOutcome> {
    return this.detach(uuid, match, LIVE);
  }

  /**
   * Forgets a pending or failed removal. The running VM keeps the device; when the same
   * removal took it from the saved definition, its exact element goes back there.
   */
  async cancelPending(uuid: string, match: DeviceMatch): Promise<void> {
    const kept = this.#removals.find(uuid, { match })?.removedFromConfig;
    if (kept !== undefined) await putBackInConfig(this.#driver, uuid, match, kept);
    if (this.#removals.delete(uuid, { match }) || kept !== undefined) this.#onChange(uuid);
  }

  /** Removes the device from the persistent definition only; the running VM keeps it. */
  async detachAtNextBoot(uuid: string, match: DeviceMatch): Promise<DetachOutcome> {
    return this.detach(uuid, match, CONFIG);
  }

  /** Inserts, swaps or ejects a CD-ROM's media: an update of the drive, never a detach. */
  async changeMedia(
    uuid: string,
    target: string,
    source: DiskSource,
    requested?: DeviceScope,
  ): Promise<void> {
    const definitions = await readDefinitions(this.#driver, uuid);
    const scope = requested ?? mediaScope(definitions, target);
    checkScope(definitions, scope);
    const liveXml =
      scope.live && definitions.live
        ? prepareMediaChange(definitions.live, target, source)
        : undefined;
    const configXml =
      scope.config && definitions.config
        ? prepareMediaChange(definitions.config, target, source)
        : undefined;
    if (liveXml !== undefined) await this.#driver.updateDevice(uuid, liveXml, LIVE);
    if (configXml !== undefined) await this.#driver.updateDevice(uuid, configXml, CONFIG);
    this.#onChange(uuid);
  }

  /** The unfinished removals, for the service that takes over after a reconnect. */
  get removals(): UnfinishedRemovals {
    return this.#removals;
  }

  /** Checks carried-over removals against the live definitions (see recheckRemovals). */
  async recheckRemovals(): Promise<void> {
    for (const uuid of await recheckRemovals(this.#driver, this.#removals)) this.#onChange(uuid);
  }

  close(): void {
    this.#unsubscribe();
  }

  async #detachLive(
    uuid: string,
    match: DeviceMatch,
    title: string,
    plan: DetachPlan,
  ): Promise<'removed' | 'pending'> {
    const alias = plan.awaitAlias;
    const isOutcome = (event: DeviceEvent): boolean =>
      event.kind !== 'device-added' && event.alias === alias;
    // Listen first: the event can arrive before the API call returns.
    const watch = watchDeviceEvents(this.#driver, uuid);
    try {
      await this.#driver.detachDevice(uuid, plan.deviceXml, LIVE);
      const event =
        alias === undefined ? undefined : await watch.next(isOutcome, this.#confirmTimeoutMs);
      if (event?.kind === 'device-removal-failed') throw this.#refused(uuid, match, alias, title);
      if (event?.kind === 'device-removed') return this.#removed(uuid, match, alias);
      // No word from the hypervisor in time: the live definition says where things stand.
      const live = DomainXml.parse(await this.#driver.getDomainXml(uuid));
      const late = await watch.next(isOutcome, 0);
      if (late?.kind === 'device-removal-failed') throw this.#refused(uuid, match, alias, title);
      if (late?.kind === 'device-removed' || !stillPresent(live, match, alias)) {
        return this.#removed(uuid, match, alias);
      }
      this.#removals.set(uuid, { match, alias, title, state: 'pending' });
      return 'pending';
    } finally {
      watch.stop();
    }
  }

  async #detachConfig(uuid: string, match: DeviceMatch, plan: DetachPlan): Promise<void> {
    if (needsRedefineToRemove(plan.device)) {
      const saved = await readSavedWithSecrets(this.#driver, uuid);
      await this.#driver.defineDomain(definitionWithout(saved, match).toXml());
    } else {
      await this.#driver.detachDevice(uuid, plan.deviceXml, CONFIG);
    }
    const config = DomainXml.parse(await this.#driver.getDomainXml(uuid, { inactive: true }));
    if (devicesMatching(config, match).length > 0) {
      throw new AppError({
        code: 'operation-invalid',
        message: `The host accepted the removal of ${describeDevice(plan.device)} from the saved definition, but the definition still has it. Refresh the device list and try again.`,
      });
    }
  }

  #removed(uuid: string, match: DeviceMatch, alias: string | undefined): 'removed' {
    this.#removals.delete(uuid, { match, ...(alias === undefined ? {} : { alias }) });
    return 'removed';
  }

  #refused(uuid: string, match: DeviceMatch, alias: string | undefined, title: string): AppError {
    const message = refusalMessage(title);
    this.#removals.set(uuid, { match, alias, title, state: 'failed', error: message });
    this.#onChange(uuid);
    return new AppError({ code: 'operation-invalid', message });
  }

  #buildXml(definitions: Definitions, spec: DeviceSpec, scope: DeviceScope): string {
    const { live, config, primary } = definitions;
    const base = scope.live && live ? live : primary;
    return buildDeviceXml(base, spec, scope.live && scope.config ? config : undefined);
  }

  /** Late events finish (or fail) pending removals; any device or state change is news. */
  #onDriverEvent(event: DriverEvent): void {
    if (event.kind === 'closed' || !('uuid' in event)) return;
    const { uuid } = event;
    if (event.kind === 'device-removed') {
      this.#removals.delete(uuid, { alias: event.alias });
    } else if (event.kind === 'device-removal-failed') {
      const entry = this.#removals.find(uuid, { alias: event.alias });
      if (entry) {
        this.#removals.set(uuid, { ...entry, state: 'failed', error: refusalMessage(entry.title) });
      }
    } else if (
      event.kind === 'lifecycle' &&
      (event.event === 'stopped' || event.event === 'undefined')
    ) {
      // A stopped VM has no live devices left to wait for.
      this.#removals.clear(uuid);
    } else if (event.kind !== 'device-added' && event.kind !== 'lifecycle') {
      return;
    }
    this.#onChange(uuid);
  }
}
