import { createHash } from 'node:crypto';

/**
 * A short, stable fingerprint of a Markdown text: line endings and the
 * whitespace at either end do not change it. Translations record the
 * fingerprint of the original body they were made from.
 * @example contentHash('Hello\r\n') === contentHash('Hello') => true
 */
export function contentHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}
