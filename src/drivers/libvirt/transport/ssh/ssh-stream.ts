import { readFile } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { Duplex } from 'node:stream';
import ssh2 from 'ssh2';
import type { AnyAuthMethod, AuthenticationType, ClientChannel, ConnectConfig } from 'ssh2';
import type { LibvirtUri } from '../uri';
import { SshAuthError, SshHostKeyError } from './errors';
import {
  hostKeyPolicy,
  judgeHostKey,
  knownTypesFor,
  preferredAlgorithms,
  readKnownHosts,
} from './host-keys';
import { rememberSshSession } from './ssh-tunnel';
import { NO_NETCAT_MESSAGE, NO_PROXY_MESSAGE, remoteCommand } from './remote-command';

export interface SshOptions {
  /**
   * The app's own known_hosts file: read besides ~/.ssh/known_hosts (or known_hosts=), and
   * where a key trusted through `trustFingerprint` is recorded.
   */
  appKnownHostsFile?: string;
  /** The "SHA256:..." fingerprint the user accepted for a host whose key is not known yet. */
  trustFingerprint?: string;
  /** Asked once, only after agent and key files failed; no callback, no password auth. */
  password?: (request: { user: string; host: string }) => Promise<string | undefined>;
  /** SSH-level keepalive, on top of libvirt's own (default 15 s, 3 misses). */
  keepaliveIntervalMs?: number;
  /** How long the TCP connect and SSH handshake may take (default 20 s). */
  readyTimeoutMs?: number;
  /**
   * Told each authentication step as it is taken, in order, success or not: the entries
   * SshAuthError.tried lists ("agent", "key <path>", "password", and the skipped ones with
   * why, e.g. "agent (skipped: cannot reach <socket>: ENOENT)").
   */
  onAuthTried?: (entry: string) => void;
}

/** Records an authentication step: for SshAuthError's message, and for onAuthTried. */
type AuthLog = (entry: string) => void;

const DEFAULT_KEY_FILES = ['id_ed25519', 'id_ecdsa', 'id_rsa'];
const AUTH_ORDER = ['agent', 'privkey', 'password', 'keyboard-interactive'] as const;
type AuthStep = (typeof AUTH_ORDER)[number];

function authSteps(uri: LibvirtUri): AuthStep[] {
  const asked = uri.params.get('sshauth');
  if (!asked) return [...AUTH_ORDER];
  const steps = asked.split(',').map((step) => step.trim());
  for (const step of steps) {
    if (!(AUTH_ORDER as readonly string[]).includes(step)) {
      throw new Error(`sshauth=${asked}: "${step}" is not one of ${AUTH_ORDER.join(', ')}`);
    }
  }
  return steps as AuthStep[];
}

async function keyFiles(uri: LibvirtUri): Promise<{ path: string; key: Buffer }[]> {
  const explicit = uri.params.get('keyfile');
  const paths = explicit
    ? [explicit]
    : DEFAULT_KEY_FILES.map((name) => join(homedir(), '.ssh', name));
  const found = await Promise.all(
    paths.map((path) =>
      readFile(path).then(
        (key) => ({ path, key }),
        (err: NodeJS.ErrnoException) => {
          if (explicit) throw new Error(`cannot read keyfile=${path}: ${err.code ?? err.message}`);
          return undefined;
        },
      ),
    ),
  );
  return found.filter((file) => file !== undefined);
}

/**
 * Walks the auth steps: the agent, then each key file, then (through the caller's callback)
 * a password, by password or keyboard-interactive auth. Records what was tried.
 */
