import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import type { LibvirtDriver } from '../../../src/drivers/libvirt/libvirt-driver';
import { eventually } from '../../fixtures/test-guest-events';
import { describeWhen, libvirtd, virshProgram } from '../../fixtures/requirements';
import { uniqueGuestName } from '../../fixtures/test-guest';
import { TEST_URI, runCli, startCli, testDomainXml, virsh, writeTextFile } from '../../unit/cli/run-cli';
import type { CliResult } from '../../unit/cli/run-cli';

/**
 * The connection commands against libvirt's test driver, compared with virsh where both
 * print the same thing. The test driver is shared with every other client of the daemon
 * (and forgets everything when its last client leaves), so the suite keeps a connection
 * open throughout, names its domains uniquely and compares listings until they agree.
 */
describeWhen('virtdeck connection commands (test driver)', [libvirtd, virshProgram], () => {
  let keeper: LibvirtDriver;
  let dir: string;
  let name: string;
  let uuid: string;

  const cli = (...args: string[]): Promise<CliResult> => runCli(['-c', TEST_URI, ...args]);

  /** Runs both until their output agrees (other clients change the shared driver meanwhile). */
  const expectSameAsVirsh = async (
    args: string[],
    normalise: (text: string) => string = (text) => text,
  ) => {
    let last: [string, string] = ['', ''];
    await eventually(
      async () => {
        const [ours, theirs] = await Promise.all([cli(...args), virsh(args)]);
        expect(ours.code).toBe(0);
        last = [normalise(ours.stdout), normalise(theirs.stdout)];
        return last[0] === last[1] ? true : undefined;
      },
      `virtdeck ${args.join(' ')} to print what virsh prints`,
      10_000,
    ).catch(() => undefined);
    expect(last[0]).toBe(last[1]);
  };

  beforeAll(async () => {
    keeper = await createLibvirtDriver(TEST_URI);
    dir = await mkdtemp(join(tmpdir(), 'virtdeck-cli-'));
    name = uniqueGuestName('vdtest-cli');
    ({ uuid } = await keeper.defineDomain(testDomainXml(name)));
  });

  afterAll(async () => {
    for (const domain of await keeper.listDomains()) {
      if (!domain.name.startsWith(name)) continue;
      if (domain.id !== -1) await keeper.destroy(domain.uuid);
      await keeper.undefineDomain(domain.uuid);
    }
    await keeper.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists domains as virsh does, running ones or all', async () => {
    await expectSameAsVirsh(['list', '--all']);
    await expectSameAsVirsh(['list']);
    await expectSameAsVirsh(['list', '--inactive']);
    await expectSameAsVirsh(['list', '--all', '--name']);
    await expectSameAsVirsh(['list', '--all', '--uuid', '--name']);
    expect((await cli('list', '--all')).stdout).toMatch(
      new RegExp(`^ -\\s+${name}\\s+shut off$`, 'm'),
    );
  }, 60_000);

  it('finds a domain by name, UUID or id, as virsh does', async () => {
    // CPU time moves between the two runs.
    const comparable = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('CPU time:'))
        .join('\n');
    await expectSameAsVirsh(['dominfo', name], comparable);
    await expectSameAsVirsh(['dominfo', uuid], comparable);
    await keeper.start(uuid);
    const { id } = await keeper.lookupDomain(uuid);
    await expectSameAsVirsh(['dominfo', String(id)], comparable);
    await keeper.destroy(uuid);
  }, 60_000);

  it('prints the live and the inactive XML as virsh does', async () => {
    await expectSameAsVirsh(['dumpxml', name]);
    await expectSameAsVirsh(['dumpxml', '--inactive', name]);
  });

  it('prints statistics as virsh does', async () => {
    await expectSameAsVirsh(['domstats', name]);
    await expectSameAsVirsh(['domstats', '--state', name]);
  });

  it('runs the lifecycle and reports each step in virsh’s words', async () => {
    const steps: [string, string, string][] = [
      ['start', 'started', 'running'],
      ['suspend', 'suspended', 'paused'],
      ['resume', 'resumed', 'running'],
      ['reboot', 'is being rebooted', 'running'],
      ['shutdown', 'is being shutdown', 'shut off'],
      ['start', 'started', 'running'],
      ['destroy', 'destroyed', 'shut off'],
    ];
    for (const [command, done, state] of steps) {
      expect(await cli(command, name)).toEqual({
        code: 0,
        stdout: `Domain '${name}' ${done}\n\n`,
        stderr: '',
      });
      expect((await virsh(['domstate', name])).stdout.trim()).toBe(state);
    }
  });

  it('defines from a file and undefines', async () => {
    const other = `${name}-defined`;
    const file = await writeTextFile(join(dir, 'domain.xml'), testDomainXml(other));
    expect(await cli('define', file)).toEqual({
      code: 0,
      stdout: `Domain '${other}' defined from ${file}\n\n`,
      stderr: '',
    });
    expect((await virsh(['domstate', other])).stdout.trim()).toBe('shut off');
    expect(await cli('undefine', other)).toEqual({
      code: 0,
      stdout: `Domain '${other}' has been undefined\n\n`,
      stderr: '',
    });
    expect((await virsh(['domstate', other])).code).toBe(1);
  });

  it('fails as virsh does: status 1 and "error:" lines on stderr', async () => {
    const missing = `${name}-missing`;
    expect(await cli('dominfo', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: failed to get domain '${missing}'\n`,
    });

    // The test driver cannot hotplug; both say so in the same two lines.
    const device = await writeTextFile(
      join(dir, 'nic.xml'),
      "<interface type='user'><model type='virtio'/></interface>\n",
    );
    const ours = await cli('attach-device', name, device, '--config');
    const theirs = await virsh(['attach-device', name, device, '--config']);
    expect(ours).toEqual({ code: 1, stdout: '', stderr: theirs.stderr });

    await keeper.start(uuid);
    const again = await cli('start', name);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      new RegExp(`^error: Failed to start domain '${name}'\nerror: .+\n$`),
    );
    await keeper.destroy(uuid);
  });

  it('connects to $LIBVIRT_DEFAULT_URI when -c is not given, as virsh does', async () => {
    const saved = process.env.LIBVIRT_DEFAULT_URI;
    process.env.LIBVIRT_DEFAULT_URI = TEST_URI;
    try {
      expect((await runCli(['dominfo', uuid])).stdout).toContain(`Name:           ${name}\n`);
    } finally {
      if (saved === undefined) delete process.env.LIBVIRT_DEFAULT_URI;
      else process.env.LIBVIRT_DEFAULT_URI = saved;
    }
  });

  it('prints JSON for scripts with --json', async () => {
    const listed = JSON.parse((await cli('--json', 'list', '--all')).stdout) as unknown[];
    expect(listed).toContainEqual({
      uuid,
      name,
      id: -1,
      state: 'shutoff',
      reason: expect.any(Number) as number,
      persistent: true,
    });
    const info = JSON.parse((await cli('dominfo', uuid, '--json')).stdout) as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({
      name,
      uuid,
      state: 'shutoff',
      cpus: 1,
      maxMemoryKiB: 65536,
      persistent: true,
    });
  });

  it('prints one event and stops, or times out with status 1, as virsh does', async () => {
    const running = startCli(['-c', TEST_URI, 'event', '--domain', name, '--timeout', '30']);
    // Redefining emits "Defined Updated"; repeat until the command, which registers for
    // events asynchronously, has seen one.
    const done = { value: false };
    void running.result.then(() => (done.value = true));
    await eventually(async () => {
      await keeper.defineDomain(testDomainXml(name, uuid));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return done.value ? true : undefined;
    }, 'the event command to see a redefinition');
    expect(await running.result).toEqual({
      code: 0,
      stdout: `event 'lifecycle' for domain '${name}': Defined Updated\nevents received: 1\n\n`,
      stderr: '',
    });

    const quiet = await cli(
      'event',
      '--all',
      '--domain',
      name,
      '--event',
      'reboot',
      '--timeout',
      '1',
    );
    const virshQuiet = await virsh(['event', '--all', '--domain', name, '--timeout', '1']);
    expect(quiet).toEqual({ code: 1, stdout: virshQuiet.stdout, stderr: '' });
  }, 60_000);

  it('prints events in a loop with timestamps until the timeout', async () => {
    const running = startCli([
      '-c',
      TEST_URI,
      'event',
      '--loop',
      '--timestamp',
      '--domain',
      name,
      '--timeout',
      '8',
    ]);
    await eventually(async () => {
      await keeper.defineDomain(testDomainXml(name, uuid));
      return running.stdout().includes('Defined Updated') ? true : undefined;
    }, 'the event loop to be listening');
    await keeper.start(uuid);
    await keeper.suspend(uuid);
    await keeper.resume(uuid);
    await keeper.destroy(uuid);
    const { code, stdout } = await running.result;
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => !line.endsWith('Defined Updated'));
    const stamp = String.raw`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\+0000: `;
    const expected = [
      'Started Booted',
      'Suspended Paused',
      'Resumed Unpaused',
      'Stopped Destroyed',
    ];
    expected.forEach((what, i) =>
      expect(lines[i]).toMatch(
        new RegExp(`^${stamp}event 'lifecycle' for domain '${name}': ${what}$`),
      ),
    );
    expect(lines.slice(expected.length)).toEqual([
      'event loop timed out',
      expect.stringMatching(/^events received: \d+$/),
      '',
      '',
    ]);
  }, 20_000);
});
