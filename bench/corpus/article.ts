import { createRandom, deriveSeed, type Random } from './random';
import { EN, ZH } from './vocabulary';

export type BenchLocale = 'en' | 'zh';
/** `wikilink` writes `[[slug]]`; `markdown` writes ordinary links, for a Zhiku without the wikilink plugin. */
export type LinkStyle = 'wikilink' | 'markdown';

export interface ArticleSpec {
  slug: string;
  locale: BenchLocale;
  /** Slugs this article links to (they exist in both languages). */
  links: readonly string[];
  topics: readonly string[];
  date: string;
  seed: number;
  linkStyle: LinkStyle;
}

/** About 800 English words or 1,500 Chinese characters, as the issue asks. */
export const TARGET = { en: 800, zh: 1500 } as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Words of English text, or Han characters of Chinese text: the unit the target counts. */
export function textLength(text: string, locale: BenchLocale): number {
  return locale === 'en'
    ? (text.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).length
    : (text.match(/\p{Script=Han}/gu) ?? []).length;
}

function enSentence(r: Random): string {
  const n = () => r.pick(EN.nouns);
  const a = () => r.pick(EN.adjectives);
  const v = () => r.pick(EN.verbs);
  const year = r.int(2009, 2024);
  switch (r.int(0, 5)) {
    case 0:
      return `${r.pick(EN.connectives)}, ${r.pick(EN.organisations)} ${v()} a ${a()} ${n()} ${r.pick(EN.prepositions)} the ${a()} ${n()} in ${r.pick(EN.places)}.`;
    case 1:
      return `${r.pick(EN.names)} said the ${n()} would be ${v()} ${r.pick(EN.prepositions)} the ${a()} ${n()} by ${year}.`;
    case 2:
      return `In ${year}, the ${a()} ${n()} in ${r.pick(EN.places)} was ${r.pick(EN.adverbs)} ${v()} ${r.pick(EN.prepositions)} the ${n()} of the ${n()}.`;
    case 3:
      return `The ${n()} ${v()} the ${a()} ${n()} and the ${n()} ${r.pick(EN.prepositions)} ${r.pick(EN.organisations)}.`;
    case 4:
      return `According to ${r.pick(EN.organisations)}, the ${n()} ${v()} about ${r.int(2, 95)} percent of the ${a()} ${n()}.`;
    default:
      return `Critics of the ${a()} ${n()} argue that every ${n()} should be ${v()} before the ${n()} is ${v()}.`;
  }
}

function zhSentence(r: Random): string {
  const n = () => r.pick(ZH.nouns);
  const a = () => r.pick(ZH.adjectives);
  const v = () => r.pick(ZH.verbs);
  switch (r.int(0, 5)) {
    case 0:
      return `${r.pick(ZH.times)}，${r.pick(ZH.organisations)}${r.pick(ZH.adverbs)}${v()}了${a()}${n()}与${n()}的相关方案。`;
    case 1:
      return `${r.pick(ZH.names)}表示，${n()}与${n()}之间的关系正在发生变化，${r.pick(ZH.places)}的${n()}也因此受到影响。`;
    case 2:
      return `${r.pick(ZH.connectives)}，${r.pick(ZH.places)}的${a()}${n()}${v()}了关于${n()}的${n()}。`;
    case 3:
      return `据${r.pick(ZH.organisations)}统计，${n()}的${n()}在${r.pick(ZH.times)}增加了百分之${r.int(2, 95)}。`;
    case 4:
      return `业内人士认为，${a()}${n()}需要先经过${n()}的${v()}，才能真正服务于${n()}。`;
    default:
      return `${r.pick(ZH.connectives)}，${r.pick(ZH.organisations)}将继续${v()}${a()}${n()}，并加强对${n()}的${v()}。`;
  }
}

function paragraph(r: Random, locale: BenchLocale, link?: string): string {
  const sentence = locale === 'en' ? enSentence : zhSentence;
  const sentences = Array.from({ length: r.int(3, 5) }, () => sentence(r));
  if (link) sentences.splice(r.int(1, sentences.length), 0, link);
  return sentences.join(locale === 'en' ? ' ' : '');
}

