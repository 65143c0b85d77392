import { z } from 'astro/zod';
import type { DataFile } from '../content/contentFiles';
import { encodingProblem, yamlErrorFix } from '../content/contentFileProblems';
import { formatProblem, type ContentProblem } from '../content/contentProblem';
import { parseYamlWithLines } from '../content/frontmatter';
import { LOCALES, type Locale } from '../language/locales';
import { isValidSlug } from '../links/slugs';

/** The forms of a term in each language; the first is the headword (shown, and searched for), the others are variants. */
export type GlossaryForms = Record<Locale, string[]>;

/** Text written once per language, any of which may be missing. */
export type PerLanguage = Partial<Record<Locale, string>>;

/** One term of `content/glossary.yaml`. */
export interface GlossaryEntry {
  /** The anchor on the glossary pages and the id `<Term id>` names. */
  id: string;
  forms: GlossaryForms;
  definition: PerLanguage;
  /** A usage note for readers and translators. */
  note: PerLanguage;
}

/** A term's id comes from its English headword unless the entry gives one: ids are ASCII. */
const ID_LOCALE: Locale = 'en';

const forms = z.union([
  z
    .string()
    .trim()
    .min(1)
    .transform((s) => [s]),
  z.array(z.string().trim().min(1)).min(1),
]);
const perLanguage = z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1).optional()]))).strict();

const entrySchema = z
  .object({
    id: z.string().optional(),
    definition: perLanguage.optional(),
    note: perLanguage.optional(),
    ...(Object.fromEntries(LOCALES.map((l) => [l, forms])) as Record<Locale, typeof forms>),
  })
  .strict();

const FIELDS = ['id', ...LOCALES, 'definition', 'note'].join(', ');

/** What to do about a problem with one field of an entry. */
function fixFor(field: string): string {
  if (isLocaleField(field))
    return `write the term as it is written in that language: \`${field}: …\` or a list \`${field}: [form, variant]\``;
  if (field === 'definition' || field === 'note')
    return `write \`${field}: { ${LOCALES.map((l) => `${l}: …`).join(', ')} }\` (either language may be left out)`;
  return `use only the fields ${FIELDS}`;
}

const isLocaleField = (field: string): field is Locale => (LOCALES as readonly string[]).includes(field);

/**
 * A term's id from its English headword: lowercase ASCII words joined by hyphens.
 * @example termId('Travel rule') => 'travel-rule'; termId('U.S. Department of the Treasury') => 'u-s-department-of-the-treasury'; termId('Nicolás') => 'nicolas'
 */
export function termId(headword: string): string {
  return headword
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Reads `content/glossary.yaml`: a list of terms, each with one form or a list
 * of forms per language, and optionally an `id`, a `definition` and a `note`
 * in each language. Every problem is reported with the file, the entry's line
 * and what to do: YAML errors, unknown or empty fields, a missing language,
 * an id that is not a lowercase ASCII slug, two entries with the same id, and a
 * form claimed by two entries (search could not tell which one a reader meant).
 * @example readGlossary({ file: 'glossary.yaml', text: '- { zh: 稳定币, en: [stablecoin, stablecoins] }' }).entries
 *   => [{ id: 'stablecoin', forms: { zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] }, definition: {}, note: {} }]
 */
