import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/importer/renderMarkdown';
import { interviewSpeakers, leadsIntoQuote, standaloneQuote, toBlocks } from '../../src/importer/structure';

describe('structure', () => {
  it.each([
    [
      ['Q: Why?', 'Ann Lee: Because.', 'Q: When?', 'Ann Lee: Soon.'],
      ['Q', 'Ann Lee'],
    ],
    [
      ['《金融时报》:问一', '王明远:答一', '《金融时报》:问二', '王明远:答二'],
      ['《金融时报》', '王明远'],
    ],
    [['Note: one', 'Note: two'], []],
    [['试点城市:从沿海走向内陆', '王明远:答一'], []],
  ])('interviewSpeakers(%j) => %j', (paragraphs, expected) => expect(interviewSpeakers(paragraphs)).toEqual(expected));

  it.each([
    ['“I have used this app every day. Nobody will tell me why.”', 'I have used this app every day. Nobody will tell me why.'],
    ['“It is better than flaring,” one researcher said.', undefined],
    ['“No Reason Given”', undefined],
    ['“跨境贸易将率先受益。”', '跨境贸易将率先受益。'],
  ])('standaloneQuote(%s) => %s', (text, expected) => expect(standaloneQuote(text)).toBe(expected));

  it.each([
    ['At a press briefing, the chair was asked about smaller firms and said:', true],
    ['The bank’s governor explained the decision in a short statement:', true],
    ['The rules cover three areas:', false],
    ['他在发布会上表示:', true],
  ])('leadsIntoQuote(%s) => %s', (text, expected) => expect(leadsIntoQuote(text)).toBe(expected));

  it('gives a body its headings, quotes and interview turns', () => {
    const blocks = toBlocks(
      [
        { text: 'Custody Rules Tighten' },
        { text: 'The chair said:' },
        { text: 'We will not lower the bar.' },
        { text: 'Q: Will fees rise?' },
        { text: 'Ann Lee: Not this year.' },
        { text: 'Q: And next year?' },
        { text: 'Ann Lee: We will see.' },
      ],
      'en',
    );
    expect(blocks).toEqual([
      { type: 'heading', text: 'Custody Rules Tighten' },
      { type: 'paragraph', text: 'The chair said:' },
      { type: 'quote', text: 'We will not lower the bar.' },
      { type: 'turn', speaker: 'Q', text: 'Will fees rise?' },
      { type: 'turn', speaker: 'Ann Lee', text: 'Not this year.' },
      { type: 'turn', speaker: 'Q', text: 'And next year?' },
      { type: 'turn', speaker: 'Ann Lee', text: 'We will see.' },
    ]);
    expect(renderMarkdown(blocks, 'en')).toBe(
      '## Custody Rules Tighten\n\nThe chair said:\n\n> We will not lower the bar.\n\n**Q:** Will fees rise?\n\n**Ann Lee:** Not this year.\n\n**Q:** And next year?\n\n**Ann Lee:** We will see.\n',
    );
  });

  it('writes Chinese speakers in bold with a full-width colon outside the bold', () => {
    expect(renderMarkdown([{ type: 'turn', speaker: '《金融时报》', text: '请谈谈。' }], 'zh')).toBe('**《金融时报》**：请谈谈。\n');
    expect(renderMarkdown([], 'zh')).toBe('');
  });
});
