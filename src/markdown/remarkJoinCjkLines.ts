import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { joinCjkLines } from './joinCjkLines';

/** Applies `joinCjkLines` to every text node, so wrapped Chinese paragraphs gain no stray spaces. */
export const remarkJoinCjkLines: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'text', (node) => {
    if (node.value.includes('\n')) node.value = joinCjkLines(node.value);
  });
};
