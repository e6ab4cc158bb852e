import { FormGroup, Radio } from '@patternfly/react-core';
import type { HostResourceList } from '../../../shared/ipc/contract';
import type { FormErrors, HardwareForm } from './hardware-form';
import { SelectField, TextField } from './form-fields';

type Hostdev = HardwareForm['hostdev'];

/** The host device page: a USB device by vendor and product, or a PCI device by address. */
export function HostdevFields({
  hostdev,
  errors,
  onChange,
  resources,
}: {
  hostdev: Hostdev;
  errors: FormErrors;
  onChange: (change: Partial<Hostdev>) => void;
  resources: HostResourceList | undefined;
}) {
  const offered = (resources?.hostDevices ?? []).filter((device) => device.kind === hostdev.bus);
  const chosen = offered.find((device) =>
    device.kind === 'usb'
      ? sameId(device.usbVendor, hostdev.usbVendor) && sameId(device.usbProduct, hostdev.usbProduct)
      : device.pciAddress === hostdev.pciAddress,
  );
  const choose = (name: string) => {
    const device = offered.find((d) => d.name === name);
    if (!device) return;
    onChange(
      device.kind === 'usb'
        ? { usbVendor: bareId(device.usbVendor), usbProduct: bareId(device.usbProduct) }
        : { pciAddress: device.pciAddress ?? '' },
    );
  };
  return (
    <>
      <FormGroup role="radiogroup" isInline fieldId="vd-hostdev-bus" label="Host device type">
        <Radio
          id="vd-hostdev-usb"
          name="vd-hostdev-bus"
          label="USB"
          isChecked={hostdev.bus === 'usb'}
          onChange={() => onChange({ bus: 'usb' })}
        />
        <Radio
          id="vd-hostdev-pci"
          name="vd-hostdev-bus"
          label="PCI"
          isChecked={hostdev.bus === 'pci'}
          onChange={() => onChange({ bus: 'pci' })}
        />
      </FormGroup>
      {offered.length > 0 && (
        <SelectField
          id="vd-hostdev-choice"
          label="Host device"
          value={chosen?.name ?? ''}
          options={[
            ['', 'Choose, or type the IDs below…'],
            ...offered.map(
              (device) =>
                [
                  device.name,
                  `${device.description} (${device.kind === 'usb' ? `${bareId(device.usbVendor)}:${bareId(device.usbProduct)}` : device.pciAddress})`,
                ] as const,
            ),
          ]}
          onChange={choose}
        />
      )}
      {hostdev.bus === 'usb' ? (
        <>
          <TextField
            id="vd-hostdev-vendor"
            label="USB vendor ID"
            value={hostdev.usbVendor}
            onChange={(usbVendor) => onChange({ usbVendor })}
            error={errors['usbVendor']}
            hint="From lsusb on the host, e.g. 046d."
          />
          <TextField
            id="vd-hostdev-product"
            label="USB product ID"
            value={hostdev.usbProduct}
            onChange={(usbProduct) => onChange({ usbProduct })}
            error={errors['usbProduct']}
          />
        </>
      ) : (
        <TextField
          id="vd-hostdev-pci-address"
          label="PCI address"
          value={hostdev.pciAddress}
          onChange={(pciAddress) => onChange({ pciAddress })}
          error={errors['pciAddress']}
          hint="From lspci -D on the host, e.g. 0000:03:00.0."
        />
      )}
    </>
  );
}

/** USB ids as people type them: 046d rather than 0x046d. */
function bareId(id: string | undefined): string {
  return (id ?? '').replace(/^0x/i, '');
}

function sameId(a: string | undefined, b: string): boolean {
  return bareId(a).toLowerCase() === bareId(b).toLowerCase() && b !== '';
}
