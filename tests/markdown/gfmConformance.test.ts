import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { slug } from 'github-slugger';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownProcessorOptions } from '../../src/markdown/markdownProcessor';
import { PROJECT_ROOT } from '../helpers/buildSite';

// GFM conformance: every document of tests/fixtures/gfm/ is rendered by the site's Markdown
// processor and by the reference implementation of GFM in the unified ecosystem (remark-parse +
// remark-gfm + remark-rehype + rehype-stringify), and the two are compared as normalised HTML.
// The differences the site means to make, and the known ones of Astro's processor, are taken
// out by the named normalisers below, each with its reason; any other difference fails.

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/gfm');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md'))
  .sort();

/** One difference between the two renderings that is allowed, and why. */
interface Normaliser {
  name: string;
  /** `intended`: the site's own choice; `known`: how Astro's processor differs from the reference, not ours to change. */
  kind: 'intended' | 'known';
  reason: string;
  /** Which rendering it rewrites. */
  applies: 'site' | 'reference';
  /** Rewrites the parsed HTML in place; returns how many changes it made. */
  apply: (root: HTMLElement) => number;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');

const NORMALISERS: Normaliser[] = [
  {
    name: 'heading-anchors',
    kind: 'intended',
    reason:
      'Every heading gets an id made from its text and every h2-h4 a "#" link to itself (markdown/headingAnchorsPlugin.ts), so readers can link to a section.',
    applies: 'site',
    apply: (root) => {
      let changes = 0;
      for (const anchor of root.querySelectorAll('a.heading-anchor')) {
        anchor.remove();
        changes++;
      }
      for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        // Only ids made from the text (github-slugger, numbered when repeated); an id of the reference's own (footnote-label) stays.
        const id = heading.getAttribute('id');
        const base = slug(heading.textContent);
        if (id !== undefined && new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(-\\d+)?$`).test(id)) {
          heading.removeAttribute('id');
          changes++;
        }
      }
      return changes;
    },
  },
  {
    name: 'cjk-line-joining',
    kind: 'intended',
    reason:
      'A line break between two Chinese characters is no space in Chinese: the site joins such lines (markdown/joinCjkLines.ts), where the reference keeps the break, which browsers show as a space.',
    applies: 'reference',
    apply: (root) => {
      let changes = 0;
      walk(root, (node) => {
        if (node.nodeType !== 3 || insidePre(node)) return;
        const text = node.rawText.replace(CJK_LINE_BREAK, (_, before: string) => (changes++, before));
        if (text !== node.rawText) (node as unknown as { rawText: string }).rawText = text;
      });
      return changes;
    },
  },
  {
    name: 'table-alignment-as-style',
    kind: 'known',
    reason:
      'Sätteri, Astro\'s native processor, writes a column\'s alignment as style="text-align: …"; remark-rehype writes the align attribute, which HTML5 made obsolete. Both align the cell; the CSP allows style attributes for it (core/headers/contentSecurityPolicy.ts).',
    applies: 'reference',
    apply: (root) => {
      let changes = 0;
      for (const cell of root.querySelectorAll('th[align], td[align]')) {
        cell.setAttribute('style', `text-align: ${cell.getAttribute('align')}`);
        cell.removeAttribute('align');
        changes++;
      }
      return changes;
    },
  },
];

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes) walk(child, visit);
}

function insidePre(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.rawTagName?.toLowerCase() === 'pre') return true;
  return false;
}

/** Elements whose whitespace-only text is layout of the HTML source, not content. */
const BLOCK_CONTAINERS = new Set(['', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'section', 'blockquote', 'div']);

/**
 * HTML as one line per element and text, indented by depth: attributes sorted,
 * character references decoded, whitespace runs folded as a browser folds them (except in <pre>), layout
 * whitespace between blocks dropped. Two renderings are the same page when these agree.
 */
function canonical(root: HTMLElement): string {
  const lines: string[] = [];
  const visit = (node: Node, depth: number) => {
    const pad = '  '.repeat(depth);
    if (node.nodeType === 3) {
      const parent = (node.parentNode?.rawTagName ?? '').toLowerCase();
      const pre = insidePre(node);
      // Decoded: `&amp;` and `&#x26;` are the same character.
      const text = pre ? node.text : node.text.replace(/\s+/g, ' ');
      if (!pre && text.trim() === '' && BLOCK_CONTAINERS.has(parent)) return;
      lines.push(`${pad}${JSON.stringify(text)}`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const attrs = Object.entries(el.attributes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}=${JSON.stringify(v)}`))
      .join('');
    lines.push(`${pad}<${el.rawTagName.toLowerCase()}${attrs}>`);
    for (const child of el.childNodes) visit(child, depth + 1);
  };
  for (const child of root.childNodes) visit(child, 0);
  return lines.join('\n');
}

const site = await createSatteriMarkdownProcessor(markdownProcessorOptions({ articles: [], articlesDir: '/nowhere' }));
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** Both renderings of a document, normalised, and how often each normaliser changed something. */
async function renderBoth(markdown: string): Promise<{ site: string; reference: string; applied: Map<string, number> }> {
  const roots = { site: parse((await site.render(markdown)).code), reference: parse(String(await reference.process(markdown))) };
  const applied = new Map<string, number>();
  for (const n of NORMALISERS) applied.set(n.name, n.apply(roots[n.applies]));
  return { site: canonical(roots.site), reference: canonical(roots.reference), applied };
}

describe('GFM conformance: the site renders GFM as remark-gfm does', () => {
  const used = new Map<string, number>();

  it.each(fixtures)('%s', async (name) => {
    const result = await renderBoth(readFileSync(join(FIXTURES, name), 'utf8'));
    for (const [normaliser, count] of result.applied) used.set(normaliser, (used.get(normaliser) ?? 0) + count);
    // On failure vitest shows the two canonical renderings line by line: a line only in the
    // site's is marked +, a line only in the reference's -.
    expect(result.site, `${name}: the site's HTML against remark-gfm's, after ${NORMALISERS.map((n) => n.name).join(', ')}`).toBe(
      result.reference,
    );
  });

  it('needs every normaliser: none hides a difference the fixtures do not have', () => {
    expect(Object.fromEntries(NORMALISERS.map((n) => [n.name, (used.get(n.name) ?? 0) > 0]))).toEqual(
      Object.fromEntries(NORMALISERS.map((n) => [n.name, true])),
    );
  });

  it('fails on a difference no normaliser names: the same processor without GFM does not pass', async () => {
    const withoutGfm = await createSatteriMarkdownProcessor({
      ...markdownProcessorOptions({ articles: [], articlesDir: '/nowhere' }),
      features: { gfm: false },
    });
    for (const name of ['tables.md', 'strikethrough.md', 'footnotes.md']) {
      const markdown = readFileSync(join(FIXTURES, name), 'utf8');
      const root = parse((await withoutGfm.render(markdown)).code);
      NORMALISERS.filter((n) => n.applies === 'site').forEach((n) => n.apply(root));
      expect(canonical(root), name).not.toBe((await renderBoth(markdown)).reference);
    }
  });
});