function authHandler(
  steps: AuthStep[],
  agent: string | undefined,
  user: string,
  host: string,
  keys: { path: string; key: Buffer }[],
  options: SshOptions,
  tried: AuthLog,
  serverMethods: { last: AuthenticationType[] },
): NonNullable<ConnectConfig['authHandler']> {
  const queue: (() => Promise<AnyAuthMethod | undefined>)[] = [];
  let password: Promise<string | undefined> | undefined;
  const askPassword = () =>
    (password ??= options.password?.({ user, host }) ?? Promise.resolve(undefined));
  for (const step of steps) {
    if (step === 'agent') {
      if (agent) {
        queue.push(() => {
          tried('agent');
          return Promise.resolve({ type: 'agent', username: user, agent });
        });
      }
    } else if (step === 'privkey') {
      for (const { path, key } of keys) {
        const parsed = ssh2.utils.parseKey(key);
        if (parsed instanceof Error) {
          // Encrypted keys need a passphrase; the agent is the place for those.
          tried(
            `key ${path} (skipped: ${/encrypted|passphrase/i.test(parsed.message) ? 'encrypted, add it to ssh-agent' : parsed.message})`,
          );
          continue;
        }
        queue.push(() => {
          tried(`key ${path}`);
          return Promise.resolve({ type: 'publickey', username: user, key });
        });
      }
    } else if (options.password && step === 'password') {
      queue.push(async () => {
        const secret = await askPassword();
        if (secret === undefined) return undefined;
        tried('password');
        return { type: 'password', username: user, password: secret };
      });
    } else if (options.password && step === 'keyboard-interactive') {
      queue.push(async () => {
        const secret = await askPassword();
        if (secret === undefined) return undefined;
        tried('keyboard-interactive');
        return {
          type: 'keyboard-interactive',
          username: user,
          // Servers ask for the password this way when PasswordAuthentication is off.
          prompt: (_name, _instructions, _lang, prompts, finish) =>
            finish(prompts.map(() => secret)),
        };
      });
    }
  }
  const wanted = (method: AnyAuthMethod, left: AuthenticationType[] | null) => {
    if (!left) return true;
    const name = method.type === 'agent' ? 'publickey' : method.type;
    return left.includes(name);
  };
  let askedForMethods = false;
  return (left, _partial, next) => {
    if (left) serverMethods.last = left;
    // ssh2 stops trying on `false`, which its types leave out.
    const finish = next as unknown as (method: AnyAuthMethod | false) => void;
    void (async (): Promise<AnyAuthMethod | false> => {
      for (let step = queue.shift(); step; step = queue.shift()) {
        const method = await step();
        if (method && wanted(method, left)) return method;
      }
      // With nothing to offer before the server has named its methods, ask it ("none"),
      // so a refusal says what it takes: a password-only host then gets its question.
      if (left !== null || askedForMethods) return false;
      askedForMethods = true;
      return { type: 'none', username: user };
    })().then(finish, () => finish(false));
  };
}

/**
 * The agent socket, if one is set and answers. ssh2 gives up on the whole connection when
 * the agent cannot be reached, and a stale SSH_AUTH_SOCK is common (an old session's).
 */
async function reachableAgent(tried: AuthLog): Promise<string | undefined> {
  const socket = process.env['SSH_AUTH_SOCK'];
  if (!socket) return undefined;
  const reachable = await new Promise<boolean>((resolve) => {
    const probe = createConnection(socket);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', (err: NodeJS.ErrnoException) => {
      tried(`agent (skipped: cannot reach ${socket}: ${err.code ?? err.message})`);
      resolve(false);
    });
  });
  return reachable ? socket : undefined;
}

function describeSocketError(err: NodeJS.ErrnoException, host: string, port: number): string {
  switch (err.code ?? '') {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve the host name "${host}" (DNS lookup failed)`;
    case 'ECONNREFUSED':
      return `${host} refused the connection on port ${port}: is sshd running there, and is the port right?`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `cannot reach ${host} port ${port} (${err.code})`;
    default:
      return `SSH connection to ${host} port ${port} failed: ${err.message}`;
  }
}

/** Turns how the remote command ended into a message that says what to do. */
export function describeRemoteExit(code: number | null, stderr: string, host: string): string {
  const said = stderr.trim();
  if (said.includes(NO_PROXY_MESSAGE) || (code === 127 && /not found/.test(said))) {
    return `${host} has neither virt-ssh-helper nor nc: install libvirt's daemon package (it has virt-ssh-helper) or netcat-openbsd there`;
  }
  if (said.includes(NO_NETCAT_MESSAGE)) {
    return `${host} has no netcat for socket=/netcat=: install netcat-openbsd there, or drop those parameters so virt-ssh-helper is used`;
  }
  if (/cannot connect to|No such file or directory|Connection refused/i.test(said)) {
    return `the libvirt daemon on ${host} is not reachable: is libvirtd (or virtqemud) running there? (${said})`;
  }
  return `the remote command on ${host} ended (${code === null ? 'signal' : `status ${code}`})${said ? `: ${said}` : ''}`;
}

/**
 * Wraps the exec channel as the RPC byte stream. When the remote side ends first, its exit
 * status and stderr become the stream's error, since that is where the reason is.
 */
