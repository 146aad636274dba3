// Tests README.md against what it documents, so the docs cannot drift from the behaviour (vale-action's README and
// action.yml disagree on the default reporter): the workflows to copy are valid, the pull_request_target one never
// runs pull request code, every action input and output is in the tables with its default, the CLI options and exit
// codes match the CLI, and the configuration example is a valid configuration.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTION_REF } from '../../src/version.js';
import { type Workflow, validateWorkflow } from './workflow-schema.js';
import { rules as registry } from '../../rules/index.js';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The body of every fenced block with this info string. */
function blocks(info: string): string[] {
  return [...readme.matchAll(/^```([^\n]*)\n([^]*?)^```\s*$/gm)].filter((m) => m[1] === info).map((m) => m[2]);
}

/** The rows of the Markdown table that follows `heading`, as arrays of trimmed cells (header row excluded). */
function tableAfter(heading: string): string[][] {
  const section = readme.slice(readme.indexOf(`\n${heading}\n`) + heading.length + 2);
  const table = section.slice(section.indexOf('\n|') + 1).split(/\n(?!\|)/)[0];
  return table
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

/** The text from `heading` to the next heading of its level or above; the first after `after`, if given. */
function sectionAfter(heading: string, after?: string): string {
  const from = after ? readme.indexOf(`\n## ${after}\n`) : 0;
  const start = readme.indexOf(`\n${heading}\n`, from);
  expect(start, heading).toBeGreaterThan(-1);
  const level = heading.indexOf(' ');
  const next = readme.slice(start + heading.length + 2).search(new RegExp(`^#{1,${level}} `, 'm'));
  return readme.slice(start, next === -1 ? undefined : start + heading.length + 2 + next);
}

const workflows = blocks('yaml')
  .map((text) => parse(text) as Workflow)
  .filter((doc) => doc && typeof doc === 'object' && 'jobs' in doc);
const byEvent = (event: string) => workflows.find((workflow) => event in workflow.on);
const steps = (workflow: Workflow | undefined) => Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps);

