import { lazy, Suspense, useState } from 'react';
import { Button, ToolbarItem } from '@patternfly/react-core';
import { PlusCircleIcon } from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useHostsStore } from '../../stores/hosts-store';
import { useUiStore } from '../../stores/ui-store';

// The wizard is loaded when first opened, so the first page stays small.
const NewVmWizard = lazy(() =>
  import('./NewVmWizard').then((module) => ({ default: module.NewVmWizard })),
);

/** "New VM" on the selected host; disabled (with the reason) while it is not connected. */
export function NewVmButton() {
  const [open, setOpen] = useState(false);
  const hostId = useUiStore((state) => state.selectedHostId);
  const host = useHostsStore((state) => state.hosts.find((h) => h.id === hostId));
  const connected = host?.status === 'connected';
  return (
    <ToolbarItem>
      <Button
        variant="primary"
        size="sm"
        icon={<PlusCircleIcon />}
        isAriaDisabled={!connected}
        {...(connected ? {} : { 'aria-description': 'Select a connected host first.' })}
        onClick={() => setOpen(true)}
      >
        New VM
      </Button>
      {open && host && (
        <Suspense fallback={null}>
          <NewVmWizard hostId={host.id} hostName={host.name} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </ToolbarItem>
  );
}
