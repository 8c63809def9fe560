// ESLint flat config: JavaScript's and typescript-eslint's recommended rules, React's (JSX runtime) and the
// rules of hooks, with Prettier owning layout (eslint-config-prettier turns off every rule it would fight).
// Type-aware rules are left out: `npm run typecheck` (tsc 7) checks types, and typed linting would
// re-check the whole program with TypeScript 6's slower API.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.next-*/',
      'out/',
      'out.*/',
      '.e2e-out/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'scratch/',
      '.kb-cli/',
      '.kb-build/',
      'next-env.d.ts',
      'tests/fixtures/',
      'e2e/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    settings: { react: { version: 'detect' } },
  },
  { files: ['**/*.tsx'], ...react.configs.flat['jsx-runtime'] },
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter or binding kept for its position or to be ignored.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Modules whose job is to find control characters (ANSI escapes, NUL, terminal controls) in pasted or
    // stored text, and the tests that feed them such text: the characters in their patterns are meant.
    files: [
      'lib/cli/terminal-text.ts',
      'lib/search/draft.ts',
      'lib/search/noise.ts',
      'lib/variables/sanitize.ts',
      'lib/verify/normalise.ts',
      'tests/unit/**',
    ],
    rules: { 'no-control-regex': 'off' },
  },
  prettier,
);
