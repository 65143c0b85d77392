import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLinkedMedia, MEDIA_FOLDER } from '../core/content/mediaPath';
import type { ContentFolder } from '../site/contentFolder';

/**
 * Publishes the files of `media/` that articles link to rather than show (a PDF: every file
 * but the images, which Astro's image pipeline publishes where an article shows them) as they
 * are, at `/media/<name>` (core/links/urls.ts `mediaUrl`), where the article links now point
 * (markdown/mediaLinksPlugin.ts). The validator has checked each linked one: it exists and is at
 * most 20 MB (site/validation/checks/mediaLinks.ts). A build copies them, from the content folder's
 * one reading, into the output folder; `astro dev` serves them from the content folder as they are now.
 */
export default function mediaFiles(contentDir: string, content: ContentFolder): AstroIntegration {
  const mediaDir = resolve(contentDir, MEDIA_FOLDER);
  return {
    name: 'zhiku:media-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(`/${MEDIA_FOLDER}/`)) return next();
          let contentPath: string;
          try {
            contentPath = decodeURIComponent(path.slice(1));
          } catch {
            return next();
          }
          const full = resolve(contentDir, contentPath);
          const file = isLinkedMedia(contentPath) && full.startsWith(`${mediaDir}${sep}`) && existsSync(full) ? statSync(full) : undefined;
          if (!file?.isFile()) return next();
          res.writeHead(200, { 'Content-Length': file.size });
          if (req.method === 'HEAD') res.end();
          else createReadStream(full).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = content.media.filter((m) => isLinkedMedia(m.path));
        for (const m of files) {
          const to = join(out, m.path);
          mkdirSync(dirname(to), { recursive: true });
          copyFileSync(resolve(contentDir, m.path), to);
        }
        if (files.length) logger.info(`Copied ${files.length} media files that articles link to into /${MEDIA_FOLDER}/`);
      },
    },
  };
}
