import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentInput } from '../core/contentFiles';

/**
 * Reads a content folder (`articles/<lang>/<file>.md(x)` and `topics.yaml`)
 * into the validator's input. Paths are shown relative to `cwd`.
 */
export function readContentDir(dir: string, cwd = process.cwd()): ContentInput {
  // Inside the project: a relative path; elsewhere (a test's temp folder): the full path.
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') ? rel : resolve(path);
  };
  const articlesDir = join(dir, 'articles');
  const articles = existsSync(articlesDir)
    ? readdirSync(articlesDir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
        .map((e) => {
          const full = join(e.parentPath, e.name);
          return { path: relative(articlesDir, full).replace(/\\/g, '/'), file: show(full), text: readFileSync(full, 'utf8') };
        })
        .sort((a, b) => a.path.localeCompare(b.path))
    : [];
  const topicsFile = join(dir, 'topics.yaml');
  const topics = existsSync(topicsFile) ? { file: show(topicsFile), text: readFileSync(topicsFile, 'utf8') } : undefined;
  return { articles, topics };
}
