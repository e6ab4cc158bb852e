import type { NewVmOptions, NewVmRequestInput } from '../../../shared/vm-create';
import { NewVmRequest } from '../../../shared/vm-create';
import type { Firmware } from '../../../shared/vm-spec';

/** The wizard's fields as typed (numbers stay text until they are checked). */
export interface NewVmForm {
  name: string;
  /** A libosinfo id, or '' when the user does not say. */
  osinfoId: string;
  source: 'iso-volume' | 'iso-path' | 'import' | 'network';
  isoPool: string;
  isoVolume: string;
  isoPath: string;
  memoryMiB: string;
  vcpus: string;
  firmware: Firmware;
  disk: 'new' | 'volume' | 'path' | 'none';
  diskPool: string;
  /** Empty: the VM's name plus the format's extension. */
  diskName: string;
  sizeGiB: string;
  format: 'qcow2' | 'raw';
  diskVolume: string;
  diskPath: string;
  network: 'network' | 'bridge' | 'none';
  networkName: string;
  bridge: string;
  start: boolean;
}

/** Field problems, keyed by the request path the host also uses (e.g. "disk.name"). */
export type FieldErrors = Record<string, string>;

const isIso = (name: string) => /\.iso$/i.test(name);

/** Sensible first choices on this host: its first ISO, active pool and active network. */
export function initialForm(options: NewVmOptions, takenNames: ReadonlySet<string>): NewVmForm {
  const active = options.pools.filter((p) => p.active);
  const isoPool = active.find((p) => p.volumes.some((v) => isIso(v.name)));
  const network = options.networks.find((n) => n.active);
  let name = 'new-vm';
  for (let n = 2; takenNames.has(name); n++) name = `new-vm-${n}`;
  return {
    name,
    osinfoId: '',
    source: isoPool ? 'iso-volume' : 'iso-path',
    isoPool: isoPool?.name ?? '',
    isoVolume: isoPool?.volumes.find((v) => isIso(v.name))?.name ?? '',
    isoPath: '',
    memoryMiB: String(Math.min(2048, options.maxMemoryMiB)),
    vcpus: String(Math.min(2, options.maxVcpus)),
    firmware: 'bios',
    disk: active.length > 0 ? 'new' : 'path',
    diskPool: active[0]?.name ?? '',
    diskName: '',
    sizeGiB: '20',
    format: 'qcow2',
    diskVolume: '',
    diskPath: '',
    network: network ? 'network' : 'none',
    networkName: network?.name ?? '',
    bridge: '',
    start: true,
  };
}

export function volumeNameOf(form: NewVmForm): string {
  return form.diskName !== '' ? form.diskName : `${form.name.trim()}.${form.format}`;
}

/**
 * The request the form stands for, and every field's problem: the contract's own checks,
 * then what the wizard knows of the host (taken names, limits, volumes). The host checks
 * all of it again; its answer lands on the same fields.
 */
export function requestFromForm(
  form: NewVmForm,
  options: NewVmOptions,
  takenNames: ReadonlySet<string>,
): { request: NewVmRequestInput | undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (text: string, path: string, example: string): number => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value))
      errors[path] = `enter a number, e.g. ${example}`;
    return value;
  };
  const candidate: NewVmRequestInput = {
    name: form.name,
    memoryMiB: number(form.memoryMiB, 'memoryMiB', '2048'),
    vcpus: number(form.vcpus, 'vcpus', '2'),
    source: sourceOf(form),
    disk: diskOf(form, number),
    network:
      form.network === 'network'
        ? { kind: 'network', network: form.networkName }
        : form.network === 'bridge'
          ? { kind: 'bridge', bridge: form.bridge }
          : { kind: 'none' },
    firmware: form.firmware,
    ...(form.osinfoId === '' ? {} : { osinfoId: form.osinfoId }),
    start: form.start,
  };
  const parsed = NewVmRequest.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message;
    }
  }
  hostChecks(form, options, takenNames, errors);
  return { request: Object.keys(errors).length === 0 ? candidate : undefined, errors };
}

function sourceOf(form: NewVmForm): NewVmRequestInput['source'] {
  switch (form.source) {
    case 'iso-volume':
      return { kind: 'iso-volume', pool: form.isoPool, volume: form.isoVolume };
    case 'iso-path':
      return { kind: 'iso-path', path: form.isoPath };
    case 'import':
    case 'network':
      return { kind: form.source };
  }
}

function diskOf(
  form: NewVmForm,
  number: (text: string, path: string, example: string) => number,
): NewVmRequestInput['disk'] {
  switch (form.disk) {
    case 'new':
      return {
        kind: 'new',
        pool: form.diskPool,
        name: volumeNameOf(form),
        sizeGiB: number(form.sizeGiB, 'disk.sizeGiB', '20'),
        format: form.format,
      };
    case 'volume':
      return { kind: 'volume', pool: form.diskPool, volume: form.diskVolume };
    case 'path':
      return { kind: 'path', path: form.diskPath };
    case 'none':
      return { kind: 'none' };
  }
}

function hostChecks(
  form: NewVmForm,
  options: NewVmOptions,
  takenNames: ReadonlySet<string>,
  errors: FieldErrors,
): void {
  const name = form.name.trim();
  if (takenNames.has(name)) {
    errors['name'] ??= `A VM named "${name}" already exists on this host. Choose another name.`;
  }
  if (Number(form.memoryMiB) > options.maxMemoryMiB) {
    errors['memoryMiB'] ??=
      `This host has ${options.maxMemoryMiB} MiB of memory. Give the VM at most that much.`;
  }
  if (Number(form.vcpus) > options.maxVcpus) {
    errors['vcpus'] ??=
      `A VM on this host can have at most ${options.maxVcpus} vCPUs. Choose fewer.`;
  }
  const pool = options.pools.find((p) => p.name === form.diskPool);
  if (form.disk === 'new' && pool?.volumes.some((v) => v.name === volumeNameOf(form))) {
    errors['disk.name'] ??=
      `Storage pool "${pool.name}" already has a volume named "${volumeNameOf(form)}". Choose another name.`;
  }
  if (form.source === 'import' && (form.disk === 'new' || form.disk === 'none')) {
    errors['disk.kind'] ??=
      'Importing an installed system needs its disk image. Choose an existing volume or a path on the host.';
  }
}

/** Which wizard step holds a field, so a step with a problem can be marked. */
export function stepOf(path: string): 'name' | 'resources' | 'storage' | 'network' {
  if (path === 'name' || path === 'osinfoId' || path.startsWith('source')) return 'name';
  if (path.startsWith('disk')) return 'storage';
  if (path.startsWith('network')) return 'network';
  return 'resources';
}
