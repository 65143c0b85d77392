import { Document, parseDocument } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter';

/** What `npm run new` puts in a new article's frontmatter. */
export interface NewArticleFields {
  title: string;
  /** YYYY-MM-DD: the day it is written. */
  date: string;
}

/**
 * A title to start from when the editor gives none: the slug's words, the first one capitalised.
 * @example titleFromSlug('fatf-travel-rule') => 'Fatf travel rule'
 */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A note to the editor in the body, in the comment syntax of the file's kind,
 * so that the page does not show it if it stays.
 * @example editorNote('Write here.', false) => '<!-- Write here. -->'; editorNote('Write here.', true) => '{/* Write here. *\/}'
 */
export function editorNote(text: string, mdx: boolean): string {
  return mdx ? `{/* ${text} */}` : `<!-- ${text} -->`;
}

/** A frontmatter block from a YAML document, fences included. */
function fenced(doc: Document): string {
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

/**
 * The text of a new article file: the frontmatter the schema needs (a title,
 * the date, no topics yet) and a note where the text goes. YAML quotes the
 * title when it must (a colon, a leading quote).
 * @example newArticleText({ title: 'Travel rule: how it works', date: '2026-03-01' }) => '---\ntitle: "Travel rule: how it works"\ndate: 2026-03-01\ntopics: []\n---\n\n<!-- Write … -->\n'
 */
export function newArticleText(fields: NewArticleFields, mdx = false): string {
  const doc = new Document({ title: fields.title, date: fields.date, topics: [] });
  const note = editorNote('Write the article here, in Markdown: docs/writing.md says how.', mdx);
  return `${fenced(doc)}\n${note}\n`;
}

/**
 * The fields a translation keeps from its original, in this order (a draft's translation is a draft too);
 * the others belong to one language version.
 */
export const TRANSLATION_KEEPS = ['title', 'date', 'authors', 'source', 'topics', 'kind', 'draft'] as const;

/**
 * The frontmatter of a new translation, from its original's file: the fields
 * a translation keeps (TRANSLATION_KEEPS, as the original writes them; the
 * title still to be translated). Its description, aliases, `updated`,
 * `imported` record and the like stay with the original. The stamp
 * (`translation:`) is stampTranslation's to write.
 * @example translationFrontmatter('---\ntitle: A\ndate: 2019-11-18\nimported: { dump: d, hash: h }\n---\nText') => '---\ntitle: A\ndate: 2019-11-18\n---\n'
 */
export function translationFrontmatter(originalText: string): string {
  const { yaml } = splitFrontmatter(originalText);
  const original = parseDocument(yaml ?? '');
  if (original.errors.length) throw new Error(`its frontmatter is not valid YAML: ${original.errors[0]!.message}`);
  const doc = new Document({});
  for (const key of TRANSLATION_KEEPS) if (original.has(key)) doc.set(key, original.get(key, true));
  return fenced(doc);
}
