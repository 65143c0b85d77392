import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/content/contentProblem';
import { parseGlossary, readGlossary, termId } from '../../../src/core/glossary/glossary';

const FILE = 'content/glossary.yaml';
const SAMPLE = 'tests/fixtures/sample-content/glossary.yaml';
/** Every problem of a glossary text, as the one-line report shows it. */
const problems = (text: string) => readGlossary({ file: FILE, text }).problems.map(formatProblem);

describe('termId', () => {
  it.each([
    ['stablecoin', 'stablecoin'],
    ['Travel rule', 'travel-rule'],
    ['CBDC', 'cbdc'],
    ['U.S. Department of the Treasury', 'u-s-department-of-the-treasury'],
    ['China-Europe Railway Express', 'china-europe-railway-express'],
    ['Nicolás Maduro', 'nicolas-maduro'],
    ['G20', 'g20'],
    ['  crypto-assets  ', 'crypto-assets'],
    ['稳定币', ''],
  ])('%s => %s', (form, id) => {
    expect(termId(form)).toBe(id);
  });
});

describe('readGlossary', () => {
  it('accepts one form or a list per language, and reads definitions and notes', () => {
    const text = [
      '- { zh: 稳定币, en: [stablecoin, stablecoins] }',
      '- zh: 旅行规则',
      '  en: Travel rule',
      '  id: fatf-travel-rule',
      '  definition:',
      '    en: Pass on who sends and who receives.',
      '    zh: 传递汇款人和收款人信息。',
      '  note: { en: Capitalised in FATF texts. }',
    ].join('\n');
    expect(readGlossary({ file: FILE, text })).toEqual({
      entries: [
        { id: 'stablecoin', forms: { zh: ['稳定币'], en: ['stablecoin', 'stablecoins'] }, definition: {}, note: {} },
        {
          id: 'fatf-travel-rule',
          forms: { zh: ['旅行规则'], en: ['Travel rule'] },
          definition: { en: 'Pass on who sends and who receives.', zh: '传递汇款人和收款人信息。' },
          note: { en: 'Capitalised in FATF texts.' },
        },
      ],
      problems: [],
    });
    expect(readGlossary({ file: FILE, text: '' })).toEqual({ entries: [], problems: [] });
    expect(readGlossary({ file: FILE, text: '# No terms yet.\n' })).toEqual({ entries: [], problems: [] });
  });

  it.each([
    ['- { zh: 稳定币 }', 'content/glossary.yaml:1  [glossary[0].en] is missing → write the term as it is written in that language'],
    ['- { zh: x, en: a }\n- { zh: 稳定币, en: "" }', 'content/glossary.yaml:2  [glossary[1].en] is empty'],
    [
      '- { zh: 稳定币, en: stablecoin, fr: stablecoin }',
      'content/glossary.yaml:1  [glossary[0].fr] has an unknown field "fr" → use only the fields id, en, zh, definition, note',
    ],
    [
      '- zh: 稳定币\n  en: stablecoin\n  definition:\n    en: A coin.\n    de: Eine Münze.',
      'content/glossary.yaml:5  [glossary[0].definition.de] has an unknown field "de" → write `definition: { en: …, zh: … }`',
    ],
    ['- { zh: 稳定币, en: stablecoin, note: A coin. }', 'content/glossary.yaml:1  [glossary[0].note] is invalid ("A coin.")'],
    [
      '- { zh: 稳定币, en: stablecoin, id: Stable_Coin }',
      'content/glossary.yaml:1  [glossary[0].id] the id "Stable_Coin" is not lowercase ASCII',
    ],
    ['- { zh: 阿, en: "¿?" }', 'content/glossary.yaml:1  [glossary[0].en] no id can be made from "¿?" → give the entry an explicit `id:`'],
    ['- just a word', 'content/glossary.yaml:1  [glossary[0]] is not a term'],
    ['zh: 稳定币', 'content/glossary.yaml  [glossary] is not a list'],
    ['- { zh: 稳定币, en: [stablecoin }', 'content/glossary.yaml:1  [YAML]'],
  ])('reports %j at its line', (text, problem) => {
    expect(problems(text)[0]).toContain(problem);
    if (!problem.includes('[YAML]')) expect(problems(text)).toHaveLength(1);
  });

  it('names both entries when two have the same id, explicit or made from the English form', () => {
    const text = [
      '- { zh: 旅行规则, en: Travel rule }',
      '- { zh: 差旅规定, en: travel-rule }',
      '- { zh: 规则, en: rule, id: travel-rule }',
    ].join('\n');
    expect(problems(text)).toEqual([
      'content/glossary.yaml:2  [glossary[1].id] "travel-rule" is also the id of the entry on line 1 → give one of the two entries an explicit `id:`, or merge them',
      'content/glossary.yaml:3  [glossary[2].id] "travel-rule" is also the id of the entry on line 1 → give one of the two entries an explicit `id:`, or merge them',
    ]);
  });

  it('names both entries when a form (in any case) belongs to two', () => {
    expect(problems('- { zh: 稳定币, en: stablecoin }\n- { zh: 稳定币, en: Stablecoins, id: other }')).toEqual([
      'content/glossary.yaml:2  [glossary[1]] "稳定币" is also a form of the entry on line 1 → keep each form in one entry only',
    ]);
    expect(problems('- { zh: 币, en: Coin }\n- { zh: 硬币, en: coin, id: hard-coin }')).toEqual([
      'content/glossary.yaml:2  [glossary[1]] "coin" is also a form of the entry on line 1 → keep each form in one entry only',
    ]);
  });
});

