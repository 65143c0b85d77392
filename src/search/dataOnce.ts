/** A search result whose data is loaded on demand (Pagefind's `result.data()`). */
export interface LoadsData<D> {
  data(): Promise<D>;
}

/**
 * The same result, its data loaded once however often it is asked for. Pagefind
 * fetches a page's fragment once, but each `data()` call works out the excerpt and the
 * matching headings again; a result's data is read once when it starts loading ahead
 * and again when it is shown. A failed load is tried again on the next call.
 * @example const r = dataOnce({ id: 'a', data: load }); await r.data(); await r.data(); // load ran once
 */
export function dataOnce<R extends LoadsData<D>, D>(result: R): R {
  let loading: Promise<D> | undefined;
  const load = result.data.bind(result);
  return {
    ...result,
    data: () => {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    },
  };
}
