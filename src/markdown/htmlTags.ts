import { Tokenizer, type Token, type TokenHandler } from 'parse5';
import type { HtmlAttribute } from '../core/content/htmlAllowList';

/** One start tag of a raw HTML fragment, as a browser reads it. */
export interface HtmlTag {
  /** Lowercase, as the browser names the element. */
  name: string;
  /** Each attribute with its name lowercased and its value decoded (entities and all). */
  attributes: HtmlAttribute[];
  /** 1-based line within the fragment. */
  line: number;
}

const ignore = () => {};

/**
 * Every start tag of a raw HTML fragment (an mdast `html` node: a block, or one inline tag
 * such as `<span>` without its `</span>`), read by parse5's tokenizer, the HTML standard's, so
 * that what is checked is what the browser will see. Tags are read without a tree around them:
 * a `<td>` alone is still a tag.
 * @example htmlTags('<img src=x onerror=alert(1)>') => [{ name: 'img', attributes: [{ name: 'src', value: 'x' }, { name: 'onerror', value: 'alert(1)' }], line: 1 }]
 */
export function htmlTags(fragment: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      tags.push({
        name: token.tagName,
        attributes: token.attrs.map((a) => ({ name: a.prefix ? `${a.prefix}:${a.name}` : a.name, value: a.value })),
        line: token.location?.startLine ?? 1,
      });
    },
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(fragment, true);
  return tags;
}
