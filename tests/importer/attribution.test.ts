import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/importer/attribution';

describe('readAttribution', () => {
  it.each([
    [
      '本文为【链闻观察】原创,原文链接:https://www.lianwen.example.cn/articles/8812,转载请注明出处!',
      { kind: 'original-notice', sourceName: '链闻观察', url: 'https://www.lianwen.example.cn/articles/8812' },
    ],
    ['来源:金融时报', { kind: 'source', sourceName: '金融时报' }],
    ['来源 | 财新网', { kind: 'source', sourceName: '财新网' }],
    ['来源:https://news.example.cn/a/1', { kind: 'source', url: 'https://news.example.cn/a/1' }],
    ['原文链接:https://news.example.cn/a/2', { kind: 'url', url: 'https://news.example.cn/a/2' }],
    [
      '原标题:“跨境贸易将率先受益”——专访财经大学教授王明远',
      { kind: 'original-title', originalTitle: '“跨境贸易将率先受益”——专访财经大学教授王明远' },
    ],
    ['文 | 链闻观察·李晓东', { kind: 'byline', authors: ['李晓东'], sourceName: '链闻观察' }],
    ['作者:张伟', { kind: 'byline', authors: ['张伟'] }],
    ['记者 陈静 刘洋', { kind: 'byline', authors: ['陈静', '刘洋'] }],
    ['本报记者:周敏', { kind: 'byline', authors: ['周敏'] }],
    ['By Priya Raman and Tom Becker', { kind: 'byline', authors: ['Priya Raman', 'Tom Becker'] }],
    ['By Ann Lee | Markets Desk', { kind: 'byline', authors: ['Ann Lee'] }],
    ['Source: Payments Weekly', { kind: 'source', sourceName: 'Payments Weekly' }],
    ['/latest/2020/03/some-story-here/', { kind: 'site-path', sitePath: '/latest/2020/03/some-story-here/' }],
    ['argentinas-central-bank-tightens-dollar-limits', { kind: 'slug-line', slug: 'argentinas-central-bank-tightens-dollar-limits' }],
    ['Published: May 6, 2022', { kind: 'published', published: 'May 6, 2022' }],
    ['发布时间:2021-09-13 10:20', { kind: 'published', published: '2021-09-13' }],
  ])('%s', (line, expected) => {
    expect(readAttribution(line)).toEqual(expected);
  });

  it.each([
    '记者了解到,试点银行已完成内部测试。',
    'By Friday, the price had fallen below its monthly low.',
    'By contrast, the bank kept its rates unchanged.',
    '据悉,来源于海外的资金占比下降。',
    'Custody Rules Tighten',
  ])('is not attribution: %s', (line) => {
    expect(readAttribution(line)).toBeUndefined();
  });
});
