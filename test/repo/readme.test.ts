// Tests README.md against what it documents, so the docs cannot drift from the behaviour (vale-action's README and
// action.yml disagree on the default reporter): the workflows to copy are valid, the pull_request_target one never
// runs pull request code, every action input and output is in the tables with its default, the CLI options and exit
// codes match the CLI, and the configuration example is a valid configuration.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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

const workflows = blocks('yaml')
  .map((text) => parse(text) as Workflow)
  .filter((doc) => doc && typeof doc === 'object' && 'jobs' in doc);
const byEvent = (event: string) => workflows.find((workflow) => event in workflow.on);
const steps = (workflow: Workflow | undefined) => Object.values(workflow?.jobs ?? {}).flatMap((job) => job.steps);

describe('README.md', () => {
  it('gives the two quick-start commands, and npm test as the test command', () => {
    const shell = blocks('sh').join('\n');
    expect(shell).toContain('npx idea-lint ideas/**/*.md');
    expect(shell).toContain('npm test');
    expect(readme).not.toMatch(/npx vitest|npm run test\b/);
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
      expect(steps(workflow).map((step) => step.uses)).toContain('idea-lint/idea-lint@v1');
    }
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
    expect(tableAfter('Exit status:').map((row) => row[0])).toEqual(['0', '1', '2']);
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

  it('keeps the generated sections between their markers', () => {
    for (const name of ['catalogue', 'performance']) {
      const start = readme.indexOf(`<!-- ${name}:start -->`);
      expect(start).toBeGreaterThan(-1);
      expect(readme.indexOf(`<!-- ${name}:end -->`)).toBeGreaterThan(start);
    }
  });
});
