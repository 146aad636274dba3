// Tests .gitattributes in a scratch repository: text is stored with LF endings, dist/ is generated and hidden from
// diffs, and the fixtures keep their exact bytes (CRLF and BOM) through a commit and a checkout.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const CRLF_WITH_BOM = '\uFEFF## Idea\r\n\r\nDifficulty: Medium\r\n';
let dir: string;

function git(...args: string[]): string {
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('.gitattributes', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'idea-lint-attributes-'));
    copyFileSync(join(root, '.gitattributes'), join(dir, '.gitattributes'));
    mkdirSync(join(dir, 'test', 'fixtures', 'corpus'), { recursive: true });
    mkdirSync(join(dir, 'examples'));
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'test', 'fixtures', 'corpus', 'windows.md'), CRLF_WITH_BOM);
    writeFileSync(join(dir, 'examples', 'windows.md'), CRLF_WITH_BOM);
    writeFileSync(join(dir, 'dist', 'index.js'), 'export {};\n');
    git('init', '--quiet');
    git('add', '--all');
    git('-c', 'user.name=Test', '-c', 'user.email=t@example.org', 'commit', '--quiet', '-m', 'Files');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const attribute = (path: string, name: string) => git('check-attr', name, '--', path).trim().split(': ').pop();

  it('marks dist/ as generated and hides its diffs', () => {
    expect(attribute('dist/index.js', 'linguist-generated')).toBe('true');
    expect(attribute('dist/index.js', 'diff')).toBe('unset');
  });

  it('stores other text files with LF line endings', () => {
    expect(git('show', 'HEAD:examples/windows.md')).toBe('\uFEFF## Idea\n\nDifficulty: Medium\n');
  });

  it('keeps a fixture byte-exact through a commit and a fresh checkout', () => {
    expect(git('show', 'HEAD:test/fixtures/corpus/windows.md')).toBe(CRLF_WITH_BOM);
    rmSync(join(dir, 'test'), { recursive: true });
    git('checkout', '--quiet', 'HEAD', '--', 'test');
    expect(readFileSync(join(dir, 'test', 'fixtures', 'corpus', 'windows.md'), 'utf8')).toBe(CRLF_WITH_BOM);
  });
});
