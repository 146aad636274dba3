import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEventPayload } from '../support/event-payloads.js';
import { GitHubEmulator, startEmulator } from '../support/github-emulator.js';
import { gitBlobSha } from '../support/github-objects.js';
import { unifiedDiff } from '../support/line-diff.js';
import { OpenApiValidator } from '../support/openapi-validator.js';
import { runAction } from '../support/run-action.js';
import { makeScenario } from '../support/scenario.js';
import type { Scenario } from '../support/pull-request-model.js';

const lines = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const text = (rows: string[]) => `${rows.join('\n')}\n`;

/** Base: 30 prose lines; head: line 5 and 20 changed, a line added after 25. */
const BASE_IDEAS = lines('Idea text line', 30);
const HEAD_IDEAS = (() => {
  const rows = BASE_IDEAS.slice();
  rows[4] = 'Idea text line 5, reworded';
  rows[19] = 'Idea text line 20, reworded';
  rows.splice(25, 0, 'A new line after 25');
  return rows;
})();

function ideasScenario(extra: Partial<Scenario> = {}): Scenario {
  return makeScenario({
    base: {
      'ideas/2027.md': text(BASE_IDEAS),
      'README.md': 'Readme\n',
      'old/name.md': 'Moved\nfile\n',
      'gone.md': 'bye\n',
      ...extra.base,
    },
    head: {
      'ideas/2027.md': text(HEAD_IDEAS),
      'README.md': 'Readme\n',
      'new/name.md': 'Moved\nfile\n',
      'ideas/new.md': '# New\n\nText\n',
      ...extra.head,
    },
    renames: { 'new/name.md': 'old/name.md' },
    ...Object.fromEntries(Object.entries(extra).filter(([key]) => key !== 'base' && key !== 'head')),
  });
}

const running: GitHubEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
});

async function emulate(scenario: Scenario = ideasScenario()): Promise<GitHubEmulator> {
  const github = await startEmulator(scenario);
  running.push(github);
  return github;
}

/** fetch against the emulator with the scenario token (or the given one; null sends none). */
async function call(
  github: GitHubEmulator,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = github.token,
) {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token !== null) headers.authorization = `token ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${github.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const raw = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: raw && res.headers.get('content-type')?.includes('json') ? JSON.parse(raw) : raw,
  };
}

async function graphql(github: GitHubEmulator, query: string, variables?: Record<string, unknown>) {
  return call(github, 'POST', '/graphql', variables ? { query, variables } : { query });
}

const PR = '/repos/gsoc-org/ideas/pulls/42';
const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 2, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved isOutdated comments(first: 100) { nodes { databaseId body author { login } } } }
      }
    }
  }
}`;

