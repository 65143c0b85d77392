// Which queries are worth converting to Simplified, without loading OpenCC's tables: the
// characters they may change come with the search code (2.3 KB compressed).
import traditionalCharacters from 'virtual:zhiku/traditional-characters';
import { decodeCodePoints, hasCodePointOf } from '../codePointSet';

let triggers: Set<number> | undefined;

/** Whether converting a query to Simplified may change it: it has a Traditional character (those of search/simplifiedIndex.ts). */
export function mayConvert(query: string): boolean {
  triggers ??= decodeCodePoints(traditionalCharacters);
  return hasCodePointOf(query, triggers);
}
