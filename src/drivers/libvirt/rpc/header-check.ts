import {
  KEEPALIVE_PING,
  KEEPALIVE_PONG,
  MessageStatus,
  MessageType,
  PROGRAM_KEEPALIVE,
  PROGRAM_REMOTE,
  PROTOCOL_VERSION,
} from '../protocol/constants';
import type { PacketHeader } from './packet';

/**
 * The header checks a client makes on every packet from the daemon, beyond the known
 * type and status numbers (decodePacket): the program and its version, and whether the
 * type and status go together. libvirt's own client closes the connection at the first
 * packet that fails them; RpcConnection tolerates a few (see maxUnusableFrames).
 *
 * Whether a REPLY's serial belongs to a call, and a STREAM packet's to a stream, is the
 * connection's to judge; CALL packets are refused there outright.
 */

/** Why a packet cannot be used, as a phrase ("a packet of unknown program 0x…"), or undefined. */
export function headerProblem(h: PacketHeader): string | undefined {
  if (h.prog === PROGRAM_KEEPALIVE) {
    // libvirt's keepalive program is version 1 and has two MESSAGE procedures.
    if (h.vers !== PROTOCOL_VERSION) return `a keepalive packet of version ${h.vers}`;
    if (
      h.type !== MessageType.Message ||
      h.status !== MessageStatus.Ok ||
      (h.proc !== KEEPALIVE_PING && h.proc !== KEEPALIVE_PONG)
    ) {
      return `a keepalive packet of type ${typeName(h.type)}, procedure ${h.proc}, status ${statusName(h.status)}`;
    }
    return undefined;
  }
  if (h.prog !== PROGRAM_REMOTE) return `a packet of unknown program 0x${hex(h.prog)}`;
  if (h.vers !== PROTOCOL_VERSION) {
    return `a packet of RPC version ${h.vers} (this client speaks version ${PROTOCOL_VERSION})`;
  }
  switch (h.type) {
    case MessageType.Reply:
    case MessageType.ReplyWithFds:
      // A reply is OK or ERROR; CONTINUE only ever carries stream data.
      return h.status === MessageStatus.Continue ? 'a reply with status CONTINUE' : undefined;
    case MessageType.Message:
      return h.status === MessageStatus.Ok
        ? undefined
        : `an event with status ${statusName(h.status)}`;
    case MessageType.StreamHole:
      return h.status === MessageStatus.Continue
        ? undefined
        : `a stream hole with status ${statusName(h.status)}`;
    case MessageType.Stream: // any status: data (CONTINUE), the end (OK) or an error
    case MessageType.Call:
    case MessageType.CallWithFds:
      return undefined;
  }
}

/** libvirt's names: REPLY_WITH_FDS, CONTINUE. */
function typeName(type: MessageType): string {
  const name = MessageType[type] as string | undefined;
  return name ? name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() : String(type);
}

function statusName(status: MessageStatus): string {
  const name = MessageStatus[status] as string | undefined;
  return name ? name.toUpperCase() : String(status);
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
