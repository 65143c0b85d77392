import { describe, expect, it } from 'vitest';
import { termText } from '../../src/markdown/termText';

describe('termText', () => {
  it('reads the text of an MDX body without its <Term> elements, and lists the ids they name', () => {
    const body =
      'A <Term id="stablecoin" /> and <Term id="cbdc">a stablecoin-like coin</Term>.\n\n<Callout type="note">A **CBDC**.</Callout>';
    const read = termText(body, { locale: 'en', mdx: true });
    expect(read.termIds).toEqual(['stablecoin', 'cbdc']);
    expect(read.text).not.toMatch(/stablecoin|Term/);
    expect(read.text).toContain('A CBDC.');
  });

  it('reads a Markdown body as readers do, where tags are HTML, and names no <Term>', () => {
    expect(termText('Some **stablecoin** [[x|CBDC]] text.', { locale: 'en', mdx: false })).toEqual({
      locale: 'en',
      text: 'Some stablecoin CBDC text.',
      termIds: [],
    });
  });

  it('counts no <Term> in MDX that does not parse (the validator reports it)', () => {
    expect(termText('<Term id="stablecoin"', { locale: 'en', mdx: true }).termIds).toEqual([]);
  });
});
