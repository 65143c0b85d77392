import { englishPieces } from './englishWords';
import { chinesePieces } from './pinyinSlug';
import { capSlug, fitSlug, MAX_SLUG_LENGTH } from './slugWords';

export { capSlug, MAX_SLUG_LENGTH } from './slugWords';

/**
 * A readable ASCII slug from English text (a headline, or a source's own slug
 * line): accents dropped, apostrophes and thousands separators removed, words
 * joined by hyphens, and shortened to the limit by dropping function words
 * first, then whole words from the end.
 * @example englishSlug('Venezuela’s Petro Has Over 27,000 Users') => 'venezuelas-petro-has-over-27000-users'
 */
export function englishSlug(text: string): string {
  return fitSlug(englishPieces(text));
}

/**
 * A slug from a Chinese title: word-joined pinyin without tones (ü written
 * v), personal names as surname-given, Latin words and numbers kept,
 * shortened like an English slug (的, 了 go first).
 * @example chineseSlug('中国区块链技术输出海外') => 'zhongguo-qukuailian-jishu-shuchu-haiwai'
 * @example chineseSlug('财经大学教授王明远') => 'caijing-daxue-jiaoshou-wang-mingyuan'
 */
export function chineseSlug(title: string): string {
  return fitSlug(chinesePieces(title));
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
