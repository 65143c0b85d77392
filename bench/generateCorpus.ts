import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleMarkdown, type BenchLocale, type LinkStyle } from './corpus/article';
import { createRandom } from './corpus/random';
import { EN, TOPICS } from './corpus/vocabulary';

export const BENCH_LOCALES: readonly BenchLocale[] = ['en', 'zh'];
export const DEFAULT_SEED = 20191125;

export interface CorpusOptions {
  /** Total articles: half English, half Chinese, paired by slug. */
  articles: number;
  seed?: number;
  linkStyle?: LinkStyle;
}

/**
 * The slugs of a corpus of `pairs` article pairs: two real nouns and a number, unique and stable.
 * @example corpusSlugs(2, 1) => ['ledger-audit-1', 'fund-pilot-2'] (fixed for seed 1)
 */
export function corpusSlugs(pairs: number, seed: number): string[] {
  const r = createRandom(seed);
  return Array.from({ length: pairs }, (_, i) => `${r.pick(EN.nouns)}-${r.pick(EN.nouns)}-${i + 1}`);
}

/**
 * The topic id of a topic name.
 * @example topicId('Anti-money laundering') => 'anti-money-laundering'
 */
export function topicId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** topics.yaml for the corpus: every topic, in both languages. */
export function topicsYaml(): string {
  return (
    TOPICS.map(
      (t) =>
        `- id: ${topicId(t.en)}\n  name: { en: ${JSON.stringify(t.en)}, zh: ${JSON.stringify(t.zh)} }\n` +
        `  description:\n    en: ${JSON.stringify(`Articles about ${t.en.toLowerCase()}.`)}\n    zh: ${JSON.stringify(`关于${t.zh}的文章。`)}`,
    ).join('\n') + '\n'
  );
}

/**
 * Writes a deterministic synthetic corpus (`articles/<lang>/<slug>.md` and
 * `topics.yaml`) into `dir` and returns the slugs. Each pair shares its date,
 * topics and outgoing links, so the two languages are true translations of one another.
 */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<string[]> {
  const seed = options.seed ?? DEFAULT_SEED;
  const pairs = Math.max(1, Math.floor(options.articles / 2));
  const slugs = corpusSlugs(pairs, seed);
  const topicIds = TOPICS.map((t) => topicId(t.en));
  const r = createRandom(seed + 1);
  await Promise.all(BENCH_LOCALES.map((l) => mkdir(join(dir, 'articles', l), { recursive: true })));
  await writeFile(join(dir, 'topics.yaml'), topicsYaml());
  const day = 86_400_000;
  const start = Date.UTC(2012, 0, 1);
  for (let i = 0; i < slugs.length; i += 200) {
    const batch = slugs.slice(i, i + 200).map((slug, j) => {
      const self = i + j;
      // Three links to other articles (never to itself); a one-pair corpus has none.
      const links =
        slugs.length > 1
          ? Array.from({ length: 3 }, () => {
              const k = r.int(0, slugs.length - 2);
              return slugs[k >= self ? k + 1 : k]!;
            })
          : [];
      const topics = r.sample(topicIds, r.int(1, 3));
      const date = new Date(start + r.int(0, 12 * 365) * day).toISOString().slice(0, 10);
      return { slug, links, topics, date };
    });
    await Promise.all(
      batch.flatMap((a) =>
        BENCH_LOCALES.map((locale) =>
          writeFile(
            join(dir, 'articles', locale, `${a.slug}.md`),
            articleMarkdown({ ...a, locale, seed, linkStyle: options.linkStyle ?? 'wikilink' }),
          ),
        ),
      ),
    );
  }
  return slugs;
}
