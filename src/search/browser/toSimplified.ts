// Traditional → Simplified for queries, with OpenCC's phrase and character tables
// (about 17 KB compressed), loaded the first time a query has a character they may change
// (traditionalQuery.ts): a query in Simplified characters never loads them.
type Convert = (text: string) => string;

let converter: Promise<Convert> | undefined;
/** The converter once it has loaded, so that a query need not wait a microtask for it. */
let ready: Convert | undefined;

/** Converts Traditional characters in a query to Simplified, as the index holds the articles (search/simplifiedIndex.ts). */
export function toSimplified(text: string): Promise<string> {
  converter ??= Promise.all([import('opencc-js/core'), import('opencc-js/dict/TSPhrases'), import('opencc-js/dict/TSCharacters')]).then(
    ([core, phrases, characters]) => (ready = core.ConverterFactory([phrases.default, characters.default])),
  );
  return converter.then((convert) => convert(text));
}

/**
 * The conversion at once when the converter has loaded, else undefined (and the
 * loading starts): a query need not wait for OpenCC before it is searched.
 */
export function toSimplifiedNow(text: string): string | undefined {
  if (ready) return ready(text);
  void toSimplified('');
  return undefined;
}
