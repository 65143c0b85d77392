import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { uiTranslations } from '../core/language/i18n';
import { DEFAULT_LOCALE } from '../core/language/locales';
import { fileArticle } from './fileArticle';

/**
 * What the renderer writes as a back-reference's `aria-label` (satteri's `footnotes.backLabel`):
 * the bare reference (`1`, `1-2` for the second use of note 1), which footnotesPlugin words
 * in the article's language. Sätteri's footnote options hold for every file it renders.
 */
export const FOOTNOTE_BACK_LABEL = '{reference}';

/** The id Sätteri gives the footnotes section's heading. */
const LABEL_ID = 'footnote-label';

/**
 * The Sätteri plugin that writes the GFM footnotes section in the article's language: the
 * heading that opens it (read by screen readers) and each back-reference's `aria-label`
 * (`Back to reference 1` / `返回引用处 1`). The language is the article file's, as for the
 * `:::note` asides; a file outside the articles folder is read in the default language.
 * Only files with a footnote reference (`[^`) get it.
 * @example footnotesPlugin('/site/content/articles') on content/articles/zh/a.md => <h2 id="footnote-label">脚注</h2>
 */
export function footnotesPlugin(articlesDir: string) {
  return (ctx: PluginFactoryContext): HastPluginDefinition | null => {
    if (!ctx.source.includes('[^')) return null;
    const from = ctx.fileURL && fileArticle(fileURLToPath(ctx.fileURL), articlesDir);
    const t = uiTranslations(from ? from.locale : DEFAULT_LOCALE);
    return {
      name: 'zhiku-footnotes',
      element: [
        {
          filter: ['h2'],
          visit(node, visit) {
            if (node.properties?.id !== LABEL_ID) return;
            visit.replaceNode(node, {
              ...node,
              properties: { ...node.properties },
              children: [{ type: 'text', value: t('footnotes.label') }],
            });
          },
        },
        {
          filter: ['a'],
          visit(node, visit) {
            const reference = node.properties?.dataFootnoteBackref === undefined ? undefined : node.properties.ariaLabel;
            if (typeof reference === 'string') visit.setProperty(node, 'ariaLabel', t('footnotes.backLabel', { reference }));
          },
        },
      ],
    };
  };
}
