import { isLocale, nativeName, otherLocales, type Locale } from '../../lib/locales';
import type { SearchState } from '../../lib/searchParams';
import { interpolate, pluralText } from '../../lib/uiText';
import { searchUrl } from '../../lib/urls';
import { renderResult } from './renderResult';
import { preloadSearch, searchArticles } from './searchArticles';
import { loadSearchStyles } from './styles';

export type Strings = Record<string, string>;

/** The reader's locale and UI strings, which every search box carries (`data-locale`, `data-strings`). */
export function readSearchContext(box: HTMLElement): { locale: Locale; strings: Strings } {
  const locale = box.dataset.locale;
  return { locale: isLocale(locale) ? locale : 'en', strings: JSON.parse(box.dataset.strings ?? '{}') as Strings };
}

export interface SearchView {
  status: HTMLElement;
  results: HTMLElement;
  /** Shown below the results when there are more than the limit. */
  more?: HTMLButtonElement;
}

/**
 * Runs searches for one search UI (dialog or page) and renders them; a newer
 * search makes the answers of older ones be dropped.
 */
export function createSearchRunner(locale: Locale, strings: Strings, view: SearchView, pageSize: number) {
  let generation = 0;
  let limit = pageSize;
  let last: SearchState | undefined;
  loadSearchStyles();
  const say = (...nodes: (Node | string)[]) => view.status.replaceChildren(...nodes);

  async function run(state: SearchState, keepLimit = false): Promise<void> {
    const mine = ++generation;
    if (!keepLimit) limit = pageSize;
    last = state;
    if (!state.query && Object.keys(state.filters).length === 0) {
      say('');
      view.results.replaceChildren();
      if (view.more) view.more.hidden = true;
      return;
    }
    view.status.setAttribute('aria-busy', 'true');
    try {
      const outcome = await searchArticles(locale, state, limit);
      if (mine !== generation) return;
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
      say(...notes);
      view.results.replaceChildren(...outcome.results.map((data) => renderResult(data, locale, strings['search.headings'] ?? '')));
      if (view.more) view.more.hidden = outcome.total <= outcome.results.length;
    } catch (error) {
      if (mine !== generation) return;
      console.error(error);
      say(strings['search.error'] ?? '');
      view.results.replaceChildren();
    } finally {
      if (mine === generation) view.status.removeAttribute('aria-busy');
    }
  }

  view.more?.addEventListener('click', () => {
    limit += pageSize;
    if (last) void run(last, true);
  });

  return { run, preload: () => preloadSearch(locale) };
}
