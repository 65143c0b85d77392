import type { PhrasingContent } from 'mdast';
import { htmlLang, localeBadge, nativeName } from '../core/locales';
import type { Locale } from '../core/locales';

/**
 * The language marker after a link to another language: `<abbr lang title>EN</abbr>`.
 * An emphasis node renamed through `hName`, since both Markdown processors honour
 * `hName` on parents.
 * @example languageBadge('zh') => { type: 'emphasis', children: [{ type: 'text', value: '中' }], data: { hName: 'abbr', … } }
 */
export function languageBadge(locale: Locale): PhrasingContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: localeBadge(locale) }],
    data: {
      hName: 'abbr',
      hProperties: {
        className: ['lang-badge'],
        title: nativeName(locale),
        lang: htmlLang(locale),
        dataPagefindIgnore: '',
      },
    },
  };
}

/**
 * Whether a node is the language marker `languageBadge()` makes.
 * @example isLanguageBadge({ type: 'emphasis', data: { hName: 'abbr' }, children: [] }) => true
 */
export function isLanguageBadge(node: { type: string; data?: object }): boolean {
  return node.type === 'emphasis' && (node.data as { hName?: string } | undefined)?.hName === 'abbr';
}
