/**
 * Escapes dump text so Markdown shows it as text: HTML becomes entities (a
 * `<script>` in a dump is printed, never run) and Markdown's marks are
 * backslash-escaped, including those that only count at the start of a line.
 * @example escapeMarkdownText('<b>5 * 3</b>') => '&lt;b&gt;5 \\* 3&lt;/b&gt;'
 * @example escapeMarkdownText('# not a heading') => '\\# not a heading'
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[`*_[\]~]/g, '\\$&')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+=])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
