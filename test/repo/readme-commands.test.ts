// Runs README.md's shell blocks marked runnable on a fresh copy of the repository, as a newcomer pastes them, and
// checks that the sample output it shows is what its command prints. A runnable block follows a
// `<!-- runnable -->` line (exit status 0 expected) or `<!-- runnable exit=N -->`; a sample follows
// `<!-- output today=YYYY-MM-DD lines=N -->` and shows the first N lines and the counts of the runnable command above
// it, run with `--today`. `npm run readme` (UPDATE_README=1) rewrites the samples from a real run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_URL, VERSION } from '../../src/version.js';

const root = new URL('../../', import.meta.url).pathname;
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const update = process.env.UPDATE_README === '1';

interface Runnable {
  index: number;
  script: string;
  exit: number;
}

const runnables: Runnable[] = [...readme.matchAll(/^<!-- runnable(?: exit=(\d+))? -->\n```sh\n([^]*?)^```$/gm)].map(
  (m) => ({ index: m.index, script: m[2], exit: Number(m[1] ?? 0) }),
);

const samples = [...readme.matchAll(/^(<!-- output today=(\S+) lines=(\d+) -->\n```text\n)([^]*?)^```$/gm)].map(
  (m) => ({ index: m.index, bodyStart: m.index + m[1].length, body: m[4], today: m[2], lines: Number(m[3]) }),
);

/** The environment a command gets: no npm settings inherited from `npm test`, a private global prefix, no network. */
function commandEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(name) && !name.startsWith('GIT_')) env[name] = value;
  }
  const prefix = join(home, 'prefix');
  return {
    ...env,
    HOME: home,
    PATH: `${join(prefix, 'bin')}:${process.env.PATH}`,
    NO_COLOR: '1',
    npm_config_prefix: prefix,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** The first `lines` lines of a stylish report, an ellipsis, then its counts (from the last blank line on). */
function excerpt(output: string, lines: number): string {
  const all = output.replace(/\n$/, '').split('\n');
  const counts = all.lastIndexOf('');
  if (counts === -1 || counts <= lines) return `${all.join('\n')}\n`;
  return `${[...all.slice(0, lines), '  …', ...all.slice(counts)].join('\n')}\n`;
}

/** Copies the files a clone would hold (tracked, plus new files not ignored) into `target`. */
function copyRepository(target: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    const source = join(root, file);
    if (!existsSync(source)) continue; // deleted in the working tree
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(source, join(target, file));
  }
  // Development dependencies are never downloaded in a test: the copy shares the installed ones.
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
}

describe('README.md commands', () => {
  let home: string;
  let copy: string;

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'idea-lint-readme-'));
    copy = join(home, 'idea-lint');
    mkdirSync(copy);
    copyRepository(copy);
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('marks the Quick start command and the tarball install runnable', () => {
    const quickStart = readme.indexOf('\n## Quick start\n');
    const next = readme.indexOf('\n## ', quickStart + 1);
    const first = runnables[0];
    expect(first.index).toBeGreaterThan(quickStart);
    expect(first.index).toBeLessThan(next);
    expect(first.script).toMatch(/^node dist\/cli\.js examples\/\S+\.md\n$/);
    expect(runnables.some((r) => r.script.includes('npm pack') && r.script.includes('npm install -g'))).toBe(true);
  });

  it('installs as `npm install -g github:…` does: from a git clone, with no build and no dependencies', () => {
    const route = /^npm install -g github:(\S+)$/m.exec(readme);
    expect(route?.[1]).toBe(REPOSITORY_URL.replace('https://github.com/', ''));
    // The same install from a local clone instead of GitHub: npm clones it, packs it and installs the tarball.
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, { cwd: copy, env: commandEnv(home), encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    };
    git('init', '--quiet');
    writeFileSync(join(copy, '.git', 'info', 'exclude'), 'node_modules\n*.tgz\n');
    git('add', '--all');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'Clone');
    const env = { ...commandEnv(home), npm_config_prefix: join(home, 'git-prefix') };
    const installed = spawnSync('npm', ['install', '-g', `git+file://${copy}`], { cwd: home, env, encoding: 'utf8' });
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/warn/i);
    const bin = join(home, 'git-prefix', 'bin', 'idea-lint');
    expect(spawnSync(bin, ['--version'], { env, encoding: 'utf8' }).stdout).toBe(`${VERSION}\n`);
  });

  it('says `npm start` runs the Quick start command, and it does', () => {
    expect(readme).toContain('`npm start` runs the same\ncommand');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(`${pkg.scripts.start}\n`).toBe(runnables[0].script);
  });

  it.each(runnables.map((r) => [r.script.split('\n')[0], r] as const))('runs `%s` on a fresh copy', (_, runnable) => {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', runnable.script], {
      cwd: copy,
      env: commandEnv(home),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, `${runnable.script}\n${result.stdout}\n${result.stderr}`).toBe(runnable.exit);
  });

  it('shows sample output that its command prints', () => {
    expect(samples.length).toBeGreaterThan(0);
    let text = readme;
    for (const sample of [...samples].reverse()) {
      const command = runnables.filter((r) => r.index < sample.index).at(-1);
      expect(command?.script.trim(), 'a sample follows a runnable one-line command').toMatch(/^[^\n]+$/);
      const result = spawnSync('bash', ['-c', `${command!.script.trim()} --today ${sample.today}`], {
        cwd: root,
        env: commandEnv(home),
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      const expected = excerpt(result.stdout, sample.lines);
      if (update) text = text.slice(0, sample.bodyStart) + expected + text.slice(sample.bodyStart + sample.body.length);
      else expect(sample.body, 'README sample output is stale: run `npm run readme`').toBe(expected);
    }
    if (update && text !== readme) writeFileSync(readmePath, text);
  });
});
