import { isPersonName } from './headline';

const BIO_WORDS =
  /\b(writer|journalist|editor|reporter|author|contributor|columnist|correspondent|analyst|student|graduate|enthusiast|evangelist|interests?|passionate|covers|covering|based in|has been (writing|covering|involved)|(has|have) (written|covered|reported)|writes about|wrote about)\b/i;

/**
 * Whether a name line and the paragraph after it are an author box: the name
 * of a writer, then a short third-person bio that mentions them. The bio is
 * about the writer, not the story, so the importer keeps the name as the
 * article's author and drops the bio.
 * @example isAuthorBox('Ann Lee', 'Ann has covered markets since 2012 and writes about payments.') => true
 * @example isAuthorBox('Justin Sun', 'Justin Sun said the deal was off.') => false
 */
export function isAuthorBox(nameLine: string, next: string | undefined, afterTrailer = false): boolean {
  if (!next || /^[\p{Script=Han}]/u.test(nameLine) || !isPersonName(nameLine)) return false;
  const names = nameLine.split(/\s+/).map((w) => w.replace(/[.’']s?$/, ''));
  const mentions = names.some((n) => n.length > 1 && new RegExp(`\\b${n}\\b`).test(next)) || /^(he|she|they)\b/i.test(next);
  if (!mentions || next.split(/\s+/).length > 120) return false;
  return afterTrailer || BIO_WORDS.test(next);
}
