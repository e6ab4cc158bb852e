import type { DetachOutcome } from '../../shared/ipc/contract';

/** What the user is told about a removal; every message says what happens next. */
export function detachMessage(
  status: DetachOutcome['status'],
  title: string,
  vm: string,
  alsoFromConfig = false,
): string {
  switch (status) {
    case 'removed':
      return `${capitalize(title)} was removed from ${vm}.`;
    case 'pending':
      return alsoFromConfig
        ? `Removal pending: the guest in ${vm} has not released ${title} yet. It stays attached until the guest lets go of it (a paused guest must be resumed first). It is already gone from the saved definition, so it goes at the next boot in any case. Retry, or cancel to put it back in the saved definition.`
        : `Removal pending: the guest in ${vm} has not released ${title} yet. It stays attached until the guest lets go of it (a paused guest must be resumed first). Retry, cancel, or remove it at the next boot.`;
    case 'scheduled-for-next-boot':
      return `${capitalize(title)} was removed from the saved definition of ${vm}; the running VM keeps it until it is shut down.`;
  }
}

export function refusalMessage(title: string): string {
  return `The guest refused to release ${title}. It may still be in use inside the guest: stop using it there (unmount the disk, take the interface down), then retry, or remove it at the next boot.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
