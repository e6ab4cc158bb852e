/** Numbers from libvirt's RPC wire protocol (see docs/libvirt-rpc.md §1 and §4). */

export const PROGRAM_REMOTE = 0x20008086;
export const PROGRAM_KEEPALIVE = 0x6b656570;
export const PROTOCOL_VERSION = 1;

export const KEEPALIVE_PING = 1;
export const KEEPALIVE_PONG = 2;

export enum MessageType {
  Call = 0,
  Reply = 1,
  Message = 2,
  Stream = 3,
  CallWithFds = 4,
  ReplyWithFds = 5,
  StreamHole = 6,
}

export enum MessageStatus {
  Ok = 0,
  Error = 1,
  Continue = 2,
}

/** Bytes in the header after the length word. */
export const HEADER_SIZE = 24;
/** The length word counts itself: the smallest packet is length + header. */
export const MIN_PACKET_LENGTH = 4 + HEADER_SIZE;
/** Largest packet the daemon accepts or sends, length word included (32 MiB + 4). */
export const MAX_PACKET_LENGTH = 33_554_436;
/** The chunk size libvirt itself uses for stream data. */
export const STREAM_CHUNK_SIZE = 262_120;

/** VIR_DRV_FEATURE_* numbers asked through CONNECT_SUPPORTS_FEATURE. */
export const Feature = {
  ProgramKeepalive: 10,
  RemoteEventCallback: 14,
  RemoteCloseCallback: 15,
  NetworkUpdateHasCorrectOrder: 16,
} as const;

/** remote_auth_type. */
export const AuthType = { None: 0, Sasl: 1, Polkit: 2 } as const;
