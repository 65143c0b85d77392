import type { APIRoute } from 'astro';
import { siteOrigin } from '../core/settings/siteOrigin';
import { absoluteUrl, sitemapUrl } from '../core/links/urls';
import { publicPath } from '../site/publicPath';

/** robots.txt names the sitemap with the configured site URL (env SITE), so it is an endpoint, not a static file. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(publicPath(sitemapUrl()), siteOrigin(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
