import { describe, expect, it } from 'vitest';
import { XdrWriter } from '../../../src/drivers/libvirt/xdr/writer';
import { XdrError, XdrReader } from '../../../src/drivers/libvirt/xdr/reader';
import {
  array,
  charArray,
  charString,
  fixedOpaque,
  hyper,
  int,
  opaque,
  optString,
  string,
  struct,
  uhyper,
  uint,
} from '../../../src/drivers/libvirt/xdr/codec';
import type { Codec } from '../../../src/drivers/libvirt/xdr/codec';
import {
  domain,
  domainStatsRecord,
  typedParam,
  typedParamsToRecord,
  uuidFromString,
  uuidToString,
} from '../../../src/drivers/libvirt/protocol/types';
import type { TypedParam } from '../../../src/drivers/libvirt/protocol/types';

function encode<T>(codec: Codec<T>, value: T): Buffer {
  const w = new XdrWriter(4);
  codec.encode(w, value);
  return Buffer.from(w.finish());
}

function roundTrip<T>(codec: Codec<T>, value: T): T {
  const bytes = encode(codec, value);
  expect(bytes.length % 4).toBe(0);
  const r = new XdrReader(bytes);
  const out = codec.decode(r);
  expect(r.remaining).toBe(0);
  return out;
}

const TEST_UUID = '6695eb01-f6a4-8304-79aa-97f2502e193f';

describe('XDR primitives', () => {
  it('writes ints big-endian and unsigned values from their bits', () => {
    expect(encode(int, -2).toString('hex')).toBe('fffffffe');
    expect(encode(uint, 1 << 31).toString('hex')).toBe('80000000');
    expect(roundTrip(uint, 0xffffffff)).toBe(0xffffffff);
  });

  it('keeps hypers as bigint beyond 2^53', () => {
    const big = 2n ** 60n + 7n;
    expect(roundTrip(uhyper, big)).toBe(big);
    expect(roundTrip(hyper, -big)).toBe(-big);
    expect(encode(uhyper, 0x0000000000030000n).toString('hex')).toBe('0000000000030000');
  });

  it('pads strings and opaques to 4 bytes', () => {
    expect(encode(string, 'test').toString('hex')).toBe('0000000474657374');
    expect(encode(string, 'ab').toString('hex')).toBe('0000000261620000');
    expect(roundTrip(string, 'héllo')).toBe('héllo');
    expect(Array.from(roundTrip(opaque(), new Uint8Array([1, 2, 3])))).toEqual([1, 2, 3]);
    expect(encode(fixedOpaque(3), new Uint8Array([1, 2, 3])).toString('hex')).toBe('01020300');
  });

  it('keeps an optional string apart from the empty string', () => {
    expect(encode(optString, null).toString('hex')).toBe('00000000');
    expect(encode(optString, '').toString('hex')).toBe('0000000100000000');
    expect(roundTrip(optString, null)).toBeNull();
    expect(roundTrip(optString, '')).toBe('');
  });

  it('widens chars to 4 bytes in char arrays', () => {
    const bytes = encode(charArray(32), 'i686');
    expect(bytes.length).toBe(128);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('0000006900000036');
    expect(roundTrip(charArray(32), 'i686')).toBe('i686');
    // A C string with its NUL counted, as NODE_GET_SECURITY_MODEL sends it.
    expect(encode(charString(257), 'none').readUInt32BE(0)).toBe(5);
    expect(roundTrip(charString(257), 'none')).toBe('none');
  });

  it('encodes a domain handle exactly as the daemon does', () => {
    const dom = { name: 'test', uuid: uuidFromString(TEST_UUID), id: 1 };
    expect(encode(domain, dom).toString('hex')).toBe(
      '00000004746573746695eb01f6a4830479aa97f2502e193f00000001',
    );
    const back = roundTrip(domain, dom);
    expect(uuidToString(back.uuid)).toBe(TEST_UUID);
    expect(back).toEqual(dom);
  });

  it('decodes structs in declaration order and arrays with their count', () => {
    const codec = struct({ a: int, b: array(string), c: optString });
    expect(roundTrip(codec, { a: 5, b: ['x', 'yz'], c: null })).toEqual({
      a: 5,
      b: ['x', 'yz'],
      c: null,
    });
  });
});

describe('typed parameters and stats records', () => {
  const params: TypedParam[] = [
    { field: 'state.state', value: { type: 'int', value: -1 } },
    { field: 'vcpu.current', value: { type: 'uint', value: 4 } },
    { field: 'net.0.rx.bytes', value: { type: 'llong', value: -(2n ** 62n) } },
    { field: 'cpu.time', value: { type: 'ullong', value: 2n ** 63n + 1n } },
    { field: 'ratio', value: { type: 'double', value: 0.25 } },
    { field: 'enabled', value: { type: 'boolean', value: true } },
    { field: 'numa_nodeset', value: { type: 'string', value: '0-3' } },
  ];

  it('round-trips every typed parameter type, strings included', () => {
    for (const p of params) expect(roundTrip(typedParam, p)).toEqual(p);
  });

  it('round-trips a stats record and flattens it to a record', () => {
    const rec = { dom: { name: 'vm', uuid: uuidFromString(TEST_UUID), id: -1 }, params };
    const back = roundTrip(domainStatsRecord, rec);
    expect(back).toEqual(rec);
    expect(typedParamsToRecord(back.params)['cpu.time']).toBe(2n ** 63n + 1n);
  });

  it('rejects an unknown typed parameter type, whose length cannot be known', () => {
    const w = new XdrWriter();
    string.encode(w, 'x');
    int.encode(w, 99);
    expect(() => typedParam.decode(new XdrReader(Buffer.from(w.finish())))).toThrow(XdrError);
  });
});

describe('hostile input', () => {
  it('fails cleanly on truncation', () => {
    const bytes = encode(string, 'hello world');
    expect(() => string.decode(new XdrReader(bytes.subarray(0, 9)))).toThrow(XdrError);
  });

  it('refuses array counts the data cannot hold, before allocating', () => {
    const w = new XdrWriter();
    uint.encode(w, 0x7ffffff0);
    expect(() => array(domain).decode(new XdrReader(Buffer.from(w.finish())))).toThrow(
      /cannot fit/,
    );
  });

  it('refuses optional presence words other than 0 and 1', () => {
    expect(() => optString.decode(new XdrReader(Buffer.from('00000002', 'hex')))).toThrow(XdrError);
  });
});
