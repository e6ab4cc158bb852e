import { DriverError } from '../../../drivers/driver';
import type { Domain, LibvirtClient } from '../../../drivers/libvirt';
import { VirErr } from '../../../shared/libvirt-errors';

export interface DomainSecurity {
  /** The host's security driver, e.g. "apparmor", "selinux", "none"; empty when it has none. */
  model: string;
  doi: string;
  /** The domain's label; empty when it has none. */
  label: string;
  enforcing: boolean;
}

/**
 * The host's security model and the domain's label, as dominfo shows them. Like virsh, a
 * hypervisor driver that has no security API reads as having none.
 */
export async function domainSecurity(client: LibvirtClient, dom: Domain): Promise<DomainSecurity> {
  const [model, label] = await Promise.all([
    orNothing(client.nodeGetSecurityModel()),
    orNothing(client.domainGetSecurityLabel(dom)),
  ]);
  return {
    model: model?.model ?? '',
    doi: model?.doi ?? '',
    label: label?.label ?? '',
    enforcing: label?.enforcing === 1,
  };
}

function orNothing<T>(call: Promise<T>): Promise<T | undefined> {
  return call.catch((error: unknown) => {
    if (error instanceof DriverError && error.code === VirErr.NO_SUPPORT) return undefined;
    throw error;
  });
}
