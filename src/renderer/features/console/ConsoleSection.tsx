import { lazy, Suspense, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Button, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import type { VmSummary } from '../../../shared/dto';
import { useClient } from '../../app/client-context';
import { copyText, readClipboard } from './clipboard';
import { ConsoleConnection, type ConsoleStatus } from './console-connection';

// xterm.js is loaded with the console, not with the first page.
const ConsoleTerminal = lazy(() => import('./ConsoleTerminal'));

const RUNNING_STATES: ReadonlySet<VmSummary['state']> = new Set(['running', 'paused', 'blocked']);

/**
 * The serial console of the selected VM: a terminal, Connect/Disconnect (or Take over when
 * another client holds the console), Copy and Paste, and a status line. It connects when
 * shown and whenever the VM starts, unless the user disconnected.
 */
export function ConsoleSection({ vm, actions }: { vm: VmSummary; actions?: ReactNode }) {
  const client = useClient();
  // One connection per VM: the parent keys this component by the VM's uuid.
  const [connection] = useState(
    () => new ConsoleConnection(client, { hostId: vm.hostId, uuid: vm.uuid }),
  );
  useEffect(() => connection.listen(), [connection]);
  const status = useSyncExternalStore(
    (notify) => connection.onStatus(notify),
    () => connection.status,
  );
  const running = RUNNING_STATES.has(vm.state);
  const [wanted, setWanted] = useState(true);
  const [pasteNote, setPasteNote] = useState<string>();

  useEffect(() => {
    if (running && wanted) void connection.connect();
  }, [connection, running, wanted]);

  const connected = status.state === 'connected';
  const connect = (force = false): void => {
    setWanted(true);
    void connection.connect(force);
  };
  const disconnect = (): void => {
    setWanted(false);
    void connection.disconnect();
  };
  const paste = async (): Promise<void> => {
    const text = await readClipboard();
    setPasteNote(
      text === undefined
        ? 'This window may not read the clipboard: press Ctrl+Shift+V in the terminal.'
        : undefined,
    );
    if (text !== undefined) connection.write(text);
    connection.screen?.focus?.();
  };

  return (
    <div className="vd-console">
      <Flex
        className="vd-console-bar"
        alignItems={{ default: 'alignItemsCenter' }}
        gap={{ default: 'gapSm' }}
      >
        <FlexItem>
          {connected || status.state === 'connecting' ? (
            <Button variant="secondary" size="sm" onClick={disconnect}>
              Disconnect
            </Button>
          ) : (
            <Button variant="primary" size="sm" isDisabled={!running} onClick={() => connect()}>
              Connect
            </Button>
          )}
        </FlexItem>
        {status.state === 'busy' && (
          <FlexItem>
            <Button variant="warning" size="sm" onClick={() => connect(true)}>
              Take over
            </Button>
          </FlexItem>
        )}
        <FlexItem>
          <Button
            variant="tertiary"
            size="sm"
            onClick={() => copyText(connection.screen?.selection?.() ?? '')}
            isDisabled={!connected}
          >
            Copy
          </Button>
        </FlexItem>
        <FlexItem>
          <Button variant="tertiary" size="sm" onClick={() => void paste()} isDisabled={!connected}>
            Paste
          </Button>
        </FlexItem>
        <FlexItem className="vd-console-status" role="status" aria-label="Console status">
          {statusText(status, vm, running)}
          {pasteNote && connected ? ` ${pasteNote}` : ''}
        </FlexItem>
        {actions && <FlexItem align={{ default: 'alignRight' }}>{actions}</FlexItem>}
      </Flex>
      <Suspense fallback={<Spinner size="md" aria-label="Loading the terminal" />}>
        <ConsoleTerminal connection={connection} label={`Serial console of ${vm.name}`} />
      </Suspense>
    </div>
  );
}

function statusText(status: ConsoleStatus, vm: VmSummary, running: boolean): string {
  switch (status.state) {
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return 'Connected. Keys go to the guest; copy with Ctrl+Shift+C, paste with Ctrl+Shift+V.';
    case 'busy':
    case 'failed':
      return status.message;
    case 'disconnected':
      if (!running)
        return `Disconnected: “${vm.name}” is not running. Run it to use its serial console.`;
      return status.message ? `Disconnected: ${status.message}.` : 'Disconnected.';
  }
}
