/**
 * The content folder the site is built from. Tests and the benchmark point
 * ZHIKU_CONTENT_DIR at their own fixture folders; the default is `content/`.
 * @example contentDir() => './content'
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.ZHIKU_CONTENT_DIR ?? './content').replace(/\/+$/, '');
}
