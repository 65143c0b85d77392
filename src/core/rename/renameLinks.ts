import { splitFrontmatter } from '../content/frontmatter';
import { parseWikilink, WIKILINK } from '../links/resolveArticleLink';

/** Code the rewrite leaves alone: fenced blocks and inline code spans. */
const CODE = /(^|\n)(```|~~~)[^\n]*\n[\s\S]*?(\n\2[^\n]*(?=\n|$)|$)|`[^`\n]*`/g;
/** A run of characters that can be part of a relative path (as core/content/pathRuns.ts reads them). */
const PATH_RUN = /[^\s()<>[\]"'`]+/gu;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One kind of link rewritten in one file, and how many times. */
export interface LinkRewrite {
  written: string;
  count: number;
}

function rewriteText(text: string, from: string, to: string, mdx: boolean, seen: Map<string, number>): string {
  const note = (written: string) => seen.set(written, (seen.get(written) ?? 0) + 1);
  let out = text.replace(WIKILINK, (whole, inner: string) => {
    if (parseWikilink(inner)?.slug !== from) return whole;
    note(whole);
    return `[[${inner.replace(/^(\s*(?:[a-z]{2,3}:)?\s*)[^#|]*?(?=\s*(?:[#|]|$))/u, `$1${to}`)}]]`;
  });
  out = out.replace(PATH_RUN, (run) => {
    const match = /^((?:\.{1,2}\/)*(?:[^/:#]+\/)*?)([^/#]+)(\.mdx?)(#.*)?$/iu.exec(run);
    if (!match || /^[a-z][a-z0-9+.-]*:/i.test(run) || run.startsWith('/') || decoded(match[2]!) !== from) return run;
    note(run);
    return `${match[1]}${to}${match[3]}${match[4] ?? ''}`;
  });
  if (mdx) {
    out = out.replace(/(<ArticleCard\b[^>]*?\bslug\s*=\s*)(["'])([^"']*)\2/g, (whole, head: string, quote: string, slug: string) => {
      if (slug !== from) return whole;
      note(`<ArticleCard slug=${quote}${slug}${quote}>`);
      return `${head}${quote}${to}${quote}`;
    });
  }
  return out;
}

/**
 * An article file's text with every link to the slug `from` pointing at `to`:
 * wikilinks in every form (`[[from]]`, `[[zh:from]]`, `[[from#id|text]]`),
 * relative links to its file (`./from.md`, `../zh/from.mdx#part`, also in link
 * definitions) and, in MDX, `<ArticleCard slug="from">`. Frontmatter and code
 * (fenced blocks, inline spans) are left as they are, and so is every other byte.
 * Returns the new text and what was rewritten.
 * @example renameLinks('See [[old|it]] and [x](../zh/old.md).', 'old', 'new', false).text => 'See [[new|it]] and [x](../zh/new.md).'
 */
export function renameLinks(raw: string, from: string, to: string, mdx: boolean): { text: string; rewritten: LinkRewrite[] } {
  const { bodyStart } = splitFrontmatter(raw);
  const body = raw.slice(bodyStart);
  const seen = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const code of body.matchAll(CODE)) {
    out += rewriteText(body.slice(last, code.index), from, to, mdx, seen) + code[0];
    last = code.index + code[0].length;
  }
  out += rewriteText(body.slice(last), from, to, mdx, seen);
  return { text: raw.slice(0, bodyStart) + out, rewritten: [...seen].map(([written, count]) => ({ written, count })) };
}
