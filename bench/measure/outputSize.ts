import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutputSize {
  htmlPages: number;
  htmlBytes: number;
  /** Everything under pagefind/: the bundle, the wasm, the index chunks and fragments. */
  indexBytes: number;
  indexFiles: number;
  /** Everything else (CSS, JS, fonts, images, feeds). */
  otherBytes: number;
}

/** Sizes the built site: HTML pages, the Pagefind folder, and the rest, on disk and uncompressed. */
export async function outputSize(outDir: string): Promise<OutputSize> {
  const size: OutputSize = { htmlPages: 0, htmlBytes: 0, indexBytes: 0, indexFiles: 0, otherBytes: 0 };
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        const { size: bytes } = await stat(path);
        const relative = path.slice(outDir.length + 1);
        if (relative.startsWith('pagefind/')) {
          size.indexBytes += bytes;
          size.indexFiles += 1;
        } else if (e.name.endsWith('.html')) {
          size.htmlBytes += bytes;
          size.htmlPages += 1;
        } else {
          size.otherBytes += bytes;
        }
      }),
  );
  return size;
}
