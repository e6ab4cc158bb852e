import { AppError } from '../shared/errors';
import type { VolumeSpec } from '../shared/storage';
import { bytes, str } from './model/props';
import { defineView } from './model/view';
import { XmlElement } from './xml/nodes';
import { parseDocumentOf } from './xml/parse';

/** <pool>: a storage pool (a directory, LVM volume group, iSCSI target, ...). */
export class PoolXml extends defineView({
  /** dir, fs, netfs, logical, disk, iscsi, rbd, ... */
  type: str('@type'),
  name: str('name'),
  uuid: str('uuid'),
  capacityBytes: bytes('capacity'),
  allocationBytes: bytes('allocation'),
  availableBytes: bytes('available'),
  targetPath: str('target/path'),
  sourceName: str('source/name'),
  sourceHost: str('source/host/@name'),
  sourceDevice: str('source/device/@path'),
  sourceDir: str('source/dir/@path'),
}) {
  static parse(xml: string): PoolXml {
    return new PoolXml(parseDocumentOf(xml, 'pool').root);
  }
}

/** <volume>: one image or device in a pool. */
export class VolumeXml extends defineView({
  /** file, block, dir, network, netdir, ploop */
  type: str('@type'),
  name: str('name'),
  key: str('key'),
  capacityBytes: bytes('capacity'),
  allocationBytes: bytes('allocation'),
  path: str('target/path'),
  format: str('target/format/@type'),
  backingPath: str('backingStore/path'),
  backingFormat: str('backingStore/format/@type'),
}) {
  static parse(xml: string): VolumeXml {
    return new VolumeXml(parseDocumentOf(xml, 'volume').root);
  }
}

/**
 * The XML for virStorageVolCreateXML. A qcow2 volume is thin: it takes space as the guest
 * writes. A backing image makes it a copy-on-write overlay of that image.
 */
export function buildVolume(spec: VolumeSpec): XmlElement {
  if (spec.backing && spec.format !== 'qcow2') {
    throw new AppError({
      code: 'validation',
      message: `Only qcow2 volumes can build on a backing image, and "${spec.name}" is ${spec.format}. Choose qcow2.`,
      issues: [{ path: 'format', message: 'a volume with a backing image must be qcow2' }],
    });
  }
  const volume = new VolumeXml(new XmlElement('volume'));
  volume.name = spec.name;
  volume.capacityBytes = spec.capacityBytes;
  volume.format = spec.format;
  volume.backingPath = spec.backing?.path;
  volume.backingFormat = spec.backing?.format;
  return volume.element;
}
