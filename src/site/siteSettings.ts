import { contentDir } from './contentDir';
import { readDataFile } from './contentFolder';
import { DEFAULT_SITE_SETTINGS, parseSiteSettings, type SiteSettings } from '../core/settings/siteSettings';

const read = new Map<string, SiteSettings>();

/**
 * The settings of a content folder (`<content>/site.yaml`), read once per folder; the defaults
 * when it has none, or when it has problems (the content checks report them and stop the build).
 * @example siteSettings('./content').name.en => 'Zhiku'
 */
export function siteSettings(dir = contentDir()): SiteSettings {
  let settings = read.get(dir);
  if (!settings) {
    const file = readDataFile(dir, 'site.yaml');
    settings = (file && parseSiteSettings(file.text, file.file).settings) || DEFAULT_SITE_SETTINGS;
    read.set(dir, settings);
  }
  return settings;
}
