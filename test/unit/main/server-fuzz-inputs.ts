import fc from 'fast-check';
import { httpRequest, upgradeHeaders } from './raw-wire';
import {
  bytes,
  cuts,
  latin1,
  mostly,
  pieces,
  rarely,
  truncation,
  type FuzzInput,
} from './server-fuzz-basics';
import { frameInputs, frames } from './server-fuzz-frames';

/** HTTP requests and WebSocket upgrades for the server fuzz, and the mix of all its inputs. */

const BROKEN_ENCODINGS = [
  '%E0%A4%A',
  '%',
  '%Z',
  '%C0%AF',
  '%ED%A0%80',
  '%FF',
  '%00',
  '%%',
  '%E0%A4',
];

const targets = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('/', '/index.html', '/assets/app-1234.js') },
  fc.constantFrom(
    '/',
    '/index.html',
    '/assets/app-1234.js',
    '/assets/',
    '/ws',
    '/display',
    '/display/x',
    '/nowhere',
    '*',
    'http://[',
    'http://[::1',
    'http://127.0.0.1/',
    'http://evil.example/index.html',
    '//evil.example/',
    '/%E0%A4%A',
    '/%',
    '/%00',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/../../etc/passwd',
    '/assets/../index.html',
    '/index.html%C0',
    '/\u00ff',
    '/a b',
    '/%2F%2F',
    `/${'a'.repeat(9000)}`,
  ),
  fc.constantFrom(...BROKEN_ENCODINGS).map((broken) => `/assets/${broken}.js`),
  fc
    .array(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...BROKEN_ENCODINGS, '..', '.', '')),
      { maxLength: 5 },
    )
    .map((parts) => `/${parts.join('/')}`),
  bytes(40),
);

type TokenChoice = 'good' | 'wrong' | 'empty' | 'broken' | 'twice' | 'none';
const tokenChoice = mostly<TokenChoice>('good', 'wrong', 'empty', 'broken', 'twice', 'none');

function tokenQuery(choice: TokenChoice, token: string): string {
  switch (choice) {
    case 'good':
      return `token=${token}`;
    case 'wrong':
      return 'token=not-the-token';
    case 'empty':
      return 'token=';
    case 'broken':
      return 'token=%E0%A4%A';
    case 'twice':
      return `token=x&token=${token}`;
    case 'none':
      return '';
  }
}

type CookieChoice = 'good' | 'broken' | 'wrong' | 'many' | 'garbage' | 'none';
const cookieChoice = mostly<CookieChoice>('none', 'good', 'broken', 'wrong', 'many', 'garbage');

function cookieHeader(choice: CookieChoice, port: number, token: string): Record<string, string> {
  const name = `virtdeck_token_${port}`;
  switch (choice) {
    case 'good':
      return { Cookie: `${name}=${encodeURIComponent(token)}` };
    case 'broken':
      return { Cookie: `a=b; ${name}=%E0%A4%A` };
    case 'wrong':
      return { Cookie: `${name}=nope` };
    case 'many':
      return { Cookie: Array.from({ length: 300 }, (_, i) => `c${i}=${i}`).join('; ') };
    case 'garbage':
      return { Cookie: `${name}=;;=;${name}` };
    case 'none':
      return {};
  }
}

type HostChoice = 'good' | 'localhost' | 'evil' | 'empty' | 'none' | 'garbage';
const hostChoice = mostly<HostChoice>('good', 'localhost', 'evil', 'empty', 'none', 'garbage');

function hostHeader(choice: HostChoice, port: number): Record<string, string> {
  switch (choice) {
    case 'good':
      return { Host: `127.0.0.1:${port}` };
    case 'localhost':
      return { Host: `localhost:${port}` };
    case 'evil':
      return { Host: 'evil.example' };
    case 'empty':
      return { Host: '' };
    case 'none':
      return {};
    case 'garbage':
      return { Host: '[::1' };
  }
}

/** Headers nobody should send: bad names and values, odd lengths, smuggling attempts. */
const oddHeaderList = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom<[string, string]>(
        ['Content-Length', '5'],
        ['Content-Length', '-1'],
        ['Content-Length', '99999999999999999999'],
        ['Content-Length', 'abc'],
        ['Transfer-Encoding', 'chunked'],
        ['Transfer-Encoding', 'gzip, chunked, x'],
        ['Expect', '100-continue'],
        ['Connection', 'close'],
        ['Connection', 'keep-alive'],
        ['Connection', 'Upgrade'],
        ['Upgrade', 'websocket'],
        ['Upgrade', 'h2c'],
        ['X-Long', 'x'.repeat(20_000)],
        ['Origin', 'null'],
        ['Origin', 'http://evil.example'],
        ['Host', 'second.example'],
        [' Leading', 'space'],
        ['Bad\u0000Name', 'v'],
        ['X', 'line\rbreak'],
        ['X', 'fold\r\n continued'],
      ),
    },
    { weight: 1, arbitrary: fc.tuple(bytes(16), bytes(40)) },
  ),
  { minLength: 1, maxLength: 3 },
);
/** Most requests carry none of them, so the rest of the request reaches the handlers. */
const oddHeaders = fc.oneof(
  { weight: 3, arbitrary: fc.constant<[string, string][]>([]) },
  { weight: 2, arbitrary: oddHeaderList },
);

const bodies = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: bytes(64) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '5\r\nhello\r\n0\r\n\r\n',
      'zz\r\nhello\r\n',
      'ffffffffffffffff\r\n',
      '0\r\n\r\n',
    ),
  },
);

