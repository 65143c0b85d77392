import { describe, expect, it } from 'vitest';
import { mediaDependencyStamp, mediaUsedBy } from '../../../src/core/content/mediaDependencies';

describe('mediaUsedBy and mediaDependencyStamp: the images a body shows, for its digest', () => {
  const body = [
    'cover: { src: ../../media/cover.jpg, alt: A cover }',
    '![Chart](../../media/charts/c.png) and ![again](<../../media/charts/c.png>)',
    '<Figure src="../../media/flow.svg" alt="Flow" caption="C" />',
    '[d]: ../../media/d.jpg "Title"',
    '![remote](https://example.org/x.png) ![local](./here.png) ![site](/favicon.svg)',
  ].join('\n\n');

  it('finds every image of media/ in any form, each once, sorted', () => {
    expect(mediaUsedBy(body, 'en/a.md')).toEqual(['media/charts/c.png', 'media/cover.jpg', 'media/d.jpg', 'media/flow.svg']);
    expect(mediaUsedBy('No image here. See [the report](../../media/report.pdf).', 'en/a.md')).toEqual([]);
  });

  it('stamps each with its file, so that a replaced file changes the digest', () => {
    const stamps: Record<string, string> = { 'media/charts/c.png': 'aa', 'media/flow.svg': 'bb' };
    const stamp = mediaDependencyStamp(body, 'en/a.md', (path) => stamps[path]);
    expect(stamp).toBe('[["media/charts/c.png","aa"],["media/cover.jpg",null],["media/d.jpg",null],["media/flow.svg","bb"]]');
    stamps['media/flow.svg'] = 'cc';
    expect(mediaDependencyStamp(body, 'en/a.md', (path) => stamps[path])).not.toBe(stamp);
    expect(mediaDependencyStamp('Text only.', 'en/a.md', () => 'x')).toBe('');
  });
});
