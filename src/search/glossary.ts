import { z } from 'astro/zod';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../core/locales';
import type { GlossaryTerm } from './queryExpansion';

const forms = z.union([
  z
    .string()
    .trim()
    .min(1)
    .transform((s) => [s]),
  z.array(z.string().trim().min(1)).min(1),
]);

const glossarySchema = z.array(z.object(Object.fromEntries(LOCALES.map((l) => [l, forms])) as Record<Locale, typeof forms>).strict());

/**
 * Parses and validates `content/glossary.yaml`: a list of terms, each with one
 * form or a list of forms per language (the first is the one searched for).
 * Throws with the offending entries when the file is malformed or a form is claimed by two terms.
 * @example parseGlossary('- { zh: 稳定币, en: [stablecoin, stablecoins] }') => [{ zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] }]
 */
export function parseGlossary(yamlText: string): GlossaryTerm[] {
  const result = glossarySchema.safeParse(parse(yamlText) ?? []);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `entry ${i.path.join('.')}: ${i.message}`);
    throw new Error(`content/glossary.yaml is invalid:\n${problems.join('\n')}`);
  }
  const terms = result.data as GlossaryTerm[];
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  terms.forEach((term, i) => {
    for (const form of Object.values(term).flat()) {
      const key = form.toLowerCase();
      if (seen.has(key) && seen.get(key) !== i) duplicates.push(`"${form}" (entries ${seen.get(key)} and ${i})`);
      seen.set(key, i);
    }
  });
  if (duplicates.length) throw new Error(`content/glossary.yaml lists a term twice: ${duplicates.join(', ')}`);
  return terms;
}
