import { isPublished } from '../core/articles/published';
import { renderedBodyFacts, type BodyFacts, type RenderedEntry } from '../core/articles/bodyFacts';
import { parsedBodyFacts } from '../markdown/parsedBodyFacts';
import { contentDir } from './contentDir';
import { entryBody } from './entryBody';
import { siteArticleLinks } from './siteArticleLinks';
import { entryFile } from './projectRoot';

/** An entry of the articles collection, as far as its body goes. */
export interface BodyEntry extends RenderedEntry {
  body?: string;
  filePath?: string;
  /** The content store's digest: it covers the file and the articles it links to (site/articleLoader.ts). */
  digest?: number | string;
  data: { draft?: boolean };
}

const parsed = new Map<string, BodyFacts>();

/**
 * An entry's body facts: those the renderer kept with it, or for an MDX entry,
 * which is rendered with its page and not in the content store, the same facts
 * worked out from its body (parsedBodyFacts), once per build, for the pages
 * that show its summary and reading time and for the link graph. Kept by
 * digest, not by file alone: in `astro dev` the file or what it links to
 * changes while this module stays loaded.
 * @example entryBodyFacts(entry) => { han: 0, words: 120, lead: 'The first paragraph…', links: [{ locale: 'en', slug: 'alpha' }], hash: '…' }
 */
export function entryBodyFacts(entry: BodyEntry): BodyFacts {
  const rendered = renderedBodyFacts(entry);
  if (rendered) return rendered;
  // A body without a file is no article: its links stay as written.
  if (!entry.filePath) return parsedBodyFacts(entryBody(entry));
  const path = entryFile(entry.filePath);
  const key = `${path}\0${entry.digest ?? ''}`;
  let facts = parsed.get(key);
  if (!facts) {
    facts = parsedBodyFacts(entryBody(entry), { path, links: siteArticleLinks(contentDir()), published: isPublished(entry.data) });
    parsed.set(key, facts);
  }
  return facts;
}
