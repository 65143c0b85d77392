import type { Locale } from '../core/language/locales';
import { pagefindUrl } from '../core/links/urls';

/**
 * Which of Pagefind 1.6's WebAssembly files a language's bundle loads: a language Pagefind can
 * stem has its own, the others (Chinese among them) share the generic `unknown` one. A new
 * locale must be added here; tests/build/searchIndex.test.ts checks the names against the
 * entry files Pagefind writes.
 */
const WASM_LANGUAGE: Readonly<Record<Locale, string>> = { en: 'en', zh: 'unknown' };

/**
 * The WebAssembly of a language's first search bundle, which the search page asks for before its scripts run.
 * @example pagefindWasmUrl('en') => '/pagefind/en/wasm.en.pagefind'; pagefindWasmUrl('zh') => '/pagefind/zh/wasm.unknown.pagefind'
 */
export function pagefindWasmUrl(locale: Locale): string {
  return `${pagefindUrl(locale)}wasm.${WASM_LANGUAGE[locale]}.pagefind`;
}
