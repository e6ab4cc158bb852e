import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A UNIX socket that forwards every connection to another one (the libvirt daemon's), and
 * that a test can cut and bring back: to the client, a cut looks like the daemon going
 * away (connections reset, then nobody listening), without touching the daemon itself.
 */
export class UnixSocketProxy {
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;

  constructor(
    readonly path: string,
    private readonly target: string,
  ) {}

  /** Starts (or starts again) listening on `path`. */
  up(): Promise<void> {
    const server = createServer((client) => this.#forward(client));
    this.#server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.path, () => resolve());
    });
  }

  /** Drops every forwarded connection and stops listening (the socket file goes too). */
  down(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    const server = this.#server;
    this.#server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** How many client connections are forwarded now. */
  get connections(): number {
    return this.#sockets.size / 2;
  }

  #forward(client: Socket): void {
    const upstream = createConnection(this.target);
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.#sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
