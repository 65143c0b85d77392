import type { GlossaryEntry, PerLanguage } from './glossary';
import { headwordOrder, indexLetter } from './glossaryOrder';
import { otherLocales, type Locale } from './locales';

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
