import type { PhrasingContent } from 'mdast';
import { languageBadge } from '../core/language/languageBadge';
import type { Locale } from '../core/language/locales';

/**
 * The language marker after a link to another language: `<abbr lang title>EN</abbr>`,
 * the badge of core/language/languageBadge.ts as an mdast node.
 * An emphasis node renamed through `hName`, since both Markdown processors honour
 * `hName` on parents.
 * @example languageBadgeNode('zh') => { type: 'emphasis', children: [{ type: 'text', value: '中' }], data: { hName: 'abbr', … } }
 */
export function languageBadgeNode(locale: Locale): PhrasingContent {
  const badge = languageBadge(locale);
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: badge.text }],
    data: {
      hName: 'abbr',
      hProperties: { className: [badge.className], title: badge.title, lang: badge.lang, dataPagefindIgnore: '' },
    },
  };
}

/**
 * Whether a node is the language marker `languageBadgeNode()` makes.
 * @example isLanguageBadge({ type: 'emphasis', data: { hName: 'abbr' }, children: [] }) => true
 */
export function isLanguageBadge(node: { type: string; data?: object }): boolean {
  return node.type === 'emphasis' && (node.data as { hName?: string } | undefined)?.hName === 'abbr';
}
