import type { GlossaryEntry, PerLanguage } from './glossary';
import { headwordOrder, indexLetter } from './glossaryOrder';
import { otherLocales, type Locale } from '../language/locales';
import { glossaryUrl } from '../links/urls';

/** A text with the language it is written in. */
export interface TextIn {
  lang: Locale;
  text: string;
}

/** A term as a reader of one language sees it. */
export interface TermView {
  id: string;
  /** The headword in the reader's language. */
  term: string;
  /** Its other forms in that language. */
  variants: string[];
  /** Its headword in each other language. */
  counterparts: TextIn[];
  /** The definition in the reader's language, or else in another one. */
  definition?: TextIn;
  note?: TextIn;
}

/** A term as `<Term>` shows it in an article: the headword, the counterparts it offers, where it links. */
export interface TermRef {
  id: string;
  /** The headword in the article's language. */
  term: string;
  counterparts: TextIn[];
  /** The term on the glossary page in the reader's language. */
  href: string;
}

/** The terms listed under one letter of the index. */
export interface LetterGroup {
  letter: string;
  terms: TermView[];
}

/**
 * The text in the reader's language, or else in the first other language that has it.
 * @example inLanguage({ zh: '稳定币是…' }, 'en') => { lang: 'zh', text: '稳定币是…' }
 */
export function inLanguage(texts: PerLanguage, locale: Locale): TextIn | undefined {
  const lang = [locale, ...otherLocales(locale)].find((l) => texts[l]);
  return lang && { lang, text: texts[lang]! };
}

/**
 * One term for a reader of `locale`.
 * @example termView({ id: 'stablecoin', forms: { en: ['stablecoin', 'stablecoins'], zh: ['稳定币'] }, definition: {}, note: {} }, 'zh')
 *   => { id: 'stablecoin', term: '稳定币', variants: [], counterparts: [{ lang: 'en', text: 'stablecoin' }] }
 */
export function termView(entry: GlossaryEntry, locale: Locale): TermView {
  const [term, ...variants] = entry.forms[locale];
  return {
    id: entry.id,
    term: term!,
    variants,
    counterparts: otherLocales(locale).map((lang) => ({ lang, text: entry.forms[lang][0]! })),
    definition: inLanguage(entry.definition, locale),
    note: inLanguage(entry.note, locale),
  };
}

/**
 * Every term for a reader of `locale`, in that language's dictionary order
 * (pinyin for Chinese), under the letters of an A–Z index.
 * @example glossaryGroups([稳定币/stablecoin, 比特币/bitcoin], 'zh') => [{ letter: 'B', terms: [比特币] }, { letter: 'W', terms: [稳定币] }]
 */
export function glossaryGroups(entries: readonly GlossaryEntry[], locale: Locale): LetterGroup[] {
  const order = headwordOrder(locale);
  const terms = entries.map((entry) => termView(entry, locale)).sort((a, b) => order(a.term, b.term));
  const groups = new Map<string, TermView[]>();
  for (const term of terms) {
    const letter = indexLetter(term.term, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  // Terms under '#' (digits, symbols) are listed after Z.
  const letters = [...groups.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)));
  return letters.map((letter) => ({ letter, terms: groups.get(letter)! }));
}

/**
 * The terms an article's `<Term id>`s name, each once, in the article's language (`bodyLocale`),
 * linked to the glossary of the reader's (`pageLocale`). Ids the glossary lacks are left out:
 * the content validation has already failed the build on them.
 * @example termRefs(['stablecoin'], glossary, 'en', 'zh') => [{ id: 'stablecoin', term: 'stablecoin', counterparts: [{ lang: 'zh', text: '稳定币' }], href: '/zh/glossary/#stablecoin' }]
 */
export function termRefs(ids: readonly string[], entries: readonly GlossaryEntry[], bodyLocale: Locale, pageLocale: Locale): TermRef[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return [...new Set(ids)].flatMap((id) => {
    const entry = byId.get(id);
    if (!entry) return [];
    const { term, counterparts } = termView(entry, bodyLocale);
    return [{ id, term, counterparts, href: glossaryUrl(pageLocale, id) }];
  });
}
