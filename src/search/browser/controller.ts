import { isLocale, nativeName, otherLocales, type Locale } from '../../core/locales';
import type { SearchState } from '../searchParams';
import { interpolate, pluralText } from '../../core/uiText';
import { searchUrl } from '../../core/urls';
import { prepareResultRendering, renderResult } from './renderResult';
import type { PagefindData } from './pagefind';
import { preloadQuery, preloadSearch, searchArticles, type SearchOutcome } from './searchArticles';
import { loadSearchStyles } from './styles';

export type Strings = Record<string, string>;

/** The reader's locale and UI strings, which every search box carries (`data-locale`, `data-strings`). */
export function readSearchContext(box: HTMLElement): { locale: Locale; strings: Strings } {
  const locale = box.dataset.locale;
  return { locale: isLocale(locale) ? locale : 'en', strings: JSON.parse(box.dataset.strings ?? '{}') as Strings };
}

export interface SearchView {
  /** The search field: the keyboard focus goes back to it when the result it was on is gone. */
  field: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** Shown below the results when there are more than the limit. */
  more?: HTMLButtonElement;
}

/** How many results are loaded and shown first, before the rest of a page of results: about a screenful. */
const FIRST_RESULTS = 5;

/**
 * Runs searches for one search UI (dialog or page) and renders them. A search
 * starts at once when none is running; a query typed meanwhile waits only for
 * the running search's first results (its index chunks load in the meantime),
 * and only the latest such query runs. A newer search makes the answers of
 * older ones be dropped, down to the last result.
 */
export function createSearchRunner(locale: Locale, strings: Strings, view: SearchView, pageSize: number) {
  let generation = 0;
  let limit = pageSize;
  let last: SearchState | undefined;
  /** The search that is running until its first results are shown, and the one to run after it. */
  let running: Promise<void> | undefined;
  let queued: SearchState | undefined;
  /** The last search asked for (forgotten when a search fails, so that asking again retries it). */
  let requested: string | undefined;
  loadSearchStyles();
  const say = (...nodes: (Node | string)[]) => view.status.replaceChildren(...nodes);

  /**
   * Shows new results in place of the old. A reader moving through the old ones with the
   * keyboard (results arrive while typing goes on) stays on the same link when the new
   * results have it, and is put back in the field when they do not.
   */
  function showResults(items: Node[]): void {
    const focused = document.activeElement;
    const on = focused instanceof HTMLAnchorElement && view.results.contains(focused) ? focused.href : undefined;
    view.results.replaceChildren(...items);
    if (on === undefined) return;
    const same = [...view.results.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.href === on);
    (same ?? view.field).focus();
  }
  const render = (results: PagefindData[]) => results.map((data) => renderResult(data, locale, strings['search.headings'] ?? ''));

  function notes(state: SearchState, outcome: SearchOutcome): (Node | string)[] {
    const notes: (Node | string)[] = [];
    if (outcome.total > 0) notes.push(pluralText(strings, 'search.results', outcome.total, document.documentElement.lang));
    else {
      notes.push(interpolate(strings['search.noResults'] ?? '', { query: state.query }));
      for (const other of otherLocales(locale)) {
        const link = document.createElement('a');
        link.href = searchUrl(other, state.query);
        link.className = 'search-other-language';
        link.textContent = interpolate(strings['search.tryOther'] ?? '', { language: nativeName(other) });
        notes.push(' ', link);
      }
    }
    const searchedFor = [outcome.converted, ...outcome.expanded.flatMap((e) => e.counterparts)].filter(Boolean);
    if (searchedFor.length) {
      const note = document.createElement('span');
      note.className = 'search-expanded';
      note.textContent = interpolate(strings['search.expanded'] ?? '', { terms: searchedFor.join(locale === 'zh' ? '、' : ', ') });
      notes.push(' ', note);
    }
    return notes;
  }

  /** Searches and shows the first results; resolves then, while the rest load and are appended. */
  async function show(state: SearchState, keepLimit: boolean): Promise<void> {
    const mine = ++generation;
    const current = () => mine === generation;
    if (!keepLimit) limit = pageSize;
    last = state;
    if (!state.query && Object.keys(state.filters).length === 0) {
      say('');
      showResults([]);
      if (view.more) view.more.hidden = true;
      return;
    }
    view.status.setAttribute('aria-busy', 'true');
    let rest: Promise<void> | undefined;
    try {
      // "Show more" loads the longer list in one go, so the results shown do not flicker.
      const wanted = limit;
      const outcome = await searchArticles(locale, state, wanted, keepLimit ? wanted : FIRST_RESULTS);
      if (!current()) return;
      const first = await outcome.results.next();
      if (!current()) return void outcome.results.return();
      // The count and the first results appear together, so they never disagree.
      say(...notes(state, outcome));
      showResults(first.done ? [] : render(first.value));
      if (view.more) view.more.hidden = outcome.total <= wanted;
      rest = (async () => {
        for await (const batch of outcome.results) {
          if (!current()) return;
          view.results.append(...render(batch));
        }
      })().catch((error: unknown) => fail(error, current));
    } catch (error) {
      fail(error, current);
    } finally {
      const done = () => {
        if (current()) view.status.removeAttribute('aria-busy');
      };
      if (rest) void rest.finally(done);
      else done();
    }
  }

  function fail(error: unknown, current: () => boolean): void {
    if (!current()) return;
    requested = undefined;
    console.error(error);
    say(strings['search.error'] ?? '');
    showResults([]);
  }

  /** Runs a search now, or after the running one has shown its first results; the same search twice in a row runs once. */
  function run(state: SearchState): Promise<void> {
    const key = JSON.stringify(state);
    if (key === requested) return running ?? Promise.resolve();
    requested = key;
    queued = state;
    if (running) {
      void preloadQuery(locale, state).catch(() => undefined);
      return running;
    }
    running = (async () => {
      while (queued) {
        const next = queued;
        queued = undefined;
        await show(next, false);
      }
      running = undefined;
    })();
    return running;
  }

  view.more?.addEventListener('click', () => {
    limit += pageSize;
    if (last) void show(last, true);
  });

  return {
    run,
    preload: () => {
      prepareResultRendering(locale);
      return preloadSearch(locale);
    },
  };
}
