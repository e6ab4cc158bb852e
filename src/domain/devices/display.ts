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
}) {}

/** <video>: the guest's display adapter. */
export class VideoDevice extends defineView({
  ...deviceInfo,
  model: str('model/@type'),
  vramKiB: int('model/@vram'),
  heads: int('model/@heads'),
  primary: yesNo('model/@primary'),
}) {}

/** <input>: keyboard, mouse or tablet. */
export class InputDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  bus: str('@bus'),
}) {}

/** Any other device element: the common device properties only. */
export class OtherDevice extends defineView({
  ...deviceInfo,
  type: str('@type'),
  model: str('@model'),
}) {}
