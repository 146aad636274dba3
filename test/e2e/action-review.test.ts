// End-to-end (issue 5): the built action's pull-request review comments and sticky summary comment,
// over several runs against one emulated pull request — idempotent re-runs, resolved threads,
// placement by filter mode, suggestions, 422s, read-only tokens, neutralised text and the write budget.
import { afterEach, describe, expect, it } from 'vitest';
import { makeScenario, startEmulator, type GitHubEmulator, type RecordedRequest } from '../support/index.js';
import {
  badIdea,
  explain,
  goodIdea,
  ideaList,
  linesOf,
  requestsOf,
  reviewCommentBodies,
  runOnPullRequest,
} from './action-support.js';

const emulators: GitHubEmulator[] = [];

afterEach(async () => {
  for (const github of emulators) expect(github.violations).toEqual([]);
  await Promise.all(emulators.splice(0).map((github) => github.stop()));
});

async function emulate(...args: Parameters<typeof makeScenario>): Promise<GitHubEmulator> {
  const github = await startEmulator(makeScenario(...args));
  emulators.push(github);
  return github;
}

/** Four ideas added by the pull request: two good ones, two with one error each (Maps, Charts) and one with two (Boats). */
function listWithFindings(): string {
  return ideaList(
    goodIdea('Search'),
    badIdea('Maps'),
    badIdea('Charts', 'mentor'),
    goodIdea('Docs'),
    badIdea('Boats').replace('- Skills: JavaScript, HTML\n', ''),
  );
}

const operations = (requests: RecordedRequest[]) => requests.map((r) => r.operationId);
const summaryComments = (github: GitHubEmulator) =>
  github.issueComments().filter((c) => String(c.body).startsWith('<!-- idea-lint:summary -->'));

describe('review comments over three runs', () => {
  it('posts one review and one summary, then nothing new, then resolves exactly the fixed findings after a push', async () => {
    const github = await emulate({
      base: { 'ideas/list.md': ideaList(goodIdea('Search')) },
      head: { 'ideas/list.md': listWithFindings() },
    });

    // Run 1: one review, every comment on a line the diff lets us comment on, and one summary comment.
    const first = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(first.code, explain(first)).toBe(0);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    const comments = github.reviewComments();
    expect(comments).toHaveLength(4);
    const commentable = github.commentableLines('ideas/list.md');
    for (const comment of comments) {
      expect(comment.path).toBe('ideas/list.md');
      expect(commentable).toContain(comment.line);
      expect(String(comment.body)).toMatch(/<!-- idea-lint:fp=[0-9a-f]{16} -->$/);
    }
    expect(new Set(comments.map((c) => String(c.body).match(/fp=(\w+)/)![1])).size).toBe(4);
    expect(summaryComments(github)).toHaveLength(1);
    const summaryId = summaryComments(github)[0]!.id;
    await first.dispose();

    // Run 2, same head: nothing new is posted; the summary comment is edited in place.
    const before = github.requests.length;
    const second = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(second.code, explain(second)).toBe(0);
    const writes = github.requests.slice(before).filter((r) => r.isWrite);
    expect(operations(writes)).toEqual(['issues/update-comment']);
    expect(writes[0]!.path).toBe(`/repos/gsoc-org/ideas/issues/comments/${summaryId}`);
    expect(github.reviewComments()).toHaveLength(4);
    expect(summaryComments(github)).toHaveLength(1);
    await second.dispose();

    // Run 3: a push inserts a ten-line idea above the others (shifting them down) and fixes Maps and Charts.
    const mapsLine = linesOf(listWithFindings(), 'Difficulty: Unknown')[0];
    const fixedFingerprints = github
      .threads()
      .map((t) => ({ line: t.line, body: String(t.comments[0]!.body) }))
      .filter((t) => t.line === mapsLine || t.body.includes('has no email address'))
      .map((t) => t.body.match(/fp=(\w+)/)![1]);
    expect(fixedFingerprints).toHaveLength(2);
    const pushed = ideaList(
      goodIdea('Intro'),
      goodIdea('Search'),
      goodIdea('Maps'),
      goodIdea('Charts'),
      goodIdea('Docs'),
      badIdea('Boats').replace('- Skills: JavaScript, HTML\n', ''),
    );
    expect(linesOf(pushed, 'Difficulty: Unknown')[0]).toBe(linesOf(listWithFindings(), 'Difficulty: Unknown')[1]! + 10);
    github.pushHead({ 'ideas/list.md': pushed });
    const beforeThird = github.requests.length;
    const third = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(third.code, explain(third)).toBe(0);
    const thirdRequests = github.requests.slice(beforeThird);
    expect(
      thirdRequests.filter(
        (r) => r.operationId === 'pulls/create-review' || r.operationId === 'pulls/create-review-comment',
      ),
    ).toEqual([]);
    expect(github.reviewComments()).toHaveLength(4);
    const resolved = github.threads().filter((t) => t.isResolved);
    expect(resolved.map((t) => String(t.comments[0]!.body).match(/fp=(\w+)/)![1]).sort()).toEqual(
      [...fixedFingerprints].sort(),
    );
    expect(thirdRequests.filter((r) => r.isWrite).map((r) => r.graphqlFields ?? r.operationId)).toEqual([
      ['resolveReviewThread', 'resolveReviewThread'],
      'issues/update-comment',
    ]);
    expect(summaryComments(github)).toHaveLength(1);
    expect(String(summaryComments(github)[0]!.body)).toContain(`Checked ${github.headSha.slice(0, 7)}`);
    await third.dispose();
  });

  it('never resolves a thread someone replied to, and reopens or reposts nothing when a finding comes back', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps'), badIdea('Charts')) } });
    await (await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } })).dispose();
    const [maps, charts] = github.threads();
    github.addHumanReply(maps!.id, 'We are still deciding on the difficulty, @bot.');

    // Both findings fixed: only the thread without a reply is resolved.
    github.pushHead({ 'ideas.md': ideaList(goodIdea('Maps'), goodIdea('Charts')) });
    await (await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } })).dispose();
    expect(github.threads().map((t) => [t.id, t.isResolved])).toEqual([
      [maps!.id, false],
      [charts!.id, true],
    ]);

    // Charts' finding comes back, twice: no new comment, no reopened thread, listed in the summary.
    for (let i = 0; i < 2; i++) {
      github.pushHead({ 'ideas.md': ideaList(goodIdea('Maps'), badIdea('Charts')) + '\n'.repeat(i) });
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
      expect(run.code, explain(run)).toBe(0);
      await run.dispose();
      expect(github.reviewComments()).toHaveLength(3);
      expect(github.threads().find((t) => t.id === charts!.id)!.isResolved).toBe(true);
      const summary = String(summaryComments(github)[0]!.body);
      expect(summary).toContain('1 finding whose comment thread was resolved is still there, so it is listed below.');
      expect(summary).toContain('**Charts**: Difficulty is "Unknown"');
    }
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    expect(
      github.requests.filter((r) =>
        r.graphqlFields?.some((f) => f === 'resolveReviewThread' || f === 'unresolveReviewThread'),
      ),
    ).toHaveLength(1);
  });
});

