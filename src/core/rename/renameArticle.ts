import { addAlias } from './addAlias';
import { articleFacts } from '../articles/articleFacts';
import { isLocale, LOCALES, type Locale } from '../language/locales';
import { renameLinks } from './renameLinks';
import { isValidSlug, parseArticlePath } from '../links/slugs';
import { articleUrl } from '../links/urls';

/** One article file as the rename reads it: its path inside `articles/` and its text. */
export interface RenameFile {
  path: string;
  text: string;
}

/** What a rename does: files moved (and given the alias), files whose links change, URLs added to the lock. */
export interface RenamePlan {
  /** `en/old.md` → `en/new.md`, with the old slug added to `aliases`. */
  moves: { from: string; to: string; text: string }[];
  /** Other article files whose links to the old slug now name the new one. */
  edits: { path: string; text: string; rewritten: string[] }[];
  /** The new article URLs the URL lock gains (the old ones stay: the alias answers them). */
  lockAdded: string[];
}

export type RenameResult = { ok: true; plan: RenamePlan } | { ok: false; error: string };

/**
 * Reads `en/<slug>` (or `zh/<slug>`), as the command line takes it.
 * @example renameSource('en/fed-rates') => { locale: 'en', slug: 'fed-rates' }
 */
export function renameSource(arg: string): { locale: Locale; slug: string } | undefined {
  const [locale, slug, ...rest] = arg.replace(/\.mdx?$/, '').split('/');
  return rest.length === 0 && locale && isLocale(locale) && slug ? { locale, slug } : undefined;
}

function fail(error: string): RenameResult {
  return { ok: false, error };
}

/**
 * Plans the rename of the article `source` (both language versions) to `to`:
 * each version's file moves to the new name and lists the old slug in
 * `aliases` (so its old URLs redirect), every link and card in the other files
 * that names the old slug names the new one, and the URL lock gains the new
 * URLs of the old ones it holds. Refuses an invalid or taken new slug (a slug
 * or an alias of any article) and a source that does not exist. Pure: the
 * caller reads the files and writes the plan.
 * @example renameArticle([{ path: 'en/old.md', text: '---\ntitle: A\n---\nA' }], { locale: 'en', slug: 'old' }, 'new', [])
 *   => { ok: true, plan: { moves: [{ from: 'en/old.md', to: 'en/new.md', text: '---\ntitle: A\naliases: [old]\n---\nA' }], edits: [], lockAdded: [] } }
 */
export function renameArticle(
  files: readonly RenameFile[],
  source: { locale: Locale; slug: string },
  to: string,
  locked: readonly string[],
): RenameResult {
  const from = source.slug;
  if (!isValidSlug(to)) return fail(`"${to}" is not a slug: use lowercase letters a-z, digits and single hyphens, e.g. fed-holds-rates`);
  if (to === from) return fail(`"${from}" already has that slug`);
  const facts = articleFacts({ articles: files.map((f) => ({ ...f, file: f.path })) });
  const own = files.filter((f) => {
    const key = parseArticlePath(f.path);
    return !('error' in key) && key.slug === from;
  });
  if (!own.some((f) => f.path.startsWith(`${source.locale}/`))) {
    return fail(`there is no article ${source.locale}/${from} (no file articles/${source.locale}/${from}.md or .mdx)`);
  }
  const taken = facts.find((a) => a.slug === to);
  if (taken) return fail(`"${to}" is taken: articles/${taken.locale}/${to} exists; choose another slug`);
  const claimed = facts.find((a) => a.aliases.includes(to));
  if (claimed) {
    return fail(`"${to}" is taken: it is an old slug of articles/${claimed.locale}/${claimed.slug} (its aliases); choose another slug`);
  }
  const moves = own.map((f) => {
    const at = f.path.lastIndexOf('/');
    let text: string;
    try {
      text = addAlias(renameLinks(f.text, from, to, f.path.endsWith('.mdx')).text, from);
    } catch (error) {
      throw new Error(`articles/${f.path}: ${(error as Error).message}`, { cause: error });
    }
    return { from: f.path, to: `${f.path.slice(0, at)}/${to}${f.path.slice(f.path.lastIndexOf('.'))}`, text };
  });
  const edits = files
    .filter((f) => !own.includes(f))
    .flatMap((f) => {
      const { text, rewritten } = renameLinks(f.text, from, to, f.path.endsWith('.mdx'));
      return rewritten.length
        ? [{ path: f.path, text, rewritten: rewritten.map((r) => (r.count > 1 ? `${r.written} ×${r.count}` : r.written)) }]
        : [];
    });
  const lock = new Set(locked);
  const lockAdded = LOCALES.filter((l) => lock.has(articleUrl(l, from)) && !lock.has(articleUrl(l, to))).map((l) => articleUrl(l, to));
  return { ok: true, plan: { moves, edits, lockAdded } };
}
