import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { definitionFor, hostIdFor, hostNameFor } from '../../../src/main/services/host-definitions';
import { HostStore } from '../../../src/main/services/host-store';
import { detectLocalLibvirtUris } from '../../../src/main/services/local-hosts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtdeck-hosts-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('host definitions', () => {
  it('names hosts the way users know them', () => {
    expect(hostNameFor('demo:///')).toBe('Demo host');
    expect(hostNameFor('qemu:///system')).toBe('QEMU/KVM (system)');
    expect(hostNameFor('qemu:///session')).toBe('QEMU/KVM (session)');
    expect(hostNameFor('qemu+ssh://root@server1/system')).toBe('QEMU/KVM (system) on root@server1');
    expect(hostNameFor('test+unix:///default')).toBe('libvirt test driver (default)');
  });

  it('derives stable ids', () => {
    expect(hostIdFor('demo:///')).toBe('demo');
    expect(hostIdFor('qemu:///system')).toBe('qemu-system');
    expect(definitionFor('qemu:///system', 'Workstation')).toEqual({
      id: 'qemu-system',
      name: 'Workstation',
      uri: 'qemu:///system',
      kind: 'libvirt',
    });
  });
});

describe('saved hosts', () => {
  it('starts empty and round-trips the list', async () => {
    const store = new HostStore(join(tempDir(), 'nested'));
    expect(await store.load()).toEqual([]);
    const hosts = [{ id: 'a', name: 'A', uri: 'qemu+ssh://a/system' }];
    await store.save(hosts);
    expect(await store.load()).toEqual(hosts);
  });

  it('says which file is damaged and what to do', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'hosts.json'), JSON.stringify({ version: 1, hosts: [{ id: 3 }] }));
    await expect(new HostStore(dir).load()).rejects.toThrow(/hosts\.json is damaged.*fix or delete it/);
    expect(readFileSync(join(dir, 'hosts.json'), 'utf8')).toContain('"id":3');
  });
});

describe('local libvirt detection', () => {
  it('offers system and session daemons whose sockets exist', () => {
    const present = new Set(['/var/run/libvirt/libvirt-sock', '/run/user/1000/libvirt/virtqemud-sock']);
    const exists = (path: string): boolean => present.has(path);
    expect(detectLocalLibvirtUris({ XDG_RUNTIME_DIR: '/run/user/1000' }, exists)).toEqual(['qemu:///system', 'qemu:///session']);
    expect(detectLocalLibvirtUris({}, () => false)).toEqual([]);
  });
});
