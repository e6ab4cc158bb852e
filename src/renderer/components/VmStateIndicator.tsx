import type { ComponentType } from 'react';
import { Icon } from '@patternfly/react-core';
import { ExclamationCircleIcon } from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { InProgressIcon } from '@patternfly/react-icons/dist/esm/icons/in-progress-icon';
import { MoonIcon } from '@patternfly/react-icons/dist/esm/icons/moon-icon';
import { OffIcon } from '@patternfly/react-icons/dist/esm/icons/off-icon';
import { PauseCircleIcon } from '@patternfly/react-icons/dist/esm/icons/pause-circle-icon';
import { PlayCircleIcon } from '@patternfly/react-icons/dist/esm/icons/play-circle-icon';
import { UnknownIcon } from '@patternfly/react-icons/dist/esm/icons/unknown-icon';
import { HourglassHalfIcon } from '@patternfly/react-icons/dist/esm/icons/hourglass-half-icon';
import type { VmState } from '../../shared/dto';
import {
  PENDING_TEXT,
  usePendingActionsStore,
  type PendingAction,
} from '../stores/pending-actions-store';

interface StatePresentation {
  text: string;
  icon: ComponentType;
  status?: 'success' | 'warning' | 'danger' | 'info';
}

/** Each state has its own icon and words, so colour is never the only signal. */
const PRESENTATION: Record<VmState, StatePresentation> = {
  running: { text: 'Running', icon: PlayCircleIcon, status: 'success' },
  blocked: { text: 'Blocked', icon: HourglassHalfIcon, status: 'warning' },
  paused: { text: 'Paused', icon: PauseCircleIcon, status: 'info' },
  shutdown: { text: 'Shutting down', icon: InProgressIcon, status: 'warning' },
  shutoff: { text: 'Shut off', icon: OffIcon },
  crashed: { text: 'Crashed', icon: ExclamationCircleIcon, status: 'danger' },
  pmsuspended: { text: 'Suspended', icon: MoonIcon, status: 'info' },
  nostate: { text: 'Unknown', icon: UnknownIcon },
};

/** States a pending request is shown over: the guest is up and has not acted yet. */
const PRESENTATION_WAITS: ReadonlySet<VmState> = new Set(['running', 'blocked', 'shutdown']);

export function vmStateText(state: VmState): string {
  return PRESENTATION[state].text;
}

/** A shutdown or reboot asked for and not yet done reads as what the VM is doing. */
const PENDING_PRESENTATION: Record<PendingAction, StatePresentation> = {
  shutdown: { text: PENDING_TEXT.shutdown, icon: InProgressIcon, status: 'warning' },
  reboot: { text: PENDING_TEXT.reboot, icon: InProgressIcon, status: 'info' },
};

/**
 * The VM's state in words and icon. Given the VM's uuid, it shows a pending Shut Down or
 * Reboot ("Shutting down…") instead of the state the guest is still in.
 */
export function VmStateIndicator({ state, uuid }: { state: VmState; uuid?: string }) {
  const pending = usePendingActionsStore((store) =>
    uuid === undefined ? undefined : store.byUuid[uuid]?.action,
  );
  const {
    text,
    icon: StateIcon,
    status,
  } = pending !== undefined && PRESENTATION_WAITS.has(state)
    ? PENDING_PRESENTATION[pending]
    : PRESENTATION[state];
  return (
    <span className="vd-state">
      <Icon size="sm" {...(status ? { status } : {})}>
        <StateIcon />
      </Icon>
      <span>{text}</span>
    </span>
  );
}
