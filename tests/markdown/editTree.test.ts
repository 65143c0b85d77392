import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { cjkText } from '../../src/markdown/cjkText';
import { editTree } from '../../src/markdown/editTree';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';

// editTree runs the renderer's steps on a parsed tree, with Sätteri's rules: the walk sees the
// tree as parsed, and what a step puts in is not visited again.
describe('editTree', () => {
  it('visits each node as parsed, once, and not the nodes a step puts in', () => {
    const tree = parseMarkdown('one *two* three');
    const seen: string[] = [];
    editTree(tree, 'one *two* three', {
      text(node, at) {
        seen.push(node.value);
        at.replace([{ type: 'strong', children: [{ type: 'text', value: node.value.toUpperCase() }] }]);
      },
    });
    expect(seen).toEqual(['one ', 'two', ' three']);
    expect(toString(tree)).toBe('ONE TWO THREE');
  });

  it('makes the changes after the walk, so a step reads the parent it was parsed in', () => {
    const tree = parseMarkdown('[a](x) b');
    const parents: (string | undefined)[] = [];
    editTree(tree, '[a](x) b', {
      link: (node, at) => at.replace([...node.children]),
      text: (_node, at) => void parents.push(at.parent()?.type),
    });
    expect(parents).toEqual(['link', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ value: 'a' }, { value: ' b' }] });
  });

  it('puts nodes after a node and sets its properties', () => {
    const tree = parseMarkdown('[a](x)');
    editTree(tree, '[a](x)', {
      link(_node, at) {
        at.set({ url: 'y' });
        at.insertAfter([{ type: 'text', value: '!' }]);
      },
    });
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'link', url: 'y' }, { value: '!' }] });
  });

  it.each([
    ['第一行\n第二行。', '第一行第二行。'],
    ['\\*\\*真，\\*\\*她说', '**真，**她说'],
  ])('takes the Chinese text step as the renderer does: %j', (markdown, text) => {
    const tree = parseMarkdown(markdown);
    editTree(tree, markdown, { text: cjkText });
    expect(toString(tree)).toBe(text);
  });
});
