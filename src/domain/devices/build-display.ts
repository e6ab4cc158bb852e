import type { SpecOf } from '../../shared/devices';
import { XmlElement } from '../xml/nodes';
import { GraphicsDevice, InputDevice, VideoDevice } from './display';
import { SoundDevice } from './sound';

/** What the user sees, hears and types with: displays, video cards, sound cards, input. */

/**
 * A VNC or SPICE display. It listens on the host only unless the spec names an address;
 * remote viewers go through the app's tunnel. No password is ever written.
 */
export function buildGraphics(spec: SpecOf<'graphics'>): XmlElement {
  const graphics = new GraphicsDevice(new XmlElement('graphics'));
  graphics.type = spec.type;
  if (spec.port === undefined)
    graphics.autoport = spec.listen.type === 'address' ? true : undefined;
  else {
    graphics.port = spec.port;
    graphics.autoport = false;
  }
  graphics.keymap = spec.keymap;
  graphics.listenType = spec.listen.type;
  if (spec.listen.type === 'address') graphics.listenAddress = spec.listen.address;
  return graphics.element;
}

export function buildVideo(spec: SpecOf<'video'>): XmlElement {
  const video = new VideoDevice(new XmlElement('video'));
  video.model = spec.model;
  video.heads = spec.heads;
  video.accel3d = spec.accel3d;
  video.alias = spec.alias;
  return video.element;
}

export function buildSound(spec: SpecOf<'sound'>): XmlElement {
  const sound = new SoundDevice(new XmlElement('sound'));
  sound.model = spec.model;
  sound.alias = spec.alias;
  return sound.element;
}

export function buildInput(spec: SpecOf<'input'>): XmlElement {
  const input = new InputDevice(new XmlElement('input'));
  input.type = spec.type;
  input.bus = spec.bus;
  input.alias = spec.alias;
  return input.element;
}
