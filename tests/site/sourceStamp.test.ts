import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceStamp } from '../../src/site/sourceStamp';

const root = await mkdtemp(join(tmpdir(), 'zhiku-stamp-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('sourceStamp', () => {
  it('changes when a file under the folders, a new file or the lockfile changes, and not otherwise', async () => {
    await mkdir(join(root, 'src/markdown/deep'), { recursive: true });
    await mkdir(join(root, 'src/other'), { recursive: true });
    await writeFile(join(root, 'src/markdown/plugin.ts'), 'export const a = 1;');
    await writeFile(join(root, 'src/markdown/deep/step.ts'), 'export const b = 2;');
    await writeFile(join(root, 'src/other/page.ts'), 'x');
    await writeFile(join(root, 'package-lock.json'), '{"v":1}');
    const stamp = () => sourceStamp(['src/markdown'], root);

    const first = stamp();
    expect(stamp()).toBe(first);
    await writeFile(join(root, 'src/other/page.ts'), 'y');
    expect(stamp(), 'a file outside the folders').toBe(first);

    await writeFile(join(root, 'src/markdown/deep/step.ts'), 'export const b = 3;');
    const second = stamp();
    expect(second).not.toBe(first);
    await writeFile(join(root, 'src/markdown/new.ts'), '');
    const third = stamp();
    expect(third).not.toBe(second);
    await writeFile(join(root, 'package-lock.json'), '{"v":2}');
    expect(stamp()).not.toBe(third);
  });
});
