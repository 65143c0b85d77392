import { z } from 'astro/zod';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a date written as `YYYY-MM-DD` (alone or starting a timestamp) names no day of
 * the calendar, or undefined when it names one (or is written some other way).
 * JavaScript's dates roll such a day over into the next month: this catches it first.
 * @example impossibleDay('2019-02-30') => 'February 2019 has 28 days'
 * @example impossibleDay('2019-11-31T08:00:00Z') => 'November 2019 has 30 days'
 * @example impossibleDay('2020-02-29') => undefined
 */
export function impossibleDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // A month that does not exist makes no date at all: z.coerce.date() already refuses it.
  if (month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 || day > days ? `${MONTHS[month - 1]} ${year} has ${days} days` : undefined;
}

/**
 * A frontmatter date: what `z.coerce.date()` takes, except a day the calendar does not have.
 * YAML readers hand a date over as a string (the validator's) or as a Date they have
 * already made (Astro's, which rolls 2019-02-30 over to 2 March): the string is checked.
 * @example calendarDate.safeParse('2019-02-30').success => false
 */
export const calendarDate = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = typeof value === 'string' ? impossibleDay(value) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .pipe(z.coerce.date());
