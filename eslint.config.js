// ESLint for the whole project (flat config): typescript-eslint's recommended rules for
// TypeScript and JavaScript, eslint-plugin-astro's for .astro files. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', '**/dist/', 'tests/fixtures/', 'content/', 'corpus/', 'bench/floor/.astro/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter or binding kept for its position (it.each rows, destructuring).
      // The inline scripts try localStorage, which private modes may refuse: there is nothing to do then.
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // CommonJS on purpose: loaded with `node --require` by the benchmark.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
