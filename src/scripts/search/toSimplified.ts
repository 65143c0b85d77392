// Traditional → Simplified for queries, with OpenCC's phrase and character tables
// (about 17 KB compressed), loaded the first time a query contains Han characters.
let converter: Promise<(text: string) => string> | undefined;

/** Converts Traditional characters in a query to Simplified, as the articles are written. */
export function toSimplified(text: string): Promise<string> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ]).then(([core, phrases, characters]) => core.ConverterFactory([phrases.default, characters.default]));
  return converter.then((convert) => convert(text));
}
