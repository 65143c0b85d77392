import { isBlankSearch, readSearchParams, writeSearchParams, type SearchState } from '../searchParams';
import { arrowNavigation } from './arrowNavigation';
import { createSearchRunner, readSearchContext } from './controller';

// The search page: the form shows only when this script runs (without it a
// <noscript> note points to the archive); its state lives in the URL.
const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const box = document.querySelector<HTMLElement>('[data-search-box]');
if (form && box) {
  const { locale, strings } = readSearchContext(box);
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const results = document.querySelector<HTMLElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]') ?? undefined;
  const runner = createSearchRunner(locale, strings, { field: input, status, results, more }, 20);

  const fromForm = (): SearchState => readSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const toForm = (state: SearchState) => {
    input.value = state.query;
    (form.elements.namedItem('all') as HTMLInputElement).checked = state.all;
    for (const [name, value] of Object.entries({ ...state.filters, sort: state.sort === 'date' ? 'date' : '' })) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = value ?? '';
    }
  };

  // No delay: the runner starts a search at once when it is idle, and otherwise runs only the latest query.
  const update = () => {
    const state = fromForm();
    const url = `${location.pathname}${writeSearchParams(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    void runner.run(state);
  };

  const initial = readSearchParams(location.search);
  toForm(initial);
  form.hidden = false;
  input.addEventListener('focus', () => void runner.preload(), { once: true });
  // While an input method composes a word, the field holds its spelling (pinyin): search what it becomes.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) update();
  });
  input.addEventListener('compositionend', update);
  // The filters and the toggle; the text field has had its input events already.
  form.addEventListener('change', (event) => {
    if (event.target !== input) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  arrowNavigation(document.body, input, results);
  if (!isBlankSearch(initial)) void runner.run(fromForm());
  else input.focus();
}
