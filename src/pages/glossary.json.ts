import type { APIRoute } from 'astro';
import { getGlossary } from '../site/glossary';

/**
 * The forms of every glossary term as a small JSON file, for the search UI's
 * query expansion (definitions stay on the glossary pages). A content folder
 * without a glossary gets an empty one. Its URL is glossaryDataUrl().
 */
export const GET: APIRoute = () => {
  const forms = getGlossary().map((entry) => entry.forms);
  return new Response(JSON.stringify(forms), { headers: { 'content-type': 'application/json' } });
};
