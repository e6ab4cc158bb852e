import { HEADER_SIZE, MAX_PACKET_LENGTH, MessageStatus, MessageType } from '../protocol/constants';
import { XdrWriter } from '../xdr/writer';
import type { Codec } from '../xdr/codec';

/** The six header words that open every packet (after the length word). */
export interface PacketHeader {
  prog: number;
  vers: number;
  proc: number;
  type: MessageType;
  serial: number;
  status: MessageStatus;
}

/** One received packet: its header and a view of its payload bytes. */
export interface Packet {
  header: PacketHeader;
  payload: Buffer;
}

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Builds one complete packet, length word included. */
export function encodePacket<T>(
  header: PacketHeader,
  body?: { codec: Codec<T>; value: T } | Uint8Array,
): Buffer {
  const w = new XdrWriter(body instanceof Uint8Array ? 32 + body.length : 256);
  w.uint(0); // length, patched below
  w.uint(header.prog);
  w.uint(header.vers);
  w.int(header.proc);
  w.int(header.type);
  w.uint(header.serial);
  w.int(header.status);
  if (body instanceof Uint8Array) {
    // Raw stream data: no XDR length word and no padding.
    const head = w.finish();
    const out = Buffer.allocUnsafe(head.length + body.length);
    head.copy(out, 0);
    out.set(body, head.length);
    out.writeUInt32BE(out.length, 0);
    return out;
  }
  if (body) body.codec.encode(w, body.value);
  if (w.length > MAX_PACKET_LENGTH) {
    throw new ProtocolError(
      `message of ${w.length} bytes exceeds libvirt's limit of ${MAX_PACKET_LENGTH}`,
    );
  }
  w.patchUint(0, w.length);
  return w.finish();
}

const KNOWN_TYPES = new Set<number>(
  Object.values(MessageType).filter((v) => typeof v === 'number'),
);
const KNOWN_STATUSES = new Set<number>(
  Object.values(MessageStatus).filter((v) => typeof v === 'number'),
);

/** Reads the header of a complete packet (length word at offset 0). */
export function decodePacket(frame: Buffer): Packet {
  const type = frame.readInt32BE(16);
  const status = frame.readInt32BE(24);
  if (!KNOWN_TYPES.has(type)) throw new ProtocolError(`unknown message type ${type}`);
  if (!KNOWN_STATUSES.has(status)) throw new ProtocolError(`unknown message status ${status}`);
  return {
    header: {
      prog: frame.readUInt32BE(4),
      vers: frame.readUInt32BE(8),
      proc: frame.readInt32BE(12),
      type: type,
      serial: frame.readUInt32BE(20),
      status: status,
    },
    payload: frame.subarray(4 + HEADER_SIZE),
  };
}
