import { nativeName, otherLocales } from '../../lib/locales';
import { interpolate } from '../../lib/uiText';
import { searchUrl } from '../../lib/urls';
import { arrowNavigation, createSearchRunner, readSearchContext } from './controller';

let dialog: HTMLDialogElement | undefined;
let input: HTMLInputElement;
let openSearch: (query: string) => void;

/** Builds the search dialog once, with DOM APIs and the box's UI strings. */
function build(box: HTMLElement): void {
  const { locale, strings } = readSearchContext(box);
  const s = (key: string) => strings[key] ?? key;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}): HTMLElementTagNameMap[K] =>
    Object.assign(document.createElement(tag), props);

  dialog = make('dialog', { className: 'search-dialog' });
  dialog.setAttribute('aria-label', s('search.label'));
  const form = make('form', { className: 'search-dialog-form' });
  form.setAttribute('role', 'search');
  input = make('input', { type: 'search', id: 'search-dialog-input', autocomplete: 'off', placeholder: s('search.placeholder') });
  input.setAttribute('aria-label', s('search.label'));
  input.setAttribute('enterkeyhint', 'search');
  const close = make('button', { type: 'button', className: 'search-dialog-close', textContent: s('search.close') });
  form.append(input, close);

  const toggleLabel = make('label', { className: 'search-all' });
  const toggle = make('input', { type: 'checkbox', name: 'all' });
  const toggleText = interpolate(s('search.alsoOther'), { language: otherLocales(locale).map(nativeName).join(' / ') });
  toggleLabel.append(toggle, ' ', toggleText);

  const status = make('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = make('ol', { className: 'search-results' });
  const footer = make('p', { className: 'search-dialog-footer' });
  const all = make('a', { textContent: s('search.allResults') });
  footer.append(all, ' ', make('span', { className: 'search-hint', textContent: s('search.hint') }));
  dialog.append(form, toggleLabel, status, results, footer);
  document.body.append(dialog);

  const runner = createSearchRunner(locale, strings, { status, results }, 10);
  let timer: number | undefined;
  const search = () => {
    const query = input.value.trim();
    all.href = searchUrl(locale, query) + (toggle.checked && query ? '&all=1' : '');
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void runner.run({ query, all: toggle.checked, filters: {}, sort: 'relevance' }), 120);
  };
  input.addEventListener('input', search);
  toggle.addEventListener('change', search);
  close.addEventListener('click', () => dialog!.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Enter in the field follows the first result, like the arrow keys then Enter.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = results.querySelector<HTMLAnchorElement>('a[href]');
    if (first) first.click();
    else if (input.value.trim()) location.href = all.href;
  });
  arrowNavigation(dialog, input, results);
  openSearch = (query) => {
    if (query) input.value = query;
    if (!dialog!.open) dialog!.showModal();
    input.focus();
    search();
  };
}

/** Opens the search dialog, with the text the reader had started typing. */
export function openSearchDialog(box: HTMLElement, query = ''): void {
  if (!dialog) build(box);
  openSearch(query);
}

/** Starts loading the index while the reader is still reaching for the keyboard. */
export function preload(box: HTMLElement): void {
  const { locale, strings } = readSearchContext(box);
  void createSearchRunner(locale, strings, { status: document.createElement('p'), results: document.createElement('ol') }, 1).preload();
}
