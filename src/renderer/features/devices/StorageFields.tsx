import { Checkbox, Grid, GridItem } from '@patternfly/react-core';
import { DiskSourceFields } from './DiskSourceFields';
import type { StoragePageProps } from './DiskSourceFields';
import type { HardwareForm } from './hardware-form';
import { SelectField } from './form-fields';
import { reasonsFor } from './use-host-support';

type Storage = HardwareForm['storage'];

const CACHE_MODES: readonly (readonly [Storage['cache'], string])[] = [
  ['', 'Hypervisor default'],
  ['none', 'None (no host page cache)'],
  ['writethrough', 'Writethrough'],
  ['writeback', 'Writeback'],
  ['directsync', 'Directsync'],
  ['unsafe', 'Unsafe (ignores flushes)'],
];

/**
 * The storage page: an image file or block device, an existing pool volume or a new one,
 * and the disk's bus, format and cache mode.
 */
export function StorageFields(props: StoragePageProps) {
  const { storage, onChange, support, format } = props;
  return (
    <>
      <SelectField
        id="vd-disk-device"
        label="Device type"
        value={storage.device}
        options={[
          ['disk', 'Disk'],
          ['cdrom', 'CD-ROM drive'],
          ['floppy', 'Floppy drive'],
        ]}
        onChange={(device) => onChange({ device })}
        unavailable={reasonsFor(support, 'disk.device')}
      />
      <DiskSourceFields {...props} />
      {/* Side by side: the dialog must fit a 800 px high window. */}
      <Grid hasGutter md={4}>
        <GridItem>
          <SelectField
            id="vd-disk-bus"
            label="Bus"
            value={storage.bus}
            options={[
              ['', 'Automatic (virtio for disks)'],
              ['virtio', 'VirtIO'],
              ['scsi', 'SCSI'],
              ['sata', 'SATA'],
              ['usb', 'USB'],
              ['ide', 'IDE'],
            ]}
            onChange={(bus) => onChange({ bus })}
            unavailable={reasonsFor(support, 'disk.bus')}
          />
        </GridItem>
        {/* A new volume's disk has the volume's format. */}
        {storage.sourceKind !== 'new-volume' && (
          <GridItem>
            <SelectField
              id="vd-disk-format"
              label="Image format"
              value={storage.format}
              options={[
                ['', 'Automatic (as the host reports)'],
                ['qcow2', 'QCOW2'],
                ['raw', 'Raw'],
              ]}
              onChange={(chosen) => onChange({ format: chosen })}
              error={format?.problem}
              hint={format?.note}
            />
          </GridItem>
        )}
        <GridItem>
          <SelectField
            id="vd-disk-cache"
            label="Cache mode"
            value={storage.cache}
            options={CACHE_MODES}
            onChange={(cache) => onChange({ cache })}
          />
        </GridItem>
      </Grid>
      <Checkbox
        id="vd-disk-readonly"
        label="Read-only"
        isChecked={storage.readonly || storage.device === 'cdrom'}
        isDisabled={storage.device === 'cdrom'}
        onChange={(_event, readonly) => onChange({ readonly })}
      />
    </>
  );
}
