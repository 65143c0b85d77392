import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineCode } from '../core/inlineCode';

/**
 * Every distinct inline script and `<style>` text of the HTML files of a
 * built site, and how many pages were read: what the site's CSP must allow.
 */
export function builtInlineCode(dir: string): { scripts: Set<string>; styles: Set<string>; pages: number } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const found = inlineCode(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
    for (const s of found.scripts) scripts.add(s);
    for (const s of found.styles) styles.add(s);
    pages += 1;
  }
  return { scripts, styles, pages };
}
