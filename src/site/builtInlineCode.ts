import { readFileSync } from 'node:fs';
import { inlineCode } from '../core/inlineCode';

/**
 * Every distinct inline script and `<style>` text of the given built HTML
 * files: what the site's CSP must allow.
 */
export function builtInlineCode(htmlFiles: Iterable<string>): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles) {
    const found = inlineCode(readFileSync(file, 'utf8'));
    for (const s of found.scripts) scripts.add(s);
    for (const s of found.styles) styles.add(s);
  }
  return { scripts, styles };
}
