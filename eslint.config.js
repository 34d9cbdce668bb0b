import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.data/', 'coverage/', 'tests/gql/', 'console/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // type-graphql's resolver lists are typed as Function[] by the library itself.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // The CLI and dev tools talk to a terminal.
    files: ['src/cli.ts', 'tools/**', 'bench/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The operator's console runs in the browser (docs/console.md); its own tsconfig type-checks it.
    files: ['console/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