describe('placement by filter mode', () => {
  /** Maps' difficulty (unchanged, far from the change) is wrong; the pull request adds a mentor to Maps. */
  function unchangedLine() {
    const base = ideaList(badIdea('Maps'));
    const head = base.replace(
      'Sam Mentor <sam@example.org>',
      'Sam Mentor <sam@example.org>, Kim Mentor <kim@example.org>',
    );
    return { base: { 'ideas.md': base }, head: { 'ideas.md': head } };
  }

  it('lists a finding on an unchanged line in the summary under added, linked to the head commit', async () => {
    const github = await emulate(unchangedLine());
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    expect(github.reviewComments()).toEqual([]);
    expect(requestsOf(github, 'pulls/create-review')).toEqual([]);
    const line = linesOf(unchangedLine().head['ideas.md'], 'Difficulty: Unknown')[0];
    const summary = String(summaryComments(github)[0]!.body);
    expect(summary).toContain('#### Not commented on a line (1)');
    expect(summary).toContain(
      `[ideas.md:${line}](https://github.com/gsoc-org/ideas/blob/${github.headSha}/ideas.md#L${line})`,
    );
    await run.dispose();
  });

  it('makes it a file-level comment under file', async () => {
    const github = await emulate(unchangedLine());
    const run = await runOnPullRequest(github, { inputs: { 'filter-mode': 'file' } });
    expect(run.code, explain(run)).toBe(1);
    const [comment] = github.reviewComments();
    expect(comment).toMatchObject({ path: 'ideas.md', subject_type: 'file', line: null });
    expect(String(comment!.body)).toContain('Difficulty is "Unknown"');
    expect(requestsOf(github, 'pulls/create-review-comment')).toHaveLength(1);
    expect(String(summaryComments(github)[0]!.body)).not.toContain('Not commented on a line');
    await run.dispose();
  });
});

