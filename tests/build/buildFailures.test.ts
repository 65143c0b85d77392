import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError, buildSite, PROJECT_ROOT } from '../helpers/buildSite';

/** A copy of the linked-site fixture with one more article file, built for real. */
async function buildWith(file: string, text: string): Promise<BuildError> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-broken-'));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/linked-site'), dir, { recursive: true });
  await writeFile(join(dir, 'articles', file), text);
  const error = await buildSite(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the build should have failed').toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe('content errors fail the real build', () => {
  it('names the file and line of a wikilink to a missing article', async () => {
    const error = await buildWith(
      'en/broken-link.md',
      '---\ntitle: Broken\ndate: 2020-01-01\ntopics: [regulation]\n---\n\nFine [[alpha]] here.\n\nThis line has [[no-such-article]] in it.\n',
    );
    const output = error.stdout + error.stderr;
    expect(output).toMatch(/en\/broken-link\.md:9\b/);
    expect(output).toContain('no-such-article');
  });

  it('names the file of a topic that is not in the taxonomy', async () => {
    const error = await buildWith('zh/unknown-topic.md', '---\ntitle: 未知主题\ndate: 2020-01-01\ntopics: [not-a-topic]\n---\n\n正文。\n');
    const output = error.stdout + error.stderr;
    expect(output).toContain('unknown-topic.md');
    expect(output).toContain('not-a-topic');
  });
});
