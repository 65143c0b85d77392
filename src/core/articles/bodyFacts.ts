import type { ArticleKey } from '../links/slugs';
import type { ArticlePicture } from './articlePicture';

/**
 * What the Markdown renderer learns about an article body while rendering it
 * (src/markdown/bodyFactsPlugin.ts, articleLinksPlugin.ts), kept with the
 * rendered page in Astro's content store so that nothing parses the body again:
 * reading units, the opening paragraphs for summaries, the articles it links to,
 * whether it shows code (its page then loads the copy button), and its first picture.
 */
export interface BodyFacts {
  /** Han characters and other words of the readable text (see countReadingUnits). */
  han: number;
  words: number;
  /** The first paragraphs as one line, long enough for any summary. */
  lead: string;
  /** The published articles the body links to. */
  links: ArticleKey[];
  /** contentHash of the body, which translations record as their sourceHash. */
  hash: string;
  /** Whether the body has a code block (fenced or indented), anywhere in it. */
  code: boolean;
  /** The first image it shows that a link preview can show (core/articles/articlePicture.ts firstPreviewImage), as written. */
  image?: ArticlePicture;
}

/** Where the renderer's plugins leave the facts: the document's frontmatter, as Astro's reading-time recipe does. */
export const BODY_FACTS_KEY = 'zhikuBodyFacts';

/** The length of `lead`: more than the longest summary (160 characters, feeds 300). */
export const LEAD_LENGTH = 400;

/** An entry of the content store (Astro types its rendered metadata as open-ended). */
export interface RenderedEntry {
  rendered?: { metadata?: Record<string, unknown> };
}

/**
 * The facts the renderer stored for an entry, or undefined when it has none
 * (an MDX entry is rendered when its page is, not in the content store).
 * @example renderedBodyFacts({ rendered: { metadata: { frontmatter: { zhikuBodyFacts: { han: 3, words: 0, lead: '区块链', links: [], hash: '…', code: false } } } } })?.han => 3
 */
export function renderedBodyFacts(entry: RenderedEntry): BodyFacts | undefined {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  const facts = frontmatter?.[BODY_FACTS_KEY] as Partial<BodyFacts> | undefined;
  if (
    !facts ||
    typeof facts.han !== 'number' ||
    typeof facts.words !== 'number' ||
    typeof facts.lead !== 'string' ||
    !Array.isArray(facts.links) ||
    typeof facts.hash !== 'string' ||
    typeof facts.code !== 'boolean' ||
    (facts.image !== undefined && (typeof facts.image?.src !== 'string' || typeof facts.image.alt !== 'string'))
  )
    return undefined;
  return facts as BodyFacts;
}
