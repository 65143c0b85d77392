import { z } from 'astro/zod';
import type { ContentProblem } from '../content/contentProblem';
import { parseYamlWithLines } from '../content/frontmatter';
import { LOCALES, type Locale } from '../language/locales';
import { isBasePath } from '../links/urls';

/** A text the site shows in each of its languages. */
const perLanguage = z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);

/** An address a reader's browser may follow: http(s) only. */
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/**
 * `content/site.yaml`: what makes a Zhiku site one team's own. Every string the
 * site shows readers about itself comes from here or from the UI strings.
 */
export const siteSettingsSchema = z.strictObject({
  name: perLanguage,
  description: perLanguage,
  /** One line under the name on the home pages; the description when absent. */
  tagline: perLanguage.optional(),
  /** The title of the home pages; the tagline when absent. */
  title: perLanguage.optional(),
  /** The public origin; env SITE overrides it (previews). */
  url: webUrl.optional(),
  /** The path the site is served under, e.g. `/kb/` for https://example.org/kb/. */
  base: z
    .string({ error: 'must be a path, e.g. `/kb/`' })
    .refine(isBasePath, {
      error: (issue) =>
        `"${String(issue.input)}" is not a path the site can be served under: it must start and end with \`/\`, its parts made of letters, digits, \`-\`, \`_\`, \`.\` or \`~\``,
    })
    .default('/'),
  /** "Edit this page" links: this address + the article file's path in the repository. */
  editUrl: webUrl.optional(),
  /** Where an article's last-updated date comes from. */
  lastUpdated: z.enum(['git', 'frontmatter', 'off']).default('frontmatter'),
  /** The default picture of link previews: a file of `public/`, with its alt text. */
  socialImage: z
    .strictObject({
      src: z.string().regex(/^\/[^/]/, { error: 'must be a path under public/, starting with `/`, e.g. `/social.png`' }),
      alt: perLanguage,
    })
    .optional(),
  /** The footer's line; the description when absent. */
  footer: perLanguage.optional(),
  /** Extra links in the header, after the site's own. */
  links: z.array(z.strictObject({ label: perLanguage, url: webUrl })).default([]),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** What to write for each setting. */
const FIX: Record<string, string> = {
  name: 'give the site name in every language, e.g. `name: { en: Zhiku, zh: 知库 }`',
  description: 'give a one-sentence description in every language',
  tagline: 'give the line shown under the name in every language, or remove `tagline:`',
  title: "give the home pages' title in every language, or remove `title:`",
  url: 'write the public origin, e.g. `url: https://kb.example.org`',
  base: 'write the path the site is served under, e.g. `base: /kb/` or `base: /docs/kb/`, or remove `base:` to serve it from the root',
  editUrl: 'write the address a file path is appended to, e.g. `editUrl: https://github.com/org/kb/edit/main/`, or remove it',
  lastUpdated: 'write `lastUpdated: git`, `frontmatter` or `off`',
  socialImage: 'write `socialImage: { src: /social.png, alt: { en: …, zh: … } }` for a file in public/',
  footer: 'give the footer text in every language, or remove `footer:`',
  links: 'list header links as `- { label: { en: …, zh: … }, url: https://… }`',
};

/**
 * Reads `site.yaml`, reporting each problem at its line; settings are undefined when it has any.
 * @example parseSiteSettings('name: { en: A, zh: 甲 }\ndescription: { en: B, zh: 乙 }', 'site.yaml').settings?.lastUpdated => 'frontmatter'
 */
export function parseSiteSettings(text: string, file: string): { settings?: SiteSettings; problems: ContentProblem[] } {
  const yaml = parseYamlWithLines(text, 1);
  const problems: ContentProblem[] = yaml.errors.map((e) => ({
    file,
    line: e.line,
    field: 'YAML',
    message: e.message,
    fix: 'fix the YAML syntax of the site settings',
  }));
  if (problems.length) return { problems };
  const result = siteSettingsSchema.safeParse(yaml.data);
  if (result.success) return { settings: result.data, problems };
  for (const issue of result.error.issues) {
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys : [];
    for (const key of unknown) {
      const path = [...issue.path, key];
      problems.push({
        file,
        line: yaml.lineOf(path),
        field: path.join('.'),
        message: 'is not a setting',
        fix: `remove it, or use one of ${Object.keys(FIX).join(', ')}`,
      });
    }
    if (unknown.length) continue;
    const field = issue.path.join('.') || 'site settings';
    problems.push({
      file,
      line: issue.path.length ? yaml.lineOf(issue.path) : undefined,
      field,
      message: issue.message,
      fix: FIX[String(issue.path[0])] ?? 'write a map of settings: name, description, …',
    });
  }
  return { problems };
}

/** The settings of a content folder without `site.yaml`: a plain name, no links, no pictures. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = siteSettingsSchema.parse({
  name: { en: 'Knowledge base', zh: '知识库' },
  description: { en: 'A bilingual knowledge base in English and Chinese.', zh: '一个中英文双语知识库。' },
});

/**
 * The UI strings the settings provide, per language: the site's name, description, tagline,
 * home title and footer, and the bilingual landing page's title (every language's name).
 * @example siteStrings(settings).zh['site.name'] => '知库'
 */
export function siteStrings(settings: SiteSettings): Record<Locale, Record<string, string>> {
  const landing = [...new Set(LOCALES.map((l) => settings.name[l]))].join(' ');
  return Object.fromEntries(
    LOCALES.map((l) => {
      const tagline = (settings.tagline ?? settings.description)[l];
      const strings: Record<string, string> = {
        'site.name': settings.name[l],
        'site.description': settings.description[l],
        'site.tagline': tagline,
        'home.title': settings.title?.[l] ?? tagline,
        'landing.title': landing,
        'footer.text': (settings.footer ?? settings.description)[l],
      };
      return [l, strings];
    }),
  ) as Record<Locale, Record<string, string>>;
}

/**
 * The "edit this page" address of an article file, or undefined when the site has no `editUrl`.
 * @example editLink('https://github.com/o/kb/edit/main/', 'content/articles/en/a.md') => 'https://github.com/o/kb/edit/main/content/articles/en/a.md'
 */
export function editLink(editUrl: string | undefined, file: string): string | undefined {
  if (!editUrl) return undefined;
  const path = file
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${editUrl.endsWith('/') ? editUrl : `${editUrl}/`}${path}`;
}
