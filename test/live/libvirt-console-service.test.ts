import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppCore, type AppCore } from '../../src/main/app-core';
import type { EventPayload, MethodInput, MethodName } from '../../src/shared/ipc/contract';
import { unwrap } from '../../src/shared/ipc/envelope';
import { startTestGuest, type TestGuest } from '../fixtures/test-guest';
import { GUEST_PROMPT } from '../fixtures/test-guest-shell';
import { describeWhen, testGuest } from '../fixtures/requirements';
import { eventually } from '../contract/wait';

/**
 * The ConsoleService (what the window's Serial console tab calls) on a real QEMU guest on
 * qemu:///system: its shell through a session, libvirt's refusal of a second client, the
 * take-over, and the end of the session when the VM stops.
 */
describeWhen('ConsoleService with a QEMU test guest', testGuest, () => {
  const HOST = {
    id: 'system',
    name: 'QEMU/KVM (system)',
    uri: 'qemu:///system',
    kind: 'libvirt' as const,
  };
  let core: AppCore;
  let guest: TestGuest;

  beforeAll(async () => {
    core = createAppCore({ hosts: [HOST], statsIntervalMs: 0 });
    await core.ready;
    guest = await startTestGuest(core.hosts.session('system').driver);
  }, 120_000);

  afterAll(async () => {
    await guest?.dispose();
    await core?.close();
  });

  function client(clientId: string) {
    let screen = '';
    const closed: EventPayload<'console.closed'>[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'console.output')
        screen += Buffer.from(
          (payload as EventPayload<'console.output'>).data,
          'base64',
        ).toString();
      if (event === 'console.closed') closed.push(payload as EventPayload<'console.closed'>);
    }, clientId);
    const call = async <M extends MethodName>(method: M, input: MethodInput<M>) =>
      unwrap(await core.dispatch(method, input, { shell: 'test', clientId })) as never;
    return {
      call,
      closed,
      screen: () => screen,
      waitFor: (text: string, from = 0) =>
        eventually(
          () => Promise.resolve(screen.indexOf(text, from) >= 0 || undefined),
          `"${text}"`,
          60_000,
        ),
    };
  }

  it('runs a command in a session, refuses a second client, hands over on force, and ends when the VM stops', async () => {
    const first = client('first');
    const open = (who: ReturnType<typeof client>, force = false) =>
      who.call('console.open', { hostId: 'system', uuid: guest.uuid, force }) as Promise<{
        sessionId: string;
      }>;
    const { sessionId } = await open(first);
    // The prompt may have been printed before the session: Enter asks for a new one.
    await eventually(
      async () => {
        await first.call('console.write', { sessionId, data: '\r' });
        await new Promise((resolve) => setTimeout(resolve, 500));
        return first.screen().includes(GUEST_PROMPT) || undefined;
      },
      'the guest prompt',
      60_000,
    );
    const mark = first.screen().length;
    await first.call('console.write', { sessionId, data: 'echo $((6 * 7))\r' });
    await first.waitFor('42', mark);

    const second = client('second');
    // libvirt itself refuses: the service knows only its own sessions, so ask the driver directly.
    const outside = await core.hosts
      .session('system')
      .driver.openConsole(guest.uuid)
      .catch((e: Error) => e);
    expect(outside).toBeInstanceOf(Error);
    expect((outside as Error).message).toMatch(/Active console session exists/);
    await expect(open(second)).rejects.toMatchObject({ code: 'busy' });

    const taken = await open(second, true);
    await eventually(() => Promise.resolve(first.closed[0]), 'the first session ending', 30_000);
    expect(first.closed[0]?.reason).toBe('taken-over');
    await second.call('console.write', {
      sessionId: taken.sessionId,
      data: 'echo taken-$((1 + 1))\r',
    });
    await second.waitFor('taken-2');

    await core.dispatch(
      'vms.lifecycle',
      { hostId: 'system', uuid: guest.uuid, action: 'destroy' },
      { shell: 'test' },
    );
    await eventually(
      () => Promise.resolve(second.closed[0]),
      'the session ending with the VM',
      30_000,
    );
    expect(second.closed[0]).toMatchObject({ reason: 'vm-stopped', message: 'the VM stopped' });
  }, 180_000);
});
