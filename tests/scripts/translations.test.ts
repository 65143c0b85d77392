import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/content/contentHash';
import { PROJECT_ROOT } from '../helpers/buildSite';
import { runScript } from '../helpers/runScript';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/linked-site');

/** Runs `npm run translations -- …args` on a content folder. */
const translations = (contentDir: string, ...args: string[]) => runScript('translations', contentDir, ...args);

/** The report's rows as [state, slug, original, translation]. */
function rows(out: string): string[][] {
  return out
    .split('\n')
    .filter((line) => /^(translated|missing|outdated|unstamped) /.test(line))
    .map((line) => line.split(/\s+/).slice(0, 4));
}

describe('npm run translations', () => {
  it('lists every article with its state and the totals, edits nothing, and fails --check while anything is not translated', async () => {
    const before = await readFile(join(FIXTURE, 'articles/zh/beta.md'), 'utf8');
    const { code, out } = await translations(FIXTURE, '--check');
    expect(code).toBe(1);
    expect(rows(out)).toEqual([
      ['translated', 'alpha', 'en', 'zh'],
      ['outdated', 'beta', 'en', 'zh'],
      ['missing', 'delta', 'en', 'zh'],
      ['missing', 'gamma', 'zh', 'en'],
      ['missing', 'zeta', 'en', 'zh'],
    ]);
    expect(out).toContain('1 translated, 3 missing, 1 outdated, 0 unstamped');
    expect(out).toContain('npm run translations -- --stamp zh/beta');
    expect(out).not.toContain('epsilon');
    // No glossary, no glossary warnings.
    expect(out).not.toContain('warning');
    expect(await readFile(join(FIXTURE, 'articles/zh/beta.md'), 'utf8')).toBe(before);
  });

  it('stamps a translation after it was updated: only its hash line changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-translations-'));
    await cp(FIXTURE, dir, { recursive: true });
    const file = join(dir, 'articles/zh/beta.md');
    const before = await readFile(file, 'utf8');

    const stamped = await translations(dir, '--stamp', 'zh/beta');
    expect(stamped.code).toBe(0);
    expect(stamped.out).toMatch(/Stamped zh\/beta: made from the en original with hash [0-9a-f]{16}/);
    const after = await readFile(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    // The recorded hash is now the one the site compares with: the page's outdated notice goes away.
    const original = parseFrontmatter(await readFile(join(dir, 'articles/en/beta.md'), 'utf8')).content;
    expect(changed).toEqual([`  sourceHash: ${contentHash(original)}`]);
  });

  it('refuses to stamp an original or a missing translation', async () => {
    const names = ['en/beta', 'en/gamma', 'zh/nothing'];
    const { code, out } = await translations(FIXTURE, ...names.flatMap((name) => ['--stamp', name]));
    expect(code).toBe(1);
    for (const name of names) expect(out).toContain(`Cannot stamp ${name}`);
    expect(out).not.toContain('Stamped');
  });
});

describe('npm run translations: glossary terms a translation dropped', () => {
  const GLOSSARY_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/glossary-translations');
  /** The warning lines with the folder's path taken out. */
  const warnings = (out: string, dir: string) =>
    out
      .split('\n')
      .filter((line) => line.startsWith('warning '))
      .map((line) => line.replace(`${dir}/`, '').replace(`${relative(PROJECT_ROOT, dir)}/`, ''));
  const EXPECTED = [
    // en → zh, in an MDX file: the original's <Term id="cbdc"> counts; the translation has the words but not the term.
    'warning  articles/zh/digital-money.mdx  CBDC (once in the en original) → none of 央行数字货币, 法定数字货币',
    // zh → en: 链改 twice in the original, "chain reform" nowhere in the translation.
    'warning  articles/en/lian-gai.md  链改 (2 times in the zh original) → none of chain reform',
    // en → zh: stablecoin and Stablecoins in any case; "bitcoin cash" is its own term, not bitcoin, and 区块链 is kept.
    'warning  articles/zh/reserves.md  stablecoin (5 times in the en original) → none of 稳定币',
  ];

  it('names each translation, term and count, in both directions', async () => {
    const { out } = await translations(GLOSSARY_FIXTURE);
    expect(warnings(out, GLOSSARY_FIXTURE)).toEqual(EXPECTED);
    expect(out).toContain('Glossary terms of an original that its translation never uses (3; a warning, never a failure):');
  });

  it('never fails --check: with every translation stamped it passes and still warns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zhiku-glossary-translations-'));
    await cp(GLOSSARY_FIXTURE, dir, { recursive: true });
    const stamp = await translations(dir, '--stamp', 'zh/digital-money', '--stamp', 'en/lian-gai', '--stamp', 'zh/reserves');
    expect(stamp.code).toBe(0);
    const { code, out } = await translations(dir, '--check');
    expect(out).toContain('3 translated, 0 missing, 0 outdated, 0 unstamped');
    expect(code).toBe(0);
    expect(warnings(out, dir)).toEqual(EXPECTED);
  });
});
