import type { ContentProblem } from './contentProblem';
import type { YamlError } from './frontmatter';
import type { InvalidUtf8 } from './utf8Text';

/**
 * The problem of a content file that is not UTF-8, at the line of its first bad byte.
 * @example encodingProblem({ file: 'a.md', invalidUtf8: { line: 3, offset: 40, byte: 0xd6 } }).message
 *   => 'the file is not UTF-8: byte 0xD6 on line 3 is not (perhaps the file was saved as GBK or Latin-1)'
 */
export function encodingProblem({ file, invalidUtf8 }: { file: string; invalidUtf8: InvalidUtf8 }): ContentProblem {
  const byte = `0x${invalidUtf8.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    file,
    line: invalidUtf8.line,
    field: 'encoding',
    message: `the file is not UTF-8: byte ${byte} on line ${invalidUtf8.line} is not (perhaps the file was saved as GBK or Latin-1)`,
    fix: `save it as UTF-8 in your editor, or convert it, e.g. \`iconv -f GBK -t UTF-8 ${file} > converted && mv converted ${file}\``,
  };
}

/**
 * What to do about a YAML error: fix the syntax, or, when the YAML exhausts the reader
 * (aliases that expand too far, nesting thousands deep), write it out plainly.
 * @example yamlErrorFix({ line: 2, message: 'x' }, 'of the glossary') => 'fix the YAML syntax of the glossary'
 */
export function yamlErrorFix(error: YamlError, where: string): string {
  return error.exhausted
    ? 'write the values out plainly: no aliases (`&name`/`*name`) that repeat lists, no lists or maps nested inside each other more than a few levels'
    : `fix the YAML syntax ${where}`;
}
