import { createTranslationSystem, UI_STRINGS, withStrings } from '../core/language/i18n';
import { siteStrings } from '../core/settings/siteSettings';
import { siteSettings } from './siteSettings';

/**
 * The site's translator: the UI strings plus the site's name and texts from `site.yaml`.
 * @example useTranslations('zh')('nav.home') => '首页'; useTranslations('en')('site.name') => 'Zhiku'
 */
export const useTranslations = createTranslationSystem(withStrings(UI_STRINGS, siteStrings(siteSettings())));
