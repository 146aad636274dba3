// Tests eslint.config.js through ESLint's Node API on in-memory files: every stage fence (imports point one way:
// parse → lint and rules → report → cli / github; only src/github/ imports @actions/* or Octokit) is enforced by
// planting the forbidden import, and the ignores keep generated and byte-exact files out.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.map((message) => message.ruleId);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';

/** A module that imports `specifier` and uses it, so only the fence can object. */
const importing = (specifier: string, typeOnly = false): string =>
  typeOnly
    ? `import type { Thing } from '${specifier}';\n\nexport const pick = (thing: Thing): Thing => thing;\n`
    : `import { thing } from '${specifier}';\n\nexport const value = thing;\n`;

/** [importing file, specifier, why it is forbidden]: one row per forbidden direction. */
const FORBIDDEN: [string, string, string][] = [
  ['src/parse/example.ts', '../lint/engine.js', 'src/parse reads files into ideas and imports no later stage'],
  ['src/parse/values/example.ts', '../../lint/types.js', 'src/parse reads files into ideas and imports no later stage'],
  ['src/parse/example.ts', '../../rules/index.js', 'src/parse receives the rule registry'],
  ['src/parse/example.ts', '../report/json.js', 'src/parse reads files into ideas and imports no later stage'],
  ['src/parse/example.ts', '../github/main.js', 'src/parse reads files into ideas and imports no later stage'],
  ['src/parse/example.ts', '../cli/main.js', 'src/parse reads files into ideas and imports no later stage'],
  ['src/lint/example.ts', '../../rules/index.js', 'src/lint receives the rule registry'],
  ['src/lint/example.ts', '../report/json.js', 'src/lint runs rules and imports no reporter'],
  ['src/lint/example.ts', '../github/main.js', 'src/lint runs rules and imports no reporter'],
  ['src/lint/example.ts', '../cli/main.js', 'src/lint runs rules and imports no reporter'],
  ['src/report/example.ts', '../../rules/index.js', 'src/report receives the rule registry'],
  ['src/report/example.ts', '../github/main.js', 'src/report renders text'],
  ['src/report/example.ts', '../cli/main.js', 'src/report renders text'],
  ['src/cli/example.ts', '../github/main.js', 'separate callers of the engine'],
  ['src/github/example.ts', '../cli/main.js', 'separate callers of the engine'],
  ['rules/example.ts', '../src/lint/engine.js', 'A rule imports only the rule kit'],
  ['rules/example.ts', '../src/report/json.js', 'A rule imports only the rule kit'],
  ['rules/example.ts', '../src/github/main.js', 'A rule imports only the rule kit'],
  ['rules/example/helper.ts', '../../src/lint/types.js', 'A rule imports only the rule kit'],
  ['rules/example.ts', '../src/parse/values/dates.js', 'A rule imports only types from src/parse'],
  ['rules/example.ts', 'node:fs', 'A rule does no I/O'],
  ['rules/example.ts', 'fs', 'A rule does no I/O'],
  ['src/index.ts', '@actions/core', 'Only src/github/ may use @actions/* or Octokit'],
];

describe('stage fences', () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, specifier, why) => {
    const [result] = await eslint.lintText(importing(specifier), { filePath: `${root}${file}` });
    expect(result.messages.map((m) => m.ruleId)).toEqual([RESTRICTED]);
    expect(result.messages[0].message).toContain(why);
  });

  it.each([
    ['rules/example.ts', '../src/lint/rule-kit.js'],
    ['rules/example/helper.ts', '../../src/lint/rule-kit.js'],
    ['rules/example.ts', './example/helper.js'],
    ['rules/example.ts', 'zod'],
    ['src/lint/example.ts', '../parse/index.js'],
    ['src/report/example.ts', '../lint/types.js'],
    ['src/cli/example.ts', '../../rules/index.js'],
    ['src/github/example.ts', '../../rules/index.js'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await ruleIds(importing(specifier), file)).toEqual([]);
  });

  it('lets a rule import types, and only types, from src/parse', async () => {
    expect(await ruleIds(importing('../src/parse/values/dates.js', true), 'rules/example.ts')).toEqual([]);
    expect(await ruleIds(importing('../src/parse/types.js'), 'rules/example.ts')).toEqual([RESTRICTED]);
  });
});

const USES_CORE =
  "import * as core from '@actions/core';\n\nexport const warn = (text: string) => core.warning(text);\n";
const USES_OCTOKIT = "import { retry } from '@octokit/plugin-retry';\n\nexport const plugins = [retry];\n";

describe('eslint.config.js', () => {
  for (const path of ['src/lint/example.ts', 'src/parse/example.ts', 'src/report/example.ts', 'src/cli/example.ts']) {
    it(`forbids @actions/* in ${path}`, async () => {
      expect(await ruleIds(USES_CORE, path)).toEqual([RESTRICTED]);
    });
  }

  it('forbids Octokit in a rule and names the fix', async () => {
    const [result] = await eslint.lintText(USES_OCTOKIT, { filePath: `${root}rules/example.ts` });
    expect(result.messages.map((m) => m.ruleId)).toEqual([RESTRICTED]);
    expect(result.messages[0].message).toContain('Only src/github/ may use @actions/* or Octokit');
  });

  it('allows @actions/* and Octokit in src/github/', async () => {
    expect(await ruleIds(USES_CORE, 'src/github/example.ts')).toEqual([]);
    expect(await ruleIds(USES_OCTOKIT, 'src/github/example.ts')).toEqual([]);
  });

  it('applies the typescript-eslint recommended rules', async () => {
    expect(await ruleIds('export const value: any = 1;\n', 'src/lint/example.ts')).toEqual([
      '@typescript-eslint/no-explicit-any',
    ]);
  });

  it('ignores dist/ and the fixtures', async () => {
    expect(await eslint.isPathIgnored(`${root}dist/index.js`)).toBe(true);
    expect(await eslint.isPathIgnored(`${root}test/fixtures/cli/case/x.js`)).toBe(true);
    expect(await eslint.isPathIgnored(`${root}src/lint/engine.ts`)).toBe(false);
  });
});
