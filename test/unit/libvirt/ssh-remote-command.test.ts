import { describe, expect, it } from 'vitest';
import {
  remoteCommand,
  shellQuote,
  sshCommandArgs,
} from '../../../src/drivers/libvirt/transport/ssh/remote-command';
import { describeRemoteExit } from '../../../src/drivers/libvirt/transport/ssh/ssh-stream';
import { parseLibvirtUri } from '../../../src/drivers/libvirt/transport/uri';

const command = (uri: string, readOnly = false, uid = 1000) =>
  remoteCommand(parseLibvirtUri(uri), readOnly, uid);

/** Undoes one level of shellQuote, to look at the script sh -c gets. */
function script(line: string): string {
  const match = /^sh -c '(.*)'$/s.exec(line);
  if (!match?.[1]) throw new Error(`not an sh -c line: ${line}`);
  return match[1].replace(/'\\''/g, "'");
}

describe('shellQuote', () => {
  it('single-quotes, closing and reopening around embedded quotes', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});

describe('the remote command for an ssh URI', () => {
  it('runs virt-ssh-helper when present, else nc on the system socket (auto)', () => {
    const text = script(command('qemu+ssh://root@server/system'));
    expect(text).toMatch(
      /^if command -v virt-ssh-helper .* then exec virt-ssh-helper 'qemu:\/\/\/system'; fi; /,
    );
    expect(text).toContain("exec 'nc' $QUIT -U '/var/run/libvirt/libvirt-sock'");
  });

  it('uses the read-only helper and socket for read-only connections', () => {
    const text = script(command('qemu+ssh://server/system', true));
    expect(text).toContain("virt-ssh-helper -r 'qemu:///system'");
    expect(text).toContain("-U '/var/run/libvirt/libvirt-sock-ro'");
  });

  it('passes other drivers through: test+ssh reaches test:///default', () => {
    expect(script(command('test+ssh://server/default'))).toContain(
      "virt-ssh-helper 'test:///default'",
    );
  });

  it('uses only the helper for a session from a non-root user, as the remote knows its runtime dir', () => {
    expect(script(command('qemu+ssh://me@server/session'))).toBe(
      "exec virt-ssh-helper 'qemu:///session'",
    );
    expect(() => command('qemu+ssh://server/session', false, 0)).toThrow(/session daemon/);
  });

  it('forces netcat for socket= and netcat=, with their values', () => {
    const text = script(
      command('qemu+ssh://server/system?socket=/run/x%20y.sock&netcat=/opt/bin/nc'),
    );
    expect(text).not.toContain("virt-ssh-helper '");
    expect(text).toContain("exec '/opt/bin/nc' $QUIT -U '/run/x y.sock'");
  });

  it('honours proxy=native and proxy=netcat, and refuses what libvirt refuses', () => {
    expect(script(command('qemu+ssh://server/system?proxy=native'))).toBe(
      "exec virt-ssh-helper 'qemu:///system'",
    );
    expect(script(command('qemu+ssh://server/system?proxy=netcat'))).not.toContain(
      "virt-ssh-helper '",
    );
    expect(() => command('qemu+ssh://server/system?proxy=native&netcat=nc')).toThrow(/netcat=/);
    expect(() => command('qemu+ssh://server/system?proxy=carrier-pigeon')).toThrow(/proxy=/);
    expect(() => command('qemu+ssh://server/system?mode=direct')).toThrow(/mode=direct/);
  });

  it('survives a quote in the socket path through both levels of quoting', () => {
    const line = command("qemu+ssh://server/system?socket=/tmp/it's");
    expect(script(line)).toContain("-U '/tmp/it'\\''s'");
  });
});

describe('why the remote command ended', () => {
  it('says when neither virt-ssh-helper nor nc exists', () => {
    expect(describeRemoteExit(127, 'sh: 1: nc: not found', 'server')).toMatch(
      /neither virt-ssh-helper nor nc/,
    );
  });

  it('says when the daemon socket is missing', () => {
    expect(
      describeRemoteExit(
        1,
        "virt-ssh-helper: cannot connect to '/var/run/libvirt/libvirt-sock': No such file or directory",
        'server',
      ),
    ).toMatch(/libvirt daemon on server is not reachable/);
  });

  it('passes anything else through', () => {
    expect(describeRemoteExit(3, 'odd\n', 'server')).toBe(
      'the remote command on server ended (status 3): odd',
    );
  });
});

describe('command= (an OpenSSH-style program, as libvirt runs it)', () => {
  it('passes port, user, key file and the remote command as libvirt does', () => {
    const uri = parseLibvirtUri(
      'qemu+ssh://admin@server:2222/system?command=ssh&keyfile=/k/id&no_tty=1&no_verify=1',
    );
    const args = sshCommandArgs(uri, false);
    expect(args.slice(0, -1)).toEqual([
      '-p',
      '2222',
      '-l',
      'admin',
      '-i',
      '/k/id',
      '-T',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=no',
      '--',
      'server',
    ]);
    expect(args.at(-1)).toBe(remoteCommand(uri, false));
  });
});
