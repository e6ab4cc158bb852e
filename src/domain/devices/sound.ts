import { defineView } from '../model/view';
import { int, str } from '../model/props';
import { deviceInfo } from './device';

/** <sound>: an emulated sound card. */
export class SoundDevice extends defineView({
  ...deviceInfo,
  /** ich6, ich9, ich7, ac97, es1370, sb16, usb, ... */
  model: str('@model'),
  codecType: str('codec/@type'),
  /** The <audio> backend the card plays through. */
  audioId: int('audio/@id'),
}) {}

/** <audio>: a host audio backend (pulseaudio, spice, none, ...) that sound cards refer to. */
export class AudioDevice extends defineView({
  id: int('@id'),
  type: str('@type'),
}) {}
