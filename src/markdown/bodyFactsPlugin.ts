import type { MdastPluginDefinition } from 'satteri';
import { BODY_FACTS_KEY, LEAD_LENGTH, type BodyFacts } from '../core/bodyFacts';
import { contentHash } from '../core/contentHash';
import { joinParagraphs } from './plainText';
import { countReadingUnits } from '../core/readingTime';
import { renderedLinks } from './articleLinksPlugin';
import { isLanguageBadge } from './languageBadge';


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
      const frontmatter = (ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
      if (!frontmatter) return;
      const links = renderedLinks(ctx);
      const facts: BodyFacts = { han: 0, words: 0, lead: '', links: [...links.to], hash: contentHash(ctx.source) };
      const paragraphs: string[] = [];
      let leadLength = 0;
      for (const block of root.children) {
        if (block.type === 'html' || block.type === 'code') continue;
        // Walking the tree in JavaScript is only needed when links added language markers.
        const text = (links.markers ? readableText(block as Node) : ctx.textContent(block)).trim();
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
      frontmatter[BODY_FACTS_KEY] = facts;
    },
  };
}