function heading(r: Random, locale: BenchLocale): string {
  return locale === 'en'
    ? `${cap(r.pick(EN.adjectives))} ${r.pick(EN.nouns)} and the ${r.pick(EN.nouns)}`
    : `${r.pick(ZH.adjectives)}${r.pick(ZH.nouns)}与${r.pick(ZH.nouns)}`;
}

function table(r: Random, locale: BenchLocale): string {
  const head = locale === 'en' ? ['Place', 'Year', 'Item', 'Change (%)'] : ['地区', '年份', '项目', '变化（%）'];
  const v = locale === 'en' ? EN : ZH;
  const rows = Array.from({ length: 5 }, () => [r.pick(v.places), String(r.int(2015, 2024)), r.pick(v.nouns), (r.next() * 40 - 10).toFixed(1)]);
  return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function linkTo(slug: string, locale: BenchLocale, style: LinkStyle): string {
  const see = locale === 'en' ? 'See also' : '另见';
  const target = style === 'wikilink' ? `[[${slug}]]` : `[${slug}](/${locale}/articles/${slug}/)`;
  return locale === 'en' ? `${see} ${target}.` : `${see}${target}。`;
}

/**
 * The Markdown file of one synthetic article: frontmatter, an introduction, headed
 * sections with a GFM table, a bulleted and a numbered list, a subheading, and links
 * to other articles, filled with sentences until the length target is reached.
 * @example articleMarkdown({ slug: 'bank-audit-1', locale: 'en', links: ['fund-risk-2'], topics: ['banking'], date: '2020-01-02', seed: 1, linkStyle: 'wikilink' }) => '---\ntitle: "…"\n…'
 */
export function articleMarkdown(spec: ArticleSpec): string {
  const { locale } = spec;
  // The same slug draws from a stream of its own in each language.
  const r = createRandom(deriveSeed(spec.seed, `${locale}:${spec.slug}`));
  const v = locale === 'en' ? EN : ZH;
  const links = spec.links.map((slug) => linkTo(slug, locale, spec.linkStyle));
  const title = heading(r, locale) + (locale === 'en' ? ` in ${r.pick(EN.places)}` : `：${r.pick(ZH.places)}观察`);
  const sections: string[] = [
    paragraph(r, locale, links[0]),
    `## ${heading(r, locale)}`,
    paragraph(r, locale),
    paragraph(r, locale, links[1]),
    `## ${heading(r, locale)}`,
    paragraph(r, locale),
    table(r, locale),
    `## ${heading(r, locale)}`,
    paragraph(r, locale),
    Array.from({ length: 4 }, () => `- ${locale === 'en' ? enSentence(r) : zhSentence(r)}`).join('\n'),
    paragraph(r, locale, links[2]),
    Array.from({ length: 3 }, (_, i) => `${i + 1}. ${locale === 'en' ? enSentence(r) : zhSentence(r)}`).join('\n'),
    `## ${heading(r, locale)}`,
  ];
  const target = TARGET[locale];
  let length = textLength(sections.join('\n'), locale);
  let sub = false;
  while (length < target) {
    if (!sub && length > target * 0.8) {
      sections.push(`### ${heading(r, locale)}`);
      sub = true;
    }
    const p = paragraph(r, locale);
    sections.push(p);
    length += textLength(p, locale);
  }
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(locale === 'en' ? enSentence(r) : zhSentence(r))}`,
    `date: ${spec.date}`,
    `authors: ${JSON.stringify([r.pick(v.names)])}`,
    `source: ${JSON.stringify({ name: locale === 'en' ? 'Synthetic Wire' : '合成通讯社', url: `https://news.example.com/${spec.slug}` })}`,
    `topics: ${JSON.stringify(spec.topics)}`,
    ...(locale === 'zh' ? ['translation: { from: en }'] : []),
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${sections.join('\n\n')}\n`;
}
