import { z } from 'astro/zod';
import { calendarDate } from '../dates/calendarDate';
import { DATE_SOURCES } from '../dates/dateSource';
import { LOCALES } from '../language/locales';
import { isWebAddress } from '../content/safeUrl';
import { isValidSlug } from '../links/slugs';

const slug = z.string().refine(isValidSlug, {
  message: 'must be a lowercase ASCII slug: letters a-z, digits and single hyphens',
});

/**
 * The frontmatter of an article. The language and slug are not fields: they
 * come from the file's path (`content/articles/<lang>/<slug>.md`). It is strict:
 * a key it does not know (a `slug:`, a typo such as `titel:`) is an error, never dropped.
 */
export const articleSchema = z.strictObject({
  title: z.string().trim().min(1, 'title must not be empty'),
  /** Shown in lists and meta tags; derived from the text when absent. */
  description: z.string().trim().min(1).optional(),
  date: calendarDate,
  /**
   * Where `date` came from (written by the importer): `url`, `text` (a date the
   * text states for the article itself) or `collected` (the day the dump was
   * collected, not a publication date). Absent: a date an editor set.
   */
  dateFrom: z.enum(DATE_SOURCES).optional(),
  updated: calendarDate.optional(),
  authors: z.array(z.string().trim().min(1)).default([]),
  /** Where the article was first published. */
  source: z
    .strictObject({
      name: z.string().trim().min(1),
      /** A web address (http:// or https://): any other scheme could run script on the page (core/content/safeUrl.ts). */
      url: z.string().refine(isWebAddress, 'must be a web address (http:// or https://)').optional(),
      /** The headline as the source published it, when it differs. */
      title: z.string().trim().min(1).optional(),
    })
    .optional(),
  topics: z.array(slug).default([]),
  /**
   * The article's own picture for link previews (og:image): an image of `media/`, written as the
   * body writes images, relative to the article file, with alt text. Absent: the body's first
   * figure, else the site's `socialImage` (core/articles/articlePicture.ts).
   */
  cover: z
    .strictObject(
      {
        src: z.string().trim().min(1, 'must not be empty'),
        alt: z.string().trim().min(1, 'must not be empty: say what the picture shows'),
      },
      { error: 'must give the picture and its alt text, as `src:` and `alt:`' },
    )
    .optional(),
  /**
   * Present on a translation: the language of the original (same slug in that
   * folder) and, once recorded, a hash of the original it was made from.
   */
  translation: z
    .strictObject({
      from: z.enum(LOCALES),
      sourceHash: z
        .string()
        .regex(/^[0-9a-f]{8,64}$/)
        .optional(),
    })
    .optional(),
  /** Old slugs that must keep redirecting here. */
  aliases: z.array(slug).default([]),
  draft: z.boolean().default(false),
  /** A brief has only a headline and attribution, no body. */
  kind: z.enum(['article', 'brief']).default('article'),
  /** Written by the importer: which dump this came from and a hash of what it wrote. */
  imported: z
    .strictObject({
      dump: z.string(),
      hash: z.string(),
    })
    .optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;

export const topicSchema = z.object({
  name: z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>),
  description: z.object(Object.fromEntries(LOCALES.map((l) => [l, z.string().min(1)])) as Record<(typeof LOCALES)[number], z.ZodString>),
});

export type Topic = z.infer<typeof topicSchema>;
