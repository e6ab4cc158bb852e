import { Button, PageSection, Title, Toolbar, ToolbarContent } from '@patternfly/react-core';
import { ArrowLeftIcon } from '@patternfly/react-icons/dist/esm/icons/arrow-left-icon';
import type { VmSummary } from '../../../shared/dto';
import { VmStateIndicator } from '../../components/VmStateIndicator';
import { useUiStore } from '../../stores/ui-store';
import { DeleteVmButton } from '../new-vm/DeleteVmButton';
import { LifecycleButtons } from '../toolbar/LifecycleButtons';
import { useKeyboardShortcuts } from '../toolbar/use-keyboard-shortcuts';

/**
 * The top of a VM's page: the way back to the list, the VM's name and state, and the
 * same actions (and shortcuts) as the list's toolbar, which act on this VM.
 */
export function VmPageHeader({ vm }: { vm: VmSummary }) {
  const closeVmPage = useUiStore((state) => state.closeVmPage);
  useKeyboardShortcuts();
  return (
    <PageSection className="vd-vm-header" hasBodyWrapper={false}>
      <Button
        variant="link"
        isInline
        icon={<ArrowLeftIcon />}
        onClick={closeVmPage}
        aria-keyshortcuts="Escape"
      >
        Back to the VM list
      </Button>
      <div className="vd-vm-header-row">
        <div className="vd-vm-title">
          <Title headingLevel="h1" size="2xl">
            {vm.name}
          </Title>
          <span role="status" aria-label={`State of ${vm.name}`}>
            <VmStateIndicator state={vm.state} uuid={vm.uuid} />
          </span>
        </div>
        <Toolbar className="vd-vm-actions" role="toolbar" aria-label={`Actions for ${vm.name}`}>
          <ToolbarContent>
            <LifecycleButtons />
            <DeleteVmButton />
          </ToolbarContent>
        </Toolbar>
      </div>
    </PageSection>
  );
}