function channelStream(channel: ClientChannel, client: ssh2.Client, host: string): Duplex {
  let stderr = '';
  let exitCode: number | null = null;
  channel.stderr.setEncoding('utf8');
  channel.stderr.on('data', (text: string) => {
    stderr = (stderr + text).slice(-8192);
  });
  channel.on('exit', (code: number | null) => {
    exitCode = code;
  });
  const stream = new Duplex({
    read() {
      channel.resume();
    },
    write(chunk: Buffer, _encoding, callback) {
      channel.write(chunk, () => callback());
    },
    final(callback) {
      channel.end();
      callback();
    },
    destroy(err, callback) {
      channel.destroy();
      client.end();
      callback(err);
    },
  });
  channel.on('data', (chunk: Buffer) => {
    if (!stream.push(chunk)) channel.pause();
  });
  channel.on('close', () => {
    if (stream.destroyed) return;
    if (exitCode === 0 && !stderr.trim()) stream.push(null);
    else stream.destroy(new Error(describeRemoteExit(exitCode, stderr, host)));
    client.end();
  });
  let lastError = '';
  client.on('error', (err: Error) => {
    lastError = `: ${err.message}`;
  });
  client.on('close', () => {
    if (!stream.destroyed)
      stream.destroy(new Error(`the SSH connection to ${host} closed${lastError}`));
  });
  return stream;
}

/**
 * Opens an SSH connection for a qemu+ssh:// (or +libssh, +libssh2) URI, runs the remote
 * proxy command and resolves with its channel as the RPC byte stream.
 */
export async function openSshStream(
  uri: LibvirtUri,
  readOnly: boolean,
  options: SshOptions = {},
): Promise<Duplex> {
  const host = uri.host ?? 'localhost';
  const port = uri.port ?? 22;
  const user = uri.user ?? userInfo().username;
  const command = remoteCommand(uri, readOnly);
  const steps = authSteps(uri);
  const tried: string[] = [];
  const record: AuthLog = (entry) => {
    tried.push(entry);
    options.onAuthTried?.(entry);
  };
  const keys = steps.includes('privkey') ? await keyFiles(uri) : [];
  const agent = steps.includes('agent') ? await reachableAgent(record) : undefined;
  const policy = hostKeyPolicy(uri, options.appKnownHostsFile);
  const entries = await readKnownHosts(policy.files);
  const serverMethods = { last: [] as AuthenticationType[] };

  const client = new ssh2.Client();
  let hostKeyFailure: Error | undefined;
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve);
    client.once('error', (err: Error & { level?: string; code?: string }) => {
      client.end();
      if (hostKeyFailure) reject(hostKeyFailure);
      else if (err.level === 'client-authentication') {
        reject(new SshAuthError(user, host, tried, serverMethods.last));
      } else if (err.level === 'client-timeout') {
        reject(new Error(`${host} port ${port} did not complete the SSH handshake in time`));
      } else if (err.level === 'client-socket' || err.code) {
        reject(new Error(describeSocketError(err, host, port)));
      } else reject(new Error(`SSH to ${host} port ${port} failed: ${err.message}`));
    });
    client.connect({
      host,
      port,
      username: user,
      keepaliveInterval: options.keepaliveIntervalMs ?? 15_000,
      keepaliveCountMax: 3,
      readyTimeout: options.readyTimeoutMs ?? 20_000,
      algorithms: {
        serverHostKey: preferredAlgorithms(knownTypesFor(entries, host, port)) as NonNullable<
          NonNullable<ConnectConfig['algorithms']>['serverHostKey']
        >,
      },
      hostVerifier: (key: Buffer, verify: (valid: boolean) => void) => {
        judgeHostKey(key, host, port, entries, policy, options.trustFingerprint).then(
          () => verify(true),
          (err: unknown) => {
            hostKeyFailure =
              err instanceof SshHostKeyError
                ? err
                : new Error(`cannot record the host key: ${String(err)}`);
            verify(false);
          },
        );
      },
      authHandler: authHandler(steps, agent, user, host, keys, options, record, serverMethods),
    });
  });

  // From here on a dead server or network is noticed by ssh2's keepalive as well as
  // libvirt's; channelStream turns the error into the stream's end.
  return new Promise<Duplex>((resolve, reject) => {
    client.exec(command, (err, channel) => {
      if (err) {
        client.end();
        reject(new Error(`${host} refused to run the libvirt proxy command: ${err.message}`));
        return;
      }
      const stream = channelStream(channel, client, host);
      rememberSshSession(stream, client);
      resolve(stream);
    });
  });
}
