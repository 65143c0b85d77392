import { metaContentSecurityPolicy, SITE_CONTENT_SECURITY_POLICY } from '../headers/contentSecurityPolicy';
import { htmlLang, type Locale } from '../language/locales';

/** Escapes text for HTML content and double-quoted attributes. @example escapeHtml('<a href="x">') => '&lt;a href=&quot;x&quot;&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface RedirectPageInput {
  locale: Locale;
  /** Site path of the new page. */
  to: string;
  /** Absolute URL of the new page, for the canonical link. */
  canonical: string;
  /** The page title and the sentence before the link, in the reader's language. */
  title: string;
  text: string;
  /** The link text: the article's title. */
  linkText: string;
  /** The site's Content-Security-Policy (its inline code depends on the base path); the root site's when absent. */
  policy?: string;
}

/**
 * A static page that sends readers of an old URL to the new one at once: a
 * zero-second meta refresh, a canonical link for search engines, `noindex`,
 * a visible link for browsers that ignore refresh, and the site's policy as
 * every page carries it. Every value is escaped.
 * @example redirectPage({ locale: 'en', to: '/en/articles/new/', … }).includes('content="0;url=/en/articles/new/"') => true
 */
export function redirectPage({
  locale,
  to,
  canonical,
  title,
  text,
  linkText,
  policy = SITE_CONTENT_SECURITY_POLICY,
}: RedirectPageInput): string {
  const href = escapeHtml(to);
  return `<!doctype html>
<html lang="${htmlLang(locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaContentSecurityPolicy(policy))}">
<title>${escapeHtml(title)}</title>
<meta http-equiv="refresh" content="0;url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)} <a href="${href}">${escapeHtml(linkText)}</a></p>
</main>
</body>
</html>
`;
}
