import type { Domain, LibvirtClient } from '../../../drivers/libvirt';
import { domain } from '../../../drivers/libvirt/protocol/types';
import { charString, int, struct } from '../../../drivers/libvirt/xdr/codec';

/**
 * REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL (121), which the client's procedure tables do not
 * have yet: `dom` in, `{ label: char<VIR_SECURITY_LABEL_BUFLEN>, enforcing: int }` out.
 * Called through the client's connection so dominfo can print virsh's last line.
 * Remove once the client has `domainGetSecurityLabel`.
 */
const DOMAIN_GET_SECURITY_LABEL = 121;
const SECURITY_LABEL_BUFLEN = 4096 + 1;
const securityLabelReply = struct({ label: charString(SECURITY_LABEL_BUFLEN), enforcing: int });

export interface SecurityLabel {
  label: string;
  enforcing: boolean;
}

export async function domainSecurityLabel(
  client: LibvirtClient,
  dom: Domain,
): Promise<SecurityLabel> {
  const { label, enforcing } = await client.connection.call(
    DOMAIN_GET_SECURITY_LABEL,
    domain,
    dom,
    securityLabelReply,
  );
  return { label, enforcing: enforcing === 1 };
}
