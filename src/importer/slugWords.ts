/**
 * The pieces a slug is made of, and how a slug that is too long is shortened:
 * function words go first (the weakest kind first, from the end), then whole
 * pieces from the end. A name (`zhu-youping`) or a number is one piece, so no
 * cut splits it; a function word is never left at the end.
 */

/** Slugs are at most this many characters. */
export const MAX_SLUG_LENGTH = 80;

export interface SlugPiece {
  /** Lowercase ASCII letters and digits, with hyphens only inside a name. */
  text: string;
  /**
   * `minor`: articles, auxiliaries and particles (a, the, may, have, also, 的, 了), dropped first;
   * `joiner`: conjunctions and prepositions (and, of, to, 和, 与), dropped next;
   * `name` and `number`: never dropped as function words.
   */
  kind: 'word' | 'name' | 'number' | 'minor' | 'joiner';
}

const isFunctionWord = (p: SlugPiece) => p.kind === 'minor' || p.kind === 'joiner';
const joined = (pieces: readonly SlugPiece[]) => pieces.map((p) => p.text).join('-');

/**
 * Cuts a slug at the last hyphen that keeps it within `max` characters.
 * @example capSlug('one-two-three', 8) => 'one-two'
 */
export function capSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/**
 * Joins pieces into a slug of at most `max` characters. While it is too long,
 * function words are dropped from the end (minor ones before joiners), then
 * ordinary words from the end: names, numbers and the word a number counts
 * (`five-months`) stay. Only a slug of nothing but those is cut from the end.
 * No function word is left last.
 * @example fitSlug([{ text: 'banks', kind: 'word' }, { text: 'may', kind: 'minor' }, { text: 'close', kind: 'word' }], 11) => 'banks-close'
 */
export function fitSlug(pieces: readonly SlugPiece[], max = MAX_SLUG_LENGTH): string {
  let kept = pieces.filter((p) => p.text !== '');
  for (const kind of ['minor', 'joiner'] as const) {
    for (let i = kept.length - 1; i >= 0 && joined(kept).length > max; i -= 1) {
      if (kept[i]!.kind === kind && kept.length > 1) kept = kept.filter((_, j) => j !== i);
    }
  }
  const stays = (i: number) => {
    const piece = kept[i]!;
    return piece.kind === 'name' || piece.kind === 'number' || kept[i - 1]?.kind === 'number';
  };
  while (joined(kept).length > max && kept.length > 1) {
    let i = kept.length - 1;
    while (i >= 0 && stays(i)) i -= 1;
    kept = kept.filter((_, j) => j !== (i >= 0 ? i : kept.length - 1));
    while (kept.length > 1 && isFunctionWord(kept.at(-1)!)) kept = kept.slice(0, -1);
  }
  return capSlug(joined(kept), max);
}
