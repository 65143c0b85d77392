import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { DEFAULT_LOCALE } from '../core/language/locales';
import { calloutFromContainer, directiveAsText, phrasingWithoutDirectives, plainContainer } from './directives';
import { fileArticle } from './fileArticle';

type Parent = { type: string; children: RootContent[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * The Sätteri plugin for directives (src/markdown/directives.ts): `:::note`
 * … `:::` containers become asides in the article's language, and text and
 * leaf directives, which the site gives no meaning, go back to the text they
 * were written as, joined to the text around them. It runs first, so that
 * every later step sees the text as written.
 */
export function directivesPlugin(articlesDir: string): MdastPluginDefinition {
  return {
    name: 'zhiku-directives',
    options: { position: true },
    before(_root, ctx) {
      ctx.data.zhikuDirectiveParents = new Set<string>();
    },
    textDirective(node, ctx: MdastVisitorContext) {
      const parent = ctx.parent(node) as Readonly<Parent> | undefined;
      const seen = ctx.data.zhikuDirectiveParents as Set<string>;
      const at = parent?.position && `${parent.type}:${parent.position.start.offset}-${parent.position.end.offset}`;
      // One change per parent, however many directives it holds.
      if (!parent || !at || seen.has(at)) return;
      seen.add(at);
      const children = phrasingWithoutDirectives(parent.children, ctx.source);
      if (children) ctx.setProperty(parent as never, 'children', children as never);
    },
    leafDirective(node, ctx) {
      ctx.replaceNode(node, { ...directiveAsText(node, ctx.source), position: node.position } as never);
    },
    containerDirective(node, ctx) {
      const from = ctx.fileURL && fileArticle(fileURLToPath(ctx.fileURL), articlesDir);
      const callout = calloutFromContainer(node, from ? from.locale : DEFAULT_LOCALE);
      ctx.replaceNode(node, (callout ?? plainContainer(node)) as never);
    },
  };
}