describe('changed files', () => {
  it('lists a modified file with GitHub-shaped patch, blob sha and URLs', async () => {
    const github = await emulate();
    const { status, body } = await call(github, 'GET', `${PR}/files`);
    expect(status).toBe(200);
    const modified = body.find((f: { filename: string }) => f.filename === 'ideas/2027.md');
    expect(modified).toMatchObject({
      status: 'modified',
      additions: 3,
      deletions: 2,
      changes: 5,
      sha: gitBlobSha(text(HEAD_IDEAS)),
      patch: unifiedDiff(text(BASE_IDEAS), text(HEAD_IDEAS)).patch,
      blob_url: `https://github.com/gsoc-org/ideas/blob/${github.headSha}/ideas/2027.md`,
      contents_url: `${github.url}/repos/gsoc-org/ideas/contents/ideas/2027.md?ref=${github.headSha}`,
    });
    expect(modified.patch.split('\n')[0]).toBe('@@ -2,7 +2,7 @@ Idea text line 1');
    expect(github.commentableLines('ideas/2027.md')).toEqual([
      2, 3, 4, 5, 6, 7, 8, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
    ]);
    expect(github.violations).toEqual([]);
  });

  it('reports renamed, removed and added files like GitHub', async () => {
    const github = await emulate();
    const { body } = await call(github, 'GET', `${PR}/files`);
    expect(body.map((f: { filename: string; status: string }) => `${f.status} ${f.filename}`)).toEqual([
      'removed gone.md',
      'modified ideas/2027.md',
      'added ideas/new.md',
      'renamed new/name.md',
    ]);
    const renamed = body.find((f: { status: string }) => f.status === 'renamed');
    expect(renamed).toMatchObject({ previous_filename: 'old/name.md', changes: 0 });
    expect(renamed.patch).toBeUndefined();
    expect(body[0]).toMatchObject({ deletions: 1, patch: '@@ -1 +0,0 @@\n-bye' });
    expect(body[2].patch).toBe('@@ -0,0 +1,3 @@\n+# New\n+\n+Text');
    expect(github.violations).toEqual([]);
  });

  it('paginates 120 files with Link headers, also through getOctokit().paginate', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`ideas/idea-${String(i).padStart(3, '0')}.md`, `# Idea ${i}\n`]),
    );
    const github = await emulate(makeScenario({ head }));
    const first = await call(github, 'GET', `${PR}/files?per_page=50`);
    expect(first.body).toHaveLength(50);
    expect(first.headers.get('link')).toBe(
      `<${github.url}${PR}/files?per_page=50&page=2>; rel="next", <${github.url}${PR}/files?per_page=50&page=3>; rel="last"`,
    );
    const last = await call(github, 'GET', `${PR}/files?per_page=50&page=3`);
    expect(last.body).toHaveLength(20);
    expect(last.headers.get('link')).toBe(
      `<${github.url}${PR}/files?per_page=50&page=2>; rel="prev", <${github.url}${PR}/files?per_page=50&page=1>; rel="first"`,
    );
    const byDefault = await call(github, 'GET', `${PR}/files`);
    expect(byDefault.body).toHaveLength(30);
    expect(byDefault.headers.get('link')).toContain('page=4>; rel="last"');

    const octokit = getOctokit(github.token, { baseUrl: github.url });
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'gsoc-org',
      repo: 'ideas',
      pull_number: 42,
      per_page: 100,
    });
    expect(all.map((f) => f.filename)).toEqual(Object.keys(head).sort());
    expect(github.requests.filter((r) => r.operationId === 'pulls/list-files').at(-1)?.query).toEqual({
      per_page: '100',
      page: '2',
    });
    expect(github.violations).toEqual([]);
  });

  it('stops listing files at 3,000 like GitHub', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [`f/${String(i).padStart(4, '0')}.md`, 'x\n']),
    );
    const github = await emulate(makeScenario({ head }));
    const octokit = getOctokit(github.token, { baseUrl: github.url });
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'gsoc-org',
      repo: 'ideas',
      pull_number: 42,
      per_page: 100,
    });
    expect(all).toHaveLength(3000);
    const pull = await octokit.rest.pulls.get({ owner: 'gsoc-org', repo: 'ideas', pull_number: 42 });
    expect(pull.data.changed_files).toBe(3005);
    expect(github.violations).toEqual([]);
  });
});

describe('contents and blobs', () => {
  it('serves base and head contents by sha, and 404 for other refs', async () => {
    const github = await emulate();
    const { pull } = github.scenario;
    const atHead = await call(github, 'GET', `/repos/gsoc-org/ideas/contents/ideas%2F2027.md?ref=${pull.headSha}`);
    expect(atHead.status).toBe(200);
    expect(Buffer.from(atHead.body.content, 'base64').toString()).toBe(text(HEAD_IDEAS));
    expect(atHead.body).toMatchObject({
      type: 'file',
      encoding: 'base64',
      path: 'ideas/2027.md',
      sha: gitBlobSha(text(HEAD_IDEAS)),
    });
    const atBase = await call(github, 'GET', `/repos/gsoc-org/ideas/contents/ideas/2027.md?ref=${pull.baseSha}`);
    expect(Buffer.from(atBase.body.content, 'base64').toString()).toBe(text(BASE_IDEAS));
    expect((await call(github, 'GET', `/repos/gsoc-org/ideas/contents/ideas/new.md?ref=${pull.baseSha}`)).status).toBe(
      404,
    );
    expect(
      (await call(github, 'GET', `/repos/gsoc-org/ideas/contents/ideas/2027.md?ref=${'9'.repeat(40)}`)).status,
    ).toBe(404);
    const listing = await call(github, 'GET', `/repos/gsoc-org/ideas/contents/ideas?ref=${pull.headSha}`);
    expect(listing.body.map((e: { path: string }) => e.path)).toEqual(['ideas/2027.md', 'ideas/new.md']);
    const blob = await call(github, 'GET', `/repos/gsoc-org/ideas/git/blobs/${atHead.body.sha}`);
    expect(Buffer.from(blob.body.content, 'base64').toString()).toBe(text(HEAD_IDEAS));

    const octokit = getOctokit(github.token, { baseUrl: github.url });
    const raw = await octokit.rest.repos.getContent({
      owner: 'gsoc-org',
      repo: 'ideas',
      path: 'README.md',
      ref: pull.baseSha,
      mediaType: { format: 'raw' },
    });
    expect(raw.data as unknown).toBe('Readme\n');
    expect(github.violations).toEqual([]);
  });
});

