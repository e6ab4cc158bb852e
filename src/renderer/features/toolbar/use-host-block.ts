import type { HostStatus } from '../../../shared/dto';
import { useHostsStore } from '../../stores/hosts-store';

/** Why nothing can be done to a VM of a host in this state; undefined while connected. */
export function hostBlockReason(status: HostStatus | undefined): string | undefined {
  switch (status) {
    case 'connected':
      return undefined;
    case 'reconnecting':
      return 'The host is reconnecting';
    case 'connecting':
      return 'The host is still connecting';
    case 'disconnected':
    case 'error':
    case undefined:
      return 'The host is not connected';
  }
}

/** The reason for the VM's host, read live from the hosts store. */
export function useHostBlock(hostId: string | undefined): string | undefined {
  const status = useHostsStore((state) =>
    hostId === undefined ? undefined : state.hosts.find((host) => host.id === hostId)?.status,
  );
  return hostId === undefined ? undefined : hostBlockReason(status);
}
