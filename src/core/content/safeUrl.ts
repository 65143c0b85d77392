/**
 * The one decision of which addresses an article may point at, wherever one is
 * written: frontmatter (`source.url`), Markdown links, images, autolinks and
 * link definitions, raw HTML and JSX attributes, component props. Allowed are
 * web addresses (`http:`, `https:`), `mailto:`, site paths (`/en/…`), relative
 * paths, `[[wikilinks]]` and `#fragments`; any other scheme (`javascript:`,
 * `data:`, `vbscript:`, `file:`…) is refused. The scheme is read the way a
 * browser reads it, after decoding what could hide it.
 */
import { decodeHTML } from 'entities';

/** What kind of address a URL is, when it is allowed. */
export type UrlKind = 'web' | 'mailto' | 'site path' | 'relative' | 'wikilink' | 'fragment';

/** The verdict on one address: its kind, or the scheme that is refused. */
export type UrlVerdict = { ok: true; kind: UrlKind } | { ok: false; scheme: string };

/** The schemes an article may use, by the kind they are. */
const ALLOWED_SCHEMES: Readonly<Record<string, UrlKind>> = { http: 'web', https: 'web', mailto: 'mailto' };

/** Everything a browser drops from a URL before reading its scheme: ASCII whitespace and control characters, anywhere. */
// eslint-disable-next-line no-control-regex
const DROPPED = /[\u0000-\u0020\u007f]/g;

const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/** Undoes one layer of percent-escapes, leaving a malformed one as it is. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The address as the scheme is decided on: HTML entities (`&colon;`, `&#58;`, `&#x3a;`) and
 * percent-escapes decoded until nothing changes, whitespace and control characters dropped, lowercase.
 * Decoding more than a browser would only refuses more, never less.
 * @example normalisedUrl(' JaVa&#x09;ScRiPt&colon;alert(1)') => 'javascript:alert(1)'
 */
export function normalisedUrl(url: string): string {
  let text = url;
  for (let i = 0; i < 5; i++) {
    const next = percentDecoded(decodeHTML(text)).replace(DROPPED, '');
    if (next === text) break;
    text = next;
  }
  return text.replace(DROPPED, '').toLowerCase();
}

/**
 * Whether an address may be written in an article, and what kind it is.
 * @example urlVerdict('https://example.org/') => { ok: true, kind: 'web' }
 * @example urlVerdict('java\tscript:alert(1)') => { ok: false, scheme: 'javascript' }
 */
export function urlVerdict(url: string): UrlVerdict {
  const trimmed = url.trim();
  if (/^\[\[[^\]]*\]\]$/.test(trimmed)) return { ok: true, kind: 'wikilink' };
  const text = normalisedUrl(url);
  const scheme = SCHEME.exec(text)?.[1];
  if (scheme !== undefined) {
    const kind = ALLOWED_SCHEMES[scheme];
    return kind ? { ok: true, kind } : { ok: false, scheme };
  }
  if (text.startsWith('#')) return { ok: true, kind: 'fragment' };
  if (text.startsWith('//')) return { ok: true, kind: 'web' };
  if (text.startsWith('/')) return { ok: true, kind: 'site path' };
  return { ok: true, kind: 'relative' };
}

/**
 * Whether an address is a full web address: `http://` or `https://` with a host.
 * @example isWebAddress('https://example.org/a') => true
 * @example isWebAddress('javascript://example.org/%0aalert(1)') => false
 */
export function isWebAddress(url: string): boolean {
  const verdict = urlVerdict(url);
  if (!verdict.ok || verdict.kind !== 'web' || !/^https?:\/\//i.test(url.trim())) return false;
  return URL.canParse(url.trim());
}

/**
 * The addresses a `srcset` names: the first word of each candidate. A data URL's comma splits
 * it too, and the piece before the comma still names its scheme.
 * @example srcsetUrls('a.png 1x, b.png 2x') => ['a.png', 'b.png']
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** What may be written instead of a refused address, told once for every check. */
export const SAFE_URL_FIX =
  'use an http:, https: or mailto: address, a site path (/en/articles/…), a relative path, a [[wikilink]] or a #fragment';

/** The longest part of an address a message quotes: a data URL can be megabytes long. */
const QUOTED = 60;

/**
 * What the editor is told about a refused address, quoting it (cut short when long).
 * @example unsafeUrlMessage('javascript:alert(1)', 'javascript') => '"javascript:alert(1)" uses the scheme "javascript:", which an article may not use'
 */
export function unsafeUrlMessage(url: string, scheme: string): string {
  const quoted = url.length > QUOTED ? `${url.slice(0, QUOTED)}…` : url;
  return `${JSON.stringify(quoted)} uses the scheme "${scheme}:", which an article may not use`;
}
