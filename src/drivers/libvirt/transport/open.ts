import type { Duplex } from 'node:stream';
import { spawnTransport } from './ext';
import { connectUnix, unixSocketPath } from './unix';
import { DEFAULT_TCP_PORT, DEFAULT_TLS_PORT, connectTcp, connectTlsTransport } from './tls';
import type { TlsCredentials } from './tls';
import type { LibvirtUri } from './uri';
import { openSshStream, type SshOptions } from './ssh/ssh-stream';
import { sshCommandArgs } from './ssh/remote-command';

export interface TransportOptions {
  readOnly?: boolean;
  tls?: TlsCredentials;
  /** Host key files, a trusted fingerprint and a password callback for ssh URIs. */
  ssh?: SshOptions;
  /**
   * Replaces the built-in transports (ssh included).
   * Any Duplex carrying the raw RPC bytes works, e.g. an ssh channel running virt-ssh-helper.
   */
  openStream?: (uri: LibvirtUri) => Promise<Duplex>;
}

/** Opens the byte stream a URI asks for. The RPC layer only ever sees a Duplex. */
export async function openTransport(uri: LibvirtUri, options: TransportOptions): Promise<Duplex> {
  if (options.openStream) return options.openStream(uri);
  switch (uri.transport) {
    case 'unix':
      return connectUnix(unixSocketPath(uri, options.readOnly ?? false));
    case 'tcp':
      return connectTcp(uri.host ?? 'localhost', uri.port ?? DEFAULT_TCP_PORT);
    case 'tls':
      return connectTlsTransport(
        uri,
        uri.host ?? 'localhost',
        uri.port ?? DEFAULT_TLS_PORT,
        options.tls ?? {},
      );
    case 'ext': {
      const command = uri.params.get('command');
      if (!command) throw new Error('the ext transport needs a command= parameter');
      return spawnTransport(command);
    }
    case 'ssh':
    case 'libssh':
    case 'libssh2': {
      const sshProgram = uri.params.get('command');
      if (sshProgram) {
        return spawnTransport(sshProgram, sshCommandArgs(uri, options.readOnly ?? false));
      }
      return openSshStream(uri, options.readOnly ?? false, options.ssh);
    }
  }
}
