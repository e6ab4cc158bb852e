import { AppError } from '../../shared/errors';

/** Bounds on what the parser reads; hostile input meets them before it costs much. */
export interface XmlLimits {
  /**
   * The longest text read, in UTF-16 code units. A text never has more of those than
   * UTF-8 bytes, so one longer than libvirt's 4 MiB (REMOTE_STRING_MAX, the limit on every
   * string of its RPC protocol, domain XML included) cannot have come from libvirt or go
   * to it.
   */
  readonly maxLength: number;
  /** The deepest nesting of elements: libxml2's default limit (libvirt parses with it). */
  readonly maxDepth: number;
}

export const XML_LIMITS: XmlLimits = { maxLength: 4 * 1024 * 1024, maxDepth: 256 };

export class XmlParseError extends AppError {
  constructor(
    /** The problem alone, e.g. "</a> closes <b>", for callers that word their own message. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super({
      code: 'validation',
      message: `The XML is not well-formed (line ${line}, column ${column}): ${reason}. Correct the XML and try again.`,
    });
    this.name = 'XmlParseError';
  }
}

/** A text longer than `XmlLimits.maxLength`, refused before it is read. */
export class XmlTooLargeError extends AppError {
  constructor(
    readonly length: number,
    readonly maxLength: number,
  ) {
    // 4,194,304: digits grouped by hand, which costs nothing where toLocaleString loads ICU.
    const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
    const limit =
      maxLength === XML_LIMITS.maxLength
        ? `the ${count(maxLength)} bytes (4 MiB) libvirt carries in one message, so it cannot be a libvirt document`
        : `the ${count(maxLength)} characters allowed`;
    super({
      code: 'validation',
      message: `The XML is ${count(length)} characters long, more than ${limit}. Use a smaller document.`,
    });
    this.name = 'XmlTooLargeError';
  }
}

export function checkLength(source: string, limits: Partial<XmlLimits>): XmlLimits {
  const all = { ...XML_LIMITS, ...limits };
  if (source.length > all.maxLength) throw new XmlTooLargeError(source.length, all.maxLength);
  return all;
}
