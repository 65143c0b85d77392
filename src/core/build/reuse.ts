/** A value a reuse input may hold: compared by value, so nothing in an input can change behind its back. */
export type InputValue = string | number | boolean | null | undefined;

/**
 * Gives back what `make` made the last time it was asked for `name`, when `input` is the same list of
 * values as then; else makes it again (and keeps that). `input` must hold everything `make` reads:
 * it is the whole key. The computations of one content store over all its articles use it so that
 * `astro dev`, which reads them again after each saved edit, does not redo those an edit leaves as
 * they were: ordering by date when no date changed, ranking by topics when no topic did.
 */
export type Reuse = <T>(name: string, input: readonly InputValue[], make: () => T) => T;

/** Makes everything afresh: a build asks each computation once. */
export const MAKE_AFRESH: Reuse = (_name, _input, make) => make();

function sameValues(a: readonly InputValue[], b: readonly InputValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * A Reuse that keeps, for each name, the last input and what was made from it.
 * @example const reuse = lastResults(); reuse('n', [1], () => ({})) === reuse('n', [1], () => ({})) => true
 */
export function lastResults(): Reuse {
  const last = new Map<string, { input: readonly InputValue[]; made: unknown }>();
  return <T>(name: string, input: readonly InputValue[], make: () => T): T => {
    const kept = last.get(name);
    if (kept && sameValues(kept.input, input)) return kept.made as T;
    const made = make();
    last.set(name, { input: [...input], made });
    return made;
  };
}
