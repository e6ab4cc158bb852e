import { describe, expect, it } from 'vitest';
import { explainVncLookup, findVncDisplay } from '../../../src/domain/vnc-display';

const domain = (devices: string) =>
  `<domain type='kvm'><name>web</name><devices>${devices}</devices></domain>`;

describe('findVncDisplay', () => {
  it('finds the port QEMU picked for an autoport display on its listen address', () => {
    const xml = domain(
      "<graphics type='vnc' port='5903' autoport='yes' listen='127.0.0.1'><listen type='address' address='127.0.0.1'/></graphics>",
    );
    expect(findVncDisplay(xml)).toEqual({
      status: 'ready',
      target: { kind: 'tcp', host: '127.0.0.1', port: 5903 },
    });
  });

  it('takes a fixed port and reaches a wildcard listen address over loopback', () => {
    expect(
      findVncDisplay(domain("<graphics type='vnc' port='5910' autoport='no' listen='0.0.0.0'/>")),
    ).toEqual({
      status: 'ready',
      target: { kind: 'tcp', host: '127.0.0.1', port: 5910 },
    });
    expect(
      findVncDisplay(
        domain("<graphics type='vnc' port='5911'><listen type='address' address='::'/></graphics>"),
      ),
    ).toEqual({
      status: 'ready',
      target: { kind: 'tcp', host: '::1', port: 5911 },
    });
  });

  it('takes a UNIX socket listener', () => {
    const xml = domain(
      "<graphics type='vnc'><listen type='socket' socket='/run/libvirt/qemu/vnc-1.sock'/></graphics>",
    );
    expect(findVncDisplay(xml)).toEqual({
      status: 'ready',
      target: { kind: 'unix', path: '/run/libvirt/qemu/vnc-1.sock' },
    });
  });

  it('has no port before the VM runs (autoport -1)', () => {
    expect(findVncDisplay(domain("<graphics type='vnc' port='-1' autoport='yes'/>"))).toEqual({
      status: 'no-port',
    });
  });

  it('tells a display without a listener apart', () => {
    const xml = domain("<graphics type='vnc'><listen type='none'/></graphics>");
    expect(findVncDisplay(xml)).toEqual({ status: 'no-listener' });
  });

  it('names the other displays when there is no VNC one', () => {
    expect(findVncDisplay(domain("<graphics type='spice' port='5900'/>"))).toEqual({
      status: 'none',
      others: ['spice'],
    });
    expect(findVncDisplay(domain(''))).toEqual({ status: 'none', others: [] });
  });

  it('picks the VNC display next to a SPICE one', () => {
    const xml = domain(
      "<graphics type='spice' port='5900'/><graphics type='vnc' port='5901' listen='127.0.0.1'/>",
    );
    expect(findVncDisplay(xml)).toMatchObject({ status: 'ready', target: { port: 5901 } });
  });
});

describe('explainVncLookup', () => {
  it('says how to add a display', () => {
    expect(explainVncLookup({ status: 'none', others: [] }, 'web')).toContain(
      'Add hardware → Display',
    );
    expect(explainVncLookup({ status: 'no-port' }, 'web')).toContain('start the VM');
  });
});
