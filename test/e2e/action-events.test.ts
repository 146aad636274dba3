// End-to-end (issue 4): the built action, run as the runner runs it, against the GitHub emulator —
// events, file sources, annotations, job summary, outputs and the gate.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEventPayload, makeScenario, runAction, startEmulator, type GitHubEmulator } from '../support/index.js';
import {
  badIdea,
  ENTRY,
  explain,
  goodIdea,
  ideaList,
  linesOf,
  NODES,
  requestsOf,
  reviewCommentBodies,
  runOnPullRequest,
  TODAY,
} from './action-support.js';

let github: GitHubEmulator | undefined;
const temporary: string[] = [];

afterEach(async () => {
  if (github) expect(github.violations).toEqual([]);
  await github?.stop();
  github = undefined;
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Base has one good idea in ideas/a.md; the head adds a bad idea there, a new idea file and a code change. */
function twoIdeaFiles() {
  const base = {
    'ideas/a.md': ideaList(goodIdea('Search')),
    'src/app.js': 'export const x = 1;\n',
    'README.md': '# Ideas\n',
  };
  const head = {
    'ideas/a.md': ideaList(goodIdea('Search'), badIdea('Maps')),
    'ideas/b.md': ideaList(badIdea('Charts', 'mentor')),
    'src/app.js': 'export const x = 2;\n',
    'README.md': '# Ideas\n',
  };
  return { base, head };
}

describe.each(NODES)('pull_request on $name', ({ path: node }) => {
  it('lints the two changed idea files and nothing else, through the API', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    const run = await runOnPullRequest(github, { node });
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', errors: '2', warnings: '0' });
    const head = twoIdeaFiles().head;
    expect(run.annotations.filter((a) => a.title !== undefined && a.file !== undefined)).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'ideas/a.md',
        line: linesOf(head['ideas/a.md'], 'Difficulty: Unknown')[0],
        title: 'unknown-difficulty',
      }),
      expect.objectContaining({
        level: 'error',
        file: 'ideas/b.md',
        line: linesOf(head['ideas/b.md'], 'Mentors: Maria Mentor')[0],
        title: 'missing-mentor-email',
      }),
    ]);
    // The reason the step failed is the gate's one line.
    expect(run.annotations.at(-1)).toEqual({
      level: 'error',
      message:
        'idea-lint found 2 errors (fail-on: error): fix them, or set fail-on: never to report them without failing.',
    });
    const reads = requestsOf(github, 'repos/get-content').map((r) => [
      decodeURIComponent(r.path.split('/contents/')[1]!),
      r.query.ref,
    ]);
    expect(reads.filter(([path]) => !path!.includes('idea-lint'))).toEqual([
      ['ideas/a.md', github.headSha],
      ['ideas/b.md', github.headSha],
    ]);
    expect(run.summary).toContain(
      '❌ 2 errors in the ideas this pull request touches: the check fails (fail-on: error).',
    );
    expect(run.summary).toContain(`https://github.com/gsoc-org/ideas/blob/${github.headSha}/ideas/b.md#L`);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as { files: { path: string }[] };
    expect(report.files.map((f) => f.path)).toEqual(['ideas/a.md', 'ideas/b.md']);
    expect(JSON.parse(await readFile(run.outputs.sarif!, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(run.outputs.report!.startsWith(run.paths.runnerTemp)).toBe(true);
    await run.dispose();
  });
});

describe('pull_request on a .markdown page', () => {
  it('lints a changed Jekyll page named .markdown under the default globs', async () => {
    github = await startEmulator(
      makeScenario({
        base: { 'gsoc/index.markdown': ideaList(goodIdea('Search')) },
        head: { 'gsoc/index.markdown': ideaList(goodIdea('Search'), badIdea('Maps')) },
      }),
    );
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1' });
    expect(
      requestsOf(github, 'repos/get-content').map((r) => decodeURIComponent(r.path.split('/contents/')[1]!)),
    ).toContain('gsoc/index.markdown');
    expect(reviewCommentBodies(github)).toHaveLength(1);
    await run.dispose();
  });
});

describe.each(NODES)('pull_request_target on $name', ({ path: node }) => {
  it('reads the head through the API and reviews like pull_request', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    const run = await runOnPullRequest(github, {
      node,
      eventName: 'pull_request_target',
      inputs: { 'fail-on': 'never' },
    });
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.errors).toBe('2');
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    await run.dispose();
  });
});

