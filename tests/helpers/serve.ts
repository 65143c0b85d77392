import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath } from '../../src/core/headers/headerRuleMatch';
import { parseHeadersFile } from '../../src/core/headers/headersFile';
import { headersFileUrl } from '../../src/core/links/urls';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Response headers to add by request path (they win over the server's own), e.g. hostHeaders(dir). */
  headers?: (path: string) => Record<string, string>;
  /**
   * The path the folder is served under (a site built with `base: /kb/`), as a host serves
   * `dist/` at https://example.org/kb/: a request outside it is a 404, and its files are
   * looked up without it; a miss inside it gets the site's 404.html. Headers are matched on the
   * whole path, as the browser asked for it.
   */
  base?: string;
}

/**
 * The headers Cloudflare Pages would add from a built site's `_headers`, by
 * request path (a header set by several rules joined with ", ", as it does).
 */
export function hostHeaders(dir: string): (path: string) => Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(dir, headersFileUrl()), 'utf8'));
  return (path) =>
    Object.fromEntries(Object.entries(headersForPath(rules, path, 'cloudflare')).map(([name, values]) => [name, values.join(', ')]));
}

function notFound(res: ServerResponse, page?: string): void {
  res.statusCode = 404;
  res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  res.end(page ?? 'Not found');
}

/** Serves a built site on a free loopback port, as a static host would (404.html for misses). */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(options.headers?.(path) ?? {})) res.setHeader(name, value);
    const base = options.base?.replace(/\/$/, '');
    if (base) {
      if (path !== base && !path.startsWith(`${base}/`)) return notFound(res);
      req.url = req.url!.slice(base.length) || '/';
    }
    files(req, res, () => notFound(res, base ? readFileSync(join(dir, '404.html'), 'utf8') : undefined));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
