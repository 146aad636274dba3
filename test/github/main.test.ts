import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/github/main.js';
import { FakeClient, FakeIO, FORBIDDEN } from './fakes.js';
import { badIdea, goodIdea, ideaList, TODAY } from './ideas.js';

const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'idea-lint-main-'));
  await mkdir(join(dir, 'workspace'));
  await mkdir(join(dir, 'temp'));
  await writeFile(
    join(dir, 'event.json'),
    JSON.stringify({ pull_request: { number: 42, head: { sha: HEAD }, base: { sha: BASE } } }),
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function env(eventName: string) {
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'gsoc-org/ideas',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    RUNNER_TEMP: join(dir, 'temp'),
  };
}

/** A pull request adding one good and one bad idea (one error) in ideas.md. */
function pullRequest(): FakeClient {
  const client = new FakeClient();
  const text = ideaList(goodIdea('Search'), badIdea('Maps'));
  const lines = text.split('\n');
  client.files = [
    {
      path: 'ideas.md',
      status: 'added',
      sha: 'x',
      patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`,
    },
  ];
  client.setFile(HEAD, 'ideas.md', text);
  return client;
}

async function runWith(io: FakeIO, eventName: string, client = pullRequest()) {
  await run({ io, env: env(eventName), now: () => new Date(`${TODAY}T12:00:00Z`), createClient: () => client });
  return client;
}

describe('run', () => {
  it('lints a pull request, comments, annotates, writes the reports and fails by the gate', async () => {
    const io = new FakeIO({ 'github-token': 't' });
    const client = await runWith(io, 'pull_request');
    expect(client.writes()).toEqual(['createReview', 'createIssueComment']);
    expect(io.outputs).toMatchObject({ findings: 1, errors: 1, warnings: 0 });
    const report = JSON.parse(await readFile(String(io.outputs.report), 'utf8')) as { files: { path: string }[] };
    expect(report.files.map((f) => f.path)).toEqual(['ideas.md']);
    expect(JSON.parse(await readFile(String(io.outputs.sarif), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(io.annotations.map((a) => [a.kind, a.target?.title])).toEqual([['error', 'unknown-difficulty']]);
    expect(io.summary).toContain(
      '❌ 1 error in the ideas this pull request touches: the check fails (fail-on: error).',
    );
    expect(io.failed).toEqual([
      'idea-lint found 1 error (fail-on: error): fix them, or set fail-on: never to report them without failing.',
    ]);
  });

  it('passes under fail-on: never', async () => {
    const io = new FakeIO({ 'github-token': 't', 'fail-on': 'never' });
    await runWith(io, 'pull_request');
    expect(io.failed).toEqual([]);
  });

  it('runs the gate alone when the token cannot comment', async () => {
    const client = pullRequest();
    client.failNext('createReview', FORBIDDEN);
    const io = new FakeIO({ 'github-token': 't', 'fail-on': 'never' });
    await runWith(io, 'pull_request', client);
    expect(io.failed).toEqual([]);
    expect(io.annotations.filter((a) => a.kind === 'notice')).toHaveLength(1);
    expect(io.summary).toContain('pull_request_target');
    expect(io.outputs.findings).toBe(1);
  });

  it('says the comments were not posted, with one error line, and exits by the gate when GitHub keeps failing', async () => {
    const client = pullRequest();
    client.failNext(
      'listIssueComments',
      new (FORBIDDEN.constructor as typeof import('../../src/github/client.js').GitHubError)(
        'GitHub could not list the comments (502): run the job again later.',
        502,
      ),
    );
    const io = new FakeIO({ 'github-token': 't', 'fail-on': 'never' });
    await runWith(io, 'pull_request', client);
    expect(io.summary).toContain('## idea-lint');
    const line =
      'idea-lint did not post its pull-request comments (the findings are in the annotations and the job summary): GitHub could not list the comments (502): run the job again later.';
    expect(io.summary).toContain(`⚠️ ${line}`);
    expect(io.annotations.filter((a) => a.target?.title === 'idea-lint: comments not posted')).toEqual([
      { kind: 'error', message: line, target: { title: 'idea-lint: comments not posted' } },
    ]);
    expect(io.failed).toEqual([]);
  });

  it('lints the workspace on push without any API call', async () => {
    await writeFile(join(dir, 'workspace', 'ideas.md'), ideaList(badIdea('Maps'), badIdea('Charts')));
    const client = new FakeClient();
    const io = new FakeIO({ 'github-token': 't' });
    await runWith(io, 'push', client);
    expect(client.calls).toEqual([]);
    expect(io.outputs).toMatchObject({ findings: 2, errors: 2 });
    expect(io.summary).toContain('in the linted files');
    expect(io.failed).toHaveLength(1);
  });

  it('fails with one clear line on a bad input, before anything else', async () => {
    const client = new FakeClient();
    const io = new FakeIO({ 'github-token': 't', 'filter-mode': 'lines' });
    await runWith(io, 'pull_request', client);
    expect(io.failed).toEqual(['Input "filter-mode" is "lines": use added, diff_context, file or nofilter.']);
    expect(client.calls).toEqual([]);
  });

  it('needs a token on a pull request', async () => {
    const io = new FakeIO({});
    await runWith(io, 'pull_request');
    expect(io.failed[0]).toMatch(/^Input "github-token" is empty:/);
  });

  it('reports an unexpected error with where to report it', async () => {
    const io = new FakeIO({ 'github-token': 't' });
    await run({
      io,
      env: env('pull_request'),
      now: () => new Date(),
      createClient: () => {
        throw new TypeError('boom');
      },
    });
    expect(io.failed).toEqual([
      'idea-lint stopped on an unexpected error (boom): please report it at https://github.com/idea-lint/idea-lint/issues with this log.',
    ]);
  });
});
