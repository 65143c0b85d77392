import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticleIndex, getTopics, topicName } from '../../site/content';
import { feedItems } from '../../site/feedItems';
import { useTranslations } from '../../site/i18n';
import { htmlLang, type Locale } from '../../core/language/locales';
import { siteOrigin } from '../../core/settings/siteOrigin';
import { localeParams } from '../../core/links/staticPaths';
import { absoluteUrl, homeUrl, rssUrl } from '../../core/links/urls';
import { publicPath } from '../../site/publicPath';

export const getStaticPaths = localeParams;

/** One RSS feed per language: the newest articles written or translated in it, as summaries. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = useTranslations(locale);
  const base = siteOrigin(site);
  const topics = new Map((await getTopics()).map((topic) => [topic.id, topicName(topic, locale)]));
  const index = await getArticleIndex();
  return rss({
    title: t('rss.title'),
    description: t('rss.description'),
    site: absoluteUrl(publicPath(homeUrl(locale)), base),
    items: feedItems(index.listing(locale), base, (id) => topics.get(id) ?? id),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${htmlLang(locale)}</language><atom:link href="${absoluteUrl(publicPath(rssUrl(locale)), base)}" rel="self" type="application/rss+xml"/>`,
  });
};
