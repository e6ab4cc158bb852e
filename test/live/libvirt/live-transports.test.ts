import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../../src/drivers/libvirt';
import type { ClosedInfo } from '../../../src/drivers/libvirt';
import { DriverError } from '../../../src/drivers/driver';
import { DAEMON_SOCKET, daemonAnswers, describeWhen } from '../../fixtures/requirements';

/**
 * Transports against the real daemon: a relay in front of its socket stands in for a
 * daemon restart (so libvirtd itself is never restarted) and for a TLS listener with
 * freshly made certificates.
 */
const daemon = await daemonAnswers();
const dir = mkdtempSync(join(tmpdir(), 'vdk-rpc-'));

/** Relays each accepted connection to the daemon; `hold` stops forwarding calls, `cut` drops everyone. */
class DaemonRelay {
  readonly path = join(dir, `relay-${Math.random().toString(36).slice(2)}.sock`);
  hold = false;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<void> {
    this.server = createServer((client) => this.relay(client));
    await new Promise<void>((resolve) => this.server?.listen(this.path, resolve));
  }

  relay(client: Socket | TLSSocket): void {
    const daemon = createConnection(DAEMON_SOCKET);
    this.sockets.add(client).add(daemon);
    client.on('data', (chunk: Buffer) => {
      if (!this.hold) daemon.write(chunk);
    });
    daemon.pipe(client);
    const drop = (): void => {
      client.destroy();
      daemon.destroy();
    };
    client.on('close', drop).on('error', drop);
    daemon.on('close', drop).on('error', drop);
  }

  /** What a client sees when the daemon restarts: every connection ends at once. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.hold = false;
    await this.start();
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

function makeCertificates(): {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
  serverCert: Buffer;
  serverKey: Buffer;
} {
  const ssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=vdk test CA',
  );
  writeFileSync(join(dir, 'san.cnf'), 'subjectAltName=DNS:localhost\n');
  for (const who of ['server', 'client']) {
    ssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${who}.key`,
      '-out',
      `${who}.csr`,
      '-subj',
      `/CN=localhost`,
    );
    ssl(
      'x509',
      '-req',
      '-in',
      `${who}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${who}.pem`,
      '-days',
      '1',
      '-extfile',
      'san.cnf',
    );
  }
  const read = (f: string): Buffer => readFileSync(join(dir, f));
  return {
    ca: read('ca.pem'),
    cert: read('client.pem'),
    key: read('client.key'),
    serverCert: read('server.pem'),
    serverKey: read('server.key'),
  };
}

describeWhen('transports against the libvirt daemon', daemon, () => {
  const relay = new DaemonRelay();

  beforeAll(() => relay.start());
  afterAll(async () => {
    await relay.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a daemon restart to every caller, then connects again', async () => {
    const uri = `test+unix:///default?socket=${relay.path}`;
    const client = await connect(uri);
    const closed: ClosedInfo[] = [];
    client.onClosed((info) => closed.push(info));
    const dom = await client.domainLookupByName('test');
    relay.hold = true; // calls now wait, as during a restart
    const pending = Array.from({ length: 8 }, () =>
      client.domainGetXMLDesc(dom).catch((e: unknown) => e),
    );
    await relay.cut();
    for (const result of await Promise.all(pending)) {
      expect(result).toBeInstanceOf(DriverError);
      expect((result as Error).message).toMatch(/connection to libvirt was closed.*reconnect/);
    }
    expect(closed.map((c) => c.reason)).toEqual(['eof']);

    const again = await connect(uri);
    expect(await again.domainGetXMLDesc(dom)).toContain('<name>test</name>');
    await again.close();
  });

  it('speaks RPC over plain TCP', async () => {
    const server = createServer((socket) => relay.relay(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const client = await connect(`test+tcp://127.0.0.1:${port}/default`);
      expect(await client.connectGetType()).toBe('TEST');
      await client.close();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  describe('TLS', () => {
    let certs: ReturnType<typeof makeCertificates>;
    let port = 0;
    let verdict = 1;
    const server = createTlsServer({}, () => undefined);

    beforeAll(async () => {
      certs = makeCertificates();
      server.setSecureContext({ cert: certs.serverCert, key: certs.serverKey, ca: certs.ca });
      Object.assign(server, { requestCert: true, rejectUnauthorized: true });
      server.on('secureConnection', (socket: TLSSocket) => {
        // libvirtd's verdict byte on our certificate and address, then the RPC stream.
        socket.write(Buffer.from([verdict]));
        if (verdict === 1) relay.relay(socket);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      port = typeof address === 'object' && address ? address.port : 0;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('connects with a client certificate and checks the server against the CA', async () => {
      const client = await connect(`test+tls://localhost:${port}/default`, {
        tls: { ca: certs.ca, cert: certs.cert, key: certs.key },
      });
      expect(await client.connectGetType()).toBe('TEST');
      await client.close();
    });

    it('refuses a server its CA did not sign', async () => {
      const otherCa = certs.serverCert; // a certificate that is not the CA
      await expect(
        connect(`test+tls://localhost:${port}/default`, {
          tls: { ca: otherCa, cert: certs.cert, key: certs.key },
        }),
      ).rejects.toThrow(/TLS connection to localhost/);
    });

    it('fails clearly when the daemon rejects our certificate or address', async () => {
      verdict = 0;
      try {
        await expect(
          connect(`test+tls://localhost:${port}/default`, {
            tls: { ca: certs.ca, cert: certs.cert, key: certs.key },
          }),
        ).rejects.toThrow(/server verification/);
      } finally {
        verdict = 1;
      }
    });
  });
});

describeWhen('the ext transport against the libvirt daemon', daemon, () => {
  const scripts = mkdtempSync(join(tmpdir(), 'vdk-ext-'));
  afterAll(() => rmSync(scripts, { recursive: true, force: true }));

  function script(name: string, body: string): string {
    const path = join(scripts, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return path;
  }

  it('speaks RPC through a command’s stdin and stdout (virt-ssh-helper, as over ssh)', async () => {
    const helper = script('helper.sh', `exec virt-ssh-helper 'test:///default'`);
    const client = await connect(`test+ext:///default?command=${helper}`);
    expect(await client.connectGetType()).toBe('TEST');
    await client.close();
  });

  it('reports what the command printed on stderr when it fails', async () => {
    const failing = script('fail.sh', `echo "sh: 1: nc: not found" >&2\nexit 127`);
    await expect(connect(`test+ext:///default?command=${failing}`)).rejects.toThrow(
      /nc: not found/,
    );
  });
});
