import type { Locale } from '../../core/language/locales';
import { createLatestQueue, type LatestQueue } from '../latestQueue';
import { newestOnly } from '../newest';
import { parseSearchContext, type Strings } from '../searchContext';
import { isBlankSearch, type SearchState } from '../searchParams';
import { searchStatus, type StatusPart } from '../searchStatus';
import { afterPaint } from './afterPaint';
import { prepareResultRendering, renderResult } from './renderResult';
import type { PagefindData } from './pagefind';
import { preloadQuery, preloadSearch, searchArticles, type SearchOutcome } from './searchArticles';
import { loadSearchStyles } from './styles';
import { underBase } from './underBase';
import searchStringTables from 'virtual:zhiku/search-strings';

/** The reader's locale, which every search box carries (`data-locale`), and its UI strings, bundled with this code. */
export function readSearchContext(box: HTMLElement): { locale: Locale; strings: Strings } {
  return parseSearchContext(box.dataset, searchStringTables);
}

export interface SearchView {
  /** The search field: the keyboard focus goes back to it when the result it was on is gone. */
  field: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** Shown below the results when there are more than the limit. */
  more?: HTMLButtonElement;
}

/**
 * Dispatched (bubbling) on the status element when a search has nothing more to do:
 * its last results shown, or its answer dropped for a newer search's, or failed.
 * `detail.newest` says whether its results are the ones shown. Tests wait for it.
 */
export const SEARCH_SETTLED = 'search-settled';

export interface SearchSettledDetail {
  query: string;
  newest: boolean;
}

/** How many results are loaded and shown first, before the rest of a page of results: about a screenful. */
const FIRST_RESULTS = 5;

/** What the functions of one search UI's runner share. */
interface Runner {
  locale: Locale;
  strings: Strings;
  view: SearchView;
  pageSize: number;
  /** How many results to show: a page, and one more page for each "Show more". */
  limit: number;
  /** The search shown last, which "Show more" runs again with the longer list. */
  last?: SearchState;
  /** Starts a search's turn; its check turns false once a newer search starts. */
  start: () => () => boolean;
  queue: LatestQueue<SearchState>;
}

/**
 * Runs searches for one search UI (dialog or page) and renders them. A search
 * starts at once when none is running; a query typed meanwhile waits only for
 * the running search's first results (its index chunks load in the meantime),
 * and only the latest such query runs. A newer search makes the answers of
 * older ones be dropped, down to the last result.
 */
export function createSearchRunner(locale: Locale, strings: Strings, view: SearchView, pageSize: number) {
  loadSearchStyles();
  // The whole runner is built before the queue can run anything, so `runner` is set by then.
  const queue = createLatestQueue<SearchState>({
    run: (state) => show(runner, state, false),
    key: (state) => JSON.stringify(state),
    waiting: (state) => void preloadQuery(locale, state).catch(() => undefined),
  });
  const runner: Runner = { locale, strings, view, pageSize, limit: pageSize, start: newestOnly(), queue };
  view.more?.addEventListener('click', () => showMore(runner));
  return {
    /** Runs a search now, or after the running one has shown its first results; the same search twice in a row runs once. */
    run: (state: SearchState) => queue.ask(state),
    preload: () => {
      prepareResultRendering(locale);
      return preloadSearch(locale);
    },
  };
}

/** Shows the last search again with one more page of results. */
function showMore(runner: Runner): void {
  runner.limit += runner.pageSize;
  if (runner.last) void show(runner, runner.last, true);
}

/** Searches and shows the first results; resolves then, while the rest load and are appended. */
async function show(runner: Runner, state: SearchState, keepLimit: boolean): Promise<void> {
  const current = runner.start();
  if (!keepLimit) runner.limit = runner.pageSize;
  runner.last = state;
  const { view } = runner;
  if (isBlankSearch(state)) {
    clear(view);
    announceSettled(view, state, current());
    return;
  }
  view.status.setAttribute('aria-busy', 'true');
  const { rest } = await showFirst(runner, state, keepLimit, current);
  const settled = () => {
    if (current()) view.status.removeAttribute('aria-busy');
    announceSettled(view, state, current());
  };
  if (rest) void rest.finally(settled);
  else settled();
}

