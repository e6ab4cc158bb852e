import { DriverError } from '../../../drivers/driver';
import type { Domain, LibvirtClient } from '../../../drivers/libvirt';
import { domain } from '../../../drivers/libvirt/protocol/types';
import { charString, int, struct } from '../../../drivers/libvirt/xdr/codec';
import { VirErr } from '../../../shared/libvirt-errors';

/**
 * REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL (121), which the client's procedure tables do not
 * have yet: `dom` in, `{ label: char<VIR_SECURITY_LABEL_BUFLEN>, enforcing: int }` out.
 * Called through the client's connection; replace with `client.domainGetSecurityLabel`
 * once the tables have it.
 */
const DOMAIN_GET_SECURITY_LABEL = 121;
const SECURITY_LABEL_BUFLEN = 4096 + 1;
const securityLabelReply = struct({ label: charString(SECURITY_LABEL_BUFLEN), enforcing: int });

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
    orNothing(client.connection.call(DOMAIN_GET_SECURITY_LABEL, domain, dom, securityLabelReply)),
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
