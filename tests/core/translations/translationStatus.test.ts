import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/core/content/contentHash';
import { translationState, translationStatuses, type StatusArticle } from '../../../src/core/translations/translationStatus';

const ORIGINAL = 'The original text.\n\n## Part\n\nMore.';

describe('translationState', () => {
  it.each([
    ['hash of the current original', ORIGINAL, { from: 'en' as const, sourceHash: contentHash(ORIGINAL) }, 'translated'],
    [
      'hash after CRLF and trailing space changes',
      `${ORIGINAL.replace(/\n/g, '\r\n')}  \n`,
      { from: 'en' as const, sourceHash: contentHash(ORIGINAL) },
      'translated',
    ],
    [
      'hash of an older original',
      `${ORIGINAL}\n\nA new paragraph.`,
      { from: 'en' as const, sourceHash: contentHash(ORIGINAL) },
      'outdated',
    ],
    ['no hash recorded', ORIGINAL, { from: 'en' as const }, 'unstamped'],
    ['no translation', ORIGINAL, undefined, 'missing'],
  ])('%s => %s', (_, body, record, state) => {
    expect(translationState(body, record)).toBe(state);
  });
});

describe('translationStatuses', () => {
  const article = (locale: 'en' | 'zh', slug: string, body: string, data: StatusArticle['data'] = {}): StatusArticle => ({
    locale,
    slug,
    body,
    data,
  });
  const statuses = translationStatuses([
    article('en', 'pair', ORIGINAL),
    article('zh', 'pair', '译文', { translation: { from: 'en', sourceHash: contentHash(ORIGINAL) } }),
    article('zh', 'stale', '原文新版'),
    article('en', 'stale', 'Translation', { translation: { from: 'zh', sourceHash: contentHash('原文旧版') } }),
    article('zh', 'alone', '只有中文'),
    article('en', 'draft-translation', ORIGINAL),
    article('zh', 'draft-translation', '草稿', { draft: true, translation: { from: 'en' } }),
    article('en', 'draft-original', ORIGINAL, { draft: true }),
    article('en', 'unmarked', ORIGINAL),
    article('zh', 'unmarked', '没有标记的译文'),
    article('en', 'named', 'Translation', { translation: { from: 'zh', sourceHash: contentHash('原文') } }),
    article('zh', 'named', '原文', { translation: { from: 'en' } }),
  ]);

  it.each([
    ['alone', 'zh', 'en', 'missing'],
    ['draft-translation', 'en', 'zh', 'missing'],
    ['named', 'zh', 'en', 'translated'],
    ['pair', 'en', 'zh', 'translated'],
    ['stale', 'zh', 'en', 'outdated'],
    ['unmarked', 'en', 'zh', 'unstamped'],
  ])('%s: original %s, %s version is %s', (slug, original, locale, state) => {
    expect(statuses.find((s) => s.slug === slug)).toMatchObject({ original, locale, state });
  });

  it('lists every published article once per other language, by slug, and leaves draft originals out', () => {
    expect(statuses.map((s) => s.slug)).toEqual(['alone', 'draft-translation', 'named', 'pair', 'stale', 'unmarked']);
  });

  it('gives the hash a stamp would write', () => {
    expect(statuses.find((s) => s.slug === 'stale')).toMatchObject({
      currentHash: contentHash('原文新版'),
      recordedHash: contentHash('原文旧版'),
    });
  });
});
