import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { articleSource, type ArticleSource, type ContentFile } from '../core/content/contentFiles';
import { knownYaml, type KnownYaml } from '../core/content/frontmatter';
import { readSealedJson, writeSealedJson } from './wholeFile';

/** Bumped when the stored shape changes. */
const FORMAT = 2;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The stored frontmatter by the SHA-256 of its file's text; none when the file is missing, damaged, or made by other code. */
function readStored(file: string, stamp: string): Map<string, KnownYaml> {
  const stored = readSealedJson(file) as { format?: number; stamp?: string; texts?: Record<string, KnownYaml> } | undefined;
  return stored?.format === FORMAT && stored.stamp === stamp && stored.texts ? new Map(Object.entries(stored.texts)) : new Map();
}

/**
 * What a parse found as the cache stores it, when its JSON copy is the same value (YAML's `.nan`, for one,
 * is not: such a text is parsed every time). No data (the YAML has errors) is stored as no field.
 */
function storable(parsed: KnownYaml): KnownYaml | undefined {
  const stored = knownYaml(parsed);
  return isDeepStrictEqual(JSON.parse(JSON.stringify(stored)) as unknown, stored) ? stored : undefined;
}

/**
 * Every article file as articleSource makes it, with the YAML of each text parsed at most once across builds:
 * what a parse found is kept in `file` (under Astro's cacheDir) by the SHA-256 of the file's text, so a build
 * parses only the articles edited since the last one (at 10,000 articles the parse was 0.8 s of every build,
 * of `astro dev`'s start too). `stamp` names the code that parses (a change to it parses everything again).
 * The file carries its own SHA-256 (site/wholeFile.ts writeSealedJson), since it is read before the cache check
 * runs, and is written whole only when what it holds changed.
 */
export function withFrontmatterCache(file: string, stamp: string, articles: readonly ContentFile[]): ArticleSource[] {
  const stored = readStored(file, stamp);
  const kept = new Map<string, KnownYaml>();
  let changed = false;
  const sources = articles.map((article) => {
    const digest = sha256(article.text);
    const known = stored.get(digest);
    const source = articleSource(article, known);
    const keep = known ?? storable(source.frontmatter);
    // A text whose reading cannot be stored is parsed every time, without writing the file again each build.
    if (keep && !known) changed = true;
    if (keep) kept.set(digest, keep);
    return source;
  });
  if (changed || kept.size !== stored.size) writeSealedJson(file, { format: FORMAT, stamp, texts: Object.fromEntries(kept) });
  return sources;
}
