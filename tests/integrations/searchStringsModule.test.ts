import { describe, expect, it } from 'vitest';
import { searchStringsModuleCode } from '../../src/integrations/searchStringsModule';

describe('searchStringsModuleCode', () => {
  it('exports the tables as they were given, text that needs escaping included', async () => {
    const tables = { en: { 'search.noResults': 'Nothing found for “{{query}}”. </script> \\ "' }, zh: { 'search.label': '搜索文章' } };
    const mod = await import(`data:text/javascript,${encodeURIComponent(searchStringsModuleCode(tables))}`);
    expect(mod.default).toEqual(tables);
  });
});
