import type { LibvirtUri } from '../uri';

/**
 * The command run on the remote host for an ssh URI: virt-ssh-helper (libvirt 6.8+), which
 * picks the daemon socket on the remote side, else a netcat with -U to the daemon socket.
 * Its stdin and stdout carry the RPC bytes. Which of the two, and the arguments, follow
 * libvirt's rules for `proxy=`, `socket=` and `netcat=` (docs/libvirt-rpc.md §8.1).
 */

export class RemoteCommandError extends Error {
  override name = 'RemoteCommandError';
}

/** Quotes a word for a POSIX shell: single quotes, each embedded one as '\''. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Written to stderr when the programs are missing, so the client can say so plainly. */
export const NO_PROXY_MESSAGE = 'neither virt-ssh-helper nor netcat is installed';
export const NO_NETCAT_MESSAGE = 'the netcat program is not installed';

type Proxy = 'auto' | 'native' | 'netcat';

function proxyFor(uri: LibvirtUri, localUid: number): Proxy {
  const asked = uri.params.get('proxy');
  if (asked !== undefined) {
    if (asked !== 'auto' && asked !== 'native' && asked !== 'netcat') {
      throw new RemoteCommandError(`proxy=${asked} is not one of auto, native, netcat`);
    }
    if (asked === 'native' && uri.params.has('netcat')) {
      throw new RemoteCommandError('netcat= cannot be used with proxy=native');
    }
    if (asked === 'native' && uri.params.has('socket')) {
      throw new RemoteCommandError(
        'socket= cannot be used with proxy=native (virt-ssh-helper picks the socket)',
      );
    }
    return asked;
  }
  // The helper takes no socket path, and netcat= names the program to use.
  if (uri.params.has('socket') || uri.params.has('netcat')) return 'netcat';
  // Only the remote side knows a session daemon's $XDG_RUNTIME_DIR.
  if (uri.path === '/session' && localUid !== 0) return 'native';
  return 'auto';
}

function helperCommand(uri: LibvirtUri, readOnly: boolean): string {
  return `virt-ssh-helper ${readOnly ? '-r ' : ''}${shellQuote(`${uri.driver}://${uri.path}`)}`;
}

function netcatCommand(uri: LibvirtUri, readOnly: boolean, missing: string): string {
  const netcat = shellQuote(uri.params.get('netcat') || 'nc');
  let socket = uri.params.get('socket');
  if (!socket) {
    if (uri.path === '/session') {
      throw new RemoteCommandError(
        'netcat cannot find a remote session daemon: give socket= or let virt-ssh-helper run',
      );
    }
    socket = `/var/run/libvirt/libvirt-sock${readOnly ? '-ro' : ''}`;
  }
  // OpenBSD netcat waits forever after stdin closes unless given -q0; others lack -q.
  return [
    `if ! command -v ${netcat} >/dev/null 2>&1; then echo ${shellQuote(missing)} >&2; exit 127; fi`,
    `if ${netcat} -q 2>&1 | grep -q "requires an argument"; then QUIT=-q0; else QUIT=; fi`,
    `exec ${netcat} $QUIT -U ${shellQuote(socket)}`,
  ].join('; ');
}

/**
 * The remote command line. It is wrapped in `sh -c` because the remote user's login shell
 * (maybe not a POSIX one) runs whatever ssh sends.
 */
export function remoteCommand(
  uri: LibvirtUri,
  readOnly: boolean,
  localUid = process.getuid?.() ?? 0,
): string {
  if (uri.params.get('mode') === 'direct') {
    throw new RemoteCommandError(
      'mode=direct cannot be used over ssh: the remote side chooses the daemon socket (drop mode=, or give socket=)',
    );
  }
  const proxy = proxyFor(uri, localUid);
  let script: string;
  if (proxy === 'native') script = `exec ${helperCommand(uri, readOnly)}`;
  else if (proxy === 'netcat') script = netcatCommand(uri, readOnly, NO_NETCAT_MESSAGE);
  else {
    script = `if command -v virt-ssh-helper >/dev/null 2>&1; then exec ${helperCommand(uri, readOnly)}; fi; ${netcatCommand(uri, readOnly, NO_PROXY_MESSAGE)}`;
  }
  return `sh -c ${shellQuote(script)}`;
}

/**
 * The argv for an OpenSSH-style client when the URI names one with `command=` (libvirt's
 * own ssh transport): the user's ssh then brings ~/.ssh/config, ProxyJump and the rest.
 */
export function sshCommandArgs(uri: LibvirtUri, readOnly: boolean): string[] {
  const args: string[] = [];
  if (uri.port !== undefined) args.push('-p', String(uri.port));
  if (uri.user !== undefined) args.push('-l', uri.user);
  const keyfile = uri.params.get('keyfile');
  if (keyfile) args.push('-i', keyfile);
  // No pty (it would mangle the binary stream) and no escape character.
  args.push('-T', '-e', 'none');
  if (uri.params.get('no_tty') === '1') args.push('-o', 'BatchMode=yes');
  if (uri.params.get('no_verify') === '1') args.push('-o', 'StrictHostKeyChecking=no');
  args.push('--', uri.host ?? 'localhost', remoteCommand(uri, readOnly));
  return args;
}
