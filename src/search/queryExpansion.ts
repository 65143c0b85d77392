import type { GlossaryForms } from '../core/glossary/glossary';
import { termPattern } from '../core/glossary/termPattern';

/** One glossary entry as search reads it: the forms of a term in each language, the first form being the one searched for. */
export type GlossaryTerm = GlossaryForms;

/** What a query became after glossary expansion. */
export interface QueryExpansion {
  /** Queries to run: the original first, then one with every known term replaced by its counterpart. */
  queries: string[];
  /** The terms found and what they were expanded to, for telling the reader. */
  expanded: { term: string; counterparts: string[] }[];
}

/**
 * Expands a query with the glossary counterparts of the terms it contains, so
 * that a Chinese term finds English articles and the other way round.
 * Longer terms win over the shorter terms inside them (央行数字货币 over 数字货币).
 * @example expandQuery('稳定币', [{ zh: ['稳定币'], en: ['stablecoin'] }])
 *   => { queries: ['稳定币', 'stablecoin'], expanded: [{ term: '稳定币', counterparts: ['stablecoin'] }] }
 * @example expandQuery('FATF 规则', [{ zh: ['金融行动特别工作组'], en: ['FATF'] }]).queries => ['FATF 规则', '金融行动特别工作组 规则']
 */
export function expandQuery(query: string, glossary: readonly GlossaryTerm[]): QueryExpansion {
  const original = query.trim().replace(/\s+/g, ' ');
  const forms = glossary
    .flatMap((entry) => Object.entries(entry).flatMap(([locale, list]) => list.map((form) => ({ form, locale, entry }))))
    .sort((a, b) => b.form.length - a.form.length);

  let rewritten = original;
  // Found terms are swapped for placeholders so a shorter term cannot match inside a longer one's counterpart.
  const replacements: string[] = [];
  const expanded: QueryExpansion['expanded'] = [];
  for (const { form, locale, entry } of forms) {
    const counterparts = Object.entries(entry)
      .filter(([other]) => other !== locale)
      .map(([, list]) => list[0])
      .filter((c): c is string => Boolean(c));
    if (counterparts.length === 0) continue;
    rewritten = rewritten.replace(termPattern(form), (match) => {
      // A name both languages write alike (Facebook) is nothing new to search for.
      const others = counterparts.filter((c) => c.toLowerCase() !== match.toLowerCase());
      if (others.length === 0) return match;
      if (!expanded.some((e) => e.term === match)) expanded.push({ term: match, counterparts: others });
      replacements.push(others.join(' '));
      return `\u0000${replacements.length - 1}\u0000`;
    });
  }
  // NUL marks the placeholders written above: it cannot occur in a typed query.
  const variant = rewritten
    // eslint-disable-next-line no-control-regex
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => ` ${replacements[Number(i)]} `)
    .trim()
    .replace(/\s+/g, ' ');
  const queries = original && variant !== original ? [original, variant] : original ? [original] : [];
  return { queries, expanded };
}
