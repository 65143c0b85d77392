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
