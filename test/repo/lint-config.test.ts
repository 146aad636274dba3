// Tests eslint.config.js through ESLint's Node API on in-memory files: the stage boundary (only src/github/ may
// import @actions/* or Octokit) is enforced, and the ignores keep generated and byte-exact files out.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.map((message) => message.ruleId);
}

const USES_CORE =
  "import * as core from '@actions/core';\n\nexport const warn = (text: string) => core.warning(text);\n";
const USES_OCTOKIT = "import { retry } from '@octokit/plugin-retry';\n\nexport const plugins = [retry];\n";

describe('eslint.config.js', () => {
  for (const path of ['src/lint/example.ts', 'src/parse/example.ts', 'src/report/example.ts', 'src/cli/example.ts']) {
    it(`forbids @actions/* in ${path}`, async () => {
      expect(await ruleIds(USES_CORE, path)).toEqual(['no-restricted-imports']);
    });
  }

  it('forbids Octokit in a rule and names the fix', async () => {
    const [result] = await eslint.lintText(USES_OCTOKIT, { filePath: `${root}rules/example.ts` });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
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
