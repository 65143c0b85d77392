import type { APIRoute } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { contentDir } from '../site/contentDir';
import { parseGlossary } from '../search/glossary';

/**
 * The search glossary as a small JSON file, validated at build time (a bad
 * glossary fails the build). A content folder without a glossary gets an empty one.
 * Its URL is glossaryUrl().
 */
export const GET: APIRoute = () => {
  const file = `${contentDir()}/glossary.yaml`;
  const terms = existsSync(file) ? parseGlossary(readFileSync(file, 'utf8')) : [];
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
