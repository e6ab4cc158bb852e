import { FormGroup, Radio } from '@patternfly/react-core';
import type { FormErrors, HardwareForm } from './hardware-form';
import { TextField } from './form-fields';

type Hostdev = HardwareForm['hostdev'];

/** The host device page: a USB device by vendor and product, or a PCI device by address. */
export function HostdevFields({
  hostdev,
  errors,
  onChange,
}: {
  hostdev: Hostdev;
  errors: FormErrors;
  onChange: (change: Partial<Hostdev>) => void;
}) {
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