describe('reviews', () => {
  it('creates a review with line, multi-line and file-level comments', async () => {
    const github = await emulate();
    const octokit = getOctokit(github.token, { baseUrl: github.url });
    const review = await octokit.rest.pulls.createReview({
      owner: 'gsoc-org',
      repo: 'ideas',
      pull_number: 42,
      commit_id: github.headSha,
      event: 'COMMENT',
      body: 'idea-lint',
      comments: [
        { path: 'ideas/2027.md', line: 5, body: 'one line' },
        { path: 'ideas/2027.md', start_line: 18, line: 21, side: 'RIGHT', body: 'a range' },
        { path: 'ideas/2027.md', body: 'about the file', subject_type: 'file' } as never,
      ],
    });
    expect(review.data).toMatchObject({
      state: 'COMMENTED',
      commit_id: github.headSha,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    });
    const comments = github.reviewComments();
    expect(comments.map((c) => [c.line, c.start_line, c.subject_type, c.pull_request_review_id])).toEqual([
      [5, null, 'line', review.data.id],
      [21, 18, 'line', review.data.id],
      [null, null, 'file', review.data.id],
    ]);
    expect(comments[0].diff_hunk).toBe(
      '@@ -2,7 +2,7 @@ Idea text line 1\n Idea text line 2\n Idea text line 3\n Idea text line 4\n-Idea text line 5\n+Idea text line 5, reworded',
    );
    expect(github.threads()).toHaveLength(3);
    expect(github.violations).toEqual([]);
  });

  it('answers 422 for a line outside the diff and creates nothing', async () => {
    const github = await emulate();
    const { status, body } = await call(github, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [
        { path: 'ideas/2027.md', line: 5, body: 'fine' },
        { path: 'ideas/2027.md', line: 12, body: 'off the diff' },
      ],
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({
      message: 'Unprocessable Entity',
      errors: ['Pull request review thread line must be part of the diff'],
      status: '422',
    });
    expect(github.reviews()).toEqual([]);
    expect(github.reviewComments()).toEqual([]);
    expect(github.writes().map((r) => r.status)).toEqual([422]);
    expect(github.violations).toEqual([]);
  });

  it('rejects ranges across hunks, empty ranges, files outside the pull request and unknown commits', async () => {
    const github = await emulate();
    const review = (comment: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      call(github, 'POST', `${PR}/reviews`, {
        event: 'COMMENT',
        body: 'x',
        comments: [{ path: 'ideas/2027.md', body: 'c', ...comment }],
        ...extra,
      });
    expect((await review({ start_line: 5, line: 20 })).body.errors).toEqual([
      'Pull request review thread start line must be part of the same hunk as the line',
    ]);
    expect((await review({ start_line: 20, line: 20 })).body.errors).toEqual([
      'Pull request review thread start line must precede the end line',
    ]);
    expect((await review({ path: 'docs/elsewhere.md', line: 1 })).status).toBe(422);
    expect((await review({ line: 5 }, { commit_id: 'f'.repeat(40) })).status).toBe(422);
    expect(github.reviewComments()).toEqual([]);
    const single = await call(github, 'POST', `${PR}/comments`, {
      path: 'ideas/2027.md',
      line: 12,
      body: 'x',
      commit_id: github.headSha,
    });
    expect(single.status).toBe(422);
    expect(single.body.errors[0]).toMatchObject({
      field: 'pull_request_review_thread.line',
      message: 'could not be resolved',
    });
    const fileLevel = await call(github, 'POST', `${PR}/comments`, {
      path: 'ideas/2027.md',
      body: 'file',
      commit_id: github.headSha,
      subject_type: 'file',
    });
    expect(fileLevel.status).toBe(201);
    expect(fileLevel.body).toMatchObject({ subject_type: 'file', line: null, path: 'ideas/2027.md' });
    expect(github.violations).toEqual([]);
  });
  it('places deprecated position comments and LEFT-side comments on deleted lines', async () => {
    const github = await emulate();
    const { status } = await call(github, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [
        { path: 'ideas/2027.md', position: 5, body: 'by position' },
        { path: 'ideas/2027.md', line: 20, side: 'LEFT', body: 'old text' },
      ],
    });
    expect(status).toBe(200);
    expect(github.reviewComments().map((c) => [c.line, c.side, c.position])).toEqual([
      [5, 'RIGHT', 5],
      [20, 'LEFT', 13],
    ]);
    const left = await call(github, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [{ path: 'ideas/2027.md', line: 12, side: 'LEFT', body: 'c' }],
    });
    expect(left.status).toBe(422);
    expect(github.violations).toEqual([]);
  });
});

