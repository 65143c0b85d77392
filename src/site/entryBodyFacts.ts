import { isPublished } from '../core/published';
import { resolve } from 'node:path';
import { renderedBodyFacts, type BodyFacts, type RenderedEntry } from '../core/bodyFacts';
import { parsedBodyFacts } from '../markdown/parsedBodyFacts';
import { contentDir } from './contentDir';
import { entryBody } from './entryBody';
import { siteArticleLinks } from './siteArticleLinks';

/** An entry of the articles collection, as far as its body goes. */
export interface BodyEntry extends RenderedEntry {
  body?: string;
  filePath?: string;
  data: { draft?: boolean };
}

const parsed = new Map<string, BodyFacts>();

/**
 * An entry's body facts: those the renderer kept with it, or for an MDX entry,
 * which is rendered with its page and not in the content store, the same facts
 * worked out from its body (parsedBodyFacts), once per build, for the pages
 * that show its summary and reading time and for the link graph.
 * @example entryBodyFacts(entry) => { han: 0, words: 120, lead: 'The first paragraph…', links: [{ locale: 'en', slug: 'alpha' }], hash: '…' }
 */
export function entryBodyFacts(entry: BodyEntry): BodyFacts {
  const rendered = renderedBodyFacts(entry);
  if (rendered) return rendered;
  // A body without a file is no article: its links stay as written.
  if (!entry.filePath) return parsedBodyFacts(entryBody(entry));
  const path = resolve(entry.filePath);
  let facts = parsed.get(path);
  if (!facts) {
    facts = parsedBodyFacts(entryBody(entry), { path, links: siteArticleLinks(contentDir()), published: isPublished(entry.data) });
    parsed.set(path, facts);
  }
  return facts;
}
