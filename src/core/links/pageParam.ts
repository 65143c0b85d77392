/**
 * The rest parameter of a paginated route: none for page 1, the number after.
 * @example pageParam(1) => undefined; pageParam(3) => '3'
 */
export function pageParam(page: number): string | undefined {
  return page > 1 ? String(page) : undefined;
}
