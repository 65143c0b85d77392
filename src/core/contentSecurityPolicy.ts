import { createHash } from 'node:crypto';

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
 * The site's Content-Security-Policy, given the text of every inline script
 * and `<style>` element it serves. Everything else comes from the site itself:
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs a same-origin
 * worker; article images may come from other https sites; Markdown tables
 * align cells with style attributes, hence 'unsafe-inline' for attributes only.
 * @example contentSecurityPolicy({ scripts: [], styles: [] }).startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';") => true
 */
export function contentSecurityPolicy(inline: { scripts: Iterable<string>; styles: Iterable<string> }): string {
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
