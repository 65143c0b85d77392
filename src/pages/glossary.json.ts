import type { APIRoute } from 'astro';
import { contentDir } from '../site/contentDir';
import { readDataFile } from '../site/contentFolder';
import { parseGlossary } from '../search/glossary';

/**
 * The search glossary as a small JSON file, validated at build time (a bad
 * glossary fails the build). A content folder without a glossary gets an empty one.
 * Its URL is glossaryUrl().
 */
export const GET: APIRoute = () => {
  const glossary = readDataFile(contentDir(), 'glossary.yaml');
  const terms = glossary ? parseGlossary(glossary.text) : [];
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
