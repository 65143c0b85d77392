import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitDates } from '../../src/site/gitDates';

/** What reading the last-updated dates of every article from git cost, on a made-up history. */
export interface GitDatesTiming {
  files: number;
  commits: number;
  /** Files that got a date: every one, or the reading is wrong. */
  dated: number;
  seconds: number;
}

// No automatic gc or maintenance: a detached one still writing objects made the removal of the repository fail (ENOTEMPTY).
const QUIET = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false'];

const git = (cwd: string, args: string[]) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...QUIET, ...args], {
    cwd,
    stdio: 'ignore',
  });

/**
 * Copies an articles folder into a new repository with `commits` commits (the
 * first adds every file, each later one edits a different slice of them), then
 * times what a build with `lastUpdated: git` does: one reading of the history
 * and a date for each file.
 * @example await gitDatesTiming('/tmp/corpus/content/articles') => { files: 10000, commits: 20, dated: 10000, seconds: 0.9 }
 */
export async function gitDatesTiming(articlesDir: string, commits = 20): Promise<GitDatesTiming> {
  const repo = await mkdtemp(join(tmpdir(), 'zhiku-bench-git-'));
  try {
    await cp(articlesDir, join(repo, 'articles'), { recursive: true });
    const files = (await readdir(join(repo, 'articles'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    git(repo, ['init', '-q']);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'all articles']);
    for (let c = 1; c < commits; c++) {
      for (let i = c; i < files.length; i += commits) await appendFile(files[i]!, `\nEdited in commit ${c}.\n`);
      git(repo, ['commit', '-q', '-a', '-m', `edit ${c}`]);
    }
    const started = performance.now();
    const dates = gitDates('articles', repo);
    const dated = files.filter((f) => dates.dateOf(f) !== undefined).length;
    return { files: files.length, commits, dated, seconds: (performance.now() - started) / 1000 };
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
}
