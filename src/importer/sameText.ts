/**
 * A comparison key for headlines: case, spacing, quotes and punctuation ignored,
 * so a headline repeated as alt text with other quote marks still matches.
 * @example headlineKey('Venezuela’s “Petro” Grows') === headlineKey("venezuela's petro grows") => true
 */
export function headlineKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
