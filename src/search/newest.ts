/**
 * Numbers pieces of work as they start; each gets a check that stays true only
 * until the next one starts. Late answers of a search are dropped this way,
 * without cancelling the work that produces them.
 * @example const start = newestOnly(); const a = start(); a() => true; const b = start(); a() => false; b() => true
 */
export function newestOnly(): () => () => boolean {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}
