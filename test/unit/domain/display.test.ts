import { describe, expect, it } from 'vitest';
import { GraphicsDevice } from '../../../src/domain/devices/display';
import { DomainXml } from '../../../src/domain/domain-xml';
import { liveFile } from '../../helpers/xml-corpus';

const graphics = (xml: string) =>
  DomainXml.parse(`<domain><devices>${xml}</devices></domain>`).devicesOf(GraphicsDevice)[0]!;

describe('GraphicsDevice.endpoint', () => {
  it("gives the running VM's VNC port on its listen address", () => {
    const [vnc] = DomainXml.parse(liveFile('q35-running.xml')).devicesOf(GraphicsDevice);
    expect(vnc?.endpoint).toEqual({ kind: 'tcp', type: 'vnc', host: '127.0.0.1', port: 5900 });
  });

  it('gives a UNIX socket, and the websocket port when there is one', () => {
    expect(
      graphics("<graphics type='vnc'><listen type='socket' socket='/run/vnc.sock'/></graphics>")
        .endpoint,
    ).toEqual({
      kind: 'unix',
      type: 'vnc',
      path: '/run/vnc.sock',
    });
    expect(
      graphics("<graphics type='spice' port='5901' websocket='5701' listen='0.0.0.0'/>").endpoint,
    ).toEqual({
      kind: 'tcp',
      type: 'spice',
      host: '0.0.0.0',
      port: 5901,
      websocketPort: 5701,
    });
  });

  it('has none before QEMU picks a port, or without a listener', () => {
    expect(graphics("<graphics type='vnc' port='-1' autoport='yes'/>").endpoint).toBeUndefined();
    expect(graphics("<graphics type='egl-headless'/>").endpoint).toBeUndefined();
  });
});
