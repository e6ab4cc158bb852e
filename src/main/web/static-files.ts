import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { decodeOrUndefined } from './auth';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.map': 'application/json',
};

export type StaticOutcome = 'served' | 'not-found' | 'bad-path';

/**
 * Serves a file from the built renderer. A path whose %-encoding is broken is 'bad-path'
 * (answer 400); one that names no file of the folder is 'not-found'.
 */
export async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<StaticOutcome> {
  const decoded = decodeOrUndefined(pathname === '/' ? '/index.html' : pathname);
  if (decoded === undefined) return 'bad-path';
  const relative = normalize(decoded);
  const file = join(root, relative);
  if (!file.startsWith(root + sep)) return 'not-found'; // no way out of the renderer folder
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return 'not-found';
  const hashedAsset = relative.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Vite puts a content hash in asset names: they never change; index.html always may.
    'Cache-Control': hashedAsset ? 'private, max-age=31536000, immutable' : 'no-cache',
  });
  // A file that goes away between stat and read ends this response, not the process.
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
  return 'served';
}
