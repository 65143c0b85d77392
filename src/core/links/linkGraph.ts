import type { ArticleKey } from './slugs';

/** One article file and the articles it links to. */
export interface PageLinks {
  from: ArticleKey;
  to: readonly ArticleKey[];
}

export interface LinkGraph {
  /** `<locale>/<slug>` => the articles that file links to, each once, in link order. */
  outgoing: ReadonlyMap<string, readonly ArticleKey[]>;
  /** slug => the slugs of the articles that link to it in any language, each once, in page order. */
  backlinks: ReadonlyMap<string, readonly string[]>;
}

/**
 * The link graph of the site, Quartz-style: each page's outgoing links, and
 * backlinks as their inverse. Backlinks join both languages: an article is
 * "linked from" another when any version of one links to any version of the
 * other. Links from an article to itself or to its own translation are left out.
 * Pass pages newest first and the backlinks come newest first.
 * @example buildLinkGraph([{ from: { locale: 'zh', slug: 'a' }, to: [{ locale: 'en', slug: 'b' }] }]).backlinks.get('b') => ['a']
 */
export function buildLinkGraph(pages: readonly PageLinks[]): LinkGraph {
  const outgoing = new Map<string, ArticleKey[]>();
  const backlinks = new Map<string, string[]>();
  for (const { from, to } of pages) {
    const seen = new Set<string>();
    const targets: ArticleKey[] = [];
    for (const target of to) {
      const key = `${target.locale}/${target.slug}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push(target);
      if (target.slug === from.slug) continue;
      const sources = backlinks.get(target.slug) ?? [];
      if (!sources.includes(from.slug)) sources.push(from.slug);
      backlinks.set(target.slug, sources);
    }
    outgoing.set(`${from.locale}/${from.slug}`, targets);
  }
  return { outgoing, backlinks };
}

/** "Linked from" lists at most this many articles and counts the rest. */
export const BACKLINKS_MAX = 20;
