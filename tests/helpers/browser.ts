import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
