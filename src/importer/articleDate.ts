import type { DateSource } from '../core/dates/dateSource';

/** A calendar day as YYYY-MM-DD. */
export type IsoDay = string;

export interface DateEvidence {
  date: IsoDay;
  /** Recorded as `dateFrom`: only `url` and `text` are evidence of publication. */
  from: DateSource;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function iso(year: number, month: number, day: number): IsoDay | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Every calendar day named in a text: 2019年11月7日, 11月18日, November 18, 2019,
 * 18 November 2019, 2019-11-18. Days without a year take `year`.
 * @example datesInText('11月18日消息,2019年11月7日签约', 2019) => ['2019-11-18', '2019-11-07']
 */
export function datesInText(text: string, year?: number): IsoDay[] {
  const found: IsoDay[] = [];
  const add = (y: number | undefined, m: number, d: number) => {
    const day = y === undefined ? undefined : iso(y, m, d);
    if (day) found.push(day);
  };
  for (const m of text.matchAll(/(?:(\d{4})\s*年\s*|(?<![\d年]))(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu)) {
    add(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'))) {
    add(m[3] ? Number(m[3]) : year, monthIndex(m[1]!), Number(m[2]));
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+(\\d{4}))?`, 'g'))) {
    add(m[3] ? Number(m[3]) : year, monthIndex(m[2]!), Number(m[1]));
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) add(Number(m[1]), Number(m[2]), Number(m[3]));
  return found;
}

/**
 * The year, month and (when present) day in a URL or site path such as
 * /latest/2019/11/some-story/ or /2019/11/18/story.
 * @example dateInUrl('/latest/2019/11/story/') => { year: 2019, month: 11 }
 */
export function dateInUrl(url: string): { year: number; month: number; day?: number } | undefined {
  const m = url.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(?:(\d{1,2})\/)?/);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/**
 * The date to publish an article under, and where it came from:
 * - `url`: a full date in its source URL;
 * - `text`: a date the text states for the article itself (`stated`: its
 *   dateline and "published" lines, found by dateline.ts), not after the
 *   collection day and inside the URL's month when the URL names one. A date
 *   without a year is the latest such day on or before the collection day;
 * - `collected`: otherwise the day the dump was collected (`collected`, the
 *   `--date` option), which pages show as "Collected on", never "Published".
 *   A URL that names only a month is no evidence of the day.
 * Undefined when there is no evidence and no collection day.
 * @example resolveDate({ stated: ['11月18日'], collected: '2019-11-19' }) => { date: '2019-11-18', from: 'text' }
 * @example resolveDate({ stated: [], collected: '2019-11-19' }) => { date: '2019-11-19', from: 'collected' }
 */
export function resolveDate(input: { stated?: readonly string[]; urls?: readonly string[]; collected?: IsoDay }): DateEvidence | undefined {
  const { collected } = input;
  const fromUrl = (input.urls ?? []).map(dateInUrl).find((d) => d !== undefined);
  if (fromUrl?.day) {
    const day = iso(fromUrl.year, fromUrl.month, fromUrl.day);
    if (day) return { date: day, from: 'url' };
  }
  const urlMonth = fromUrl && `${fromUrl.year}-${String(fromUrl.month).padStart(2, '0')}`;
  const year = collected ? Number(collected.slice(0, 4)) : fromUrl?.year;
  const fits = (day: IsoDay) => (!urlMonth || day.startsWith(urlMonth)) && (!collected || day <= collected);
  for (const statement of input.stated ?? []) {
    // A day without a year is read in the collection year, or the year before when that would be after the collection day.
    const readings = year === undefined ? datesInText(statement) : [...datesInText(statement, year), ...datesInText(statement, year - 1)];
    const day = readings.filter(fits).sort().at(-1);
    if (day) return { date: day, from: 'text' };
  }
  return collected ? { date: collected, from: 'collected' } : undefined;
}
