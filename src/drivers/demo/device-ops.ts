import type { DeviceScope } from '../driver';
import { aliasOf, assignAlias } from './aliases';
import { addModuleMemory, checkFitsDomain, checkPersistentChange } from './attach-rules';
import {
  checkAttachable,
  checkHotplug,
  checkUpdatable,
  completeDevice,
  findDevice,
  findForUpdate,
  insertDevice,
  parseDevice,
  removeDevice,
  replaceDevice,
} from './devices';
import { devicesOf } from './domain-xml';
import { demoErrors } from './errors';
import { scheduleGuestWork } from './guest';
import type { DemoHost } from './host';
import { checkLiveAttach, checkLiveDetach } from './live-attach';
import { checkVirtiofsMemory } from './shared-memory';
import type { DemoVm } from './vm';
import { cloneElement } from './xml/tree';
import type { XmlElement } from './xml/tree';

/**
 * attach/detach/update with libvirt's scope rules. Every check for both scopes runs before
 * anything changes, so a call either does all it was asked or nothing.
 */

/** libvirt's "current" (neither flag) means live when running, config otherwise. */
function resolveScope(vm: DemoVm, scope: DeviceScope): { live: boolean; config: boolean } {
  const wanted = scope.live || scope.config ? scope : { live: vm.active, config: !vm.active };
  if (wanted.live && !vm.active) throw demoErrors.notRunning();
  if (wanted.config && !vm.persistent) throw demoErrors.transientConfig();
  // The live definition is built lazily from the config; build it before the config changes.
  if (vm.active) vm.liveTree();
  return wanted;
}

function configDevices(vm: DemoVm): XmlElement {
  return devicesOf(vm.config.tree);
}

function liveDevices(vm: DemoVm): XmlElement {
  return devicesOf(vm.liveTree());
}

export function attachDevice(host: DemoHost, vm: DemoVm, xml: string, scope: DeviceScope): void {
  const { live, config } = resolveScope(vm, scope);
  const device = parseDevice(xml);
  completeDevice(device);
  if (config) {
    checkFitsDomain(vm.config.tree, device);
    checkPersistentChange(device, 'attach');
    checkAttachable(configDevices(vm), device);
    checkVirtiofsMemory(vm.config.tree, device);
  }
  if (live) {
    checkHotplug(device, 'attach');
    checkLiveAttach(device);
    checkFitsDomain(vm.liveTree(), device);
    checkAttachable(liveDevices(vm), device);
    checkVirtiofsMemory(vm.liveTree(), device);
  }
  if (config) {
    addModuleMemory(vm.config.tree, device);
    insertDevice(configDevices(vm), cloneElement(device));
    vm.config.changed();
  }
  if (live) {
    addModuleMemory(vm.liveTree(), device);
    const devices = liveDevices(vm);
    const added = cloneElement(device);
    insertDevice(devices, added);
    const alias = assignAlias(devices, added);
    if (alias !== undefined)
      host.emit({ kind: 'device-added', uuid: vm.uuid, name: vm.name, alias });
  }
}

/**
 * A config detach is immediate. A live detach only asks the guest: the device goes (and
 * `device-removed` is emitted) when the guest lets go of it, or never, for a guest that
 * ignores unplug requests, until the guest resets or the domain stops.
 */
export function detachDevice(host: DemoHost, vm: DemoVm, xml: string, scope: DeviceScope): void {
  const { live, config } = resolveScope(vm, scope);
  const match = parseDevice(xml);
  const fromConfig = config ? findDevice(configDevices(vm), match, 'config') : undefined;
  if (fromConfig !== undefined) checkPersistentChange(fromConfig, 'detach');
  const fromLive = live ? findDevice(liveDevices(vm), match, 'live') : undefined;
  if (fromLive !== undefined) {
    checkHotplug(fromLive, 'detach');
    checkLiveDetach(fromLive);
  }
  if (fromConfig !== undefined) {
    removeDevice(configDevices(vm), fromConfig);
    vm.config.changed();
  }
  const alias = fromLive === undefined ? undefined : aliasOf(fromLive);
  if (alias !== undefined && !vm.pendingUnplugs.has(alias)) {
    vm.pendingUnplugs.set(alias, { alias, cancelTimer: undefined });
    scheduleGuestWork(host, vm);
  }
}

export function updateDevice(vm: DemoVm, xml: string, scope: DeviceScope): void {
  const { live, config } = resolveScope(vm, scope);
  const next = parseDevice(xml);
  checkUpdatable(next, live ? 'live' : 'config');
  const inConfig = config ? findForUpdate(configDevices(vm), next, 'config') : undefined;
  const inLive = live ? findForUpdate(liveDevices(vm), next, 'live') : undefined;
  if (inConfig !== undefined) {
    replaceDevice(configDevices(vm), inConfig, cloneElement(next));
    vm.config.changed();
  }
  if (inLive !== undefined) replaceDevice(liveDevices(vm), inLive, cloneElement(next));
}
