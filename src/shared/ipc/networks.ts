import { z } from 'zod';

/**
 * The networks family of the contract: what the device dialogs need of a host's virtual
 * networks beyond listing them (devices.hostResources lists them).
 */
export const networkMethods = {
  /**
   * Starts an inactive virtual network (virNetworkCreate), e.g. so that a network card can
   * join a running VM; starting one that is already active is refused by the host.
   */
  'networks.start': {
    input: z.object({ hostId: z.string().min(1), name: z.string().min(1).max(200) }).strict(),
    output: z.null(),
  },
} as const;
