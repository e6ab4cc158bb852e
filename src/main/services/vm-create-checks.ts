import type { HostResources } from '../../drivers/driver';
import { AppError } from '../../shared/errors';
import { unavailableReason } from '../../shared/host-support';
import type { NewVmRequest } from '../../shared/vm-create';
import type { HostFacts } from './vm-create-host';

interface Issue {
  path: string;
  message: string;
}

/**
 * Everything the host would refuse, checked before anything is created, each problem
 * with what to do and the wizard field it belongs to. Throws one validation error listing
 * them all, so the wizard can mark every field at once.
 */
export function checkNewVm(request: NewVmRequest, facts: HostFacts): void {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (facts.vmNames.has(request.name)) {
    add('name', `A VM named "${request.name}" already exists on this host. Choose another name.`);
  }
  if (request.memoryMiB > facts.maxMemoryMiB) {
    add(
      'memoryMiB',
      `This host has ${facts.maxMemoryMiB} MiB of memory. Give the VM at most that much.`,
    );
  }
  if (request.vcpus > facts.maxVcpus) {
    add('vcpus', `A VM on this host can have at most ${facts.maxVcpus} vCPUs. Choose fewer.`);
  }
  const firmwareProblem = unavailableReason(facts.support, 'firmware', request.firmware);
  if (firmwareProblem !== undefined) {
    const instead = facts.firmware.includes('efi') ? 'UEFI without Secure Boot, or BIOS' : 'BIOS';
    add('firmware', `${firmwareProblem} Choose ${instead}.`);
  }
  checkSource(request, facts.resources, add);
  checkDisk(request, facts.resources, add);
  checkNetwork(request, facts.resources, add);
  if (issues.length > 0) {
    throw new AppError({
      code: 'validation',
      message: `The VM was not created: ${issues.map((i) => i.message).join(' ')}`,
      issues,
    });
  }
}

type Add = (path: string, message: string) => void;

function checkSource(request: NewVmRequest, resources: HostResources, add: Add): void {
  const { source } = request;
  if (source.kind === 'iso-volume') {
    const pool = checkPool(resources, source.pool, 'source.pool', add);
    if (pool && !pool.volumes.some((v) => v.name === source.volume)) {
      add(
        'source.volume',
        `Storage pool "${source.pool}" has no volume "${source.volume}". Choose one of its images, or upload the ISO to the pool first.`,
      );
    }
  }
  if (source.kind === 'import' && (request.disk.kind === 'new' || request.disk.kind === 'none')) {
    add(
      'disk.kind',
      'Importing an installed system needs its disk image. Choose an existing volume or a path on the host as the system disk.',
    );
  }
}

function checkDisk(request: NewVmRequest, resources: HostResources, add: Add): void {
  const { disk } = request;
  if (disk.kind === 'new') {
    const pool = checkPool(resources, disk.pool, 'disk.pool', add);
    if (pool?.volumes.some((v) => v.name === disk.name)) {
      add(
        'disk.name',
        `Storage pool "${disk.pool}" already has a volume named "${disk.name}". Choose another name, or use the existing volume.`,
      );
    }
  }
  if (disk.kind === 'volume') {
    const pool = checkPool(resources, disk.pool, 'disk.pool', add);
    if (pool && !pool.volumes.some((v) => v.name === disk.volume)) {
      add(
        'disk.volume',
        `Storage pool "${disk.pool}" has no volume "${disk.volume}". Choose one of its volumes.`,
      );
    }
  }
}

function checkNetwork(request: NewVmRequest, resources: HostResources, add: Add): void {
  const { network } = request;
  if (network.kind !== 'network') return;
  const found = resources.networks.find((n) => n.name === network.network);
  if (!found) {
    const names = resources.networks.map((n) => `"${n.name}"`).join(', ');
    add(
      'network.network',
      `This host has no virtual network "${network.network}". ${names === '' ? 'Choose a bridge or no network.' : `Choose one of: ${names}.`}`,
    );
  } else if (!found.active) {
    add(
      'network.network',
      `Virtual network "${network.network}" is not active. Start it on the host, or choose another network.`,
    );
  }
}

function checkPool(
  resources: HostResources,
  name: string,
  path: string,
  add: Add,
): HostResources['pools'][number] | undefined {
  const pool = resources.pools.find((p) => p.name === name);
  if (!pool) {
    const names = resources.pools.map((p) => `"${p.name}"`).join(', ');
    add(
      path,
      `This host has no storage pool "${name}". ${names === '' ? 'Define a storage pool on the host first.' : `Choose one of: ${names}.`}`,
    );
    return undefined;
  }
  if (!pool.active) {
    add(
      path,
      `Storage pool "${name}" is not active. Start it on the host, or choose an active pool.`,
    );
    return undefined;
  }
  return pool;
}
