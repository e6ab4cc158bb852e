import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Dropdown,
  DropdownItem,
  DropdownList,
  EmptyState,
  EmptyStateBody,
  Flex,
  FlexItem,
  MenuToggle,
  Switch,
} from '@patternfly/react-core';
import { DesktopIcon } from '@patternfly/react-icons/dist/esm/icons/desktop-icon';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { DisplayClipboard } from './DisplayClipboard';
import { DisplayScreen, type DisplayControls } from './DisplayScreen';
import { ctrlAltFunctionKey } from './display-url';
import { useDisplaySession, type DisplayStatus } from './use-display-session';

const RUNNING_STATES: ReadonlySet<VmSummary['state']> = new Set(['running', 'paused', 'blocked']);

/**
 * The graphical console (VNC) of the selected VM, loaded with noVNC when the Display tab
 * opens: Connect/Disconnect, scale to fit or 1:1, a Send key menu, clipboard text both
 * ways and a status line. It connects when shown and whenever the VM starts, unless the
 * user disconnected.
 */
export function DisplaySection({ vm, actions }: { vm: VmSummary; actions?: ReactNode }) {
  const client = useClient();
  const session = useDisplaySession(client, vm.hostId, vm.uuid);
  const { status, connect } = session;
  const running = RUNNING_STATES.has(vm.state);
  const [wanted, setWanted] = useState(true);
  const [scaled, setScaled] = useState(true);
  const [keysOpen, setKeysOpen] = useState(false);
  const [clipboardText, setClipboardText] = useState('');
  const controls = useRef<DisplayControls>(undefined);

  useEffect(() => {
    if (running && wanted) void connect();
  }, [connect, running, wanted]);

  if (status.state === 'no-display') {
    return (
      <EmptyState titleText="No graphical display" headingLevel="h3" icon={DesktopIcon}>
        <EmptyStateBody>{status.message}</EmptyStateBody>
      </EmptyState>
    );
  }
  const connected = status.state === 'connected';
  const active = connected || status.state === 'connecting' || status.state === 'opening';
  const send = (action: (screen: DisplayControls) => void): void => {
    if (controls.current) action(controls.current);
    controls.current?.focus();
  };

  return (
    <div className="vd-display">
      <Flex
        className="vd-console-bar"
        alignItems={{ default: 'alignItemsCenter' }}
        gap={{ default: 'gapSm' }}
      >
        <FlexItem>
          {active ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => (setWanted(false), session.disconnect())}
            >
              Disconnect
            </Button>
          ) : (
            <Button
              variant="primary"
              size="sm"
              isDisabled={!running}
              onClick={() => (setWanted(true), void connect())}
            >
              Connect
            </Button>
          )}
        </FlexItem>
        <FlexItem>
          <Dropdown
            isOpen={keysOpen}
            onOpenChange={setKeysOpen}
            onSelect={() => setKeysOpen(false)}
            toggle={(ref) => (
              <MenuToggle
                ref={ref}
                size="sm"
                isDisabled={!connected}
                isExpanded={keysOpen}
                onClick={() => setKeysOpen(!keysOpen)}
              >
                Send key
              </MenuToggle>
            )}
          >
            <DropdownList>
              <DropdownItem onClick={() => send((screen) => screen.sendCtrlAltDel())}>
                Ctrl+Alt+Del
              </DropdownItem>
              <DropdownItem onClick={() => send((screen) => screen.press(ctrlAltFunctionKey(1)))}>
                Ctrl+Alt+F1
              </DropdownItem>
              <DropdownItem onClick={() => send((screen) => screen.press(ctrlAltFunctionKey(2)))}>
                Ctrl+Alt+F2
              </DropdownItem>
            </DropdownList>
          </Dropdown>
        </FlexItem>
        <FlexItem>
          <Switch
            id={`vd-display-scale-${vm.uuid}`}
            label="Scale to fit"
            isChecked={scaled}
            onChange={(_event, on) => setScaled(on)}
          />
        </FlexItem>
        <FlexItem className="vd-console-status" role="status" aria-label="Display status">
          {statusText(status, vm, running)}
        </FlexItem>
        {actions && <FlexItem align={{ default: 'alignRight' }}>{actions}</FlexItem>}
      </Flex>
      {(status.state === 'connecting' || status.state === 'connected') && (
        <DisplayScreen
          url={status.url}
          label={`Display of ${vm.name}`}
          scaled={scaled}
          onConnected={session.screenConnected}
          onDisconnected={(detail) => session.screenDisconnected(status.sessionId, detail)}
          onClipboard={setClipboardText}
          onControls={(screen) => (controls.current = screen)}
        />
      )}
      <DisplayClipboard
        text={clipboardText}
        setText={setClipboardText}
        connected={connected}
        onSend={(text) => send((screen) => screen.paste(text))}
      />
    </div>
  );
}

function statusText(status: DisplayStatus, vm: VmSummary, running: boolean): string {
  if (status.state === 'failed' || status.state === 'no-display') return status.message;
  if (status.state === 'connected')
    return 'Connected. Click the screen to type: keys go to the guest.';
  if (!running) return `Disconnected: “${vm.name}” is not running. Run it to see its display.`;
  if (status.state !== 'disconnected') return 'Connecting…';
  return status.message ? `Disconnected: ${status.message}.` : 'Disconnected.';
}
