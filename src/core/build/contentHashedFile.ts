/**
 * Astro's bundled files: `/_astro/<name>.<hash>.<ext>`, where the hash is
 * Vite's (8 base64url characters) or longer for processed images.
 */
const ASTRO_BUNDLED = /^\/_astro\/(?:[^/]+\/)*[^/]+\.[\w-]{8,}\.[a-z0-9]+$/i;

/**
 * Pagefind's data files end in a hex content hash before a `.pf_*` extension
 * (`pagefind.en_7edfb8a0e1.pf_meta`, `index/en_e76e908.pf_index`,
 * `fragment/zh-cn_63c874b.pf_fragment`, `filter/en_a471e21.pf_filter`), in
 * whatever bundle folder they are written to. Its entry files (`pagefind.js`,
 * `pagefind-entry.json`), the worker, the WebAssembly and the UI files keep
 * fixed names.
 */
const PAGEFIND_HASHED = /\/[^/]*_[0-9a-f]{7,}\.pf_[a-z]+$/;

/**
 * Whether a file's name changes whenever its content does, so a browser may
 * keep it for good: Astro's `/_astro/` bundles and Pagefind's hashed index,
 * fragment, filter and meta files. Decided from the site path alone.
 * @example isContentHashed('/_astro/CommonHead.B_z8_O92.css') => true
 * @example isContentHashed('/pagefind/fragment/en_1528237.pf_fragment') => true
 * @example isContentHashed('/pagefind/pagefind-entry.json') => false
 */
export function isContentHashed(path: string): boolean {
  return ASTRO_BUNDLED.test(path) || PAGEFIND_HASHED.test(path);
}
