import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_ROOT } from './buildSite';

const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** A running `astro dev` of a content folder. */
export interface DevServer {
  /** e.g. `http://localhost:4567` */
  origin: string;
  /** Everything the server printed so far, without colours, for failure messages. */
  output: () => string;
  /** Stops the server and removes its cache. */
  stop: () => Promise<void>;
}

/** A port nothing listens on right now (the server still moves on if it is taken meanwhile). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Which site a dev server runs: Zhiku by default; the benchmark also runs its floor (bench/floor). */
export interface DevSite {
  /** Astro's `--root`: relative to the project, or a copy of it elsewhere. */
  root?: string;
  /** The variables naming the content folder and the cache folder. */
  contentVar?: string;
  cacheVar?: string;
  /** Options for Node, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/**
 * Starts `astro dev` on a free port with ZHIKU_CONTENT_DIR pointing at `contentDir`
 * and a cache of its own, and resolves once it says where it listens. `--ignore-lock`:
 * it runs beside an editor's own `npm run dev` and leaves that one's lock file alone.
 */
export async function startDevServer(contentDir: string, timeoutMs = 120_000, site: DevSite = {}): Promise<DevServer> {
  const { root, contentVar = 'ZHIKU_CONTENT_DIR', cacheVar = 'ZHIKU_CACHE_DIR', nodeArgs = [] } = site;
  const cache = await mkdtemp(join(tmpdir(), 'zhiku-dev-cache-'));
  const port = await freePort();
  // Without vitest's NODE_ENV=test and VITEST*, under which Astro's dev server turns HMR (and its error overlay) off.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  const args = [...nodeArgs, ASTRO_BIN, 'dev', '--ignore-lock', '--port', String(port), ...(root ? ['--root', root] : [])];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...env, [contentVar]: resolve(contentDir), [cacheVar]: cache, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString()));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const stop = async () => {
    await stopProcess(child);
    await rm(cache, { recursive: true, force: true });
  };

  const origin = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      const url = /Local\s+(http:\/\/localhost:\d+)\//.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      done(url);
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`astro dev exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { origin, output: () => output, stop };
}

/** A message the dev server pushes to the browser over Vite's HMR socket (`full-reload`, `error`, …). */
export interface HmrPayload {
  type: string;
  err?: { message: string; loc?: { file?: string; line?: number; column?: number } };
}

/**
 * Listens on a dev server's HMR socket as the page's Vite client does, with the token the server gives
 * that client; `onMessage` hears each payload (a browser reloads on `full-reload` and shows `error` in
 * Astro's overlay). Resolves once connected, with what closes it.
 */
export async function hmrSocket(origin: string, onMessage: (payload: HmrPayload) => void): Promise<() => void> {
  const client = await (await fetch(new URL('/@vite/client', origin))).text();
  const token = /const wsToken = "([^"]+)"/.exec(client)?.[1];
  if (!token) throw new Error(`no HMR token in ${origin}/@vite/client`);
  const socket = new WebSocket(`${origin.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) => onMessage(JSON.parse(String(event.data)) as HmrPayload));
  await new Promise((done, fail) => {
    socket.addEventListener('open', done);
    socket.addEventListener('error', fail);
  });
  return () => socket.close();
}
