import type { VmState } from '../../shared/dto';
import type { DomainRecord } from '../driver';
import { assignAliases } from './aliases';
import type { ConsoleSession } from './console';
import { devicesOf, setDomainId } from './domain-xml';
import type { DomainFacts } from './domain-xml';
import type { GuestProfile } from './seed';
import { GuestCounters } from './stats';
import { attr, childElements, cloneElement, parseXml, serializeXml, setAttr } from './xml/tree';
import type { XmlElement } from './xml/tree';

/** libvirt's state reasons (virDomainRunningReason and friends) the demo host uses. */
export const REASON = {
  unknown: 0,
  runningBooted: 1,
  runningUnpaused: 5,
  pausedUser: 1,
  shutdownUser: 1,
  shutoffShutdown: 1,
  shutoffDestroyed: 2,
} as const;

/**
 * A definition kept as text until something needs its tree, so thousands of generated
 * VMs cost one string each until someone opens one.
 */
export class Definition {
  private text: string | undefined;
  private root: XmlElement | undefined;

  constructor(source: string | XmlElement) {
    if (typeof source === 'string') this.text = source;
    else this.root = source;
  }

  get tree(): XmlElement {
    this.root ??= parseXml(this.text ?? '');
    return this.root;
  }

  /** Call after editing `tree` so the cached text is rebuilt. */
  changed(): void {
    this.text = undefined;
  }

  get xml(): string {
    this.text ??= serializeXml(this.tree);
    return this.text;
  }
}

/** A live detach the guest has been asked for and has not finished. */
export interface PendingUnplug {
  alias: string;
  cancelTimer: (() => void) | undefined;
}

/** A request the guest acts on in its own time: ACPI power button, reboot. */
export interface GuestTask {
  kind: 'shutdown' | 'reboot';
  cancelTimer: (() => void) | undefined;
}

export class DemoVm {
  readonly uuid: string;
  readonly name: string;
  persistent = true;
  state: VmState = 'shutoff';
  reason: number = REASON.unknown;
  id = -1;
  /** The persistent definition (for a transient domain, the one it was started from). */
  config: Definition;
  facts: DomainFacts;
  /** The facts the running instance booted with; a redefine only changes `facts`. */
  bootedWith: DomainFacts;
  readonly guest: GuestProfile;
  readonly counters: GuestCounters;
  guestTask: GuestTask | undefined;
  readonly pendingUnplugs = new Map<string, PendingUnplug>();
  /** Open console sessions, told when the guest resets or the domain stops. */
  readonly consoles = new Set<ConsoleSession>();
  private live: XmlElement | undefined;

  constructor(config: Definition, facts: DomainFacts, guest: GuestProfile, nowMs: number) {
    this.uuid = facts.uuid;
    this.name = facts.name;
    this.config = config;
    this.facts = facts;
    this.bootedWith = facts;
    this.guest = guest;
    this.counters = new GuestCounters(nowMs);
  }

  get active(): boolean {
    return this.state !== 'shutoff';
  }

  record(): DomainRecord {
    return {
      uuid: this.uuid,
      name: this.name,
      id: this.id,
      state: this.state,
      reason: this.reason,
      persistent: this.persistent,
    };
  }

  /**
   * The running definition: built from the config on first use after a start, with the
   * domain id and a device alias on every device, as libvirt's live XML has.
   */
  liveTree(): XmlElement {
    if (this.live === undefined) {
      const live = cloneElement(this.config.tree);
      setDomainId(live, this.id);
      assignAliases(devicesOf(live));
      assignVncPort(live, this.id);
      this.live = live;
    }
    return this.live;
  }

  /** The image files the persistent definition's disks use. */
  diskImages(): string[] {
    return childElements(devicesOf(this.config.tree), 'disk').flatMap((disk) => {
      const file = childElements(disk, 'source')
        .map((source) => attr(source, 'file'))
        .find((path) => path !== undefined);
      return file === undefined ? [] : [file];
    });
  }

  /** Forgets the running definition (the domain stopped). */
  dropLive(): void {
    this.live = undefined;
  }
}

/** An autoport VNC display gets 5900 + n, as QEMU's first free port would be. */
function assignVncPort(live: XmlElement, id: number): void {
  for (const graphics of childElements(devicesOf(live), 'graphics')) {
    if (attr(graphics, 'type') === 'vnc' && attr(graphics, 'autoport') === 'yes') {
      setAttr(graphics, 'port', String(5899 + id));
    }
  }
}
