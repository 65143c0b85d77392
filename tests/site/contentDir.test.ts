import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/site/contentDir';

describe('contentDir', () => {
  it.each([
    [{}, './content'],
    [{ ZHIKU_CONTENT_DIR: '/tmp/fixture' }, '/tmp/fixture'],
    [{ ZHIKU_CONTENT_DIR: '/tmp/fixture/' }, '/tmp/fixture'],
    [{ ZHIKU_CONTENT_DIR: 'fixture///' }, 'fixture'],
  ])('reads %j as %j, without trailing slashes', (env, expected) => {
    expect(contentDir(env)).toBe(expected);
  });
});
