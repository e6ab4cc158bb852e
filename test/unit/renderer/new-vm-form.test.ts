import { describe, expect, it } from 'vitest';
import {
  initialForm,
  requestFromForm,
  stepOf,
  volumeNameOf,
} from '../../../src/renderer/features/new-vm/new-vm-form';
import type { NewVmOptions } from '../../../src/shared/vm-create';

const OPTIONS: NewVmOptions = {
  domainType: 'kvm',
  arch: 'x86_64',
  firmware: ['bios', 'efi'],
  unavailable: [],
  maxVcpus: 16,
  maxMemoryMiB: 8192,
  networks: [{ name: 'default', active: true }],
  pools: [
    {
      name: 'default',
      active: true,
      volumes: [
        { name: 'debian.iso', path: '/images/debian.iso' },
        { name: 'web.qcow2', path: '/images/web.qcow2' },
      ],
    },
    { name: 'backup', active: false, volumes: [] },
  ],
};

describe('the New VM form', () => {
  it('starts from a free name, the first ISO, an active pool and network', () => {
    const form = initialForm(OPTIONS, new Set(['new-vm']));
    expect(form).toMatchObject({
      name: 'new-vm-2',
      source: 'iso-volume',
      isoPool: 'default',
      isoVolume: 'debian.iso',
      disk: 'new',
      diskPool: 'default',
      networkName: 'default',
    });
    expect(volumeNameOf(form)).toBe('new-vm-2.qcow2');
    const { request, errors } = requestFromForm(form, OPTIONS, new Set());
    expect(errors).toEqual({});
    expect(request).toMatchObject({
      name: 'new-vm-2',
      memoryMiB: 2048,
      vcpus: 2,
      disk: { kind: 'new', pool: 'default', name: 'new-vm-2.qcow2', sizeGiB: 20 },
    });
  });

  it('says what to do for each field, and offers no request while any is wrong', () => {
    const form = {
      ...initialForm(OPTIONS, new Set()),
      name: 'web',
      memoryMiB: 'lots',
      vcpus: '64',
      diskName: 'web.qcow2',
    };
    const { request, errors } = requestFromForm(form, OPTIONS, new Set(['web']));
    expect(request).toBeUndefined();
    expect(errors).toEqual({
      name: 'A VM named "web" already exists on this host. Choose another name.',
      memoryMiB: 'enter a number, e.g. 2048',
      vcpus: 'A VM on this host can have at most 16 vCPUs. Choose fewer.',
      'disk.name':
        'Storage pool "default" already has a volume named "web.qcow2". Choose another name.',
    });
    expect(stepOf('name')).toBe('name');
    expect(stepOf('vcpus')).toBe('resources');
    expect(stepOf('disk.name')).toBe('storage');
    expect(stepOf('network.bridge')).toBe('network');
  });

  it('needs an existing disk image to import', () => {
    const form = { ...initialForm(OPTIONS, new Set()), source: 'import' as const };
    expect(requestFromForm(form, OPTIONS, new Set()).errors['disk.kind']).toMatch(
      /needs its disk image/,
    );
    const onVolume = { ...form, disk: 'volume' as const, diskVolume: 'web.qcow2' };
    expect(requestFromForm(onVolume, OPTIONS, new Set()).request?.disk).toEqual({
      kind: 'volume',
      pool: 'default',
      volume: 'web.qcow2',
    });
  });
});
