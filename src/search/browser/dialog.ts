import { nativeName, otherLocales } from '../../core/language/locales';
import { interpolate } from '../../core/language/uiText';
import { searchUrl } from '../../core/links/urls';
import { arrowNavigation } from './arrowNavigation';
import { createSearchRunner, readSearchContext } from './controller';
import { prepareResultRendering } from './renderResult';
import { preloadSearch } from './searchArticles';
import { underBase } from './underBase';

/** One dialog per language (the 404 page has a box for each), built on first use. */
const dialogs = new Map<string, (query: string) => void>();

/** Builds a search dialog with DOM APIs and the box's UI strings; returns its opener. */
function build(box: HTMLElement): (query: string) => void {
  const { locale, strings } = readSearchContext(box);
  const s = (key: string) => strings[key] ?? key;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}): HTMLElementTagNameMap[K] =>
    Object.assign(document.createElement(tag), props);

  const dialog = make('dialog', { className: 'search-dialog' });
  dialog.setAttribute('aria-label', s('search.label'));
  const form = make('form', { className: 'search-dialog-form' });
  form.setAttribute('role', 'search');
  const input = make('input', {
    type: 'search',
    id: dialogs.size === 0 ? 'search-dialog-input' : `search-dialog-input-${locale}`,
    autocomplete: 'off',
    placeholder: s('search.placeholder'),
  });
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

  const runner = createSearchRunner(locale, strings, { field: input, status, results }, 10);
  // No delay: the runner starts a search at once when it is idle, and otherwise runs only the latest query.
  const search = () => {
    const query = input.value.trim();
    all.href = underBase(searchUrl(locale, query)) + (toggle.checked && query ? '&all=1' : '');
    void runner.run({ query, all: toggle.checked, filters: {}, sort: 'relevance' });
  };
  // While an input method composes a word, the field holds its spelling (pinyin): search what it becomes.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) search();
  });
  input.addEventListener('compositionend', search);
  toggle.addEventListener('change', search);
  close.addEventListener('click', () => dialog.close());
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
  return (query) => {
    if (query) input.value = query;
    if (!dialog.open) dialog.showModal();
    input.focus();
    search();
  };
}

/** Opens the search dialog, with the text the reader had started typing. */
export function openSearchDialog(box: HTMLElement, query = ''): void {
  const { locale } = readSearchContext(box);
  let open = dialogs.get(locale);
  if (!open) {
    open = build(box);
    dialogs.set(locale, open);
  }
  open(query);
}

/** Starts loading the index while the reader is still reaching for the keyboard. */
export function preload(box: HTMLElement): void {
  const { locale } = readSearchContext(box);
  prepareResultRendering(locale);
  void preloadSearch(locale);
}
