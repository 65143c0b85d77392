import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rule tags of WCAG 2.1 level AA, the level Zhiku promises. */
export const WCAG21AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page at WCAG 2.1 AA and returns its violations, one line
 * per failing node, so a failing test names the rule, the element and the fix.
 * The context must be created with `bypassCSP: true` for the script to load under a strict CSP.
 * @example await axeViolations(page) => ['color-contrast: .summary (Fix any of the following: …)']
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG21AA,
  );
  return results.violations.flatMap(describeViolation);
}

/** One readable line per node of a violation. */
function describeViolation(violation: Result): string[] {
  return violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${node.failureSummary?.replace(/\s+/g, ' ').trim()})`);
}
