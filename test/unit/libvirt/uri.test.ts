import { describe, expect, it } from 'vitest';
import { parseLibvirtUri } from '../../../src/drivers/libvirt/transport/uri';
import { unixSocketPath } from '../../../src/drivers/libvirt/transport/unix';
import { connect } from '../../../src/drivers/libvirt';
import { DriverError } from '../../../src/drivers/driver';

describe('libvirt URIs', () => {
  it('reads driver, transport, user, host, port, path and params', () => {
    const u = parseLibvirtUri('qemu+ssh://alice@host.example:2222/system?keyfile=/k&foo=bar');
    expect(u).toMatchObject({
      driver: 'qemu',
      transport: 'ssh',
      user: 'alice',
      host: 'host.example',
      port: 2222,
      path: '/system',
    });
    expect(u.params.get('keyfile')).toBe('/k');
    expect(u.remoteName).toBe('qemu:///system?foo=bar');
  });

  it('defaults to unix without a host and to tls with one', () => {
    expect(parseLibvirtUri('qemu:///system').transport).toBe('unix');
    expect(parseLibvirtUri('qemu://host/system').transport).toBe('tls');
    expect(parseLibvirtUri('qemu+tcp://[::1]:16509/system')).toMatchObject({
      host: '::1',
      port: 16509,
    });
  });

  it('drops the parameters the client consumes from the name it sends', () => {
    expect(parseLibvirtUri('test+unix:///default?socket=/s&mode=legacy&foo=bar').remoteName).toBe(
      'test:///default?foo=bar',
    );
    expect(parseLibvirtUri('qemu:///system?name=qemu:///session').remoteName).toBe(
      'qemu:///session',
    );
    expect(parseLibvirtUri('remote:///').remoteName).toBe('');
  });

  it('rejects unix with a host, unknown transports and non-URIs', () => {
    expect(() => parseLibvirtUri('qemu+unix://host/system')).toThrow(/cannot name a host/);
    expect(() => parseLibvirtUri('qemu+carrier://host/system')).toThrow(/unknown transport/);
    expect(() => parseLibvirtUri('not a uri')).toThrow(/not a libvirt URI/);
  });

  it('chooses sockets as mode=auto does', () => {
    // The test driver has no modular daemon, so it always uses libvirt-sock.
    expect(unixSocketPath(parseLibvirtUri('test+unix:///default'), false)).toMatch(/libvirt-sock$/);
    expect(unixSocketPath(parseLibvirtUri('qemu:///system?mode=direct'), true)).toBe(
      '/var/run/libvirt/virtqemud-sock-ro',
    );
    expect(unixSocketPath(parseLibvirtUri('qemu:///system?mode=legacy'), false)).toBe(
      '/var/run/libvirt/libvirt-sock',
    );
    expect(unixSocketPath(parseLibvirtUri('qemu:///system?socket=/tmp/s'), false)).toBe('/tmp/s');
  });

  it('reports connection failures as DriverError', async () => {
    await expect(connect('qemu:///system?socket=/nonexistent/sock')).rejects.toBeInstanceOf(
      DriverError,
    );
    await expect(connect('qemu+ssh://host/system?mode=direct')).rejects.toBeInstanceOf(DriverError);
    await expect(connect('bogus')).rejects.toMatchObject({ code: 8 });
  });
});
