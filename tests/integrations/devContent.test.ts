import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleRouteInDev } from '../../src/integrations/devContent';
import { PROJECT_ROOT } from '../helpers/buildSite';

describe('articleRouteInDev', () => {
  const plugin = articleRouteInDev(pathToFileURL(`${PROJECT_ROOT}/`));
  const page = join(PROJECT_ROOT, 'src/pages/[lang]/articles/[slug].astro');
  const source = readFileSync(page, 'utf8');

  it("renames the article route's getStaticPaths, whose name Astro's warning looks for, and keeps the list it names", () => {
    expect(source).toContain('export const getStaticPaths = articlePaths;');
    const renamed = plugin.transform(source, page)!;
    expect(renamed).not.toContain('getStaticPaths');
    expect(renamed).toContain('export const articlePathsOfBuilds = articlePaths;');
    expect(renamed.replaceAll('articlePathsOfBuilds', 'getStaticPaths')).toBe(source);
  });

  it('leaves every other module, and the page’s own parts (its scripts and styles), as they are', () => {
    expect(plugin.transform(source, `${page}?astro&type=script&index=0&lang.ts`)).toBeUndefined();
    const other = join(PROJECT_ROOT, 'src/pages/[lang]/archive/[...page].astro');
    expect(plugin.transform(readFileSync(other, 'utf8'), other)).toBeUndefined();
  });
});
