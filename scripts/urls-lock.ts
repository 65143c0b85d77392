/**
 * The URL lock (urls.lock.json): every URL the site has published.
 *   npm run urls:update               build the real content, add its new URLs to the lock
 *   npm run urls:update -- --prune    … and drop locked URLs the build no longer answers (on purpose!)
 *   npm run urls:check                fail when a locked URL is no longer answered
 * Both take `--dist <folder>` to read an existing build of ./content instead of building.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtUrls } from '../src/site/builtUrls';
import {
  answeredUrls,
  lockableUrls,
  parseLock,
  serializeLock,
  updateLock,
  URL_LOCK_FILE,
  vanishedMessage,
  vanishedUrls,
} from '../src/core/links/urlLock';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const command = args[0];
const prune = args.includes('--prune');
const distAt = args.indexOf('--dist');
const lockFile =
  process.env.ZHIKU_URL_LOCK && process.env.ZHIKU_URL_LOCK !== 'off' ? resolve(process.env.ZHIKU_URL_LOCK) : join(ROOT, URL_LOCK_FILE);

if (command !== 'update' && command !== 'check') {
  console.error('Usage: tsx scripts/urls-lock.ts update [--prune] [--dist <folder>] | check [--dist <folder>]');
  process.exit(2);
}

/** Builds the real content into a temporary folder, without the lock check (this script does it). */
function buildRealSite(): string {
  const work = mkdtempSync(join(tmpdir(), 'zhiku-urls-'));
  console.log(`Building ./content into ${work}/dist …`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ZHIKU_CONTENT_DIR: join(ROOT, 'content'),
      ZHIKU_OUT_DIR: join(work, 'dist'),
      ZHIKU_CACHE_DIR: join(work, 'cache'),
      ZHIKU_URL_LOCK: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return join(work, 'dist');
}

const dist = distAt >= 0 ? resolve(args[distAt + 1]!) : buildRealSite();
const built = builtUrls(dist);
const locked = existsSync(lockFile) ? parseLock(readFileSync(lockFile, 'utf8')) : [];
const vanished = vanishedUrls(locked, answeredUrls(built));

if (command === 'check') {
  if (vanished.length) {
    console.error(vanishedMessage(vanished));
    process.exit(1);
  }
  console.log(`All ${locked.length} URLs of ${URL_LOCK_FILE} are answered.`);
  process.exit(0);
}

const next = updateLock(locked, lockableUrls(built), answeredUrls(built), { prune });
writeFileSync(lockFile, serializeLock(next.urls));
console.log(`${URL_LOCK_FILE}: ${next.urls.length} URLs, ${next.added.length} added${prune ? `, ${next.removed.length} removed` : ''}.`);
for (const u of next.added) console.log(`  + ${u}`);
for (const u of next.removed) console.log(`  - ${u}`);
if (vanished.length && !prune) {
  console.error(`\n${vanishedMessage(vanished)}`);
  process.exit(1);
}
