/**
 * libvirt connection URIs: driver[+transport]://[user@][host][:port]/path[?params].
 * Parsed the way libvirt's remote driver reads them (docs/uri.rst), including which
 * query parameters it consumes and so never sends to the daemon.
 */
export type TransportKind = 'unix' | 'tcp' | 'tls' | 'ssh' | 'libssh' | 'libssh2' | 'ext';

export interface LibvirtUri {
  /** The URI as given. */
  readonly uri: string;
  /** e.g. "qemu", "test", "lxc". */
  readonly driver: string;
  readonly transport: TransportKind;
  readonly user: string | undefined;
  readonly host: string | undefined;
  readonly port: number | undefined;
  /** e.g. "/system", "/session", "/default". */
  readonly path: string;
  /** Every query parameter, decoded. */
  readonly params: ReadonlyMap<string, string>;
  /** What CONNECT_OPEN sends: the URI without transport, host and the parameters libvirt consumes. */
  readonly remoteName: string;
}

/** Query parameters the client side consumes (docs/libvirt-rpc.md §3.2). */
const CONSUMED_PARAMS = new Set([
  'name',
  'command',
  'socket',
  'auth',
  'sshauth',
  'netcat',
  'keyfile',
  'pkipath',
  'known_hosts',
  'known_hosts_verify',
  'tls_priority',
  'mode',
  'proxy',
  'no_sanity',
  'no_verify',
  'no_tty',
  'authfile',
]);

const TRANSPORTS = new Set<string>(['unix', 'tcp', 'tls', 'ssh', 'libssh', 'libssh2', 'ext']);

export class UriError extends Error {
  override name = 'UriError';
}

export function parseLibvirtUri(uri: string): LibvirtUri {
  const m =
    /^([A-Za-z][A-Za-z0-9.-]*)(?:\+([A-Za-z0-9]+))?:\/\/([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/.exec(
      uri,
    );
  if (!m)
    throw new UriError(
      `not a libvirt URI: "${uri}" (expected e.g. qemu:///system or qemu+ssh://host/system)`,
    );
  const driver = m[1] ?? '';
  const authority = m[3] ?? '';
  const path = m[4] ?? '';
  const query = m[5] ?? '';

  let user: string | undefined;
  let hostPort = authority;
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    user = decoded(authority.slice(0, at), uri);
    hostPort = authority.slice(at + 1);
  }
  let host: string | undefined;
  let port: number | undefined;
  const hp = /^(\[[^\]]+\]|[^:]*)(?::(\d+))?$/.exec(hostPort);
  if (!hp) throw new UriError(`cannot read host and port in "${uri}"`);
  host = hp[1] ? hp[1].replace(/^\[|\]$/g, '') : undefined;
  if (hp[2]) port = Number(hp[2]);
  if (host === '') host = undefined;

  const transport = m[2]?.toLowerCase() ?? (host ? 'tls' : 'unix');
  if (!TRANSPORTS.has(transport))
    throw new UriError(`unknown transport "${transport}" in "${uri}"`);
  if (transport === 'unix' && host) {
    throw new UriError(
      `the unix transport cannot name a host ("${uri}"); use ssh, tcp or tls for a remote host`,
    );
  }

  const params = new Map<string, string>();
  const forwarded: string[] = [];
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decoded(eq === -1 ? pair : pair.slice(0, eq), uri);
    const value = eq === -1 ? '' : decoded(pair.slice(eq + 1).replace(/\+/g, ' '), uri);
    params.set(key, value);
    if (!CONSUMED_PARAMS.has(key.toLowerCase())) forwarded.push(pair);
  }

  const explicitName = params.get('name');
  const remoteName =
    explicitName ??
    (driver === 'remote'
      ? ''
      : `${driver}://${path}${forwarded.length ? `?${forwarded.join('&')}` : ''}`);

  return {
    uri,
    driver,
    transport: transport as TransportKind,
    user,
    host,
    port,
    path,
    params,
    remoteName,
  };
}

/** A %-decoded URI part; a bad %-sequence is the URI's fault, said as such. */
function decoded(part: string, uri: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new UriError(`"${uri}" has a broken %-escape in "${part}": write %25 for a literal %`);
  }
}

/**
 * The program on this machine that connecting to `uri` would start, if any: the ext
 * transport's command=, or the ssh transport's command= (another ssh client). Such URIs
 * are trusted only from what the user wrote outside the window (see HostsService).
 */
export function localProgramOf(uri: LibvirtUri): string | undefined {
  if (uri.transport === 'unix' || uri.transport === 'tcp' || uri.transport === 'tls') {
    return undefined;
  }
  return uri.params.get('command') ?? (uri.transport === 'ext' ? '' : undefined);
}
