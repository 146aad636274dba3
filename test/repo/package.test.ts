// Tests the npm package as `npm pack` builds it: the command line and its documents only (no tests, benchmarks,
// fixtures or sources), no dependencies to install, and a tarball that installs offline without warnings and runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** npm's environment without the settings `npm test` passes down, with a private cache and no network. */
function npmEnv(home: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return {
    ...env,
    HOME: home,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_prefix: join(home, 'prefix'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm package', () => {
  let home: string;
  let packed: { filename: string; files: { path: string }[]; unpackedSize: number };
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'idea-lint-pack-'));
    const result = run('npm', ['pack', '--json', '--pack-destination', home], root, npmEnv(home));
    expect(result.status, result.stderr).toBe(0);
    [packed] = JSON.parse(result.stdout) as (typeof packed)[];
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('holds the command line, the schema and the documents, and nothing else', () => {
    const paths = packed.files.map((file) => file.path).sort();
    // The CLI and the chunks it loads with import() (dist/<id>.cli.js, see scripts/bundle.mjs).
    const cliChunks = readdirSync(join(root, 'dist'))
      .filter((file) => /^\d+\.cli\.js$/.test(file))
      .map((file) => `dist/${file}`);
    expect(cliChunks.length).toBeGreaterThan(0);
    expect(paths).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli.js',
        ...cliChunks,
        'dist/package.json',
        'idea-lint.schema.json',
        'package.json',
      ].sort(),
    );
    expect(paths.filter((path) => /^(test|bench|src|rules|scripts|examples)\/|fixtures/.test(path))).toEqual([]);
    expect(packed.unpackedSize).toBeLessThan(4_000_000);
  });

  it('needs nothing at run time: no dependencies, and the binary is the bundled CLI', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'idea-lint': 'dist/cli.js' });
    // Any of these makes npm install the whole toolchain when installing from git (`npm install -g github:…`).
    const prepareTriggers = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'];
    expect(Object.keys(pkg.scripts).filter((name) => prepareTriggers.includes(name))).toEqual([]);
    expect(readFileSync(join(root, 'dist', 'cli.js'), 'utf8').slice(0, 20)).toBe('#!/usr/bin/env node\n');
  });

  it('installs from its tarball offline, with no warning, and lints from a folder with no node_modules', () => {
    expect(packed.filename).toBe(`idea-lint-${VERSION}.tgz`);
    const installed = run('npm', ['install', '--global', join(home, packed.filename)], home, npmEnv(home));
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/warn/i);
    expect(installed.stdout).toMatch(/added 1 package/);

    const bin = join(home, 'prefix', 'bin', 'idea-lint');
    expect(run(bin, ['--version'], home, npmEnv(home)).stdout).toBe(`${VERSION}\n`);
    copyFileSync(join(root, 'examples', 'xen-outreach-2014.md'), join(home, 'ideas.md'));
    const linted = run(bin, ['ideas.md', '--today', '2026-11-25'], home, npmEnv(home));
    expect(linted.stderr).toBe('');
    expect(linted.status).toBe(1);
    expect(linted.stdout).toMatch(/^ideas\.md\n/);
    expect(linted.stdout).toMatch(/✖ \d+ problems \(\d+ errors?,/);
  });
});
