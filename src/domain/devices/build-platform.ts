import type { SpecOf } from '../../shared/devices';
import { XmlElement } from '../xml/nodes';
import { FilesystemDevice } from './filesystem';
import { MemoryDevice } from './memory';
import { TpmDevice, WatchdogDevice } from './platform';
import { RngDevice, VsockDevice } from './virtio-misc';

/** Entropy, watchdog, TPM, vsock, memory modules and shared directories from specs. */

export function buildRng(spec: SpecOf<'rng'>): XmlElement {
  const rng = new RngDevice(new XmlElement('rng'));
  rng.model = 'virtio';
  rng.rateBytes = spec.rate?.bytes;
  rng.ratePeriod = spec.rate?.periodMs;
  rng.backendModel = spec.backend.type;
  if (spec.backend.type === 'random') rng.backendFile = spec.backend.path;
  rng.alias = spec.alias;
  return rng.element;
}

export function buildWatchdog(spec: SpecOf<'watchdog'>): XmlElement {
  const watchdog = new WatchdogDevice(new XmlElement('watchdog'));
  watchdog.model = spec.model;
  watchdog.action = spec.action;
  watchdog.alias = spec.alias;
  return watchdog.element;
}

/** An emulated TPM (swtpm keeps its state with the VM) or the host's TPM passed through. */
export function buildTpm(spec: SpecOf<'tpm'>): XmlElement {
  const tpm = new TpmDevice(new XmlElement('tpm'));
  tpm.model = spec.model;
  tpm.backendType = spec.backend.type;
  if (spec.backend.type === 'emulator') tpm.backendVersion = spec.backend.version;
  else tpm.backendDevicePath = spec.backend.path;
  tpm.alias = spec.alias;
  return tpm.element;
}

/** A vsock with the CID the spec names, or one libvirt picks (auto). */
export function buildVsock(spec: SpecOf<'vsock'>): XmlElement {
  const vsock = new VsockDevice(new XmlElement('vsock'));
  vsock.model = 'virtio';
  vsock.cidAuto = spec.cid === undefined;
  vsock.cid = spec.cid;
  vsock.alias = spec.alias;
  return vsock.element;
}

/**
 * A memory module. Plugging one in needs <maxMemory> with a free slot and room for it,
 * and on x86 a NUMA cell; `memoryHotplugProblem` (add-checks.ts) says what is missing.
 * virtio-mem starts with `requestedMiB` in use.
 */
export function buildMemory(spec: SpecOf<'memory'>): XmlElement {
  const memory = new MemoryDevice(new XmlElement('memory'));
  memory.model = spec.model;
  memory.targetSizeKiB = spec.sizeMiB * 1024;
  memory.targetNode = spec.node;
  if (spec.model === 'virtio-mem') {
    memory.targetBlockKiB = spec.blockMiB * 1024;
    memory.targetRequestedKiB = (spec.requestedMiB ?? spec.sizeMiB) * 1024;
  }
  memory.alias = spec.alias;
  return memory.element;
}

/**
 * A shared host directory. virtiofs needs the guest's memory shared with the host
 * (`domain.memoryBackingSource = 'memfd'` and `memoryBackingAccess = 'shared'`), which
 * libvirt checks when the device is added; 9p ("path") does not.
 */
export function buildFilesystem(spec: SpecOf<'filesystem'>): XmlElement {
  const filesystem = new FilesystemDevice(new XmlElement('filesystem'));
  filesystem.type = 'mount';
  // virtiofs only passes host permissions through; 9p maps them to extended attributes.
  filesystem.accessMode = spec.driver === 'virtiofs' ? 'passthrough' : 'mapped';
  filesystem.driverType = spec.driver;
  filesystem.sourceDir = spec.source;
  filesystem.targetDir = spec.tag;
  filesystem.readonly = spec.readonly;
  filesystem.alias = spec.alias;
  return filesystem.element;
}
