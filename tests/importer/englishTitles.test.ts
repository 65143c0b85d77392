import { describe, expect, it } from 'vitest';
import { englishTitlesOf } from '../../src/importer/englishTitles';
import { headlineKey } from '../../src/importer/sameText';

const file = (path: string, frontmatter: string) => ({ path, text: `---\n${frontmatter}\n---\n\nText.\n` });

describe('English titles of translated originals', () => {
  it('maps a Chinese original’s title to its English translation’s, and nothing else', () => {
    const titles = englishTitlesOf([
      file('zh/a.md', 'title: 中国区块链技术输出海外'),
      file('en/a.md', 'title: China Exports Its Blockchain Technology\ntranslation: { from: zh }'),
      // an English original with a Chinese translation: not a Chinese original
      file('en/b.md', 'title: Fed Flags Risk'),
      file('zh/b.md', 'title: 美联储警示风险\ntranslation: { from: en }'),
      // an English file claiming an original that does not exist
      file('en/c.md', 'title: Orphan\ntranslation: { from: zh }'),
      // broken frontmatter is skipped, not fatal
      file('en/d.md', 'title: [unclosed'),
      file('zh/d.md', 'title: 坏文件'),
    ]);
    expect([...titles]).toEqual([[headlineKey('中国区块链技术输出海外'), 'China Exports Its Blockchain Technology']]);
    // punctuation an editor changed in the original's title does not hide it
    expect(titles.get(headlineKey('中国区块链技术，输出海外'))).toBe('China Exports Its Blockchain Technology');
  });
});