export function readGlossary({ file, text, invalidUtf8 }: DataFile): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  if (invalidUtf8) problems.push(encodingProblem({ file, invalidUtf8 }));
  const yaml = parseYamlWithLines(text, 1);
  for (const e of yaml.errors)
    problems.push({ file, line: e.line, field: 'YAML', message: e.message, fix: yamlErrorFix(e, 'of the glossary') });
  if (yaml.errors.length) return { entries: [], problems };
  // An empty file (or one of comments only) reads as an empty map: no terms yet.
  const empty = (value: unknown) => value == null || (typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length);
  const data: unknown = empty(yaml.data) ? [] : yaml.data;
  if (!Array.isArray(data)) {
    problems.push({ file, field: 'glossary', message: 'is not a list', fix: 'write one `- { en: …, zh: … }` entry per term' });
    return { entries: [], problems };
  }

  const entries: Located[] = [];
  data.forEach((raw: unknown, i) => {
    const line = yaml.lineOf([i]);
    const at = (path: readonly PropertyKey[]) => ({
      file,
      line: yaml.lineOf([i, ...path]),
      field: `glossary[${i}]${path.map((p) => `.${String(p)}`).join('')}`,
    });
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            problems.push({
              ...at([...issue.path, key]),
              message: `has an unknown field "${key}"`,
              fix: fixFor(String(issue.path[0] ?? '')),
            });
          continue;
        }
        const field = String(issue.path[0] ?? '');
        const value = issue.path.reduce<unknown>(
          (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
          raw,
        );
        const message =
          raw === null || typeof raw !== 'object'
            ? 'is not a term (a map of forms per language)'
            : value === undefined
              ? 'is missing'
              : value === '' || (typeof value === 'string' && !value.trim())
                ? 'is empty'
                : `is invalid (${JSON.stringify(value)}): ${issue.message}`;
        problems.push({
          ...at(issue.path),
          message,
          fix: field ? fixFor(field) : `write \`- { ${LOCALES.map((l) => `${l}: …`).join(', ')} }\``,
        });
      }
      return;
    }
    const { id: explicitId, definition = {}, note = {}, ...byLocale } = result.data;
    const id = explicitId ?? termId(byLocale[ID_LOCALE][0]!);
    if (!isValidSlug(id)) {
      problems.push({
        ...at(explicitId === undefined ? [ID_LOCALE] : ['id']),
        message:
          explicitId === undefined
            ? `no id can be made from "${byLocale[ID_LOCALE][0]}"`
            : `the id "${explicitId}" is not lowercase ASCII words joined by hyphens`,
        fix: 'give the entry an explicit `id:` of letters a-z, digits and single hyphens, e.g. `id: travel-rule`',
      });
      return;
    }
    entries.push({ entry: { id, forms: byLocale as GlossaryForms, definition, note }, line, index: i });
  });

  problems.push(...duplicates(entries, file));
  return { entries: entries.map((e) => e.entry), problems };
}

/** An entry with where it is written: its line and its index in the list. */
interface Located {
  entry: GlossaryEntry;
  line: number;
  index: number;
}

/** Two entries with one id, or one form in two entries: both would leave readers (and search) guessing. */
function duplicates(entries: readonly Located[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const idLines = new Map<string, number>();
  const formLines = new Map<string, number>();
  for (const { entry, line, index } of entries) {
    const first = idLines.get(entry.id);
    if (first !== undefined)
      problems.push({
        file,
        line,
        field: `glossary[${index}].id`,
        message: `"${entry.id}" is also the id of the entry on line ${first}`,
        fix: 'give one of the two entries an explicit `id:`, or merge them',
      });
    else idLines.set(entry.id, line);
    for (const form of new Set(Object.values(entry.forms).flat())) {
      const key = form.toLowerCase();
      const other = formLines.get(key);
      if (other !== undefined && other !== line)
        problems.push({
          file,
          line,
          field: `glossary[${index}]`,
          message: `"${form}" is also a form of the entry on line ${other}`,
          fix: 'keep each form in one entry only',
        });
      else formLines.set(key, line);
    }
  }
  return problems;
}

/**
 * The glossary's entries, or an error listing every problem (for readers that cannot go on without a valid glossary).
 * @example parseGlossary('- { zh: 稳定币, en: stablecoin }')[0].id => 'stablecoin'
 */
export function parseGlossary(text: string, file = 'content/glossary.yaml'): GlossaryEntry[] {
  const { entries, problems } = readGlossary({ file, text });
  if (problems.length) throw new Error(`${file} is invalid:\n${problems.map((p) => `  ✖ ${formatProblem(p)}`).join('\n')}`);
  return entries;
}
