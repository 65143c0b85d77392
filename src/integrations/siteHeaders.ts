import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../core/contentSecurityPolicy';
import { headersFile } from '../core/headersFile';
import { siteHeaderRules } from '../core/siteHeaders';
import { headersFileUrl } from '../core/urls';
import { builtInlineCode } from '../site/builtInlineCode';

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) once the pages are built:
 * caching by file kind and the Content-Security-Policy, which allows by hash
 * exactly the inline scripts and styles the built pages contain. Its rules are
 * patterns, not file lists, so it does not need Pagefind's files to exist yet.
 */
export default function siteHeaders(): AstroIntegration {
  return {
    name: 'zhiku:site-headers',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        // Every page Astro wrote, from its own list (no walk of the output folder). Pages written
        // by other integrations (the alias redirect pages) carry no inline code.
        const pages = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'));
        const inline = builtInlineCode(pages);
        const rules = siteHeaderRules(contentSecurityPolicy(inline));
        writeFileSync(join(out, headersFileUrl()), headersFile(rules));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `Wrote ${headersFileUrl()} (${rules.length} rules; the CSP allows ${inline.scripts.size} inline scripts and ${inline.styles.size} inline styles found in ${pages.length} pages) in ${seconds}s`,
        );
      },
    },
  };
}
