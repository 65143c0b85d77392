import { describe, expect, it } from 'vitest';
import { htmlElementProblems, isAllowedElement } from '../../../src/core/content/htmlAllowList';

const attrs = (pairs: Record<string, string>) => Object.entries(pairs).map(([name, value]) => ({ name, value }));
const messages = (name: string, pairs: Record<string, string> = {}) => htmlElementProblems(name, attrs(pairs)).map((p) => p.message);

describe('the HTML allow-list', () => {
  it.each([
    ['details', { open: '' }],
    ['summary', {}],
    ['kbd', {}],
    ['sup', { id: 'fn-1' }],
    ['sub', {}],
    ['abbr', { title: 'Financial Action Task Force' }],
    ['br', {}],
    ['hr', {}],
    ['table', { class: 'wide' }],
    ['td', { colspan: '2', align: 'right' }],
    ['th', { scope: 'col' }],
    ['img', { src: '../../media/chart.png', alt: 'A chart', width: '300' }],
    ['img', { src: 'https://example.org/a.png', srcset: 'a.png 1x, https://example.org/b.png 2x', alt: '' }],
    ['span', { class: 'x', id: 'y', lang: 'zh', title: 't' }],
    ['div', { lang: 'en', dir: 'ltr' }],
    ['a', { href: 'https://example.org/', title: 'Example' }],
    ['a', { href: 'mailto:a@example.org' }],
    ['a', { href: '#notes' }],
    ['SPAN', { CLASS: 'upper' }],
    ['span', { className: 'jsx' }],
    ['q', { cite: 'https://example.org/' }],
    ['time', { datetime: '2019-11-18' }],
  ])('allows <%s> with %j', (name, pairs) => {
    expect(messages(name, pairs)).toEqual([]);
  });

  it.each([
    ['script', {}, '<script> is not allowed in an article: it runs code in the reader’s browser'],
    ['style', {}, '<style> is not allowed in an article: it restyles the whole page, not just the article'],
    ['iframe', { src: 'https://example.org' }, '<iframe> is not allowed in an article: it embeds another page, which can run code'],
    ['object', {}, '<object> is not allowed in an article: it embeds a plugin or another page, which can run code'],
    ['embed', {}, '<embed> is not allowed in an article: it embeds a plugin or another page, which can run code'],
    ['form', { action: 'javascript:alert(1)' }, '<form> is not allowed in an article: it sends the reader’s input elsewhere'],
    ['base', { href: 'https://evil.example/' }, '<base> is not allowed in an article: it changes where every link of the page points'],
    ['meta', {}, '<meta> is not allowed in an article: it changes how the browser treats the whole page'],
    ['link', {}, '<link> is not allowed in an article: it loads stylesheets or other resources into the whole page'],
    ['frame', {}, '<frame> is not allowed in an article: it embeds another page, which can run code'],
    ['svg', {}, '<svg> is not allowed in an article: it can hold scripts and event handlers'],
    ['math', {}, '<math> is not allowed in an article: it can hide markup the browser reads differently'],
    ['template', {}, '<template> is not allowed in an article: it holds markup that scripts can bring to life'],
    ['center', {}, '<center> is not allowed in an article'],
    ['img', { src: 'x.png', onerror: 'alert(1)' }, 'the attribute "onerror" on <img> runs code in the reader’s browser'],
    ['span', { onClick: 'alert(1)' }, 'the attribute "onClick" on <span> runs code in the reader’s browser'],
    ['div', { style: 'position:fixed' }, 'the attribute "style" on <div> is not allowed: the site’s stylesheet styles articles'],
    ['a', { href: 'javascript:alert(1)' }, '<a href> "javascript:alert(1)" uses the scheme "javascript:", which an article may not use'],
    [
      'a',
      { href: 'JaVaScRiPt&colon;alert(1)' },
      '<a href> "JaVaScRiPt&colon;alert(1)" uses the scheme "javascript:", which an article may not use',
    ],
    [
      'img',
      { src: 'data:image/svg+xml,x', alt: 'x' },
      '<img src> "data:image/svg+xml,x" uses the scheme "data:", which an article may not use',
    ],
    [
      'img',
      { srcset: 'a.png 1x, data:image/png;base64,AA 2x', alt: 'x' },
      '<img srcset> "a.png 1x, data:image/png;base64,AA 2x" uses the scheme "data:", which an article may not use',
    ],
    ['q', { cite: 'vbscript:x' }, '<q cite> "vbscript:x" uses the scheme "vbscript:", which an article may not use'],
    [
      'span',
      { 'xlink:href': 'javascript:x' },
      '<span xlink:href> "javascript:x" uses the scheme "javascript:", which an article may not use',
    ],
    ['span', { 'data-pagefind-body': '' }, '<span> may not have the attribute "data-pagefind-body"'],
    ['a', { target: '_top' }, '<a> may not have the attribute "target"'],
  ])('refuses <%s> with %j', (name, pairs, message) => {
    expect(messages(name, pairs)).toEqual([message]);
  });

  it('tells what to do: remove it, and what an element may have', () => {
    expect(htmlElementProblems('span', attrs({ foo: '1' }))[0]!.fix).toBe(
      'remove it; <span> may have "class", "id", "lang", "title", "dir"',
    );
    expect(htmlElementProblems('script', [])[0]!.fix).toMatch(
      /^remove it: an article may use Markdown and a short list of harmless HTML elements/,
    );
  });

  it('names elements case-insensitively', () => {
    expect(isAllowedElement('KBD')).toBe(true);
    expect(isAllowedElement('ScRiPt')).toBe(false);
  });
});