describe('authentication and faults', () => {
  it('answers 401 without a token or with a wrong one', async () => {
    const github = await emulate();
    expect((await call(github, 'GET', PR, undefined, null)).status).toBe(401);
    const wrong = await call(github, 'GET', PR, undefined, 'ghs_wrong');
    expect(wrong).toMatchObject({ status: 401, body: { message: 'Bad credentials' } });
    const bearer = await fetch(`${github.url}${PR}`, { headers: { authorization: `Bearer ${github.token}` } });
    expect(bearer.status).toBe(200);
  });

  it('answers 403 to writes when read-only, and to the read-only token', async () => {
    const github = await emulate(ideasScenario({ readOnlyToken: 'ghs_forkToken' }));
    const forked = await call(
      github,
      'POST',
      '/repos/gsoc-org/ideas/issues/42/comments',
      { body: 'hi' },
      'ghs_forkToken',
    );
    expect(forked).toMatchObject({ status: 403, body: { message: 'Resource not accessible by integration' } });
    expect((await call(github, 'GET', `${PR}/files`, undefined, 'ghs_forkToken')).status).toBe(200);
    github.readOnly = true;
    expect((await call(github, 'POST', `${PR}/reviews`, { event: 'COMMENT', body: 'x' })).status).toBe(403);
    expect(github.issueComments()).toEqual([]);
    expect(github.reviews()).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  it('fails the next requests with 502, optionally only matching ones', async () => {
    const github = await emulate();
    github.failNext(1, 502, { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' });
    github.failNext(2);
    expect((await call(github, 'GET', PR)).status).toBe(502);
    expect((await call(github, 'GET', PR)).status).toBe(502);
    expect((await call(github, 'GET', PR)).status).toBe(200);
    expect((await call(github, 'POST', '/repos/gsoc-org/ideas/issues/42/comments', { body: 'a' })).status).toBe(502);
    expect((await call(github, 'POST', '/repos/gsoc-org/ideas/issues/42/comments', { body: 'a' })).status).toBe(201);
    expect(github.requests.map((r) => r.fault ?? r.status)).toEqual(['failNext', 'failNext', 200, 'failNext', 201]);
    expect(github.issueComments()).toHaveLength(1);
  });

  it('applies secondary rate limits with retry-after, which octokit throttling honours', async () => {
    const github = await emulate();
    github.secondaryRateLimit(1, 7);
    const limited = await call(github, 'GET', PR);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(limited.body.documentation_url).toContain('secondary-rate-limits');

    github.secondaryRateLimit(1, 1);
    const waits: number[] = [];
    const octokit = getOctokit(
      github.token,
      {
        baseUrl: github.url,
        throttle: {
          onSecondaryRateLimit: (after: number) => (waits.push(after), true),
          onRateLimit: () => false,
          retryAfterBaseValue: 1,
        },
      } as never,
      throttling,
    );
    const pull = await octokit.rest.pulls.get({ owner: 'gsoc-org', repo: 'ideas', pull_number: 42 });
    expect(pull.data.title).toBe('Add 2027 project ideas');
    expect(waits).toEqual([1]);
    expect(github.violations).toEqual([]);
  });
});

describe('OpenAPI validation', () => {
  it('records no violation for well-formed requests', async () => {
    const github = await emulate();
    await call(github, 'GET', `${PR}/comments?per_page=100&sort=created&direction=asc`);
    await call(github, 'GET', `${PR}/reviews?per_page=100`);
    await call(github, 'GET', '/repos/gsoc-org/ideas/issues/42/comments?per_page=100');
    const created = await call(github, 'POST', '/repos/gsoc-org/ideas/issues/42/comments', { body: 'summary' });
    await call(github, 'PATCH', `/repos/gsoc-org/ideas/issues/comments/${created.body.id}`, { body: 'summary v2' });
    await call(github, 'GET', `/repos/gsoc-org/ideas/commits/${github.headSha}`);
    expect(github.requests.every((r) => r.status < 300)).toBe(true);
    expect(github.issueComments()[0].body).toBe('summary v2');
    expect(github.violations).toEqual([]);
  });

  it('answers 422 and records a violation for a body or query outside the schema', async () => {
    const github = await emulate();
    const bad = await call(github, 'POST', `${PR}/reviews`, { event: 'NOPE', body: 'x' });
    expect(bad.status).toBe(422);
    expect((await call(github, 'GET', `${PR}/files?per_page=500`)).status).toBe(422);
    expect((await call(github, 'GET', `${PR}/files?perpage=50`)).status).toBe(422);
    expect((await call(github, 'PATCH', '/repos/gsoc-org/ideas/issues/comments/1', { text: 'no body' })).status).toBe(
      422,
    );
    expect(github.violations.map((v) => [v.kind, v.operationId])).toEqual([
      ['request', 'pulls/create-review'],
      ['request', 'pulls/list-files'],
      ['request', 'pulls/list-files'],
      ['request', 'issues/update-comment'],
    ]);
    expect(github.violations[0].problems.join()).toContain('body/event must be equal to one of the allowed values');
    expect(github.violations[1].problems.join()).toContain('must be <= 100');
    expect(github.reviews()).toEqual([]);
  });

  it('checks responses against the description, so a malformed emulator answer would be caught', () => {
    const validator = OpenApiValidator.load();
    const route = validator.match('GET', '/repos/gsoc-org/ideas/pulls/42');
    if (!('operationId' in route)) throw new Error(route.error);
    expect(validator.validateResponse(route, 200, { number: 42 })).toContain(
      "response 200 must have required property 'head'",
    );
    expect(
      validator.validateResponse(route, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      }),
    ).toEqual([]);
  });

  it('answers 404 and records a violation for unknown endpoints and bad path parameters', async () => {
    const github = await emulate();
    expect((await call(github, 'GET', '/repos/gsoc-org/ideas/check-runs')).status).toBe(404);
    expect((await call(github, 'DELETE', PR)).status).toBe(404);
    expect((await call(github, 'GET', '/repos/gsoc-org/ideas/pulls/abc')).status).toBe(404);
    expect(github.violations.map((v) => v.kind)).toEqual(['unknown-endpoint', 'unknown-endpoint', 'path']);
  });
});

describe('GraphQL', () => {
  async function withThreads(count: number) {
    const github = await emulate();
    await call(github, 'POST', `${PR}/reviews`, {
      event: 'COMMENT',
      body: 'x',
      comments: [5, 20, 26].slice(0, count).map((line) => ({ path: 'ideas/2027.md', line, body: `on ${line}` })),
    });
    return github;
  }

  it('lists review threads page by page with their comments', async () => {
    const github = await withThreads(3);
    const variables = { owner: 'gsoc-org', repo: 'ideas', number: 42, cursor: null };
    const first = await graphql(github, THREADS_QUERY, variables);
    const threads = first.body.data.repository.pullRequest.reviewThreads;
    expect(threads.nodes).toHaveLength(2);
    expect(threads.pageInfo.hasNextPage).toBe(true);
    expect(threads.nodes[0]).toMatchObject({
      isResolved: false,
      isOutdated: false,
      comments: { nodes: [{ body: 'on 5', author: { login: 'github-actions' } }] },
    });
    expect(threads.nodes[0].comments.nodes[0].databaseId).toBe(github.reviewComments()[0].id);
    const second = await graphql(github, THREADS_QUERY, { ...variables, cursor: threads.pageInfo.endCursor });
    expect(second.body.data.repository.pullRequest.reviewThreads).toMatchObject({
      nodes: [{ comments: { nodes: [{ body: 'on 26' }] } }],
      pageInfo: { hasNextPage: false },
    });

    const octokit = getOctokit(github.token, { baseUrl: github.url });
    const viaOctokit = await octokit.graphql<{ repository: { pullRequest: { reviewThreads: { nodes: unknown[] } } } }>(
      THREADS_QUERY,
      variables,
    );
    expect(viaOctokit.repository.pullRequest.reviewThreads.nodes).toHaveLength(2);
    expect(github.requests.filter((r) => r.operationId === 'graphql').map((r) => r.graphqlFields)).toEqual([
      ['repository'],
      ['repository'],
      ['repository'],
    ]);
    expect(github.violations).toEqual([]);
  });

  it('resolves a thread, and refuses when read-only', async () => {
    const github = await withThreads(2);
    const [thread] = github.threads();
    const mutation =
      'mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }';
    const done = await graphql(github, mutation, { id: thread.id });
    expect(done.body).toEqual({ data: { resolveReviewThread: { thread: { id: thread.id, isResolved: true } } } });
    expect(github.threads().map((t) => t.isResolved)).toEqual([true, false]);
    github.readOnly = true;
    const refused = await graphql(github, mutation, { id: github.threads()[1].id });
    expect(refused.body.errors[0]).toMatchObject({
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
    });
    expect(github.threads()[1].isResolved).toBe(false);
    expect(github.writes().map((w) => w.operationId)).toEqual(['pulls/create-review', 'graphql', 'graphql']);
    expect(github.violations).toEqual([]);
  });

  it('answers GitHub errors for invalid queries and records malformed requests', async () => {
    const github = await withThreads(1);
    const unknown = await graphql(
      github,
      '{ repository(owner: "gsoc-org", name: "ideas") { pullRequest(number: 42) { reviewThreads(first: 5) { nodes { colour } } } } }',
    );
    expect(unknown.body.errors[0].message).toBe("Field 'colour' doesn't exist on type 'PullRequestReviewThread'");
    const tooMany = await graphql(
      github,
      '{ repository(owner: "gsoc-org", name: "ideas") { pullRequest(number: 42) { reviewThreads(first: 101) { nodes { id } } } } }',
    );
    expect(tooMany.body.errors[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
    const malformed = await call(github, 'POST', '/graphql', { variables: {} });
    expect(malformed.status).toBe(200);
    expect(github.violations.map((v) => v.problems[0])).toEqual([
      "GraphQL query is invalid: Field 'colour' doesn't exist on type 'PullRequestReviewThread'",
      'GraphQL body has no "query" string',
    ]);
  });
});

describe('state across runs', () => {
  it('keeps comments between runs, moves them on a new head and shows human replies', async () => {
    const github = await emulate();
    // Run 1: a review with two comments and a summary comment.
    const run1 = getOctokit(github.token, { baseUrl: github.url });
    await run1.rest.pulls.createReview({
      owner: 'gsoc-org',
      repo: 'ideas',
      pull_number: 42,
      event: 'COMMENT',
      body: 'run 1',
      comments: [
        { path: 'ideas/2027.md', line: 5, body: 'first' },
        { path: 'ideas/2027.md', line: 20, body: 'second' },
      ],
    });
    const summary = await run1.rest.issues.createComment({
      owner: 'gsoc-org',
      repo: 'ideas',
      issue_number: 42,
      body: '<!-- idea-lint -->v1',
    });
    github.addHumanReply(github.threads()[0].id, 'Fixed, thanks @contributor-cat');

    // The contributor pushes: a line on top, line 20 changed again.
    const next = HEAD_IDEAS.slice();
    next[19] = 'Idea text line 20, reworded twice';
    next.unshift('Intro');
    const newHead = github.pushHead({ ...github.scenario.head, 'ideas/2027.md': text(next) });
    expect(github.headSha).toBe(newHead);

    // Run 2: a fresh client reads everything back.
    const run2 = getOctokit(github.token, { baseUrl: github.url });
    const comments = await run2.paginate(run2.rest.pulls.listReviewComments, {
      owner: 'gsoc-org',
      repo: 'ideas',
      pull_number: 42,
      per_page: 100,
    });
    expect(comments.map((c) => [c.body, c.line, c.in_reply_to_id ?? null, c.user?.login])).toEqual([
      ['first', 6, null, 'github-actions[bot]'],
      ['second', null, null, 'github-actions[bot]'],
      ['Fixed, thanks @contributor-cat', 6, comments[0].id, 'mentor-maria'],
    ]);
    expect(comments[0].commit_id).toBe(newHead);
    expect(comments[1].original_line).toBe(20);
    const issueComments = await run2.paginate(run2.rest.issues.listComments, {
      owner: 'gsoc-org',
      repo: 'ideas',
      issue_number: 42,
      per_page: 100,
    });
    expect(issueComments.map((c) => c.id)).toEqual([summary.data.id]);
    await run2.rest.issues.updateComment({
      owner: 'gsoc-org',
      repo: 'ideas',
      comment_id: summary.data.id,
      body: '<!-- idea-lint -->v2',
    });
    expect(github.issueComments().map((c) => c.body)).toEqual(['<!-- idea-lint -->v2']);

    const threads = await graphql(github, THREADS_QUERY, {
      owner: 'gsoc-org',
      repo: 'ideas',
      number: 42,
      cursor: null,
    });
    const nodes = threads.body.data.repository.pullRequest.reviewThreads.nodes;
    expect(nodes.map((t: { isOutdated: boolean }) => t.isOutdated)).toEqual([false, true]);
    expect(nodes[0].comments.nodes.map((c: { author: { login: string } }) => c.author.login)).toEqual([
      'github-actions',
      'mentor-maria',
    ]);
    expect(
      (await call(github, 'GET', `${PR}/files`)).body.find((f: { filename: string }) => f.filename === 'ideas/2027.md')
        .sha,
    ).toBe(gitBlobSha(text(next)));
    expect(github.violations).toEqual([]);
  });
});

describe('runAction', () => {
  it('runs a script with the runner environment and parses outputs, summary and annotations', async () => {
    const github = await emulate();
    const dir = await mkdtemp(join(tmpdir(), 'run-action-test-'));
    try {
      await mkdir(join(dir, 'dist'));
      await writeFile(
        join(dir, 'action.yml'),
        [
          'name: test',
          'inputs:',
          '  github-token:',
          '    default: ${{ github.token }}',
          '  fail-on:',
          '    default: error',
          '  comment:',
          '    required: false',
          'runs:',
          '  using: node24',
          '  main: dist/index.mjs',
          '',
        ].join('\n'),
      );
      await writeFile(
        join(dir, 'dist', 'index.mjs'),
        `
        import { appendFileSync, readFileSync } from 'node:fs';
        const env = process.env;
        const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
        const res = await fetch(env.GITHUB_API_URL + '/repos/' + env.GITHUB_REPOSITORY + '/pulls/' + event.number, { headers: { authorization: 'token ' + env['INPUT_GITHUB-TOKEN'] } });
        const pull = await res.json();
        console.log('::error file=a.md,line=3::x');
        console.log('::warning file=dir%2Ca.md,line=1,endLine=2,col=4,endColumn=9,title=A%3AB::two%0Alines 100%25');
        console.log('::stop-commands::pause');
        console.log('::error::not a command now');
        console.log('::pause::');
        console.log('::notice::done');
        appendFileSync(env.GITHUB_OUTPUT, 'findings=2\\ntitle<<ghadelimiter_1\\n' + pull.title + '\\nsecond line\\nghadelimiter_1\\n');
        appendFileSync(env.GITHUB_STEP_SUMMARY, '## Scorecard\\n');
        const seen = Object.keys(env).filter((k) => /^(GITHUB_|INPUT_|RUNNER_)/.test(k)).sort();
        appendFileSync(env.GITHUB_OUTPUT, 'seen=' + JSON.stringify(seen) + '\\ncwd=' + process.cwd() + '\\n');
        process.exitCode = 1;
      `,
      );
      process.env.GITHUB_LEAKED = 'from the test process';
      const run = await runAction({
        entry: join(dir, 'dist', 'index.mjs'),
        event: 'pull_request',
        payload: buildEventPayload('pull_request', github.scenario),
        inputs: { 'fail-on': 'warning' },
        api: github,
        token: github.token,
      });
      delete process.env.GITHUB_LEAKED;
      try {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
        expect(run.outputs).toMatchObject({
          findings: '2',
          title: 'Add 2027 project ideas\nsecond line',
          cwd: run.paths.workspace,
        });
        expect(run.summary).toBe('## Scorecard\n');
        expect(run.annotations).toEqual([
          { level: 'error', file: 'a.md', line: 3, message: 'x' },
          {
            level: 'warning',
            file: 'dir,a.md',
            line: 1,
            endLine: 2,
            col: 4,
            endColumn: 9,
            title: 'A:B',
            message: 'two\nlines 100%',
          },
          { level: 'notice', message: 'done' },
        ]);
        const seen = JSON.parse(run.outputs.seen) as string[];
        expect(seen).toContain('INPUT_GITHUB-TOKEN');
        expect(seen).toContain('INPUT_FAIL-ON');
        expect(seen).not.toContain('INPUT_COMMENT');
        expect(seen).not.toContain('GITHUB_LEAKED');
        expect(seen).not.toContain('RUNNER_DEBUG');
        expect(run.env).toMatchObject({
          'INPUT_GITHUB-TOKEN': github.token,
          'INPUT_FAIL-ON': 'warning',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REPOSITORY: 'gsoc-org/ideas',
          GITHUB_REPOSITORY_OWNER: 'gsoc-org',
          GITHUB_API_URL: github.url,
          GITHUB_GRAPHQL_URL: github.graphqlUrl,
          GITHUB_REF: 'refs/pull/42/merge',
          GITHUB_HEAD_REF: 'ideas-2027',
          GITHUB_BASE_REF: 'main',
          GITHUB_ACTIONS: 'true',
          CI: 'true',
        });
        expect(github.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([`GET ${PR} 200`]);
        expect(github.violations).toEqual([]);
      } finally {
        await run.dispose();
      }
    } finally {
      delete process.env.GITHUB_LEAKED;
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('buildEventPayload', () => {
  it('fills the pull_request payload from the scenario', () => {
    const scenario = ideasScenario();
    const payload = buildEventPayload('pull_request', scenario, { action: 'opened', fork: true });
    expect(payload).toMatchObject({
      action: 'opened',
      number: 42,
      repository: { full_name: 'gsoc-org/ideas' },
      pull_request: {
        number: 42,
        head: {
          sha: scenario.pull.headSha,
          ref: 'ideas-2027',
          repo: { full_name: 'contributor-cat/ideas', fork: true },
        },
        base: { sha: scenario.pull.baseSha, ref: 'main' },
      },
    });
    expect(payload.after).toBeUndefined();
    expect(buildEventPayload('push', scenario)).toMatchObject({
      ref: 'refs/heads/main',
      after: scenario.pull.headSha,
      repository: { full_name: 'gsoc-org/ideas' },
    });
    expect(buildEventPayload('schedule', scenario)).toEqual({
      schedule: '0 6 * * 1',
      workflow: '.github/workflows/idea-lint.yml',
    });
  });
});
