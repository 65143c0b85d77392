import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { BODY_FACTS_KEY, LEAD_LENGTH, type BodyFacts } from '../lib/bodyFacts';
import { contentHash } from '../lib/contentHash';
import { joinParagraphs } from '../lib/plainText';
import { countReadingUnits } from '../lib/readingTime';
import { isLanguageBadge } from './rewriteArticleLinks';

/** The facts of the document being rendered, created by whichever plugin writes first. */
export function bodyFactsOf(ctx: MdastVisitorContext): BodyFacts | undefined {
  const frontmatter = (ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
  if (!frontmatter) return undefined;
  frontmatter[BODY_FACTS_KEY] ??= { han: 0, words: 0, lead: '', links: [], hash: contentHash(ctx.source) } satisfies BodyFacts;
  return frontmatter[BODY_FACTS_KEY] as BodyFacts;
}

interface Node {
  type: string;
  value?: string;
  children?: readonly Node[];
  data?: { hName?: string };
}


/**
 * The text a reader reads in a node, leaving out the language markers after links (EN, 中) and the space before them.
 * @example readableText(paragraph of 'See ', link 'Alpha', ' ', badge 'EN', '.') => 'See Alpha.'
 */
export function readableText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  let text = '';
  for (const child of node.children ?? []) text = isLanguageBadge(child) ? text.replace(/ $/, '') : text + readableText(child);
  return text;
}

/**
 * The Sätteri plugin that measures the rendered text once, at the end of the
 * Markdown steps (links already show their titles, emphasis marks are gone):
 * reading units of every block but code and raw HTML, and the first
 * paragraphs for summaries (see BodyFacts), without the language markers of links,
 * and the hash of the body for translation stamps.
 */
export function bodyFactsPlugin(): MdastPluginDefinition {
  return {
    name: 'zhiku-body-facts',
    after(root, ctx) {
      const facts = bodyFactsOf(ctx);
      if (!facts) return;
      // Walking the tree in JavaScript is only needed when links added language markers.
      const hasBadges = (ctx.data.zhikuArticleLinks as { badges?: number } | undefined)?.badges;
      const paragraphs: string[] = [];
      let leadLength = 0;
      for (const block of root.children) {
        if (block.type === 'html' || block.type === 'code') continue;
        const text = (hasBadges ? readableText(block as Node) : ctx.textContent(block)).trim();
        if (!text) continue;
        const units = countReadingUnits(text);
        facts.han += units.han;
        facts.words += units.words;
        if (block.type === 'paragraph' && leadLength < LEAD_LENGTH) {
          paragraphs.push(text);
          leadLength += text.length;
        }
      }
      facts.lead = joinParagraphs(paragraphs).slice(0, LEAD_LENGTH);
    },
  };
}
