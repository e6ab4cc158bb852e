/**
 * Connect time over SSH: our client (ssh2, in this process) against libvirt's C client,
 * which runs the OpenSSH `ssh` binary, on the same local sshd and libvirtd.
 *
 *   npx tsx bench/ssh.ts [--runs 20] [--path qemu:///system]
 *
 * It starts a throwaway sshd on 127.0.0.1 (test/fixtures/sshd.ts: own host key, root
 * with a key only). One "connect" is: open qemu+ssh://root@127.0.0.1:PORT/system,
 * CONNECT_GET_HOSTNAME, close. libvirt's side runs ssh through a small wrapper that
 * points it at the fixture's known_hosts, so root's ~/.ssh stays untouched. Ours, virsh
 * and plain ssh take turns, run by run; python3-libvirt runs its connects in one process
 * afterwards (no interpreter start in its figures). The table shows median and p90.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../src/drivers/libvirt';
import { startSshd } from '../test/fixtures/sshd';
import { median, percentile, printTable } from './table';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    path: { type: 'string', default: 'qemu:///system' },
  },
});
const RUNS = Number(values.runs);
const PATH = values.path;

/** libvirt's own client in one process: open, hostname, close, `runs` times. */
const PYTHON_LOOP = `
import json, sys, time, libvirt
libvirt.registerErrorHandler(lambda *_: None, None)
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    conn = libvirt.open(sys.argv[1])
    conn.getHostname()
    conn.close()
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps(times))
`;

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function mustSucceed(what: string, result: ReturnType<typeof spawnSync>): void {
  if (result.status !== 0) throw new Error(`${what} failed: ${String(result.stderr)}`);
}

async function main(): Promise<void> {
  const sshd = await startSshd();
  try {
    // OpenSSH for libvirt's side: the fixture's key and known_hosts, nothing from ~/.ssh.
    const wrapper = join(sshd.dir, 'ssh-for-libvirt');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec ssh -o UserKnownHostsFile=${sshd.knownHosts} -o StrictHostKeyChecking=yes -o BatchMode=yes "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    const ours = sshd.uri(PATH);
    const theirs = sshd.uri(PATH, { command: wrapper });
    const sshArgs = [
      '-p',
      String(sshd.port),
      '-i',
      sshd.clientKey,
      '-o',
      `UserKnownHostsFile=${sshd.knownHosts}`,
    ];
    sshArgs.push('-o', 'BatchMode=yes', 'root@127.0.0.1', 'true');

    const samples: Record<string, number[]> = { ours: [], python: [], virsh: [], ssh: [] };
    const connectOnce = async (): Promise<number> => {
      const start = performance.now();
      const client = await connect(ours);
      await client.connectGetHostname();
      await client.close();
      return performance.now() - start;
    };
    await connectOnce(); // warm-up: module loading and JIT
    for (let run = 0; run < RUNS; run++) {
      samples['ours']?.push(await connectOnce());
      samples['virsh']?.push(
        timed(() =>
          mustSucceed(
            'virsh',
            spawnSync('virsh', ['-c', theirs, 'hostname'], { encoding: 'utf8' }),
          ),
        ),
      );
      samples['ssh']?.push(
        timed(() => mustSucceed('ssh', spawnSync('ssh', sshArgs, { encoding: 'utf8' }))),
      );
    }
    const python = spawnSync('/usr/bin/python3', ['-c', PYTHON_LOOP, theirs, String(RUNS)], {
      encoding: 'utf8',
    });
    mustSucceed('python3-libvirt (is python3-libvirt installed?)', python);
    samples['python'] = JSON.parse(python.stdout) as number[];

    const row = (label: string, key: string): string[] => {
      const times = samples[key] ?? [];
      return [label, median(times).toFixed(1), percentile(times, 0.9).toFixed(1)];
    };
    printTable(
      `Connect over SSH to ${PATH} on 127.0.0.1 (open, hostname, close; ${RUNS} runs each)`,
      `npx tsx bench/ssh.ts --runs ${RUNS} --path ${PATH}`,
      ['client', 'median ms', 'p90 ms'],
      [
        row('virtdeck (ssh2 in process)', 'ours'),
        row('python3-libvirt (spawns OpenSSH ssh)', 'python'),
        row('virsh -c qemu+ssh://... hostname (whole command)', 'virsh'),
        row('for scale: ssh root@127.0.0.1 true (OpenSSH alone)', 'ssh'),
      ],
    );
  } finally {
    await sshd.stop();
  }
}

await main();
