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

const GITHUB_ONLY = githubOnly();

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
  // The stage fences (DESIGN.md "The pipeline"): files → ideas (src/parse) → findings (rules/ through the rule kit,
  // run by src/lint) → text (src/report) → the callers (src/cli, src/github). Imports point one way only;
  // test/repo/lint-config.test.ts plants each forbidden import and expects it to fail.
  ...fences({
    'src/parse/**': [
      stage(['lint', 'report', 'github', 'cli'], 'src/parse reads files into ideas and imports no later stage.'),
      noRules('src/parse'),
      GITHUB_ONLY,
    ],
    'src/lint/**': [
      stage(['report', 'github', 'cli'], 'src/lint runs rules and imports no reporter, the action or the CLI.'),
      noRules('src/lint'),
      GITHUB_ONLY,
    ],
    'src/report/**': [
      stage(['github', 'cli'], 'src/report renders text and imports neither the action nor the CLI.'),
      noRules('src/report'),
      GITHUB_ONLY,
    ],
    'src/cli/**': [stage(['github'], 'The CLI and the action are separate callers of the engine.'), GITHUB_ONLY],
    'src/github/**': [stage(['cli'], 'The CLI and the action are separate callers of the engine.')],
    'src/*.ts': [GITHUB_ONLY],
    'rules/**': [
      {
        regex: '^(\\.\\./)+src/(?!lint/rule-kit\\.js$|parse/)',
        message: 'A rule imports only the rule kit (src/lint/rule-kit.ts) and types of src/parse.',
      },
      {
        regex: '^(\\.\\./)+src/parse/',
        allowTypeImports: true,
        message: 'A rule imports only types from src/parse; parsing helpers come through src/lint/rule-kit.ts.',
      },
      {
        regex: '^(node:|(fs|path|os|child_process|http|https|net|url|crypto|process|worker_threads)(/|$))',
        message: 'A rule does no I/O: no Node.js modules; everything it may know comes in its context.',
      },
      GITHUB_ONLY,
    ],
  }),
]);

/** Only src/github/ talks to GitHub: the engine, the reporters, the CLI and the rules stay plain functions. */
function githubOnly() {
  return {
    regex: '^@(actions|octokit)/',
    message: 'Only src/github/ may use @actions/* or Octokit; pass plain data in and out instead.',
  };
}

/** Forbids relative imports of the given sibling stages of src/. */
function stage(names, message) {
  return { regex: `^(\\.\\./)+(src/)?(${names.join('|')})(/|$)`, message };
}

/** Forbids importing rules/: the callers (CLI, action) pass the registry down. */
function noRules(folder) {
  return {
    regex: '^(\\.\\./)+rules(/|$)',
    message: `${folder} receives the rule registry from its caller (src/cli, src/github) instead of importing rules/.`,
  };
}

/** One config object per folder: flat config replaces a rule's options per file, so each folder lists all its fences. */
function fences(byFolder) {
  return Object.entries(byFolder).map(([glob, patterns]) => ({
    files: [glob],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  }));
}