const httpInputs = fc
  .record({
    server: fc.constantFrom<'web' | 'loopback'>('web', 'web', 'web', 'loopback'),
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constant('GET') },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          'HEAD',
          'POST',
          'PUT',
          'OPTIONS',
          'CONNECT',
          'TRACE',
          'get',
          'G\u0000T',
          '',
        ),
      },
      { weight: 1, arbitrary: bytes(8) },
    ),
    target: targets,
    token: tokenChoice,
    version: fc.oneof(
      { weight: 8, arbitrary: fc.constant('HTTP/1.1') },
      { weight: 2, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'FOO', '') },
    ),
    host: hostChoice,
    cookie: cookieChoice,
    odd: oddHeaders,
    body: bodies,
    lineEnd: mostly('\r\n', '\n'),
    truncateAt: truncation,
    cuts,
    reset: rarely,
    // Half the requests are well-formed around their target, token, Host and cookie, so
    // that they reach the server's own checks rather than Node's parser.
    clean: fc.boolean(),
  })
  .map((spec) =>
    spec.clean
      ? {
          ...spec,
          method: spec.method.length < 8 ? 'GET' : 'HEAD',
          version: 'HTTP/1.1',
          odd: [],
          body: '',
          lineEnd: '\r\n',
          truncateAt: undefined,
        }
      : spec,
  )
  .map((spec): FuzzInput => ({
    kind: 'http',
    server: spec.server,
    reset: spec.reset,
    build: (context) => {
      const port = spec.server === 'web' ? context.webPort : context.loopbackPort;
      const query = tokenQuery(spec.token, context.token);
      const target = query && !spec.target.includes('?') ? `${spec.target}?${query}` : spec.target;
      const headers = [
        ...Object.entries({
          ...hostHeader(spec.host, port),
          ...cookieHeader(spec.cookie, port, context.token),
        }),
        ...spec.odd,
      ];
      const head = [
        `${spec.method} ${target} ${spec.version}`.trim(),
        ...headers.map(([k, v]) => `${k}: ${v}`),
      ];
      let data = latin1(`${head.join(spec.lineEnd)}${spec.lineEnd}${spec.lineEnd}${spec.body}`);
      if (spec.truncateAt !== undefined) data = data.subarray(0, spec.truncateAt);
      return Promise.resolve(pieces(data, spec.cuts));
    },
  }));

const upgradeInputs = fc
  .record({
    server: fc.constantFrom<'web' | 'loopback'>('web', 'web', 'loopback'),
    path: fc.oneof(
      fc.constantFrom(
        '/ws',
        '/ws',
        '/display',
        '/display/',
        '/display/not-a-key',
        '/nowhere',
        'http://[',
        '*',
        '/ws/../ws',
      ),
      targets,
    ),
    ticket: fc.constantFrom('none', 'guess', 'broken'),
    token: tokenChoice,
    cookie: cookieChoice,
    host: hostChoice,
    origin: mostly<string | undefined>(
      undefined,
      'http://evil.example',
      'null',
      'virtdeck://app',
      'file://',
      '\u0000',
    ),
    upgrade: mostly('websocket', 'WebSocket', 'h2c', '', 'websocket, h2c'),
    key: mostly('dGhlIHNhbXBsZSBub25jZQ==', 'short', '', '!!!!!!!!!!!!!!!!!!!!!!=='),
    version: mostly('13', '8', '', 'x'),
    extra: oddHeaders,
    tail: fc.oneof(fc.constant<Buffer[]>([]), fc.array(frames, { maxLength: 2 })),
    method: mostly('GET', 'POST', 'CONNECT', 'get'),
    reset: rarely,
  })
  .map((spec): FuzzInput => ({
    kind: `upgrade:${spec.server}`,
    server: spec.server,
    reset: spec.reset,
    build: (context) => {
      const port = spec.server === 'web' ? context.webPort : context.loopbackPort;
      const query = [
        spec.ticket === 'none' ? '' : spec.ticket === 'guess' ? 'ticket=guess' : 'ticket=%E0%A4%A',
        tokenQuery(spec.token, context.token),
      ]
        .filter(Boolean)
        .join('&');
      const target = query && !spec.path.includes('?') ? `${spec.path}?${query}` : spec.path;
      const headers: Record<string, string> = {
        ...upgradeHeaders(port, {
          Upgrade: spec.upgrade,
          'Sec-WebSocket-Key': spec.key,
          'Sec-WebSocket-Version': spec.version,
          ...cookieHeader(spec.cookie, port, context.token),
          ...(spec.origin === undefined ? {} : { Origin: spec.origin }),
        }),
      };
      delete headers['Host'];
      Object.assign(headers, hostHeader(spec.host, port));
      const request = httpRequest(target, headers, spec.method);
      const extra = Buffer.from(spec.extra.map(([k, v]) => `${k}: ${v}\r\n`).join(''), 'latin1');
      // Extra headers go before the blank line that ends the request's head.
      const withExtra = Buffer.concat([
        request.subarray(0, request.length - 2),
        extra,
        latin1('\r\n'),
      ]);
      return Promise.resolve([withExtra, ...spec.tail]);
    },
  }));

const rawInputs = fc
  .record({
    server: fc.constantFrom<'web' | 'loopback'>('web', 'loopback'),
    data: fc.uint8Array({ minLength: 1, maxLength: 300 }),
  })
  .map((spec): FuzzInput => ({
    kind: 'raw',
    server: spec.server,
    reset: false,
    build: () => Promise.resolve([Buffer.from(spec.data)]),
  }));

/** The generated inputs, in the mix the fuzz sends them. */
export const fuzzInputs: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 30, arbitrary: httpInputs },
  { weight: 25, arbitrary: upgradeInputs },
  { weight: 35, arbitrary: frameInputs },
  { weight: 5, arbitrary: rawInputs },
);