describe('comment content', () => {
  it('turns a fix into a suggestion block on the line it replaces', async () => {
    const idea = goodIdea('Storage').replace('for the project', 'for the PVSCSI driver');
    const github = await emulate({
      base: { '.idea-lint.yml': 'glossary:\n  PVSCSI: Paravirtual SCSI\n' },
      head: { 'ideas.md': ideaList(idea) },
    });
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(0);
    const [comment] = github.reviewComments();
    const line = linesOf(ideaList(idea), 'PVSCSI')[0];
    expect(comment).toMatchObject({ line, start_line: null, side: 'RIGHT' });
    const fixed = ideaList(idea).split('\n')[line! - 1]!.replace('PVSCSI', 'Paravirtual SCSI (PVSCSI)');
    expect(String(comment!.body)).toContain(`\`\`\`suggestion\n${fixed}\n\`\`\``);
    await run.dispose();
  });

  it('never mentions anyone named in an idea', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Charts', 'mentor', '@someone')) } });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    const bodies = [
      ...reviewCommentBodies(github),
      ...github.issueComments().map((c) => String(c.body)),
      ...github.reviews().map((r) => String(r.body)),
    ];
    expect(bodies.join('\n')).toContain('@\u200bsomeone');
    for (const body of bodies) expect(body).not.toMatch(/(^|[^\u200b])@someone/);
    expect(run.summary).not.toMatch(/(^|[^\u200b])@someone/);
    await run.dispose();
  });
});

describe('GitHub refusing comments', () => {
  it('survives a 422 by trying once more', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': listWithFindings() } });
    github.failNext(1, 422, { operationId: 'pulls/create-review' });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(requestsOf(github, 'pulls/create-review').map((r) => r.status)).toEqual([422, 200]);
    expect(github.reviewComments()).toHaveLength(4);
    await run.dispose();
  });

  it('lists every finding in the summary when GitHub keeps refusing the review, losing none', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': listWithFindings() } });
    github.failNext(5, 422, { operationId: 'pulls/create-review' });
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(2);
    expect(github.reviewComments()).toEqual([]);
    const summary = String(summaryComments(github)[0]!.body);
    expect(summary).toContain('GitHub did not accept 4 line comments, so they are listed below instead.');
    expect(summary).toContain('#### Not commented on a line (4)');
    for (const idea of ['Maps', 'Charts', 'Boats']) expect(summary).toContain(`**${idea}**:`);
    expect(run.annotations.at(-1)?.message).toMatch(/^idea-lint found 3 errors/);
    await run.dispose();
  });

  it('with a read-only token, skips comments with one notice and exits by the gate alone', async () => {
    for (const [failOn, code] of [
      ['never', 0],
      ['error', 1],
    ] as const) {
      const github = await emulate({
        base: {},
        head: { 'ideas.md': listWithFindings() },
        readOnlyToken: 'ghs_forkReadOnly',
      });
      const run = await runOnPullRequest(github, { fork: true, inputs: { 'fail-on': failOn } });
      expect(run.code, explain(run)).toBe(code);
      expect(github.writes().map((r) => [r.operationId, r.status])).toEqual([['pulls/create-review', 403]]);
      const notices = run.annotations.filter((a) => a.level === 'notice');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toContain('pull_request_target');
      expect(notices[0]!.message).toContain('permissions: pull-requests: write');
      expect(run.outputs.errors).toBe('3');
      expect(run.summary).toContain('## idea-lint');
      if (code === 1)
        expect(run.annotations.at(-1)?.message).toBe(
          'idea-lint found 3 errors (fail-on: error): fix them, or set fail-on: never to report them without failing.',
        );
      await run.dispose();
    }
  });
});

describe('the write budget', () => {
  it('costs the same write calls for 200 findings as for 2', async () => {
    const writesFor = async (count: number) => {
      const ideas = Array.from({ length: count }, (_, i) => badIdea(`Idea ${i + 1}`));
      const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(...ideas) } });
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
      expect(run.code, explain(run)).toBe(0);
      await run.dispose();
      return { github, writes: operations(github.writes()) };
    };
    const few = await writesFor(2);
    const many = await writesFor(200);
    expect(few.writes).toEqual(['pulls/create-review', 'issues/create-comment']);
    expect(many.writes).toEqual(few.writes);
    expect(many.github.reviewComments()).toHaveLength(30);
    const summary = String(summaryComments(many.github)[0]!.body);
    expect(summary).toContain(
      '170 findings over the comment budget (max-comments: 30 open comments on this pull request) are listed below instead.',
    );
    expect(summary.length).toBeLessThanOrEqual(65_536);
  });
});
