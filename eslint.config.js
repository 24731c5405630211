// @ts-check
// `npm run lint`: ESLint for TypeScript and .astro files. The layer rules for TypeScript files live
// in .dependency-cruiser.cjs; the .astro files are held to the same layers here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** Pages, components and layouts render the site; what they need belongs in src/domain or src/lib. */
const siteImports = {
  patterns: [
    {
      group: ['**/scripts/lib/*', '**/scripts/checks/*', '../../scripts/*', '../../../scripts/*'],
      message: 'Sider og komponenter importerer ikke fra scripts/; flyt det fælles til src/domain/.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_`-prefixed names mark deliberately unused parameters and bindings.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // TypeScript (astro check) already reports undefined names, and knows Astro's globals.
    files: ['**/*.ts', '**/*.astro'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: { 'no-restricted-imports': ['error', siteImports] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'],
              message: 'src/domain er ren TypeScript uden Astro.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/domain læser ingen filer; det gør scripts/ og Astro.',
            },
          ],
        },
      ],
    },
  },
);