describe('parseGlossary', () => {
  it('returns the entries, or throws with every problem', () => {
    expect(parseGlossary('- { zh: 稳定币, en: stablecoin }').map((e) => e.id)).toEqual(['stablecoin']);
    expect(() => parseGlossary('- { zh: 稳定币 }\n- { en: x }', 'g.yaml')).toThrow(
      /g\.yaml is invalid:\n {2}✖ g\.yaml:1 {2}\[glossary\[0\]\.en\] is missing.*\n {2}✖ g\.yaml:2 {2}\[glossary\[1\]\.zh\] is missing/,
    );
  });

  it.runIf(existsSync(FILE))('content/glossary.yaml is valid, whatever terms a team keeps there (`[]` at first)', () => {
    expect(() => parseGlossary(readFileSync(FILE, 'utf8'), FILE)).not.toThrow();
  });

  // The sample articles' glossary (a fixture, since content/ may hold another): the house rules, and
  // the terms the articles, their <Term> uses and the search matrix's cross-language queries rely on.
  it('the sample glossary is valid, needs no ids, and has the terms the sample articles need', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const glossary = parseGlossary(text, SAMPLE);
    expect(text).not.toMatch(/^\s*-?\s*id:|[{,]\s*id:/m);
    // One spelling: American, as in the articles.
    expect(text).not.toMatch(/programme|capitalis|organis|recognis|authoris|realis|colour|favour|behaviour|centre\b/i);
    const pairs = new Set(glossary.map((t) => `${t.forms.zh[0]}|${t.forms.en[0]}`));
    for (const pair of [
      '稳定币|stablecoin',
      '区块链|blockchain',
      '金融行动特别工作组|FATF',
      '美国金融犯罪执法网络|FinCEN',
      '央行数字货币|CBDC',
      '比特币|bitcoin',
      '加密货币|cryptocurrency',
      '反洗钱|anti-money laundering',
      '旅行规则|travel rule',
      '跨境贸易|cross-border trade',
      '美联储|Federal Reserve',
      '委内瑞拉|Venezuela',
      '石油币|Petro',
      '美国银行|Bank of America',
      '链改|chain reform',
      '美国证券交易委员会|SEC',
      'ETF|ETF',
      'Libra|Libra',
      'Facebook|Facebook',
      '焦点访谈|Focus Report',
      '海外网|Haiwainet',
      '互链脉搏|Hulian Maibo',
      '虚拟资产服务提供商|VASP',
      '通证|token',
      'DAO|DAO',
      '代码信用|code-based credit',
    ])
      expect(pairs, pair).toContain(pair);
    const defined = glossary.filter((t) => t.definition.en && t.definition.zh).map((t) => t.id);
    expect(defined).toEqual(
      expect.arrayContaining([
        'stablecoin',
        'travel-rule',
        'cbdc',
        'fatf',
        'anti-money-laundering',
        'sec',
        'etf',
        'libra',
        'vasp',
        'token',
        'dao',
        'code-based-credit',
        'chain-reform',
      ]),
    );
    const variants = new Map(glossary.map((t) => [t.id, [...t.forms.zh, ...t.forms.en]]));
    expect(variants.get('sec')).toEqual(expect.arrayContaining(['美国证监会']));
    expect(variants.get('libra')).toEqual(expect.arrayContaining(['天秤币']));
    expect(variants.get('etf')).toEqual(expect.arrayContaining(['交易所交易基金']));
  });
});
