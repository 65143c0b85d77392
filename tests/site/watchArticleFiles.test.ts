import { appendFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchArticleFiles, type ArticleFileEvent } from '../../src/site/watchArticleFiles';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `events` holds `count` entries, or two seconds have passed. */
async function until(events: unknown[], count: number): Promise<void> {
  for (let waited = 0; events.length < count && waited < 2000; waited += 20) await pause(20);
}

describe('watchArticleFiles', () => {
  let stop: (() => void) | undefined;
  let dir: string;
  afterEach(async () => {
    stop?.();
    await rm(dir, { recursive: true, force: true });
  });

  async function watched() {
    dir = await mkdtemp(join(tmpdir(), 'zhiku-watch-'));
    await mkdir(join(dir, 'en'));
    await writeFile(join(dir, 'en/a.md'), 'first');
    const events: [ArticleFileEvent, string][] = [];
    stop = watchArticleFiles(dir, (event, path) => events.push([event, path]), 50);
    return events;
  }

  it('tells of a file added, changed and removed, each once, a file there at the start as known', async () => {
    const events = await watched();
    await writeFile(join(dir, 'en/b.md'), 'new');
    await until(events, 1);
    await writeFile(join(dir, 'en/a.md'), 'second');
    await until(events, 2);
    await rm(join(dir, 'en/b.md'));
    await until(events, 3);
    await pause(150);
    expect(events).toEqual([
      ['add', join(dir, 'en/b.md')],
      ['change', join(dir, 'en/a.md')],
      ['unlink', join(dir, 'en/b.md')],
    ]);
  });

  it('waits for a file written in parts to hold still', async () => {
    const events = await watched();
    await writeFile(join(dir, 'en/a.md'), 'part one');
    for (let i = 0; i < 4; i++) {
      await pause(25);
      await appendFile(join(dir, 'en/a.md'), `, part ${i + 2}`);
    }
    expect(events).toEqual([]);
    await until(events, 1);
    await pause(150);
    expect(events).toEqual([['change', join(dir, 'en/a.md')]]);
  });

  it('follows a rename (an editor saving through a temporary file) and a language folder added later', async () => {
    const events = await watched();
    await writeFile(join(dir, 'en/.a.md.tmp'), 'saved');
    await rename(join(dir, 'en/.a.md.tmp'), join(dir, 'en/a.md'));
    await mkdir(join(dir, 'fr'));
    await pause(100);
    await writeFile(join(dir, 'fr/c.md'), 'bonjour');
    await until(events, 2);
    await pause(150);
    expect(events).toContainEqual(['change', join(dir, 'en/a.md')]);
    expect(events).toContainEqual(['add', join(dir, 'fr/c.md')]);
    expect(events.filter(([, path]) => path.endsWith('.tmp'))).toEqual([]);
  });

  it('stops telling once stopped', async () => {
    const events = await watched();
    stop!();
    stop = undefined;
    await writeFile(join(dir, 'en/a.md'), 'after');
    await pause(200);
    expect(events).toEqual([]);
  });
});
