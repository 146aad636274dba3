import { describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/github/inputs.js';
import { lintRun } from '../../src/github/lint-run.js';
import { publishComments, READ_ONLY_NOTICE } from '../../src/github/pull-request.js';
import { parsePatch } from '../../src/github/diff.js';
import { resolveConfig } from '../../src/lint/config.js';
import { isSummaryComment } from '../../src/report/summary-comment.js';
import { FakeClient, FakeIO, FORBIDDEN } from './fakes.js';
import { badIdea, goodIdea, ideaList } from './ideas.js';
import { rules as registry } from '../../rules/index.js';

const HEAD = 'h'.repeat(40);
const text = ideaList(goodIdea('Search'), badIdea('Maps'), badIdea('Charts', 'mentor'));
const lines = text.split('\n');
const patch = `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
const config = resolveConfig(undefined, undefined, { rules: registry, today: '2026-11-25' });
const run = lintRun([{ path: 'ideas.md', text, changed: parsePatch(patch) }], config, 'added');
const inputs = (extra: Partial<ActionInputs> = {}): ActionInputs => ({
  token: 't',
  failOn: 'error',
  comment: 'review',
  filterMode: 'added',
  maxComments: 30,
  ...extra,
});
const options = (extra: Partial<ActionInputs> = {}) => ({
  pullRequest: { number: 42, headSha: HEAD, baseSha: 'b'.repeat(40) },
  run,
  inputs: inputs(extra),
  repoUrl: 'https://github.com/o/r',
});

describe('publishComments', () => {
  it('posts one review and one summary comment, then edits that comment in place', async () => {
    const client = new FakeClient();
    const io = new FakeIO();
    const first = await publishComments(client, io, options());
    expect(client.writes()).toEqual(['createReview', 'createIssueComment']);
    expect(run.report.files[0]!.findings).toHaveLength(2);
    expect(first.commented.size).toBe(2);
    await publishComments(client, io, options());
    expect(client.writes()).toEqual(['createReview', 'createIssueComment', 'updateIssueComment']);
    expect(client.issueComments).toHaveLength(1);
    expect(isSummaryComment(client.issueComments[0]!.body)).toBe(true);
  });

  it('posts only the summary comment under comment: summary', async () => {
    const client = new FakeClient();
    const outcome = await publishComments(client, new FakeIO(), options({ comment: 'summary' }));
    expect(client.writes()).toEqual(['createIssueComment']);
    expect(outcome.commented.size).toBe(0);
    expect(client.issueComments[0]!.body).toContain('Not commented on a line');
  });

  it('makes no request at all under comment: off', async () => {
    const client = new FakeClient();
    await publishComments(client, new FakeIO(), options({ comment: 'off' }));
    expect(client.calls).toEqual([]);
  });

  it('skips every comment after a 403 and emits one notice naming the fix', async () => {
    const client = new FakeClient();
    client.failNext('createReview', FORBIDDEN);
    const io = new FakeIO();
    const outcome = await publishComments(client, io, options());
    expect(client.writes()).toEqual(['createReview']);
    expect(io.annotations).toEqual([
      { kind: 'notice', message: READ_ONLY_NOTICE, target: { title: 'idea-lint: comments skipped' } },
    ]);
    expect(READ_ONLY_NOTICE).toContain('pull_request_target');
    expect(READ_ONLY_NOTICE).toContain('permissions: pull-requests: write');
    expect(outcome).toMatchObject({ noticeEmitted: true, skipped: READ_ONLY_NOTICE });
  });

  it('stops commenting with one line when GitHub keeps failing, and lets bugs through', async () => {
    const client = new FakeClient();
    client.failNext(
      'listReviewComments',
      new (FORBIDDEN.constructor as typeof import('../../src/github/client.js').GitHubError)('boom', 500),
    );
    const outcome = await publishComments(client, new FakeIO(), options());
    expect(outcome.failed).toBe(
      'idea-lint did not post its pull-request comments (the findings are in the annotations and the job summary): boom',
    );
    expect(client.writes()).toEqual([]);
    const buggy = new FakeClient();
    buggy.failNext('listReviewComments', new TypeError('bug'));
    await expect(publishComments(buggy, new FakeIO(), options())).rejects.toThrow('bug');
  });

  it('writes nothing when the pull request moved on to another head', async () => {
    const client = new FakeClient();
    client.head = 'n'.repeat(40);
    const io = new FakeIO();
    const outcome = await publishComments(client, io, options());
    expect(client.writes()).toEqual([]);
    expect(outcome.skipped).toBe(
      `The pull request moved on to nnnnnnn while idea-lint checked hhhhhhh, so it wrote nothing to the pull request: these results are for hhhhhhh, and the run for the newer commit comments instead.`,
    );
    expect(io.annotations.map((a) => a.kind)).toEqual(['notice']);
  });
});
