import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type ServeOptions, type StaticServer } from './serve';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary to drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
}

/**
 * Whether browser tests can run. Without Chromium a local run skips them with
 * a loud message; under CI=true a missing browser is an error.
 */
export function browserAvailable(): boolean {
  if (findChromium()) return true;
  const message =
    'No Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium). Install it with `apt-get install -y chromium` to run the browser tests.';
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(`\n!!! BROWSER TESTS SKIPPED !!!\n${message}\n`);
  return false;
}

/** Launches headless Debian Chromium with the flags this sandbox needs. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium to launch');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

export interface BrowserSite {
  browser: Browser;
  /** The origin the site is served on, e.g. http://127.0.0.1:41234 */
  url: string;
}

/**
 * Inside a `describe`: launches Chromium and serves a built site before its
 * tests, and closes both after them. Read `browser` and `url` inside tests.
 */
export function useBrowserSite(outDir: string, serve: ServeOptions = {}): BrowserSite {
  const site = {} as BrowserSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [site.browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir, serve)]);
    site.url = server.url;
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), server?.close()]);
  });
  return site;
}
