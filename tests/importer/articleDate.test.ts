import { describe, expect, it } from 'vitest';
import { dateInUrl, datesInText, resolveDate } from '../../src/importer/articleDate';

describe('dates', () => {
  it.each([
    ['3月9日新华社报道', 2020, ['2020-03-09']],
    ['2019年7月3日他提出', 2020, ['2019-07-03']],
    ['On Tuesday (March 10, 2020), the founder posted', undefined, ['2020-03-10']],
    ['the company said on 2 June 2023.', undefined, ['2023-06-02']],
    ['filed on 2021-04-30 in Delaware', undefined, ['2021-04-30']],
    ['on Sept. 3 the bank said', 2021, ['2021-09-03']],
    ['2月30日', 2020, []],
    ['in late-October', 2019, []],
  ])('datesInText(%s, %s) => %j', (text, year, expected) => {
    expect(datesInText(text, year)).toEqual(expected);
  });

  it.each([
    ['/latest/2020/03/some-story/', { year: 2020, month: 3 }],
    ['https://news.example.com/2021/04/30/story', { year: 2021, month: 4, day: 30 }],
    ['https://www.lianwen.example.cn/articles/8812', undefined],
  ])('dateInUrl(%s) => %j', (url, expected) => expect(dateInUrl(url)).toEqual(expected));

  it.each([
    // a full date in the URL wins
    [
      { stated: ['March 2, 2021'], urls: ['https://x.example.com/2021/04/30/a'], collected: '2021-05-02' },
      { date: '2021-04-30', from: 'url' },
    ],
    // a date the text states for the article itself
    [
      { stated: ['3月9日'], collected: '2020-03-12' },
      { date: '2020-03-09', from: 'text' },
    ],
    [
      { stated: ['2019-11-18'], collected: '2020-03-12' },
      { date: '2019-11-18', from: 'text' },
    ],
    // the first statement that fits wins (a published line before the dateline)
    [
      { stated: ['May 6, 2022', '5月9日'], collected: '2022-05-12' },
      { date: '2022-05-06', from: 'text' },
    ],
    // a year-less December dateline read in January belongs to the year before
    [
      { stated: ['12月30日'], collected: '2021-01-04' },
      { date: '2020-12-30', from: 'text' },
    ],
    // a year-less day after the collection day is last year's
    [
      { stated: ['11月25日'], collected: '2019-11-19' },
      { date: '2018-11-25', from: 'text' },
    ],
    // a stated day after the collection day is no evidence
    [
      { stated: ['2020-03-20'], collected: '2020-03-12' },
      { date: '2020-03-12', from: 'collected' },
    ],
    // a stated day outside the URL's month is no evidence
    [
      { stated: ['2月28日'], urls: ['/latest/2020/03/a/'], collected: '2020-03-12' },
      { date: '2020-03-12', from: 'collected' },
    ],
    [
      { stated: ['3月2日'], urls: ['/latest/2020/03/a/'], collected: '2020-03-12' },
      { date: '2020-03-02', from: 'text' },
    ],
    // a URL that names only a month says nothing of the day, inside or outside it
    [
      { urls: ['/latest/2020/03/a/'], collected: '2020-03-12' },
      { date: '2020-03-12', from: 'collected' },
    ],
    [
      { urls: ['/news/2020/02/a/'], collected: '2020-03-12' },
      { date: '2020-03-12', from: 'collected' },
    ],
    [{ urls: ['/news/2020/02/a/'] }, undefined],
    // without a collection day, a year-less dateline takes the URL's year
    [
      { stated: ['2月3日'], urls: ['/news/2020/02/a/'] },
      { date: '2020-02-03', from: 'text' },
    ],
    [{ stated: ['2月3日'] }, undefined],
    // no evidence, no collection day
    [{}, undefined],
  ])('resolveDate(%j) => %j', (input, expected) => expect(resolveDate(input)).toEqual(expected));
});
