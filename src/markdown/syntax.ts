import type { Features } from 'satteri';

/**
 * The Markdown syntax of the site, beyond CommonMark: GFM (tables, strikethrough,
 * task lists, footnotes, autolinks), `## Heading {#id}`, which keeps a
 * heading's anchor when it is translated, and `:::note` … `:::` asides
 * (directives; src/markdown/directives.ts gives the other directive forms back as text). One list for the page renderer
 * (astro.config.mjs) and for every other reader of article bodies
 * (parseMarkdown: validation, link graph, summaries).
 */
export const MARKDOWN_FEATURES = { gfm: true, headingAttributes: true, directive: true } as const satisfies Features;
