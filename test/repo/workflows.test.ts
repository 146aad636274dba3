// Tests .github/workflows/*.yml: each parses, fits the workflow schema (known keys only, actions pinned to a major
// version), and does its job: CI on Node 24 and 20, check-dist really fails on a stale dist/, dogfood runs `./`.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Step, type Workflow, validateWorkflow } from './workflow-schema.js';

const root = new URL('../../', import.meta.url).pathname;
const workflowsDir = join(root, '.github', 'workflows');

function load(name: string): Workflow {
  return parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow;
}

const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const indexOfRun = (list: Step[], command: string) => list.findIndex((s) => s.run?.split('\n').includes(command));

describe('.github/workflows', () => {
  const names = readdirSync(workflowsDir).filter((name) => name.endsWith('.yml'));

  it('holds the ci, check-dist and dogfood workflows', () => {
    expect(names).toEqual(expect.arrayContaining(['ci.yml', 'check-dist.yml', 'dogfood.yml']));
  });

  for (const name of names) {
    it(`${name} fits the workflow schema`, () => {
      const valid = validateWorkflow(load(name));
      expect(validateWorkflow.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it(`${name} pins every action to a known major version`, () => {
      const used = steps(load(name)).flatMap((step) => (step.uses && step.uses !== './' ? [step.uses] : []));
      for (const uses of used) {
        expect(['actions/checkout@v5', 'actions/setup-node@v5', 'actions/upload-artifact@v4']).toContain(uses);
      }
    });
  }

  it('rejects an unknown key and an unpinned action', () => {
    const typo = { on: { push: null }, jobs: { a: { runs_on: 'ubuntu-latest', steps: [{ run: 'true' }] } } };
    expect(validateWorkflow(typo)).toBe(false);
    const unpinned = {
      on: { push: null },
      jobs: { a: { 'runs-on': 'x', steps: [{ uses: 'actions/checkout@main' }] } },
    };
    expect(validateWorkflow(unpinned)).toBe(false);
  });

  describe('ci.yml', () => {
    const ci = load('ci.yml');
    const job = Object.values(ci.jobs)[0];

    it('runs on Node 24 and Node 20', () => {
      expect(job.strategy?.matrix['node-version']).toEqual([24, 20]);
    });

    it('installs with the npm cache, then typechecks, lints and tests in that order', () => {
      const setup = job.steps.find((s) => s.uses === 'actions/setup-node@v5');
      expect(setup?.with).toEqual({ 'node-version': '${{ matrix.node-version }}', cache: 'npm' });
      const order = ['npm ci', 'npm run typecheck', 'npm run lint', 'npm test'].map((c) => indexOfRun(job.steps, c));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });
  });

  describe('check-dist.yml', () => {
    const list = steps(load('check-dist.yml'));
    const compare = list.find((s) => s.run?.includes('git diff'));

    it('rebuilds dist/ before comparing it, and uploads the expected build on failure', () => {
      const bundle = indexOfRun(list, 'npm run bundle');
      expect(bundle).toBeGreaterThan(indexOfRun(list, 'npm ci'));
      expect(list.indexOf(compare!)).toBeGreaterThan(bundle);
      expect(compare?.run).toMatch(/git diff .*--exit-code.* dist\//);
      const upload = list.find((s) => s.uses === 'actions/upload-artifact@v4');
      expect(upload?.if).toContain('failure()');
      expect(upload?.if).toContain(`steps.${compare?.id}.outcome == 'failure'`);
      expect(upload?.with?.path).toBe('dist/');
    });

    describe('its compare step, run in a scratch repository', () => {
      let dir: string;
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      const compareStep = () =>
        spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', compare!.run!], {
          cwd: dir,
          encoding: 'utf8',
        });

      beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'idea-lint-check-dist-'));
        mkdirSync(join(dir, 'dist'));
        copyFileSync(join(root, '.gitattributes'), join(dir, '.gitattributes'));
        writeFileSync(join(dir, 'dist', 'index.js'), 'export const built = 1;\n');
        git('init', '--quiet');
        git('add', '--all');
        git('-c', 'user.name=Test', '-c', 'user.email=t@example.org', 'commit', '--quiet', '-m', 'Built');
      });
      afterEach(() => rmSync(dir, { recursive: true, force: true }));

      it('passes when the rebuilt dist/ equals the committed one', () => {
        expect(compareStep().status).toBe(0);
      });

      it('fails on a changed file and prints its diff as text', () => {
        writeFileSync(join(dir, 'dist', 'index.js'), 'export const built = 2;\n');
        const result = compareStep();
        expect(result.status).not.toBe(0);
        expect(result.stdout).toContain('+export const built = 2;');
      });

      it('fails on a file the bundle added', () => {
        writeFileSync(join(dir, 'dist', 'licenses.txt'), 'MIT\n');
        const result = compareStep();
        expect(result.status).not.toBe(0);
        expect(result.stdout).toContain('dist/licenses.txt');
      });

      it('fails on a file the bundle no longer makes', () => {
        rmSync(join(dir, 'dist', 'index.js'));
        expect(compareStep().status).not.toBe(0);
      });
    });
  });

  describe('dogfood.yml', () => {
    const dogfood = load('dogfood.yml');

    it('runs one idea-lint run per pull request at a time, cancelling the older one', () => {
      expect(load('dogfood.yml').concurrency).toEqual({
        group: 'idea-lint-${{ github.event.pull_request.number || github.ref }}',
        'cancel-in-progress': true,
      });
    });

    it('runs on pull requests that touch the examples or the fixtures', () => {
      expect(Object.keys(dogfood.on)).toEqual(['pull_request']);
      expect(dogfood.on.pull_request?.paths).toEqual(['examples/**', 'test/fixtures/**']);
    });

    it('runs the action from this checkout with read access to contents and write access to pull requests', () => {
      expect(dogfood.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
      const list = steps(dogfood);
      const action = list.findIndex((s) => s.uses === './');
      expect(action).toBeGreaterThan(list.findIndex((s) => s.uses === 'actions/checkout@v5'));
      expect(list.findIndex((s) => s.uses === 'actions/checkout@v5')).toBeGreaterThanOrEqual(0);
    });

    it('never lints a held-out set: its configuration ignores test/fixtures/heldout-*', () => {
      const action = steps(dogfood).find((s) => s.uses === './');
      const config = String(action?.with?.config);
      const globs = String(action?.with?.files).trim().split('\n');
      const dir = mkdtempSync(join(tmpdir(), 'idea-lint-dogfood-'));
      try {
        const idea = '# Ideas\n\n## Parse dates\n\nRead dates.\n';
        for (const folder of ['test/fixtures/heldout-9', 'test/fixtures/regression-9', 'examples'])
          mkdirSync(join(dir, folder), { recursive: true });
        writeFileSync(join(dir, 'test/fixtures/heldout-9/list.md'), idea);
        writeFileSync(join(dir, 'test/fixtures/regression-9/list.md'), idea);
        writeFileSync(join(dir, 'examples/list.md'), idea);
        const out = execFileSync(
          process.execPath,
          [join(root, 'dist/cli.js'), '-c', join(root, config), '-f', 'json', '--fail-on', 'never', ...globs],
          { cwd: dir, encoding: 'utf8' },
        );
        const files = (JSON.parse(out) as { files: { path: string }[] }).files.map((f) => f.path).sort();
        expect(files).toEqual(['examples/list.md', 'test/fixtures/regression-9/list.md']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
