/** A calendar day as YYYY-MM-DD. */
export type IsoDay = string;

export interface DateEvidence {
  date: IsoDay;
  from: 'url' | 'text' | 'fallback';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** How far before the collection day a date named in the text still counts as the publication day. */
const RECENT_DAYS = 14;

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

function daysBetween(a: IsoDay, b: IsoDay): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

/**
 * The date to publish an article under, from the best evidence available: a
 * full date in its source URL; else the latest day its text names that lies in
 * the URL's month or within two weeks before the collection day (a story is
 * published on or after the latest event it reports; older dates are
 * background, not evidence); else the collection day (`fallback`, the
 * `--date` option), or the first of the URL's month when the collection day
 * is outside it. Undefined when nothing is known.
 * @example resolveDate({ text: 'On Monday (November 18, 2019) ...', fallback: '2019-11-19' }) => { date: '2019-11-18', from: 'text' }
 */
export function resolveDate(input: { text: string; urls?: readonly string[]; fallback?: IsoDay }): DateEvidence | undefined {
  const { text, fallback } = input;
  const fromUrl = (input.urls ?? []).map(dateInUrl).find((d) => d !== undefined);
  if (fromUrl?.day) {
    const day = iso(fromUrl.year, fromUrl.month, fromUrl.day);
    if (day) return { date: day, from: 'url' };
  }
  const year = fallback ? Number(fallback.slice(0, 4)) : fromUrl?.year;
  const inWindow = (day: IsoDay) => {
    if (fromUrl && day.slice(0, 7) !== `${fromUrl.year}-${String(fromUrl.month).padStart(2, '0')}`) return false;
    if (fallback) return daysBetween(day, fallback) >= 0 && daysBetween(day, fallback) <= RECENT_DAYS;
    return fromUrl !== undefined;
  };
  // A day named without a year may belong to the year before the collection day (December news read in January).
  const years = year === undefined ? [undefined] : [year, year - 1];
  const named = years
    .flatMap((y) => datesInText(text, y))
    .filter(inWindow)
    .sort();
  if (named.length > 0) return { date: named.at(-1)!, from: 'text' };
  if (fromUrl) {
    const month = `${fromUrl.year}-${String(fromUrl.month).padStart(2, '0')}`;
    if (fallback?.startsWith(month)) return { date: fallback, from: 'fallback' };
    return { date: `${month}-01`, from: 'url' };
  }
  if (fallback) return { date: fallback, from: 'fallback' };
  return undefined;
}
