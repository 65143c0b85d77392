import { parseGlossary, type GlossaryEntry } from '../core/glossary/glossary';
import { contentDir } from './contentDir';
import { readDataFile } from './contentFolder';

let parsed: { text: string; entries: GlossaryEntry[] } | undefined;

/**
 * The glossary of the content folder (none when it has no glossary.yaml). The file is read on
 * each call, which is cheap, and parsed again only when its text changed, so `astro dev` sees edits.
 * The content validation reports a bad glossary first, with every problem; this throws the same list.
 */
export function getGlossary(): GlossaryEntry[] {
  const file = readDataFile(contentDir(), 'glossary.yaml');
  if (!file) return [];
  if (parsed?.text !== file.text) parsed = { text: file.text, entries: parseGlossary(file.text, file.file) };
  return parsed.entries;
}
