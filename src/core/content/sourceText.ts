/**
 * A Markdown or YAML source as every text rule of the site reads it: without a
 * byte-order mark and with Unix line endings, so a file saved with Windows
 * (CRLF) or old Mac (CR) line endings, or with a BOM, reads and publishes
 * exactly as the same file saved with LF. Only the reading changes: the file is never rewritten.
 * @example normaliseSource('\uFEFF中文段落\r\n换行\r') => '中文段落\n换行\n'
 */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
