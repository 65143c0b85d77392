import { htmlLang, LOCALES, type Locale } from '../core/language/locales';
import type { InputValue, Reuse } from '../core/build/reuse';

/** The versions of one article (one slug), by language, as far as their source goes. */
export type SourceVersions = Partial<Record<Locale, { source?: { name: string } } | undefined>>;

/** One source: the filter value every name of it shares, and its name in each language an article gives one in. */
export interface SourceName {
  id: string;
  names: Partial<Record<Locale, string>>;
}

/**
 * Which source names are one source, from the articles: the versions of an article (its
 * original and its translations: one slug in both language folders) name the same source,
 * each in its language. A source's name in a language is the one most of that language's
 * articles give (ties: the first alphabetically); its id, the value the search filter stores
 * for every name of it, is its name in the first language of LOCALES that has one.
 * @example sourceNames([{ zh: { source: { name: '路透社' } }, en: { source: { name: 'Reuters' } } }]).get('路透社')
 *   => { id: 'Reuters', names: { en: 'Reuters', zh: '路透社' } }
 */
export function sourceNames(articles: Iterable<SourceVersions>): Map<string, SourceName> {
  const parent = new Map<string, string>();
  const root = (name: string): string => {
    let r = name;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(name, r);
    return r;
  };
  // How many articles of each language give each name.
  const uses = new Map<Locale, Map<string, number>>(LOCALES.map((l) => [l, new Map()]));
  for (const versions of articles) {
    let first: string | undefined;
    for (const locale of LOCALES) {
      const name = versions[locale]?.source?.name;
      if (!name) continue;
      if (!parent.has(name)) parent.set(name, name);
      const counts = uses.get(locale)!;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (first === undefined) first = name;
      else parent.set(root(name), root(first));
    }
  }

  const members = new Map<string, string[]>();
  for (const name of parent.keys()) members.set(root(name), [...(members.get(root(name)) ?? []), name]);
  const result = new Map<string, SourceName>();
  for (const group of members.values()) {
    const names: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES) {
      const counts = uses.get(locale)!;
      const used = group.filter((name) => counts.has(name));
      used.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
      if (used[0] !== undefined) names[locale] = used[0];
    }
    const source = { id: LOCALES.map((l) => names[l]).find((n) => n !== undefined)!, names };
    for (const name of group) result.set(name, source);
  }
  return result;
}

/**
 * The choices of the search page's source filter for a reader of `locale`: each source once,
 * named in that language when an article names it so (else by its id), in the order of the
 * language's dictionaries (pinyin for Chinese).
 * @example sourceChoices(sourceNames([{ zh: { source: { name: '路透社' } }, en: { source: { name: 'Reuters' } } }]), 'zh')
 *   => [{ value: 'Reuters', label: '路透社' }]
 */
export function sourceChoices(sources: ReadonlyMap<string, SourceName>, locale: Locale): { value: string; label: string }[] {
  const collator = new Intl.Collator(htmlLang(locale));
  const unique = new Set(sources.values());
  return [...unique].map((s) => ({ value: s.id, label: s.names[locale] ?? s.id })).sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * sourceNames of an article index's groups (each slug's versions by language, as the index holds them).
 * `reuse` gives back the earlier names when no article's source name changed, as after most edits in `astro dev`.
 */
export function sourceNamesOfGroups(
  groups: Iterable<Partial<Record<Locale, { entry: { data: { source?: { name: string } } } }>>>,
  reuse: Reuse,
): Map<string, SourceName> {
  const versions: SourceVersions[] = [];
  // Everything sourceNames reads: each article's source name in each language, in order.
  const names: InputValue[] = [];
  for (const group of groups) {
    const data: SourceVersions = {};
    for (const locale of LOCALES) {
      const version = group[locale]?.entry.data;
      if (version) data[locale] = version;
      names.push(version?.source?.name);
    }
    versions.push(data);
  }
  return reuse('sourceNames', names, () => sourceNames(versions));
}
