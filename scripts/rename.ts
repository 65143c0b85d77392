/**
 * `npm run rename -- en/<slug> <new-slug>`: renames an article in both languages.
 *
 * Each language's file moves to the new name (`git mv` in a git repository, so
 * history follows) and lists the old slug in `aliases`, so its old URLs
 * redirect; every `[[old…]]`, relative link to its file and
 * `<ArticleCard slug="old">` in the content folder names the new slug; the URL
 * lock gains the new URLs. The plan is core/rename/renameArticle.ts. It refuses,
 * changing nothing, when the new slug is invalid or taken, the article does not
 * exist, or a file it would touch has uncommitted changes. Media files stay
 * where they are: their relative paths from articles/<lang>/ do not change.
 *
 * Reads ZHIKU_CONTENT_DIR (default ./content) and ZHIKU_URL_LOCK (default
 * urls.lock.json next to the content folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renameArticle, renameSource } from '../src/core/rename/renameArticle';
import { parseLock, serializeLock, URL_LOCK_FILE } from '../src/core/links/urlLock';
import { contentDir } from '../src/site/contentDir';
import { readContentFolder, shownPath } from '../src/site/contentFolder';

const [sourceArg, to, ...rest] = process.argv.slice(2);
const source = sourceArg ? renameSource(sourceArg) : undefined;
if (!source || !to || rest.length) {
  console.error('Usage: npm run rename -- en/<slug> <new-slug>   (or zh/<slug>)');
  process.exit(2);
}

const dir = resolve(contentDir());
const articlesDir = join(dir, 'articles');
const lockEnv = process.env.ZHIKU_URL_LOCK;
const lockFile = lockEnv && lockEnv !== 'off' ? resolve(lockEnv) : lockEnv === 'off' ? undefined : join(dirname(dir), URL_LOCK_FILE);
const hasLock = lockFile !== undefined && existsSync(lockFile);

function refuse(message: string): never {
  console.error(`Nothing was renamed: ${message}`);
  process.exit(1);
}

const files = readContentFolder(dir).articles.map((a) => ({ path: a.path, text: a.text }));
const result = renameArticle(files, source, to, hasLock ? parseLock(readFileSync(lockFile!, 'utf8')) : []);
if (!result.ok) refuse(result.error);
const { plan } = result;

/** The git repository the content folder is in, or undefined outside one. */
function gitRoot(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

const repo = gitRoot();
const touched = [
  ...plan.moves.flatMap((m) => [join(articlesDir, m.from), join(articlesDir, m.to)]),
  ...plan.edits.map((e) => join(articlesDir, e.path)),
  ...(plan.lockAdded.length ? [lockFile!] : []),
];
if (repo) {
  const status = execFileSync('git', ['status', '--porcelain', '--', ...touched], { cwd: repo, encoding: 'utf8' }).trim();
  if (status) refuse(`these files have uncommitted changes; commit or stash them first:\n${status}`);
} else {
  console.log(`${dir} is not in a git repository: files are moved without git, and unsaved changes cannot be checked.`);
}

const shown = (path: string) => shownPath(path);
for (const move of plan.moves) {
  const [from, target] = [join(articlesDir, move.from), join(articlesDir, move.to)];
  if (repo) execFileSync('git', ['mv', from, target], { cwd: repo });
  else renameSync(from, target);
  writeFileSync(target, move.text);
  console.log(`moved    ${shown(from)} → ${shown(target)} (aliases: + ${source.slug})`);
}
for (const edit of plan.edits) {
  writeFileSync(join(articlesDir, edit.path), edit.text);
  console.log(`links    ${shown(join(articlesDir, edit.path))}: ${edit.rewritten.join(', ')}`);
}
if (plan.lockAdded.length) {
  writeFileSync(lockFile!, serializeLock([...parseLock(readFileSync(lockFile!, 'utf8')), ...plan.lockAdded]));
  console.log(`lock     ${shown(lockFile!)}: + ${plan.lockAdded.join(', ')} (the old URLs stay, answered by the alias)`);
}
console.log(`Renamed ${source.slug} to ${to}: ${plan.moves.length} file(s) moved, ${plan.edits.length} file(s) with links rewritten.`);
