import { describe, expect, it } from 'vitest';
import { languageBadge } from '../../../src/core/language/languageBadge';

describe('languageBadge', () => {
  it.each([
    ['en', { text: 'EN', title: 'English', lang: 'en', className: 'lang-badge' }],
    ['zh', { text: '中', title: '中文', lang: 'zh-CN', className: 'lang-badge' }],
  ] as const)('%s => %j', (locale, expected) => expect(languageBadge(locale)).toEqual(expected));
});
