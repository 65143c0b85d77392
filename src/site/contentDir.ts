/**
 * The content folder the site is built from. Tests and the benchmark point
 * ZHIKU_CONTENT_DIR at their own fixture folders; the default is `content/`.
 * @example contentDir() => './content'
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.ZHIKU_CONTENT_DIR ?? './content';
  // Asked for each link a page shows (site/publicPath.ts, through siteSettings): no pattern unless it is needed.
  return dir.endsWith('/') ? dir.replace(/\/+$/, '') : dir;
}
