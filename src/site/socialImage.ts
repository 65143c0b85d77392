import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import type { Locale } from '../core/language/locales';
import { siteSettings } from './siteSettings';

/** A picture for link previews, as the Open Graph tags give it. */
export interface SocialImage {
  /** Its path on the site, e.g. `/social.png`. */
  src: string;
  width: number;
  height: number;
  alt: Record<Locale, string>;
}

let made: Promise<SocialImage | undefined> | undefined;

/**
 * The site's default picture for link previews (`socialImage` in site.yaml, a file of `public/`),
 * with its size read from the file once per build; undefined when the site has none.
 * @example await socialImage() => { src: '/social.png', width: 1200, height: 630, alt: { en: '…', zh: '…' } }
 */
export function socialImage(publicDir = join(process.cwd(), 'public')): Promise<SocialImage | undefined> {
  made ??= (async () => {
    const setting = siteSettings().socialImage;
    if (!setting) return undefined;
    const file = join(publicDir, setting.src);
    if (!existsSync(file)) {
      throw new Error(
        `site.yaml [socialImage.src] "${setting.src}" is not a file of public/ → put the picture at public${setting.src}, or fix the path`,
      );
    }
    const { width, height } = await imageMetadata(readFileSync(file), setting.src);
    return { src: setting.src, width: width ?? 0, height: height ?? 0, alt: setting.alt };
  })();
  return made;
}
