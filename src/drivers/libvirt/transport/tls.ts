import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createConnection as createTcp } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { Duplex } from 'node:stream';
import type { LibvirtUri } from './uri';

export const DEFAULT_TCP_PORT = 16509;
export const DEFAULT_TLS_PORT = 16514;

/** Certificate material for TLS; anything left out is read from libvirt's standard paths. */
export interface TlsCredentials {
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
}

/** libvirt's default PKI files: /etc/pki for root, ~/.pki/libvirt otherwise, or pkipath=. */
export function defaultPkiPaths(uri: LibvirtUri): { ca: string; cert: string; key: string } {
  const dir = uri.params.get('pkipath');
  if (dir)
    return {
      ca: join(dir, 'cacert.pem'),
      cert: join(dir, 'clientcert.pem'),
      key: join(dir, 'clientkey.pem'),
    };
  if (process.getuid?.() === 0) {
    return {
      ca: '/etc/pki/CA/cacert.pem',
      cert: '/etc/pki/libvirt/clientcert.pem',
      key: '/etc/pki/libvirt/private/clientkey.pem',
    };
  }
  const user = join(homedir(), '.pki', 'libvirt');
  return {
    ca: join(user, 'cacert.pem'),
    cert: join(user, 'clientcert.pem'),
    key: join(user, 'clientkey.pem'),
  };
}

export function connectTcp(host: string, port: number): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const socket = createTcp({ host, port });
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', (err) =>
      reject(new Error(`cannot connect to libvirt at ${host}:${port}: ${err.message}`)),
    );
  });
}

async function readPem(value: string | Buffer | undefined, path: string): Promise<Buffer> {
  if (value !== undefined) return Buffer.from(value);
  try {
    return await readFile(path);
  } catch (err) {
    throw new Error(
      `cannot read ${path} for the TLS connection (${(err as Error).message}); pass it explicitly or set pkipath=`,
    );
  }
}

/**
 * Opens a TLS connection with a client certificate, checks the server against the CA
 * (and its name against the host unless no_verify=1), then reads the one-byte verdict
 * libvirtd sends after the handshake: 1 means our certificate and address were accepted.
 */
export async function connectTlsTransport(
  uri: LibvirtUri,
  host: string,
  port: number,
  creds: TlsCredentials,
): Promise<Duplex> {
  const paths = defaultPkiPaths(uri);
  const [ca, cert, key] = await Promise.all([
    readPem(creds.ca, paths.ca),
    readPem(creds.cert, paths.cert),
    readPem(creds.key, paths.key),
  ]);
  const noVerify = uri.params.get('no_verify') === '1';
  const socket = await new Promise<Duplex>((resolve, reject) => {
    const s = connectTls({
      host,
      port,
      ca,
      cert,
      key,
      servername: host,
      rejectUnauthorized: true,
      ...(noVerify ? { checkServerIdentity: () => undefined } : {}),
    });
    s.once('secureConnect', () => {
      s.removeListener('error', reject);
      resolve(s);
    });
    s.once('error', (err: Error) =>
      reject(new Error(`TLS connection to ${host}:${port} failed: ${err.message}`)),
    );
  });
  const verdict = await new Promise<number>((resolve, reject) => {
    const onReadable = (): void => {
      const byte = socket.read(1) as Buffer | null;
      if (byte === null) return;
      socket.removeListener('readable', onReadable);
      resolve(byte[0] ?? 0);
    };
    socket.on('readable', onReadable);
    socket.once('end', () =>
      reject(new Error('the server closed the TLS connection before accepting it')),
    );
  });
  if (verdict !== 1) {
    socket.destroy();
    throw new Error('server verification (of our certificate or IP address) failed');
  }
  return socket;
}
