import type { Root } from 'mdast';
import { markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { articleSet, type KnownArticle } from '../../src/core/links/resolveArticleLink';
import { articleLinksPlugin } from '../../src/markdown/articleLinksPlugin';
import { cjkText } from '../../src/markdown/cjkText';
import { cjkTextPlugin } from '../../src/markdown/cjkTextPlugin';
import { editTree } from '../../src/markdown/editTree';
import { directivesPlugin } from '../../src/markdown/directivesPlugin';
import { documentLinks } from '../../src/markdown/linkArticles';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';
import { linkTree } from '../../src/markdown/rewriteArticleLinks';
import { MARKDOWN_FEATURES } from '../../src/markdown/syntax';

const articles: KnownArticle[] = [
  { locale: 'en', slug: 'pair', published: true, title: 'A pair' },
  { locale: 'zh', slug: 'pair', published: true, title: '一对' },
  { locale: 'zh', slug: 'only-zh', published: true, title: '只有中文' },
  { locale: 'en', slug: 'wip', published: false, title: 'Work in progress' },
];

/** A tree as data: no positions or Sätteri bookkeeping, unset fields left out. */
function plain(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (key, value) => (key === 'position' || key.startsWith('_') || value === null ? undefined : value)),
  );
}

/** The tree the renderer's plugin leaves, read by a plugin that runs after it (after the directive step, which runs first in the renderer). */
function rendered(markdown: string, plugin: MdastPluginDefinition): unknown {
  let tree: unknown;
  const capture: MdastPluginDefinition = { name: 'capture', after: (root) => void (tree = plain(root)) };
  // A draft, so that a broken link is kept as written instead of failing the render.
  const data = {
    astro: { frontmatter: { draft: true }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
  };
  markdownToHtml(markdown, {
    features: MARKDOWN_FEATURES,
    fileURL: new URL('file:///kb/en/here.md'),
    data,
    mdastPlugins: [directivesPlugin('/kb'), plugin, capture],
  });
  return tree;
}

// The one implementation of each step, taken by the renderer's plugin and on a parsed tree, gives the same tree.
describe('Markdown steps in the renderer and on a parsed tree', () => {
  it.each([
    'See [[pair]], [[pair|two]], [[zh:pair#x]] and [[only-zh]].',
    'See [the pair](./pair.md), [其他](../zh/pair.md#x) and [r].\n\n[r]: ../zh/pair.md',
    'A draft: [[wip]] and [the draft](./wip.md), [a [[pair]] inside](./wip.md).',
    'Broken: [[nowhere]], [x](./missing.md); `[[code]]`, [web](https://a.org/b.md).',
    'Wrapped [[pair]]\nlines [[only-zh|with]]\n[[zh:pair]] links.',
  ])('the link step: %j', (markdown) => {
    const tree = parseMarkdown(markdown);
    linkTree(tree, documentLinks({ locale: 'en', slug: 'here' }, articleSet(articles)), markdown);
    expect(plain(tree)).toEqual(rendered(markdown, articleLinksPlugin({ articles, articlesDir: '/kb' })));
  });

  it.each(['**真，**她说', '第一行\n第二行。', '\\*\\*真，\\*\\*她说', '他说**“不”**然后 *“引号”*后', 'Latin 2*3*4\nstays.'])(
    'the Chinese text step: %j',
    (markdown) => {
      const tree: Root = parseMarkdown(markdown);
      editTree(tree, markdown, { text: cjkText });
      expect(plain(tree)).toEqual(rendered(markdown, cjkTextPlugin()));
    },
  );
});
