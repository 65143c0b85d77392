import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from './buildSite';

/** A valid article's frontmatter and text; tests spread it and change one thing. */
export function article(frontmatter: string, body = 'Some text.'): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

/**
 * Writes a small content folder into a temp directory: `files` maps paths
 * inside it (`articles/en/a.md`) to their text. The fixture site's topics.yaml
 * is added unless `files` has its own.
 */
export async function writeContentFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zhiku-content-'));
  const topics = await readFile(join(PROJECT_ROOT, 'tests/fixtures/site/topics.yaml'), 'utf8');
  for (const [path, text] of Object.entries({ 'topics.yaml': topics, ...files })) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}
