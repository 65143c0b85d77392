/**
 * Splits a list into pages of `size` items. Page numbers start at 1.
 * @example paginate([1, 2, 3], 2) => [{ page: 1, total: 2, items: [1, 2] }, { page: 2, total: 2, items: [3] }]
 */
export function paginate<T>(items: readonly T[], size: number): { page: number; total: number; items: T[] }[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    page: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** Items per page on long lists; lists never render the whole knowledge base on one page. */
export const PAGE_SIZE = { archive: 100, topic: 100, homeLatest: 10 } as const;