describe('README.md', () => {
  it('starts with a command a fresh clone runs, and gives npm test as the test command', () => {
    const shell = blocks('sh');
    expect(shell[0]).toMatch(/^git clone \S+\ncd idea-lint\n$/);
    expect(shell[1]).toBe('node dist/cli.js examples/xen-outreach-2014.md\n');
    expect(existsSync(`${root}examples/xen-outreach-2014.md`)).toBe(true);
    expect(shell.join('\n')).toContain('npm test');
    expect(readme).not.toMatch(/npx vitest|npm run test\b/);
  });

  it('quotes globs in commands, so the shell does not expand them', () => {
    const lines = blocks('sh').flatMap((block) => block.split('\n'));
    const words = lines.filter((line) => /\bidea-lint /.test(line)).flatMap((line) => line.split(/\s+/));
    expect(words.filter((word) => word.includes('*') && !/^['"]/.test(word) && !word.startsWith('./'))).toEqual([]);
    expect(readme).toContain("idea-lint 'ideas/**/*.md'");
  });

  it('has a workflow to copy for pull_request, pull_request_target and a weekly schedule', () => {
    expect(byEvent('pull_request')).toBeDefined();
    expect(byEvent('pull_request_target')).toBeDefined();
    expect(byEvent('schedule')).toBeDefined();
  });

  it('gives workflows that fit the workflow schema and use the action at its major tag', () => {
    for (const workflow of workflows) {
      validateWorkflow(workflow);
      expect(validateWorkflow.errors ?? []).toEqual([]);
      expect(steps(workflow).map((step) => step.uses)).toContain(ACTION_REF);
    }
  });

  it('gives every workflow the concurrency group that keeps one run per pull request (or per issue)', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(4);
    for (const workflow of workflows) {
      const onIssues = Object.keys((workflow as unknown as { on: object }).on).includes('issues');
      expect((workflow as unknown as { concurrency: unknown }).concurrency).toEqual({
        group: onIssues
          ? 'idea-lint-issue-${{ github.event.issue.number }}'
          : 'idea-lint-${{ github.event.pull_request.number || github.ref }}',
        'cancel-in-progress': true,
      });
    }
  });

  it('documents which comments idea-lint trusts, unreadable files and the explicit-file rule', () => {
    const trusts = sectionAfter('### What idea-lint trusts');
    expect(trusts).toContain('`github-actions[bot]`');
    expect(trusts).toContain('Only comments and threads written by that identity');
    expect(trusts).toMatch(/cannot be read[^]*the check fails unless `fail-on: never`/);
    expect(sectionAfter('### Usage', 'Command line')).toContain(
      '**Files named on the command line are always linted**',
    );
    expect(sectionAfter('### Idea lists named README.md')).toContain('ignores: ["!**/README.md"]');
  });

  it('narrows the pre-commit hook to the idea folder, and the hook runs on Markdown', () => {
    const [config] = blocks('yaml').filter((text) => /^repos:/m.test(text));
    const hooks = (parse(config) as { repos: { repo: string; hooks: { id: string; files?: string }[] }[] }).repos;
    expect(hooks[0].hooks[0]).toMatchObject({ id: 'idea-lint', files: '^ideas/' });
    const manifest = parse(readFileSync(`${root}.pre-commit-hooks.yaml`, 'utf8')) as Record<string, unknown>[];
    expect(manifest).toEqual([expect.objectContaining({ id: 'idea-lint', types: ['markdown'], entry: 'idea-lint' })]);
    expect(manifest[0].files).toBeUndefined();
  });

  it('asks for contents: read and pull-requests: write on pull requests', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(byEvent(event)?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    }
  });

  it('never checks out or runs pull request code under pull_request_target', () => {
    const list = steps(byEvent('pull_request_target'));
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((step) => step.run !== undefined || step.uses?.startsWith('actions/checkout'))).toEqual([]);
  });

  it('runs the audit weekly', () => {
    const cron = (byEvent('schedule')?.on.schedule as unknown as { cron: string }[])[0].cron;
    expect(cron.split(' ')[4]).toMatch(/^[0-6]$/);
    expect(cron.split(' ').slice(2, 4)).toEqual(['*', '*']);
  });

  const action = existsSync(`${root}action.yml`)
    ? (parse(readFileSync(`${root}action.yml`, 'utf8')) as {
        inputs: Record<string, { default?: string }>;
        outputs: Record<string, unknown>;
      })
    : undefined;

  it.runIf(action)("lists every input of action.yml, in its order, with action.yml's default", () => {
    const rows = tableAfter('### Inputs');
    expect(rows.map((row) => row[0])).toEqual(Object.keys(action!.inputs).map((name) => `\`${name}\``));
    for (const [name, input] of Object.entries(action!.inputs)) {
      const row = rows.find((r) => r[0] === `\`${name}\``)!;
      if (input.default) expect(row[1], name).toBe(`\`${input.default}\``);
    }
  });

  it.runIf(action)('lists every output of action.yml, in its order', () => {
    const rows = tableAfter('### Outputs');
    expect(rows.map((row) => row[0])).toEqual(Object.keys(action!.outputs).map((name) => `\`${name}\``));
  });

  it('documents exit statuses 0, 1 and 2', () => {
    expect(tableAfter('### Exit status').map((row) => row[0])).toEqual(['0', '1', '2']);
  });

  it('documents every option of the command line', async () => {
    const { USAGE } = await import('../../src/cli/args.js');
    const options = [...USAGE.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]);
    expect(options.length).toBeGreaterThan(3);
    for (const option of new Set(options)) expect(readme).toContain(`\`${option}`);
  });

  it('gives a configuration example that is a valid configuration', async () => {
    const { resolveConfig } = await import('../../src/lint/config.js');
    const [example] = blocks('yaml').filter((text) => /^extends:/m.test(text));
    expect(() => resolveConfig(parse(example), 'README.md', { rules: registry, now: new Date() })).not.toThrow();
  });

  it('gives configuration examples that are valid configurations: JSON with $schema, README-named lists', async () => {
    const { resolveConfig } = await import('../../src/lint/config.js');
    const configs = [
      ...blocks('json').map((text) => JSON.parse(text) as unknown),
      ...blocks('yaml')
        .filter((text) => /^(files|ignores):/m.test(text) && !/^extends:/m.test(text))
        .map((text) => parse(text) as unknown),
    ];
    expect(configs.length).toBe(3);
    for (const config of configs) {
      expect(() => resolveConfig(config, 'README.md', { rules: registry, now: new Date() })).not.toThrow();
    }
  });

  it('links only to headings that exist', () => {
    const slugs = [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    );
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(2);
    expect(anchors.filter((anchor) => !slugs.includes(anchor))).toEqual([]);
  });

  it('keeps the generated sections between their markers', () => {
    for (const name of ['catalogue', 'performance']) {
      const start = readme.indexOf(`<!-- ${name}:start -->`);
      expect(start).toBeGreaterThan(-1);
      expect(readme.indexOf(`<!-- ${name}:end -->`)).toBeGreaterThan(start);
    }
  });
});
