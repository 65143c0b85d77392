import { formatDate } from '../../core/dates/dates';
import { languageBadge } from '../../core/language/languageBadge';
import { htmlLang, isLocale, type Locale } from '../../core/language/locales';
import { glossaryMatches } from '../glossaryResult';
import { excerptParts } from '../searchExcerpt';
import { GLOSSARY_KIND } from '../searchFields';
import type { PagefindData } from './pagefind';

/** The labels a result shows, in the page's language. */
export interface ResultLabels {
  /** Names the list of matching sections of an article. */
  headings: string;
  /** Says that a result is a glossary term. */
  glossaryTerm: string;
  /** Names the list of the other terms a search matched on the glossary page. */
  glossaryTerms: string;
}

/** Makes an element with a class and text, never parsing HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const clean = (text: string) => text.replace(/\u200b/g, '');

/**
 * Sets up the date formatter the results use, when the page is idle: in a fresh page
 * the first Intl.DateTimeFormat costs 30-70 ms (measured in Chromium), which would
 * otherwise delay the first results.
 */
export function prepareResultRendering(locale: Locale): void {
  const prepare = () => void formatDate(new Date(0), locale);
  if ('requestIdleCallback' in window) requestIdleCallback(prepare, { timeout: 1000 });
  else setTimeout(prepare, 0);
}

/**
 * One search result: title link, language badge, date, source, the excerpt
 * with matches in `<mark>` (built from text nodes), and links to the
 * matching headings. A glossary page is shown as the term it matched best,
 * marked as a glossary term, with the other terms it matched below.
 * Everything from the index goes in as text.
 */
export function renderResult(data: PagefindData, locale: Locale, labels: ResultLabels): HTMLLIElement {
  const item = el('li', 'search-result');
  const language = isLocale(data.meta.language) ? data.meta.language : locale;
  const contentLang = language === locale ? undefined : htmlLang(language);
  const terms = data.meta.kind === GLOSSARY_KIND ? glossaryMatches(data.sub_results ?? []) : [];
  const [term] = terms;
  if (term) item.classList.add('search-result-glossary');

  const title = el('a', 'search-result-title', clean(term?.title ?? data.meta.title ?? data.url));
  title.href = term?.url ?? data.url;
  if (contentLang) title.lang = contentLang;
  const heading = el('h3', 'search-result-heading');
  heading.append(title);

  const facts = el('p', 'search-result-facts');
  const marker = languageBadge(language);
  const badge = el('span', marker.className);
  badge.lang = marker.lang;
  badge.append(el('span', undefined, marker.text));
  badge.firstElementChild!.setAttribute('aria-hidden', 'true');
  badge.append(el('span', 'sr-only', marker.title));
  facts.append(badge);
  if (term) facts.append(' ', el('span', 'search-result-kind', labels.glossaryTerm));
  if (data.meta.date) {
    const time = el('time', undefined, formatDate(new Date(data.meta.date), locale));
    time.dateTime = data.meta.date;
    facts.append(' ', time);
  }
  if (data.meta.source) {
    const source = el('span', 'search-result-source', data.meta.source);
    facts.append(' · ', source);
  }

  const excerpt = el('p', 'search-result-excerpt');
  if (contentLang) excerpt.lang = contentLang;
  for (const part of excerptParts(term?.excerpt ?? data.excerpt))
    excerpt.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));

  item.append(heading, facts, excerpt);

  const sections = term ? terms.slice(1) : (data.sub_results ?? []).filter((sub) => sub.url !== data.url && sub.url.includes('#'));
  if (sections.length) {
    const list = el('ul', 'search-result-sections');
    list.setAttribute('aria-label', term ? labels.glossaryTerms : labels.headings);
    if (contentLang) list.lang = contentLang;
    for (const sub of sections.slice(0, 3)) {
      const link = el('a', undefined, clean(sub.title));
      link.href = sub.url;
      const li = el('li');
      li.append(link);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
