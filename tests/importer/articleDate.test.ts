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
      { text: 'On March 2, 2021 …', urls: ['https://x.example.com/2021/04/30/a'], fallback: '2021-05-02' },
      { date: '2021-04-30', from: 'url' },
    ],
    // the latest recent day the text names
    [
      { text: '3月9日新华社报道…2020年2月1日曾测试', fallback: '2020-03-12' },
      { date: '2020-03-09', from: 'text' },
    ],
    // background dates long before the collection day are not evidence
    [
      { text: '在2018年7月3日他第一次提出', fallback: '2020-03-12' },
      { date: '2020-03-12', from: 'fallback' },
    ],
    // a year-less December date read in January belongs to the year before
    [
      { text: '12月30日消息', fallback: '2021-01-04' },
      { date: '2020-12-30', from: 'text' },
    ],
    // a month from the URL with the collection day inside it
    [
      { text: 'Earlier this month …', urls: ['/latest/2020/03/a/'], fallback: '2020-03-12' },
      { date: '2020-03-12', from: 'fallback' },
    ],
    // a month from the URL with the collection day outside it
    [
      { text: 'No dates here.', urls: ['/news/2020/02/a/'], fallback: '2020-03-12' },
      { date: '2020-02-01', from: 'url' },
    ],
    // no evidence, no fallback
    [{ text: 'No dates here.' }, undefined],
  ])('resolveDate(%j) => %j', (input, expected) => expect(resolveDate(input)).toEqual(expected));
});
