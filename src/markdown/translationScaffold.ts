import { contentHash } from '../core/content/contentHash';
import { frontmatterFields, readFrontmatter } from '../core/content/frontmatter';
import type { Locale } from '../core/language/locales';
import { editorNote, translationFrontmatter } from '../core/articles/newArticle';
import { stampTranslation } from '../core/translations/stampTranslation';
import { headingSkeleton } from './headingSkeleton';

/** The original a translation starts from. */
export interface OriginalFile {
  /** Its path inside the articles folder, e.g. `en/fatf-travel-rule.md`: named in the note, and `.mdx` makes an MDX translation. */
  path: string;
  locale: Locale;
  text: string;
}

/**
 * The text of a new translation file: the frontmatter a translation keeps
 * (translationFrontmatter), a note naming the
 * original, the original's headings as a skeleton (headingSkeleton: their ids
 * written out, so links to sections work in both languages), and the stamp
 * `npm run translations -- --stamp` would write (stampTranslation: the
 * original's language and the hash of its body), so that the report can tell
 * when the original changes while it is being translated. A brief, which has
 * no text, gets no body.
 * @example translationText({ path: 'en/a.md', locale: 'en', text: '---\ntitle: A\ndate: 2020-01-01\n---\n\nIntro.\n\n## Risks\n' })
 *   => '---\ntitle: A\ndate: 2020-01-01\ntranslation:\n  from: en\n  sourceHash: …\n---\n\n<!-- Translate en/a.md here… -->\n\n## Risks {#risks}\n'
 */
export function translationText(original: OriginalFile): string {
  const mdx = original.path.endsWith('.mdx');
  const frontmatter = readFrontmatter(original.text);
  const head = translationFrontmatter(original.text);
  let text = head;
  if (frontmatterFields(frontmatter).kind !== 'brief') {
    const note = editorNote(
      `Translate ${original.path} here, under its headings: their ids keep links to them working in both languages.`,
      mdx,
    );
    const skeleton = headingSkeleton(frontmatter.body, { mdx });
    text = `${head}\n${note}\n${skeleton ? `\n${skeleton}` : ''}`;
  }
  return stampTranslation(text, { from: original.locale, sourceHash: contentHash(frontmatter.body) });
}
