// ESLint flat config: eslint recommended + typescript-eslint recommended (not type-checked: type-aware linting is too
// slow for the edit loop, and `tsc --noEmit` already checks types), and the stage boundary of STYLE.md.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's globals, for the plain .js/.mjs scripts (TypeScript files get them from @types/node). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'performance',
    'structuredClone',
    'fetch',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores([
    'dist/',
    'build/',
    'coverage/',
    'node_modules/',
    'test/fixtures/',
    'bench/inputs/',
    'bench/results.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only src/github/ talks to GitHub: the engine, the reporters, the CLI and the rules stay plain functions
    // over plain data, testable without a runner or a network (DESIGN.md "The pipeline").
    files: ['src/parse/**', 'src/lint/**', 'src/report/**', 'src/cli/**', 'rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@(actions|octokit)/',
              message: 'Only src/github/ may use @actions/* or Octokit; pass plain data in and out instead.',
            },
          ],
        },
      ],
    },
  },
]);
