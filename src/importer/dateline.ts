/**
 * Where a text states the date of the article itself, rather than the date of
 * something it reports. Only two places count: a dateline that opens the
 * article (新华社北京11月18日电, 11月18日消息, "BEIJING, Nov. 18 (Reuters) -",
 * "November 18, 2019 —") and a line that says when it was published
 * (发布时间：2019-11-18, "Published: November 18, 2019", a line that is only a
 * date). Everything else, "said on Friday", "On Monday (November 18, 2019)",
 * 11月18日人民日报报道 (another outlet's report), is a date of an event.
 */

const EN_MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const EN_DATE = `(?:${EN_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${EN_MONTH}(?:,?\\s+\\d{4})?)`;
const ZH_DATE = '(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}';
const TIME = '(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?';

/** 新华社北京11月18日电, 本报上海2019年11月18日讯, 北京时间11月18日消息: a short prefix (agency, place), the date, then 电/讯/消息. */
const ZH_DATELINE = new RegExp(`^[【\\[(（]?[\\p{Script=Han}A-Za-z·\\s]{0,12}?[】\\])）]?\\s*(${ZH_DATE})${TIME}\\s*(?:电|讯|消息)`, 'u');
/** "BEIJING, Nov. 18 (Reuters) -", "November 18, 2019 —": an optional place, the date, an optional agency, then a dash. */
const EN_DATELINE = new RegExp(`^(?:[A-Z][\\p{L}.'’ ,-]{1,40}?,\\s+)?(${EN_DATE})\\s*(?:\\([^)]{1,40}\\)\\s*)?[-–—]\\s`, 'u');
/** 发布时间：…, 发表于 …, "Published: …", "Posted on …", or a line that is only a date (and a time). */
const PUBLISHED_LINE = new RegExp(
  `^(?:(?:发布|发表|发稿|刊发)(?:时间|日期|于)\\s*[:：]?\\s*|(?:first\\s+)?(?:published|posted)(?:\\s+on)?\\s*:?\\s*)?(${ZH_DATE}|${ISO_DATE}|${EN_DATE})${TIME}$`,
  'iu',
);

/**
 * The date stated by a dateline that opens a paragraph, as written.
 * @example datelineDate('新华社北京11月18日电 记者从…') => '11月18日'
 * @example datelineDate('BEIJING, Nov. 18 (Reuters) - China said …') => 'Nov. 18'
 * @example datelineDate('11月18日人民日报海外网报道,…') => undefined
 */
export function datelineDate(paragraph: string): string | undefined {
  return (paragraph.match(ZH_DATELINE) ?? paragraph.match(EN_DATELINE))?.[1];
}

/**
 * The date a "published" line states, as written; undefined for any other line.
 * @example publishedLineDate('发布时间：2021-09-13 10:20') => '2021-09-13'
 * @example publishedLineDate('Published: 13 September 2021') => '13 September 2021'
 * @example publishedLineDate('The company said on 13 September 2021.') => undefined
 */
export function publishedLineDate(line: string): string | undefined {
  return line.trim().match(PUBLISHED_LINE)?.[1];
}
