import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A text with its SHA-256 on a first line of its own, for a cache file that checks itself when read back.
 * @example sealText('{}') => '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\n{}'
 */
export function sealText(text: string): string {
  return `${sha256(text)}\n${text}`;
}

/**
 * The text of sealText's output, or undefined when it is cut short, altered or not sealed at all.
 * @example unsealText(sealText('{}')) => '{}'; unsealText(sealText('{}').slice(0, -1)) => undefined
 */
export function unsealText(sealed: string): string | undefined {
  const newline = sealed.indexOf('\n');
  if (newline < 0) return undefined;
  const text = sealed.slice(newline + 1);
  return sealed.slice(0, newline) === sha256(text) ? text : undefined;
}
