// Tests scripts/release.mjs on a throwaway git repository holding copies of the version files; the project's own
// repository is never touched (the script is always given --cwd).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const script = join(root, 'scripts', 'release.mjs');
const ENTRY = '- Rules can now be listed with `--list-rules`.';

/** The environment for git and the script: no inherited repository, a fixed identity. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org' };
  Object.assign(env, { GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' });
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  return env;
}

let dir: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).trim();
}

function release(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args, '--cwd', dir], { env: cleanEnv(), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const version = (path: string) => JSON.parse(read(path)).version as string;

/** Makes the temporary repository: real package files, a changelog with one Unreleased entry, a built dist/. */
function makeRepo(bundleScript?: string): void {
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'dist'));
  copyFileSync(join(root, 'package-lock.json'), join(dir, 'package-lock.json'));
  copyFileSync(join(root, 'src', 'version.ts'), join(dir, 'src', 'version.ts'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  pkg.version = '0.1.0';
  pkg.scripts = bundleScript ? { bundle: bundleScript } : {};
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  // Whatever the project's own Unreleased section holds, the copy's holds exactly ENTRY.
  const unreleased = /^## \[Unreleased\]\n[^]*?(?=^## \[)/m;
  writeFileSync(join(dir, 'CHANGELOG.md'), changelog.replace(unreleased, `## [Unreleased]\n\n${ENTRY}\n\n`));
  writeFileSync(join(dir, 'dist', 'index.js'), '// built\n');
  for (const file of ['README.md', 'action.yml', '.pre-commit-hooks.yaml', 'idea-lint.schema.json']) {
    copyFileSync(join(root, file), join(dir, file));
  }
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Initial');
  git('tag', 'v0');
}

describe('scripts/release.mjs', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'idea-lint-release-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('bumps every version file, dates the changelog, commits, tags and moves the major tag', () => {
    makeRepo();
    const first = git('rev-parse', 'HEAD');
    const result = release('0.2.0', '--skip-bundle-check', '--date', '2026-12-01');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(version('package.json')).toBe('0.2.0');
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual(['0.2.0', '0.2.0']);
    expect(read('src/version.ts')).toContain("export const VERSION = '0.2.0';");
    expect(read('CHANGELOG.md')).toContain(`## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n${ENTRY}\n\n## [0.1.0]`);
    expect(read('CHANGELOG.md')).toContain(
      '[Unreleased]: https://github.com/idea-lint/idea-lint/compare/v0.2.0...HEAD\n' +
        '[0.2.0]: https://github.com/idea-lint/idea-lint/compare/v0.1.0...v0.2.0\n',
    );

    const head = git('rev-parse', 'HEAD');
    expect(head).not.toBe(first);
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.2.0');
    expect(git('rev-parse', 'v0.2.0^{commit}')).toBe(head);
    expect(git('rev-parse', 'v0^{commit}')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
    expect(result.stdout).toContain('git push origin v0.2.0');
    expect(result.stdout).toContain('git push --force origin v0');
  });

  it("points the action reference and schema URL at the major tag, pre-commit's rev at the release tag", () => {
    makeRepo();
    expect(release('0.2.0', '--skip-bundle-check', '--date', '2026-12-01').status).toBe(0);
    expect(read('README.md')).toContain('uses: idea-lint/idea-lint@v0\n');
    expect(read('README.md')).toContain('rev: v0.2.0\n');
    expect(read('README.md')).not.toContain('rev: v0.1.0');
    expect(read('.pre-commit-hooks.yaml')).toContain('rev: v0.2.0\n');

    writeFileSync(
      join(dir, 'CHANGELOG.md'),
      read('CHANGELOG.md').replace('## [Unreleased]\n', `## [Unreleased]\n\n${ENTRY}\n`),
    );
    git('commit', '--quiet', '-am', 'Another change');
    const major = release('1.0.0', '--skip-bundle-check', '--date', '2026-12-02');
    expect(major.stderr).toBe('');
    const readme = read('README.md');
    expect(readme).not.toMatch(/idea-lint\/idea-lint@v0|\/v0\/idea-lint\.schema\.json|rev: v0/);
    expect(readme).toContain('uses: idea-lint/idea-lint@v1\n');
    expect(readme).toContain('$schema=https://raw.githubusercontent.com/idea-lint/idea-lint/v1/idea-lint.schema.json');
    expect(readme).toContain('rev: v1.0.0\n');
    expect(read('action.yml')).toContain('uses: idea-lint/idea-lint@v1\n');
    expect(JSON.parse(read('idea-lint.schema.json')).$id).toBe(
      'https://raw.githubusercontent.com/idea-lint/idea-lint/v1/idea-lint.schema.json',
    );
    expect(git('status', '--porcelain')).toBe('');
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
  });

  it('tags the current version on the first release, changing no file', () => {
    makeRepo();
    const first = git('rev-parse', 'HEAD');
    const result = release('0.1.0', '--skip-bundle-check');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Tagging v0.1.0');
    expect(git('rev-parse', 'HEAD')).toBe(first);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('rev-parse', 'v0.1.0^{commit}')).toBe(first);
    expect(git('cat-file', '-t', 'v0')).toBe('tag'); // re-created as an annotated tag by the script
    expect(result.stdout).toContain('git push --force origin v0');
  });

  it('refuses the current version when the changelog has no section for it', () => {
    makeRepo();
    writeFileSync(join(dir, 'CHANGELOG.md'), read('CHANGELOG.md').replace('## [0.1.0]', '## 0.1.0'));
    git('commit', '--quiet', '-am', 'No 0.1.0 section');
    const result = release('0.1.0', '--skip-bundle-check');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('package.json is already at 0.1.0');
    expect(git('tag', '--list')).toBe('v0');
  });

  it('leaves the major tag alone for a pre-release', () => {
    makeRepo();
    const first = git('rev-parse', 'HEAD');
    const result = release('0.2.0-rc.1', '--skip-bundle-check', '--date', '2026-12-01');

    expect(result.status).toBe(0);
    expect(git('rev-parse', 'v0.2.0-rc.1^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v0^{commit}')).toBe(first);
    expect(result.stdout).not.toContain('origin v0\n');
  });

  it('prints the steps and changes nothing on --dry-run', () => {
    makeRepo();
    const first = git('rev-parse', 'HEAD');
    const result = release('0.2.0', '--dry-run', '--date', '2026-12-01');

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[dry run] would rebuild dist/');
    expect(result.stdout).toContain('[dry run] would commit "Release v0.2.0"');
    expect(result.stdout).toContain('[dry run] would tag v0.2.0 and move v0 to it');
    expect(git('rev-parse', 'HEAD')).toBe(first);
    expect(git('tag', '--list')).toBe('v0');
    expect(git('status', '--porcelain')).toBe('');
    expect(version('package.json')).toBe('0.1.0');
  });

  it('refuses a working tree with uncommitted changes', () => {
    makeRepo();
    writeFileSync(join(dir, 'notes.txt'), 'draft\n');
    const result = release('0.2.0', '--skip-bundle-check');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The working tree is not clean');
    expect(result.stderr).toContain('notes.txt');
    expect(version('package.json')).toBe('0.1.0');
    expect(git('tag', '--list')).toBe('v0');
  });

  it('refuses a changelog with nothing under Unreleased', () => {
    makeRepo();
    writeFileSync(join(dir, 'CHANGELOG.md'), read('CHANGELOG.md').replace(`${ENTRY}\n`, ''));
    git('commit', '--quiet', '-am', 'Empty the changelog');
    const result = release('0.2.0', '--skip-bundle-check');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing under "## [Unreleased]"');
    expect(version('package.json')).toBe('0.1.0');
  });

  it('refuses a stale dist/ after rebuilding it', () => {
    makeRepo(`node -e "require('fs').writeFileSync('dist/index.js', '// rebuilt differently\\n')"`);
    const result = release('0.2.0');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/ is out of date');
    expect(version('package.json')).toBe('0.1.0');
    expect(git('tag', '--list')).toBe('v0');
  });

  it('releases when the rebuilt dist/ equals the committed one', () => {
    makeRepo(`node -e "require('fs').writeFileSync('dist/index.js', '// built\\n')"`);
    const result = release('0.2.0', '--date', '2026-12-01');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(git('log', '-1', '--format=%s')).toBe('Release v0.2.0');
  });

  it('rejects a version that is not X.Y.Z and an existing tag', () => {
    makeRepo();
    expect(release('next', '--skip-bundle-check').status).toBe(2);
    git('tag', 'v0.2.0');
    const existing = release('0.2.0', '--skip-bundle-check');
    expect(existing.status).toBe(1);
    expect(existing.stderr).toContain('Tag v0.2.0 exists already.');
  });
});
