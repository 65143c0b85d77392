import { pinyin } from 'pinyin-pro';

/** Slugs stop at a word boundary at or before this many characters. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Cuts a slug at the last hyphen that keeps it within `max` characters.
 * @example capSlug('one-two-three', 8) => 'one-two'
 */
export function capSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/**
 * A readable ASCII slug from English text: accents dropped, apostrophes and
 * thousands separators removed, everything else a single hyphen.
 * @example englishSlug('Venezuela’s Petro Has Over 27,000 Users') => 'venezuelas-petro-has-over-27000-users'
 */
export function englishSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\p{L})['’‘](\p{L})/gu, '$1$2')
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return capSlug(slug);
}

/**
 * A slug from a Chinese title: its pinyin without tones, one syllable per
 * word (ü written v), with any Latin words and numbers kept.
 * @example chineseSlug('央行发布数字货币报告') => 'yang-hang-fa-bu-shu-zi-huo-bi-bao-gao'
 */
export function chineseSlug(title: string): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return englishSlug(syllables.join(' '));
}

/**
 * The slug itself, or with -2, -3 … added until it is not taken.
 * @example uniqueSlug('fed-report', new Set(['fed-report'])) => 'fed-report-2'
 */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${capSlug(slug, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
