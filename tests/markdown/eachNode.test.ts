import { describe, expect, it } from 'vitest';
import { eachChild, eachNode } from '../../src/markdown/eachNode';
import { parseMarkdown } from '../../src/markdown/parseMarkdown';

describe('eachNode and eachChild', () => {
  const source = '# T\n\n*a* [b](c)\n\n- x\n  > y\n';

  it('walks every node in document order', () => {
    const types: string[] = [];
    eachNode(parseMarkdown(source), (node) => types.push(node.type));
    expect(types).toEqual([
      'root',
      'heading',
      'text',
      'paragraph',
      'emphasis',
      'text',
      'text',
      'link',
      'text',
      'list',
      'listItem',
      'paragraph',
      'text',
      'blockquote',
      'paragraph',
      'text',
    ]);
  });

  it('gives each node but the root with its own parent, in the same order', () => {
    const tree = parseMarkdown(source);
    const seen: string[] = [];
    eachChild(tree, (node, parent) => {
      expect(parent.children as unknown[]).toContain(node);
      seen.push(`${parent.type}>${node.type}`);
    });
    const order: string[] = [];
    eachNode(tree, (node) => node !== tree && order.push(node.type));
    expect(seen.map((pair) => pair.split('>')[1])).toEqual(order);
    expect(seen.slice(0, 3)).toEqual(['root>heading', 'heading>text', 'root>paragraph']);
  });
});
