import type { ArticlePicture } from '../core/articles/articlePicture';
import { LEAD_LENGTH, type BodyFacts } from '../core/articles/bodyFacts';
import { contentHash } from '../core/content/contentHash';
import { countReadingUnits } from '../core/articles/readingTime';
import type { ArticleKey } from '../core/links/slugs';
import { joinParagraphs } from './plainText';
import type { ReadableBlock } from './readableText';

/**
 * The facts of a body (BodyFacts), measured on its readable blocks after the
 * Markdown steps, so links show their titles and emphasis marks are gone:
 * reading units of every block, the first paragraphs for summaries (prose
 * only, so a subheading never runs into a summary), the articles it links to,
 * the hash of its source for translation stamps, whether it has code and its first picture (found
 * by the caller: neither is a readable block).
 * @example measureBody([{ type: 'heading', text: 'Hi' }, { type: 'paragraph', text: '区块链 works.' }], source, [], false) => { han: 3, words: 2, lead: '区块链 works.', links: [], hash: '…', code: false }
 */
export function measureBody(
  blocks: readonly ReadableBlock[],
  source: string,
  links: readonly ArticleKey[],
  code: boolean,
  image?: ArticlePicture,
): BodyFacts {
  const facts: BodyFacts = { han: 0, words: 0, lead: '', links: [...links], hash: contentHash(source), code };
  if (image) facts.image = image;
  const paragraphs: string[] = [];
  let leadLength = 0;
  for (const { type, text } of blocks) {
    const units = countReadingUnits(text);
    facts.han += units.han;
    facts.words += units.words;
    if (type === 'paragraph' && leadLength < LEAD_LENGTH) {
      paragraphs.push(text);
      leadLength += text.length;
    }
  }
  facts.lead = joinParagraphs(paragraphs).slice(0, LEAD_LENGTH);
  return facts;
}
