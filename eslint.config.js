// ESLint: typescript-eslint's strict type-checked and stylistic rules, Prettier for formatting (run as
// `prettier --check` in `npm run lint`), and the project's own rules: TSDoc @example on every export,
// and no I/O outside src/cli/ (the import side of that rule is in .dependency-cruiser.cjs).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import requireExample from './scripts/eslint/require-example.js';

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'coverage/', 'node_modules/', '.stryker-tmp/', '.examples/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'interface'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Indexed reads are checked by noUncheckedIndexedAccess; a cast after a bounds check says why.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { local: { rules: { 'require-example': requireExample } } },
    rules: {
      'local/require-example': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The core does no I/O: no console, no process, outside the CLI.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Only src/cli/ does I/O; take what you need as a parameter.' },
        { name: 'fetch', message: 'Only src/cli/ does I/O.' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'examples/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  prettier,
);
