import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtualModule';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metaContentSecurityPolicy, siteContentSecurityPolicy } from '../core/headers/contentSecurityPolicy';
import { headersFile } from '../core/headers/headersFile';
import { siteHeaderRules } from '../core/headers/siteHeaders';
import { headersFileUrl } from '../core/links/urls';
import { siteBase } from '../site/publicPath';

/** The module CommonHead.astro takes the `<meta>` policy from. */
export const PAGE_POLICY_MODULE = 'virtual:zhiku/page-policy';

/**
 * The Content-Security-Policy of the site, in two places: `_headers` (Netlify,
 * Cloudflare Pages), written once the pages are built, with caching by file kind;
 * and a `<meta http-equiv>` in every built page's head (virtual:zhiku/page-policy),
 * for hosts that ignore `_headers`, without the directives a meta cannot set.
 * The policy allows by hash the inline scripts the site's own components emit
 * (core/headers/siteInlineCode.ts), never code found in the pages. `astro dev` gets no meta:
 * Vite serves styles inline there. The rules of `_headers` are patterns, not file
 * lists, so they do not need Pagefind's files to exist yet; they name the paths a browser asks
 * for, under the site's base path.
 */
export default function siteHeaders(): AstroIntegration {
  const base = siteBase();
  const policy = siteContentSecurityPolicy(base);
  return {
    name: 'zhiku:site-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const meta = command === 'build' ? metaContentSecurityPolicy(policy) : '';
        const code = `export default ${JSON.stringify(meta)};\n`;
        virtualModule(updateConfig, PAGE_POLICY_MODULE, code);
      },
      'astro:build:done': ({ dir, logger }) => {
        const rules = siteHeaderRules(policy, base);
        writeFileSync(join(fileURLToPath(dir), headersFileUrl()), headersFile(rules));
        logger.info(`Wrote ${headersFileUrl()} (${rules.length} rules)`);
      },
    },
  };
}
