import { randomBytes } from 'node:crypto';
import { DISPLAY_SOCKET_PATH, type DisplaySessionInfo } from '../../shared/display';
import type { Envelope } from '../../shared/ipc/envelope';

/**
 * Binds the browser mode's display tickets to the contract socket that asked for them.
 *
 * Every contract socket is one client (its EventHub client id) and gets a secret key of
 * its own. display.open answers that socket with the URL `/display/<key>`, and a /display
 * upgrade is taken only when the key in its path is the key of the client the ticket was
 * issued to, and that client is still connected. A socket that holds the token (every tab
 * does) but not the ticket's owner's key cannot redeem the ticket, even when it learns it.
 */
export class DisplayTicketOwners {
  /** Secret key -> client id, for connected contract sockets. */
  readonly #clients = new Map<string, string>();
  /** Ticket -> the client id it was issued to, while display.open's ticket may be redeemed. */
  readonly #owners = new Map<string, string>();

  /** `isLive` says whether a ticket can still be redeemed (DisplayService.hasTicket). */
  constructor(private readonly isLive: (ticket: string) => boolean) {}

  /** A contract socket connected: its key for display URLs. */
  register(clientId: string): string {
    const key = randomBytes(18).toString('base64url');
    this.#clients.set(key, clientId);
    return key;
  }

  /** A contract socket went: its key and its tickets are no good any more. */
  forget(key: string): void {
    const clientId = this.#clients.get(key);
    this.#clients.delete(key);
    for (const [ticket, owner] of this.#owners) if (owner === clientId) this.#owners.delete(ticket);
  }

  /**
   * Records the ticket of a display.open answer for the client that asked and points the
   * answer's URL at the client's own display path on `host` (the page's Host, so the
   * page's token cookie goes along). Other answers pass unchanged.
   */
  issued(key: string, host: string, envelope: Envelope<unknown>): Envelope<unknown> {
    const clientId = this.#clients.get(key);
    if (!envelope.ok || clientId === undefined) return envelope;
    const session = envelope.value as DisplaySessionInfo;
    this.#prune();
    this.#owners.set(session.ticket, clientId);
    return { ok: true, value: { ...session, url: `ws://${host}${DISPLAY_SOCKET_PATH}/${key}` } };
  }

  /** Whether a /display upgrade with this path and ticket comes from the ticket's owner. */
  mayRedeem(pathname: string, ticket: string): boolean {
    const prefix = `${DISPLAY_SOCKET_PATH}/`;
    if (!pathname.startsWith(prefix)) return false;
    const clientId = this.#clients.get(pathname.slice(prefix.length));
    const owner = this.#owners.get(ticket);
    if (owner === undefined) return false;
    if (!this.isLive(ticket)) {
      this.#owners.delete(ticket);
      return false;
    }
    return owner === clientId;
  }

  /** How many tickets are kept (for tests: bounded by the tickets not yet redeemed). */
  get size(): number {
    return this.#owners.size;
  }

  #prune(): void {
    for (const ticket of this.#owners.keys()) if (!this.isLive(ticket)) this.#owners.delete(ticket);
  }
}
