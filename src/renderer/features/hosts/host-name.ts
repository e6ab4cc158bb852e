import type { HostSummary } from '../../../shared/dto';
import { methods } from '../../../shared/ipc/contract';

const nameSchema = methods['hosts.rename'].input.shape.name;

/**
 * What is wrong with a new name for a host, as the user types: the contract's own rules
 * (not empty once trimmed, bounded length), and not another host's name, ignoring case,
 * which the host side refuses too.
 */
export function hostNameProblem(
  name: string,
  hostId: string,
  hosts: readonly Pick<HostSummary, 'id' | 'name'>[],
): string | undefined {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) return parsed.error.issues[0]?.message;
  const wanted = parsed.data.toLowerCase();
  const other = hosts.find((host) => host.id !== hostId && host.name.toLowerCase() === wanted);
  return other ? `Another host is already called ${other.name}.` : undefined;
}
