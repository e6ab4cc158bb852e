import { defineView } from '../model/view';
import { int, str, yesNo } from '../model/props';
import { deviceInfo } from './device';

/**
 * <graphics>: how a client reaches the guest's display. The password attribute is left
 * out on purpose: the app never reads or stores display passwords from domain XML.
 */
export class GraphicsDevice extends defineView({
  /** vnc, spice, rdp, sdl, dbus, egl-headless */
  type: str('@type'),
  port: int('@port'),
  autoport: yesNo('@autoport'),
  listen: str('@listen'),
  listenType: str('listen/@type'),
  listenAddress: str('listen/@address'),
  listenSocket: str('listen/@socket'),
  websocketPort: int('@websocket'),
  keymap: str('@keymap'),
  glEnable: yesNo('gl/@enable'),
}) {
  /**
   * Where a client reaches this display on the host, from a running VM's XML: a TCP port
   * on a listen address, or a UNIX socket. Undefined before QEMU has picked a port
   * (autoport shows -1) or when the display has no network listener (SDL, egl-headless).
   */
  get endpoint(): DisplayEndpoint | undefined {
    if (this.listenType === 'socket' && this.listenSocket !== undefined) {
      return { kind: 'unix', type: this.type ?? 'vnc', path: this.listenSocket };
    }
    const port = this.port;
    if (port === undefined || port < 0) return undefined;
    return {
      kind: 'tcp',
      type: this.type ?? 'vnc',
      // libvirt mirrors the first <listen> into the listen attribute; either may be there.
      host: this.listenAddress ?? this.listen ?? '127.0.0.1',
      port,
      ...(this.websocketPort !== undefined && this.websocketPort > 0
        ? { websocketPort: this.websocketPort }
        : {}),
    };
  }
}

export type DisplayEndpoint =
  | { kind: 'tcp'; type: string; host: string; port: number; websocketPort?: number }
  | { kind: 'unix'; type: string; path: string };

/** <video>: the guest's display adapter. */
export class VideoDevice extends defineView({
  ...deviceInfo,
  model: str('model/@type'),
  vramKiB: int('model/@vram'),
  heads: int('model/@heads'),
  primary: yesNo('model/@primary'),
  accel3d: yesNo('model/acceleration/@accel3d'),
  /** vhostuser for a vhost-user GPU; qemu otherwise. */
  driverName: str('driver/@name'),
}) {}

/** <input>: keyboard, mouse or tablet, or a host input device passed through. */
export class InputDevice extends defineView({
  ...deviceInfo,
  /** mouse, tablet, keyboard, passthrough, evdev */
  type: str('@type'),
  /** ps2, usb, virtio, xen */
  bus: str('@bus'),
  /** virtio, virtio-transitional, virtio-non-transitional */
  model: str('@model'),
  /** passthrough: the host's event device. */
  sourceEvdev: str('source/@evdev'),
  /** evdev: the host's event device. */
  sourceDev: str('source/@dev'),
}) {
  /** The host event device behind a passthrough or evdev input. */
  get source(): string | undefined {
    return this.sourceEvdev ?? this.sourceDev;
  }
}

/** Any other device element: the common device properties only. */
export class OtherDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  model: str('@model'),
}) {}
