import { createHash } from 'node:crypto';
import { siteInlineCode } from './siteInlineCode';

/**
 * The CSP source that allows one inline script or style: the SHA-256 of its
 * text, in base64.
 * @example cspHash('') => "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of texts, each once, in a stable order. */
const hashes = (texts: Iterable<string>) => [...new Set([...texts].map(cspHash))].sort();

/**
 * A Content-Security-Policy for the site that allows by hash the given inline
 * scripts and `<style>` texts, and no other inline code. Everything else comes from the site itself:
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs it on the page's own thread
 * (no worker, search/browser/pagefind.ts); article images may come from other https sites; Markdown tables
 * align cells with style attributes, hence 'unsafe-inline' for attributes only.
 * @example contentSecurityPolicy({ scripts: [], styles: [] }).startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';") => true
 */
export function contentSecurityPolicy(inline: { readonly scripts: Iterable<string>; readonly styles: Iterable<string> }): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes(inline.scripts)].join(' '),
    ["style-src 'self'", ...hashes(inline.styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: https:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/**
 * The policy of a site served under `base`: the inline code its own components emit
 * (core/headers/siteInlineCode.ts) and nothing taken from content. `_headers` sends it;
 * every page's `<meta>` repeats what a meta can hold.
 * @example siteContentSecurityPolicy('/') === SITE_CONTENT_SECURITY_POLICY => true
 */
export function siteContentSecurityPolicy(base: string): string {
  return contentSecurityPolicy(siteInlineCode(base));
}

/** The policy of a site served from the root of its origin. */
export const SITE_CONTENT_SECURITY_POLICY = siteContentSecurityPolicy('/');

/** Directives a browser ignores in a `<meta http-equiv="Content-Security-Policy">`: only a response header sets them (CSP Level 3). */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

/**
 * The part of a policy a `<meta http-equiv>` can carry, for hosts that send no
 * `_headers`: the policy without its header-only directives.
 * @example metaContentSecurityPolicy("default-src 'self'; frame-ancestors 'self'") => "default-src 'self'"
 */
export function metaContentSecurityPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !(HEADER_ONLY_DIRECTIVES as readonly string[]).includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}
