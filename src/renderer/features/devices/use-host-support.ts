import { useEffect, useRef, useState } from 'react';
import { FULL_SUPPORT, HostChoice, unavailableReason } from '../../../shared/host-support';
import type { HostSupport } from '../../../shared/host-support';
import { useClient } from '../../app/client-context';
import type { VmRef } from './device-actions';
import { simplePage } from './simple-devices';
import type { SimpleKind, SimpleValues } from './simple-devices';

/**
 * What this VM's host cannot do (read once per dialog); `onAnswer` hears it first, to move
 * the form off what the host cannot do. Until it answers, or when it cannot tell,
 * everything is offered and the host's checks at Add decide.
 */
export function useHostSupport(
  { hostId, uuid }: VmRef,
  onAnswer: (support: HostSupport) => void,
): HostSupport {
  const client = useClient();
  const [support, setSupport] = useState<HostSupport>(FULL_SUPPORT);
  const answered = useRef(onAnswer);
  useEffect(() => {
    answered.current = onAnswer;
  });
  useEffect(() => {
    let current = true;
    client
      .invoke('devices.hostSupport', { hostId, uuid })
      .then((answer) => {
        if (!current) return;
        answered.current(answer);
        setSupport(answer);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, hostId, uuid]);
  return support;
}

/** Why the host cannot do each value of one field, for a select to disable it. */
export function reasonsFor(
  support: HostSupport,
  choice: HostChoice,
): (value: string) => string | undefined {
  return (value) => unavailableReason(support, choice, value);
}

/** The host choice a simple page's field stands for, if it is one (tpm.backend, ...). */
export function choiceOfField(kind: SimpleKind, field: string): HostChoice | undefined {
  const parsed = HostChoice.safeParse(`${kind}.${field}`);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A page's first values, moved off what the host cannot do: an emulated TPM is the
 * usual default, but on a host without swtpm the page opens on the host's TPM instead.
 */
export function availableDefaults(
  kind: SimpleKind,
  values: SimpleValues,
  support: HostSupport,
): SimpleValues {
  const next: Record<string, string> = { ...values };
  for (const field of simplePage(kind).fields) {
    const choice = choiceOfField(kind, field.name);
    if (!choice || !field.options) continue;
    const current = next[field.name] ?? '';
    if (unavailableReason(support, choice, current) === undefined) continue;
    const usable = field.options.find(([value]) => !unavailableReason(support, choice, value));
    if (usable) next[field.name] = usable[0];
  }
  return next;
}
