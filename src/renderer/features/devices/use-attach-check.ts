import { useEffect, useState } from 'react';
import { hotAddProblem } from '../../../shared/hot-add';
import { unsupportedBy } from '../../../shared/host-support';
import type { HostSupport } from '../../../shared/host-support';
import { DeviceSpec } from '../../../shared/ipc/contract';
import type { AttachCheck, DeviceRequestInput } from '../../../shared/ipc/contract';
import { useClient } from '../../app/client-context';
import type { VmRef } from './device-actions';

/**
 * What adding `spec` would do, before Add: why the host cannot do it at all (from its
 * capabilities at once, then from the host's own check), why a running VM cannot take it
 * (from the shared rule table at once, then from the host, which also knows the VM: its
 * controllers, its memory), and what the saved definition will need. Undefined while
 * there is no spec.
 */
export function useAttachCheck(
  vm: VmRef,
  running: boolean,
  spec: DeviceRequestInput | undefined,
  support: HostSupport,
): AttachCheck {
  const client = useClient();
  const specKey = JSON.stringify(spec);
  const [answer, setAnswer] = useState<{ specKey: string; check: AttachCheck }>();

  useEffect(() => {
    if (!spec) return;
    let current = true;
    client
      .invoke('devices.attachCheck', { ...vm, spec })
      .then((check) => current && setAnswer({ specKey, check }))
      // An older host without the check: the rule table alone decides.
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // specKey stands for spec: a new object each render with the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, vm.hostId, vm.uuid, specKey, running]);

  // The form's spec has its defaults still to fill in (a TPM's model, ...).
  const parsed = spec && DeviceSpec.safeParse(spec);
  if (!parsed?.success) return {};
  const fromHost = answer?.specKey === specKey ? answer.check : {};
  const liveProblem = running ? (hotAddProblem(parsed.data) ?? fromHost.liveProblem) : undefined;
  const unsupported = unsupportedBy(support, parsed.data) ?? fromHost.unsupported;
  const { formatNote, formatProblem } = fromHost;
  return {
    ...(formatNote === undefined ? {} : { formatNote }),
    ...(formatProblem === undefined ? {} : { formatProblem }),
    ...(unsupported === undefined ? {} : { unsupported }),
    ...(liveProblem === undefined ? {} : { liveProblem }),
    ...(fromHost.definitionChange === undefined
      ? {}
      : { definitionChange: fromHost.definitionChange }),
  };
}
