const QUOTED = /["“”「」『』]([^"“”「」『』]*\p{Script=Han}[^"“”「」『』]*)["“”「」『』]/gu;

/**
 * Drops the quotes around Chinese phrases. Pagefind 1.6 finds a quoted Chinese
 * phrase only when the query is segmented into the same words as the text
 * ("美联储官员" yes, "联储官" no), so a quoted search that finds nothing is
 * retried without the quotes. Quoted Latin phrases keep their quotes.
 * @example unquoteHan('"美联储官员" "payment risks"') => '美联储官员 "payment risks"'
 */
export function unquoteHan(query: string): string {
  return query.replace(QUOTED, '$1');
}
