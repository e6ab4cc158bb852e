import type { ComponentType } from 'react';
import { PauseIcon } from '@patternfly/react-icons/dist/esm/icons/pause-icon';
import { PlayIcon } from '@patternfly/react-icons/dist/esm/icons/play-icon';
import { PowerOffIcon } from '@patternfly/react-icons/dist/esm/icons/power-off-icon';
import { RedoIcon } from '@patternfly/react-icons/dist/esm/icons/redo-icon';
import { StopIcon } from '@patternfly/react-icons/dist/esm/icons/stop-icon';
import type { LifecycleAction } from '../../../shared/dto';

export const ACTION_ICONS: Record<LifecycleAction, ComponentType> = {
  start: PlayIcon,
  shutdown: PowerOffIcon,
  reboot: RedoIcon,
  destroy: StopIcon,
  suspend: PauseIcon,
  resume: PlayIcon,
};
