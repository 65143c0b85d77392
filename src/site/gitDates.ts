import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { lastCommitDates } from '../core/dates/gitDates';

/** What git knows of a folder's files: each one's last commit date, and whether the clone is shallow. */
export interface GitDates {
  /** The date of the last commit that changed a file (a path relative to the working folder), if any. */
  dateOf(file: string): Date | undefined;
  /** A shallow clone knows only its newest commits: older files all carry the oldest commit's date. */
  shallow: boolean;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

/**
 * Reads git's history of a folder once (one `git log` for every file in it), for
 * the "last updated" dates of `lastUpdated: git`. Outside a repository, or for a
 * file never committed, there is no date.
 * @example gitDates('content/articles').dateOf('content/articles/en/a.md') => 2026-11-28T10:00:00.000Z
 */
export function gitDates(folder: string, cwd = process.cwd()): GitDates {
  try {
    // Asked inside the folder: a content folder may be a repository of its own.
    const dir = resolve(cwd, folder);
    const top = git(['rev-parse', '--show-toplevel'], dir).trim();
    const dates = lastCommitDates(git(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], dir));
    const shallow = git(['rev-parse', '--is-shallow-repository'], dir).trim() === 'true';
    return { dateOf: (file) => dates.get(relative(top, resolve(cwd, file)).replace(/\\/g, '/')), shallow };
  } catch {
    return { dateOf: () => undefined, shallow: false };
  }
}
