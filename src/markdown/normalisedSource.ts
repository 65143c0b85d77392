import type { satteri } from '@astrojs/markdown-satteri';
import { normaliseSource } from '../core/content/sourceText';

type Processor = ReturnType<typeof satteri>;

/**
 * The site's Markdown processor with every body normalised before it is parsed
 * (core/content/sourceText.ts: no byte-order mark, Unix line endings). Astro's loaders read
 * article files themselves and hand the renderer their text as written, so a CRLF
 * file reached the text rules (joining hard-wrapped Chinese lines, directives…)
 * with `\r\n` and published other HTML than the same file with LF. Every `.md`
 * and `.mdx` body passes through here, and only here.
 * @example normalisedSource(satteri(markdownProcessorOptions(links))) => the same processor, reading `a\r\nb` as `a\nb`
 */
export function normalisedSource(processor: Processor): Processor {
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return { ...renderer, render: (content, options) => renderer.render(normaliseSource(content), options) };
    },
    async createMdxRenderer(shared, mdx) {
      const renderer = await processor.createMdxRenderer!(shared, mdx);
      return {
        ...renderer,
        process: (content, filePath, frontmatter) => renderer.process(normaliseSource(content), filePath, frontmatter),
      };
    },
  };
}
