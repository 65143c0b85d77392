import { createHash } from 'node:crypto';

/**
 * The pages Astro's incremental build recorded in its manifest (`incremental-build.json` in the
 * cache folder): for each output file, relative to the pages folder, the path it was rendered for.
 * Those are the only files of an earlier dist/ that a build may keep in place (site/publishInPlace.ts);
 * anything the manifest does not name as Astro writes it is left out, so a manifest in another shape
 * keeps nothing.
 * @example cachedOutputs('{"routes":{"src/pages/a.astro":{"paths":{"/en/a/":{"outputFile":"en/a/index.html"}}}}}') => Map { 'en/a/index.html' => '/en/a/' }
 */
export function cachedOutputs(manifest: string | undefined): Map<string, string> {
  const outputs = new Map<string, string>();
  let parsed: unknown;
  try {
    parsed = manifest === undefined ? undefined : JSON.parse(manifest);
  } catch {
    return outputs;
  }
  const routes = isRecord(parsed) && isRecord(parsed.routes) ? parsed.routes : {};
  for (const route of Object.values(routes)) {
    const paths = isRecord(route) && isRecord(route.paths) ? route.paths : {};
    for (const [pathname, entry] of Object.entries(paths)) {
      const file = isRecord(entry) ? entry.outputFile : undefined;
      if (typeof file === 'string' && isInside(file)) outputs.set(file, pathname);
    }
  }
  return outputs;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a recorded output file stays inside the folder it is relative to: no absolute path, no `..` step, no empty step.
 * @example isInside('en/a/index.html') => true; isInside('../a.html') => false; isInside('/etc/passwd') => false
 */
export function isInside(file: string): boolean {
  return (
    file.length > 0 &&
    !file.startsWith('/') &&
    !file.includes('\\') &&
    file.split('/').every((step) => step !== '' && step !== '.' && step !== '..')
  );
}

/** The folder of the cache that holds its copies of the pages (pageCopyFile). */
export const PAGE_COPIES = 'pages';

/**
 * Where the cache keeps its copy of a page Astro's incremental build recorded by its output file: all in one
 * folder, each named by a digest of the output file (with its extension), instead of at the page's own path
 * under a folder per page as Astro keeps them. Ten thousand pages made ten thousand folders in the cache, each
 * made by a clean build and read again by the cache check and record of every build. The name never needs to
 * be read back: a build always goes from the output file to its copy.
 * @example pageCopyFile('en/a/index.html') => 'pages/0f236433d946056e261f054fd6834084.html'
 */
export function pageCopyFile(outputFile: string): string {
  // A plain extension only: one with a `%`, `#` or `?` (or a long dotted name) would not name the file as it is.
  const extension = /\.[A-Za-z0-9]{1,16}$/.exec(outputFile.slice(outputFile.lastIndexOf('/') + 1))?.[0] ?? '';
  return `${PAGE_COPIES}/${createHash('sha256').update(outputFile).digest('hex').slice(0, 32)}${extension}`;
}