/** Empties the status line and the results, for a search that asks for nothing. */
function clear(view: SearchView): void {
  say(view, '');
  showResults(view, []);
  if (view.more) view.more.hidden = true;
}

/**
 * Runs the search and shows its count and first results, which appear together so
 * they never disagree; hands back the loading of the rest, when there is one.
 */
async function showFirst(
  runner: Runner,
  state: SearchState,
  keepLimit: boolean,
  current: () => boolean,
): Promise<{ rest?: Promise<void> }> {
  const { view } = runner;
  try {
    // "Show more" loads the longer list in one go, so the results shown do not flicker.
    const wanted = runner.limit;
    const outcome = await searchArticles(runner.locale, state, wanted, keepLimit ? wanted : FIRST_RESULTS);
    if (!current()) return {};
    const first = await outcome.results.next();
    if (!current()) {
      void outcome.results.return();
      return {};
    }
    const summary = { query: state.query, total: outcome.total, converted: outcome.converted, expanded: outcome.expanded };
    say(view, ...searchStatus(summary, runner.locale, runner.strings, document.documentElement.lang));
    showResults(view, first.done ? [] : render(runner, first.value));
    if (view.more) view.more.hidden = outcome.total <= wanted;
    return { rest: appendRest(runner, outcome.results, current) };
  } catch (error) {
    fail(runner, error, current);
    return {};
  }
}

/**
 * Appends the other results as they load, and stops once a newer search has started. They start
 * loading once the first ones are painted: their fetches and excerpts would otherwise hold up that frame.
 */
async function appendRest(runner: Runner, results: SearchOutcome['results'], current: () => boolean): Promise<void> {
  try {
    await afterPaint();
    if (!current()) {
      void results.return();
      return;
    }
    for await (const batch of results) {
      if (!current()) return;
      runner.view.results.append(...render(runner, batch));
    }
  } catch (error) {
    fail(runner, error, current);
  }
}

/** Says that the search failed, unless a newer one has taken its place; asking again retries it. */
function fail(runner: Runner, error: unknown, current: () => boolean): void {
  if (!current()) return;
  runner.queue.forget();
  console.error(error);
  say(runner.view, runner.strings['search.error'] ?? '');
  showResults(runner.view, []);
}

/** Builds the list items of a batch of results. */
function render(runner: Runner, results: PagefindData[]): HTMLLIElement[] {
  const labels = {
    headings: runner.strings['search.headings'] ?? '',
    glossaryTerm: runner.strings['search.glossaryTerm'] ?? '',
    glossaryTerms: runner.strings['search.glossaryTerms'] ?? '',
  };
  return results.map((data) => renderResult(data, runner.locale, labels));
}

/** Puts text and status parts in the status line, links and notes as elements, each part after the first set off by a space. */
function say(view: SearchView, ...parts: (StatusPart | string)[]): void {
  view.status.replaceChildren(...parts.flatMap((part, i) => (i === 0 ? [statusNode(part)] : [' ', statusNode(part)])));
}

/** One part of the status line as text or an element, its text never parsed as HTML. */
function statusNode(part: StatusPart | string): Node | string {
  if (typeof part === 'string') return part;
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'otherLanguage': {
      const link = document.createElement('a');
      link.href = underBase(part.href);
      link.className = 'search-other-language';
      link.textContent = part.text;
      return link;
    }
    case 'expanded': {
      const note = document.createElement('span');
      note.className = 'search-expanded';
      note.textContent = part.text;
      return note;
    }
  }
}

/**
 * Shows new results in place of the old. A reader moving through the old ones with the
 * keyboard (results arrive while typing goes on) stays on the same link when the new
 * results have it, and is put back in the field when they do not.
 */
function showResults(view: SearchView, items: Node[]): void {
  const focused = document.activeElement;
  const on = focused instanceof HTMLAnchorElement && view.results.contains(focused) ? focused.href : undefined;
  view.results.replaceChildren(...items);
  if (on === undefined) return;
  const same = [...view.results.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.href === on);
  (same ?? view.field).focus();
}

/** Lets listeners (tests among them) know that a search is done, and whether it is the one shown. */
function announceSettled(view: SearchView, state: SearchState, newest: boolean): void {
  const detail: SearchSettledDetail = { query: state.query, newest };
  view.status.dispatchEvent(new CustomEvent(SEARCH_SETTLED, { bubbles: true, detail }));
}
