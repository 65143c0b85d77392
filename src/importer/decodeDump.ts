/** A problem with the input file, with a message that says what to do. */
export class DumpInputError extends Error {}

/**
 * Decodes a dump's bytes as UTF-8, refusing anything else (a wrong encoding
 * would silently corrupt Chinese text).
 * @example decodeDump(Buffer.from('标题'), 'a.txt') => '标题'
 */
export function decodeDump(bytes: Uint8Array, name: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DumpInputError(`${name} is UTF-16, not UTF-8. Convert it first, e.g. iconv -f UTF-16 -t UTF-8 ${name} > dump-utf8.txt`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DumpInputError(
      `${name} is not valid UTF-8 (perhaps GBK or Latin-1). Convert it first, e.g. iconv -f GBK -t UTF-8 ${name} > dump-utf8.txt`,
    );
  }
  if (text.replace(/^\ufeff/, '').trim() === '')
    throw new DumpInputError(`${name} is empty. Check that the crawl wrote its output to this file.`);
  return text;
}
