import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { readArticleFile } from '../site/contentFolder';
import { formatReport } from '../site/validation';
import { contractProblems } from '../site/validation/contract';

/** The Vite plugin of the integration below, as far as it is used here. */
interface ContractPlugin {
  name: string;
  enforce: 'pre';
  transform(
    this: { error(error: { message: string; id: string; loc: { file: string; line: number; column: number } }): never },
    code: string,
    id: string,
  ): undefined;
}

/**
 * Refuses to compile an MDX article that breaks the content contract (site/validation/contract.ts:
 * `import`/`export`, `{expressions}`, unsafe HTML or addresses), before @astrojs/mdx turns it into
 * code. A build has stopped long before (integrations/contentValidation.ts); this is for `astro dev`,
 * which checks the folder only when it starts and then compiles each file an editor saves:
 * without it, a saved article's code would run in the dev server. The page shows the problems
 * in Vite's error overlay instead.
 */
export default function contentContract(contentDir: string): AstroIntegration {
  const articlesDir = resolve(contentDir, 'articles');
  const plugin: ContractPlugin = {
    name: 'zhiku:content-contract',
    enforce: 'pre',
    transform(code, id) {
      // As @astrojs/mdx compiles: the file itself, not the modules Astro makes of it (`x.mdx?astroPropagatedAssets`).
      if (!id.endsWith('.mdx')) return undefined;
      const read = readArticleFile(articlesDir, id);
      if (!read?.file) return undefined;
      const problems = contractProblems({ ...read.file, text: code });
      if (!problems.length) return undefined;
      // With its place, Astro's error overlay opens the article at the first problem.
      const message = `${formatReport(problems)}\nThe article was not compiled: fix it and save it again.`;
      this.error({ message, id, loc: { file: id, line: problems[0]!.line ?? 1, column: 1 } });
    },
  };
  return {
    name: 'zhiku:content-contract',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
