import { readSearchParams, writeSearchParams, type SearchState } from '../../lib/searchParams';
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
  const runner = createSearchRunner(locale, strings, { status, results, more }, 20);

  const fromForm = (): SearchState => readSearchParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const toForm = (state: SearchState) => {
    input.value = state.query;
    (form.elements.namedItem('all') as HTMLInputElement).checked = state.all;
    for (const [name, value] of Object.entries({ ...state.filters, sort: state.sort === 'date' ? 'date' : '' })) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = value ?? '';
    }
  };

  let timer: number | undefined;
  const update = (delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const state = fromForm();
      history.replaceState(history.state, '', `${location.pathname}${writeSearchParams(state)}`);
      void runner.run(state);
    }, delay);
  };

  const initial = readSearchParams(location.search);
  toForm(initial);
  form.hidden = false;
  input.addEventListener('focus', () => void runner.preload(), { once: true });
  input.addEventListener('input', () => update(150));
  form.addEventListener('change', () => update(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(0);
  });
  arrowNavigation(document.body, input, results);
  if (initial.query || Object.keys(initial.filters).length) void runner.run(fromForm());
  else input.focus();
}
