/**
 * The date of the newest commit that touched each file, from the output of
 * `git log --format=%x00%cI --name-only` (newest commit first): a NUL and the
 * commit's ISO date on one line, then the paths it changed, one per line.
 * Paths are as git prints them, relative to the repository's top folder.
 * @example lastCommitDates('\0 2020-01-02T00:00:00Z\n\na.md\n\0 2019-01-01T00:00:00Z\n\na.md\nb.md\n').get('b.md') => new Date('2019-01-01T00:00:00Z')
 */
export function lastCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      const date = new Date(line.slice(1).trim());
      current = Number.isNaN(date.getTime()) ? undefined : date;
    } else if (line && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
