import { resolve } from 'node:path';
import { isPaginatedPath, parseSitePath } from './urls';

/** The committed list of every published URL, at the top of the project. */
export const URL_LOCK_FILE = 'urls.lock.json';

/** The lock file's shape: a note for readers and the sorted URLs, one per line. */
export interface UrlLockFile {
  about: string;
  urls: string[];
}

const ABOUT =
  'Every URL the site has published. npm test fails when one of them is no longer built and no alias redirects it. Add new URLs with `npm run urls:update`; remove URLs on purpose with `npm run urls:update -- --prune`. See docs/writing.md, "Keeping URLs alive".';

/**
 * The lock file's text: sorted, without duplicates, one URL per line.
 * @example serializeLock(['/zh/', '/en/']) => '{\n  "about": "…",\n  "urls": [\n    "/en/",\n    "/zh/"\n  ]\n}\n'
 */
export function serializeLock(urls: Iterable<string>): string {
  const file: UrlLockFile = { about: ABOUT, urls: [...new Set(urls)].sort() };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** @example parseLock('{"urls":["/en/"]}') => ['/en/'] */
export function parseLock(text: string): string[] {
  const data = JSON.parse(text) as Partial<UrlLockFile>;
  if (!Array.isArray(data.urls)) throw new Error(`${URL_LOCK_FILE} has no "urls" list`);
  return data.urls;
}

/**
 * The locked URLs that the build no longer answers, as a page or a redirect.
 * @example vanishedUrls(['/en/', '/en/articles/a/'], new Set(['/en/'])) => ['/en/articles/a/']
 */
export function vanishedUrls(locked: readonly string[], answered: ReadonlySet<string>): string[] {
  return locked.filter((url) => !answered.has(url));
}

/**
 * The next lock: the old one plus every new URL. With `prune`, locked URLs
 * that nothing answers any more (no page, no alias redirect) leave it.
 * @example updateLock(['/a/', '/b/'], ['/b/', '/c/'], new Set(['/b/', '/c/']), { prune: true }) => { urls: ['/b/', '/c/'], added: ['/c/'], removed: ['/a/'] }
 */
export function updateLock(
  locked: readonly string[],
  current: readonly string[],
  answered: ReadonlySet<string>,
  { prune }: { prune: boolean },
) {
  const before = new Set(locked);
  const added = [...new Set(current)].filter((u) => !before.has(u)).sort();
  const removed = prune ? vanishedUrls(locked, answered).sort() : [];
  const urls = [...new Set([...locked.filter((u) => !removed.includes(u)), ...added])].sort();
  return { urls, added, removed };
}

/**
 * What to tell someone whose change made locked URLs vanish.
 * @example vanishedMessage(['/en/articles/a/']) => 'The build no longer produces 1 URL listed in urls.lock.json: …'
 */
export function vanishedMessage(vanished: readonly string[]): string {
  const count = vanished.length === 1 ? '1 URL' : `${vanished.length} URLs`;
  const slugs = [
    ...new Set(
      vanished.flatMap((u) => {
        const target = parseSitePath(u);
        return target.kind === 'article' ? [target.slug] : [];
      }),
    ),
  ];
  return [
    `The build no longer produces ${count} listed in ${URL_LOCK_FILE}:`,
    ...vanished.map((u) => `  ✖ ${u}`),
    'People and other sites may link to these URLs. Either',
    `  • keep them working: add the old slug to the frontmatter of the article that replaces it${slugs.length ? `, e.g. \`aliases: [${slugs.join(', ')}]\`` : ''}, which makes the old URL redirect in every language; or`,
    `  • retire them on purpose: run \`npm run urls:update -- --prune\` and commit ${URL_LOCK_FILE}.`,
  ].join('\n');
}

/**
 * The lock file that applies to a build: ZHIKU_URL_LOCK when set (`off`: none), else the
 * project's lock when the real content folder is built, else none (test and
 * benchmark folders have no lock).
 * @example urlLockPath({}, '/p', './content') => '/p/urls.lock.json'; urlLockPath({}, '/p', '/tmp/x') => undefined
 */
export function urlLockPath(env: Record<string, string | undefined>, projectRoot: string, contentDir: string): string | undefined {
  if (env.ZHIKU_URL_LOCK === 'off') return undefined;
  if (env.ZHIKU_URL_LOCK) return resolve(projectRoot, env.ZHIKU_URL_LOCK);
  return resolve(projectRoot, contentDir) === resolve(projectRoot, 'content') ? resolve(projectRoot, URL_LOCK_FILE) : undefined;
}

/** The URLs a built site answers, by kind. */
export interface BuiltUrls {
  /** Real pages (`…/index.html`), as directory URLs. */
  pages: string[];
  /** Alias pages that only redirect. */
  redirects: string[];
  /** Feeds, sitemap and robots.txt that exist. */
  files: string[];
}

/**
 * The URLs that belong in the lock: real pages except later pages of lists, plus feeds.
 * @example lockableUrls({ pages: ['/en/', '/en/archive/2/'], redirects: ['/en/articles/old/'], files: ['/en/rss.xml'] }) => ['/en/', '/en/rss.xml']
 */
export function lockableUrls(built: BuiltUrls): string[] {
  return [...built.pages.filter((p) => !isPaginatedPath(p)), ...built.files].sort();
}

/** Every URL a visitor can still open: pages, redirects and files. */
export function answeredUrls(built: BuiltUrls): Set<string> {
  return new Set([...built.pages, ...built.redirects, ...built.files]);
}