describe('pull request file sources', () => {
  it('lists a 120-file pull request page by page and lints the idea file on the second page', async () => {
    const base: Record<string, string> = {};
    const head: Record<string, string> = {};
    for (let i = 0; i < 119; i++) head[`assets/${String(i).padStart(3, '0')}.txt`] = `asset ${i}\n`;
    head['zzz/ideas.md'] = ideaList(badIdea('Maps'));
    github = await startEmulator(makeScenario({ base, head }));
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    const pages = requestsOf(github, 'pulls/list-files');
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(run.outputs.errors).toBe('1');
    expect(run.stdout).toContain('Pull request #42: 120 changed files, 1 idea files to lint.');
    await run.dispose();
  });

  it('lints a renamed file under its new name', async () => {
    const text = ideaList(goodIdea('Search'), badIdea('Maps'));
    github = await startEmulator(
      makeScenario({
        base: { 'ideas/2026.md': text },
        head: { 'ideas/2027.md': text.replace('Search', 'Better search') },
        renames: { 'ideas/2027.md': 'ideas/2026.md' },
      }),
    );
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as {
      files: { path: string; findings: unknown[] }[];
    };
    expect(report.files.map((f) => f.path)).toEqual(['ideas/2027.md']);
    expect(report.files[0]!.findings).toHaveLength(1);
    // Maps is untouched by the rename's one changed line: listed, but it does not count.
    expect(run.outputs.errors).toBe('0');
    expect(requestsOf(github, 'repos/get-content').some((r) => r.path.includes('2026'))).toBe(false);
    await run.dispose();
  });

  it('skips a removed idea file', async () => {
    github = await startEmulator(
      makeScenario({
        base: { 'ideas/old.md': ideaList(badIdea('Old')), 'ideas/new.md': ideaList(goodIdea('Search')) },
        head: { 'ideas/new.md': ideaList(goodIdea('Search'), goodIdea('Maps')) },
      }),
    );
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(requestsOf(github, 'repos/get-content').some((r) => r.path.includes('old.md'))).toBe(false);
    expect(run.summary).toContain('✅ The idea this pull request touches is ready.');
    await run.dispose();
  });

  it('reads the configuration from the base commit, never from the pull request', async () => {
    const ideas = ideaList(badIdea('Maps'), badIdea('Charts', 'mentor'));
    github = await startEmulator(
      makeScenario({
        base: {
          '.github/idea-lint.yml': 'files: ["ideas/**/*.md"]\nrules:\n  unknown-difficulty: warning\n',
          'other/notes.md': '# Notes\n',
        },
        head: {
          '.github/idea-lint.yml':
            'files: ["ideas/**/*.md"]\nrules:\n  unknown-difficulty: off\n  missing-mentor-email: off\n',
          'ideas/list.md': ideas,
          'other/notes.md': ideaList(badIdea('Not an idea file')),
        },
      }),
    );
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' });
    const config = requestsOf(github, 'repos/get-content').filter((r) => r.path.includes('idea-lint'));
    expect(config.map((r) => r.query.ref)).toEqual([github.scenario.pull.baseSha]);
    expect(run.stdout).toContain('Configuration: .github/idea-lint.yml at the base commit 1010101.');
    await run.dispose();
  });
});

describe('the gate', () => {
  /** One warning (no skills listed) in a changed idea. */
  const warningOnly = () =>
    makeScenario({
      base: {},
      head: { 'ideas.md': ideaList(goodIdea('Maps').replace('- Skills: JavaScript, HTML\n', '')) },
    });

  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0],
  ])('with fail-on: %s and one warning, exits %i', async (failOn, code) => {
    github = await startEmulator(warningOnly());
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': failOn, comment: 'off' } });
    expect(run.code, explain(run)).toBe(code);
    expect(run.outputs).toMatchObject({ findings: '1', errors: '0', warnings: '1' });
    if (code === 1)
      expect(run.annotations.at(-1)?.message).toBe(
        'idea-lint found 0 errors and 1 warning (fail-on: warning): fix them, or set fail-on: error to report them without failing.',
      );
    await run.dispose();
  });

  it('passes with errors under fail-on: never', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.errors).toBe('2');
    await run.dispose();
  });
});

