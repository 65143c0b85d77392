import { pinyin } from 'pinyin-pro';
import { htmlLang, type Locale } from '../language/locales';

/** How a headword sorts: its pinyin syllables (Chinese) or its letters, then the text itself. */
interface SortKey {
  syllables: string[];
  text: string;
}

const usesPinyin = (locale: Locale) => htmlLang(locale).startsWith('zh');

/**
 * The pinyin of a Chinese headword, one syllable per character with its tone number
 * (ü written v), read word by word so that 银行 is yin2 hang2 and 重庆 chong2 qing2.
 * Punctuation such as the middle dot of names is left out.
 * @example pinyinSyllables('美国银行') => ['mei3', 'guo2', 'yin2', 'hang2']
 */
export function pinyinSyllables(text: string): string[] {
  return pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true, toneSandhi: false })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

function sortKey(headword: string, locale: Locale): SortKey {
  return { syllables: usesPinyin(locale) ? pinyinSyllables(headword) : [], text: headword };
}

/** Syllable by syllable: its letters (bi before bian), then its tone; a shorter reading first. */
function compareSyllables(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [lettersA, lettersB] = [a[i]!.replace(/\d$/, ''), b[i]!.replace(/\d$/, '')];
    if (lettersA !== lettersB) return lettersA < lettersB ? -1 : 1;
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A comparer of headwords in a language's dictionary order: pinyin for
 * Chinese (then the characters, so homophones stay together in a fixed order),
 * the language's collation otherwise (case and accents only break ties).
 * @example ['稳定币', '比特币', '区块链'].sort(headwordOrder('zh')) => ['比特币', '区块链', '稳定币']
 * @example ['bitcoin', 'Blockchain', 'ASEAN'].sort(headwordOrder('en')) => ['ASEAN', 'bitcoin', 'Blockchain']
 */
export function headwordOrder(locale: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(htmlLang(locale), { numeric: true });
  const keys = new Map<string, SortKey>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (!key) keys.set(text, (key = sortKey(text, locale)));
    return key;
  };
  return (a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    return compareSyllables(ka.syllables, kb.syllables) || collator.compare(ka.text, kb.text);
  };
}

/**
 * The letter a headword is listed under in an A–Z index: the first letter of its
 * pinyin or of its text without accents, `#` for anything else.
 * @example indexLetter('稳定币', 'zh') => 'W'; indexLetter('Ćevapi', 'en') => 'C'; indexLetter('G20', 'en') => 'G'; indexLetter('3D', 'en') => '#'
 */
export function indexLetter(headword: string, locale: Locale): string {
  const first = (usesPinyin(locale) ? (pinyinSyllables(headword)[0] ?? '') : headword.normalize('NFKD')).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}
