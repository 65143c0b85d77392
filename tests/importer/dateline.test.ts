import { describe, expect, it } from 'vitest';
import { datelineDate, publishedLineDate } from '../../src/importer/dateline';

describe('dates a text states for the article itself', () => {
  it.each([
    // datelines: agency and place, then the date, then 电 / 讯 / 消息
    ['新华社北京11月18日电 记者从央行获悉,…', '11月18日'],
    ['本报上海2019年11月18日讯 (记者 王芳) 上海将…', '2019年11月18日'],
    ['北京时间11月18日消息,比特币价格…', '11月18日'],
    ['12月30日消息,某交易所宣布…', '12月30日'],
    ['【链闻社】5月9日 10:30 消息,试点…', '5月9日'],
    ['BEIJING, Nov. 18 (Reuters) - China’s central bank said…', 'Nov. 18'],
    ['SAN FRANCISCO, Calif., May 10, 2022 (Wire) — A startup said…', 'May 10, 2022'],
    ['November 18, 2019 — The exchange said…', 'November 18, 2019'],
    // dates of events, not of the article
    ['11月18日人民日报海外网报道,斯洛伐克驻华大使…', undefined],
    ['3月9日新华社报道,央行数字货币试点…', undefined],
    ['5月8日,一家交易所的创始人宣布…', undefined],
    ['据悉,10月29日消息,韩国政府…', undefined],
    ['On Monday (November 18, 2019), the executive shared a screenshot…', undefined],
    ['The regulator said on Tuesday that it would act.', undefined],
    ['In late-October, Bitcoin rallied.', undefined],
    ['Nov 18 2019 was a Monday.', undefined],
  ])('datelineDate(%s) => %s', (text, expected) => expect(datelineDate(text)).toBe(expected));

  it.each([
    ['发布时间:2021-09-13 10:20', '2021-09-13'],
    ['发布时间：2021年9月13日', '2021年9月13日'],
    ['发表于 2021-09-13', '2021-09-13'],
    ['Published: May 6, 2022', 'May 6, 2022'],
    ['Posted on 13 September 2021', '13 September 2021'],
    ['First published November 18, 2019', 'November 18, 2019'],
    ['2019-11-18', '2019-11-18'],
    ['2019年11月18日 08:15', '2019年11月18日'],
    // a sentence that contains a date is not a published line
    ['The company said on 13 September 2021.', undefined],
    ['Published reports say the fund closed on May 6, 2022', undefined],
    ['9月10日,又有两家平台发布停运公告', undefined],
  ])('publishedLineDate(%s) => %s', (text, expected) => expect(publishedLineDate(text)).toBe(expected));
});