describe('GitHub failures', () => {
  it('retries a 502 and succeeds', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    github.failNext(1, 502, { operationId: 'pulls/list-files' });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(requestsOf(github, 'pulls/list-files').map((r) => r.status)).toEqual([502, 200]);
    expect(run.outputs.errors).toBe('2');
    await run.dispose();
  });

  it('fails with what to do when GitHub keeps answering 502', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    github.failNext(10, 502, { operationId: 'pulls/list-files' });
    const run = await runOnPullRequest(github);
    expect(run.code).toBe(1);
    expect(requestsOf(github, 'pulls/list-files')).toHaveLength(4);
    expect(run.annotations.at(-1)?.message).toBe(
      'GitHub could not list the files of pull request #42 (502 Server Error): GitHub kept failing after retries, so run the job again later.',
    );
    await run.dispose();
  });

  it('waits out a secondary rate limit and retries the review', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    github.secondaryRateLimit(1, 2, { operationId: 'pulls/create-review' });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    const reviews = requestsOf(github, 'pulls/create-review');
    expect(reviews.map((r) => [r.status, r.fault])).toEqual([
      [403, 'secondaryRateLimit'],
      [200, undefined],
    ]);
    expect(run.stdout).toContain(
      "GitHub's secondary rate limit stopped POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews; retrying after 2 s.",
    );
    expect(github.reviews()).toHaveLength(1);
    await run.dispose();
  });
});

describe('bad inputs and tokens', () => {
  it('fails on a bad input with one clear message and no request', async () => {
    github = await startEmulator(makeScenario(twoIdeaFiles()));
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(run.annotations).toEqual([
      { level: 'error', message: 'Input "fail-on" is "sometimes": use error, warning, notice or never.' },
    ]);
    expect(run.stderr).toBe('');
    expect(github.requests).toEqual([]);
    await run.dispose();
  });

  it('attempts no write at all with a read-only token and comment: off', async () => {
    github = await startEmulator(makeScenario({ ...twoIdeaFiles(), readOnlyToken: 'ghs_readOnlyForkToken' }));
    const run = await runOnPullRequest(github, { fork: true, inputs: { comment: 'off' } });
    expect(run.code, explain(run)).toBe(1);
    expect(github.writes()).toEqual([]);
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(run.outputs.errors).toBe('2');
    expect(run.summary).toContain('## idea-lint');
    await run.dispose();
  });
});

describe.each(NODES)('workspace audits on $name', ({ path: node }) => {
  it.each(['push', 'schedule', 'workflow_dispatch'] as const)(
    'lints every idea file in the workspace on %s, without the API',
    async (event) => {
      const workspace = await mkdtemp(join(tmpdir(), 'idea-lint-workspace-'));
      temporary.push(workspace);
      await mkdir(join(workspace, 'ideas'));
      await mkdir(join(workspace, '.github'));
      await writeFile(
        join(workspace, 'ideas', '2027.md'),
        ideaList(goodIdea('Search'), badIdea('Maps'), badIdea('Charts', 'mentor')),
      );
      await writeFile(join(workspace, 'README.md'), ideaList(badIdea('Not an idea')));
      await writeFile(join(workspace, '.github', 'idea-lint.yml'), 'rules:\n  missing-mentor-email: warning\n');
      github = await startEmulator(makeScenario());
      const run = await runAction({
        entry: ENTRY,
        node,
        event,
        payload: buildEventPayload(event, github.scenario),
        repository: 'gsoc-org/ideas',
        workspace,
        api: { url: github.url, graphqlUrl: github.graphqlUrl },
        token: github.token,
        inputs: { today: TODAY },
        env: { IDEA_LINT_RETRY_BASE_MS: '5' },
      });
      expect(run.code, explain(run)).toBe(1);
      expect(github.requests).toEqual([]);
      expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' });
      expect(run.annotations.filter((a) => a.file).map((a) => [a.level, a.file, a.title])).toEqual([
        ['error', 'ideas/2027.md', 'unknown-difficulty'],
        ['warning', 'ideas/2027.md', 'missing-mentor-email'],
      ]);
      expect(run.summary).toContain('❌ 1 error, 1 warning in the linted files: the check fails (fail-on: error).');
      expect(run.summary).toContain('| [Search]');
      await run.dispose();
    },
  );
});
