import { describe, expect, it } from 'vitest';
import { FILE_COMMENTS_PER_RUN, planReview, syncReview } from '../../src/github/review.js';
import type { PlacedFinding } from '../../src/lint/placement.js';
import type { Finding, Severity } from '../../src/lint/types.js';
import { fingerprintMarker } from '../../src/report/review-comment.js';
import { ACTIONS_BOT_IDENTITY } from '../../src/github/identity.js';
import { BOT_GRAPHQL, BOT_REST, FakeClient, human, UNPROCESSABLE } from './fakes.js';

const ME = ACTIONS_BOT_IDENTITY;

const HEAD = 'h'.repeat(40);

function placed(fingerprint: string, extra: Partial<PlacedFinding> = {}, severity: Severity = 'error'): PlacedFinding {
  const finding: Finding = {
    ruleId: 'unknown-difficulty',
    severity,
    message: `Difficulty of ${fingerprint} is "Unknown".`,
    line: 5,
    column: 1,
    endLine: 5,
    endColumn: 4,
    offset: 0,
    endOffset: 3,
    idea: fingerprint,
    fingerprint,
    docs: 'https://example.org/unknown-difficulty',
  };
  return { path: 'ideas.md', finding, where: 'inline', inScope: true, line: 5, ...extra };
}

const ours = (fingerprint: string, id = 1) => ({
  id,
  body: `text\n\n${fingerprintMarker(fingerprint)}`,
  path: 'ideas.md',
  author: BOT_REST,
});
const thread = (id: string, fingerprint: string, extra: { isResolved?: boolean; replies?: number } = {}) => ({
  id,
  isResolved: extra.isResolved ?? false,
  comments: [
    { body: `text\n\n${fingerprintMarker(fingerprint)}`, author: BOT_GRAPHQL },
    ...Array.from({ length: extra.replies ?? 0 }, () => ({ body: 'Thanks, fixing it.', author: human() })),
  ],
});

describe('planReview', () => {
  it('posts only findings without a comment of ours, and counts the others as commented', () => {
    const plan = planReview([placed('aa'), placed('bb')], [ours('aa')], [thread('T1', 'aa')], 30, ME);
    expect(plan.lines.map((p) => p.finding.fingerprint)).toEqual(['bb']);
    expect([...plan.commented]).toEqual(['aa']);
    expect(plan.toResolve).toEqual([]);
  });

  it('keeps summary-only and out-of-scope findings out of the review', () => {
    const plan = planReview([placed('aa', { where: 'summary' }), placed('bb', { inScope: false })], [], [], 30, ME);
    expect(plan.lines).toEqual([]);
    expect(plan.overflow).toEqual([]);
  });

  it('spends the budget on the most severe findings first and overflows the rest', () => {
    const findings = [
      placed('n1', {}, 'notice'),
      placed('e1', {}, 'error'),
      placed('w1', {}, 'warning'),
      placed('e2', { path: 'a.md' }, 'error'),
    ];
    const plan = planReview(findings, [], [], 2, ME);
    expect(plan.lines.map((p) => p.finding.fingerprint)).toEqual(['e2', 'e1']);
    expect(plan.overflow.map((p) => p.finding.fingerprint)).toEqual(['w1', 'n1']);
  });

  it('caps file-level comments, which cost a request each', () => {
    const findings = Array.from({ length: 12 }, (_, i) => placed(`f${i}`, { where: 'file' }));
    const plan = planReview(findings, [], [], 30, ME);
    expect(plan.files).toHaveLength(FILE_COMMENTS_PER_RUN);
    expect(plan.overflow).toHaveLength(2);
  });

  it('resolves our open threads whose finding is gone, never one with a reply or another author', () => {
    const threads = [
      thread('T1', '0ce'),
      thread('T2', 'd15c', { replies: 1 }),
      thread('T3', 'a1ead', { isResolved: true }),
      thread('T4', '5711'),
      { id: 'T5', isResolved: false, comments: [{ body: 'A human thread.', author: human() }] },
    ];
    const plan = planReview([placed('5711')], [], threads, 30, ME);
    expect(plan.toResolve).toEqual(['T1']);
  });

  it('lists a finding whose threads are all resolved instead of reposting or reopening it', () => {
    const plan = planReview([placed('bac')], [ours('bac')], [thread('T1', 'bac', { isResolved: true })], 30, ME);
    expect(plan.lines).toEqual([]);
    expect(plan.returned.map((p) => p.finding.fingerprint)).toEqual(['bac']);
    expect(plan.commented.size).toBe(0);
    expect(plan.toResolve).toEqual([]);
  });

  it('ignores markers in comments and threads someone else started, and never resolves their threads', () => {
    const forged = { ...ours('aa'), author: human('participant-pat') };
    const forgedThread = {
      id: 'T9',
      isResolved: false,
      comments: [{ body: `✅ fine\n\n${fingerprintMarker('gone')}`, author: human('participant-pat') }],
    };
    const plan = planReview([placed('aa')], [forged], [forgedThread], 30, ME);
    expect(plan.lines.map((p) => p.finding.fingerprint)).toEqual(['aa']);
    expect(plan.toResolve).toEqual([]);
  });

  it('ignores markers in replies', () => {
    const reply = { ...ours('aa'), inReplyTo: 9 };
    expect(planReview([placed('aa')], [reply], [], 30, ME).lines).toHaveLength(1);
  });
});

describe('syncReview', () => {
  const options = (items: PlacedFinding[], maxComments = 30) => ({
    pullNumber: 42,
    headSha: HEAD,
    placed: items,
    maxComments,
    identity: ME,
    log: () => {},
  });

  it('posts one review with every new line comment, and reads no threads when none are ours', async () => {
    const client = new FakeClient();
    const result = await syncReview(
      client,
      options([placed('aa'), placed('bb', { line: 7, startLine: 6, suggestion: 'Difficulty: Easy' })]),
    );
    expect(client.calls).toEqual(['listReviewComments', 'createReview']);
    expect(client.reviews).toHaveLength(1);
    expect(client.reviews[0]!.commitId).toBe(HEAD);
    expect(client.reviews[0]!.comments.map((c) => [c.line, c.startLine])).toEqual([
      [5, undefined],
      [7, 6],
    ]);
    expect(client.reviews[0]!.comments[1]!.body).toContain('```suggestion\nDifficulty: Easy\n```');
    expect(result.posted).toBe(2);
    expect([...result.commented].sort()).toEqual(['aa', 'bb']);
  });

  it('posts nothing on a second run with the same findings', async () => {
    const client = new FakeClient();
    await syncReview(client, options([placed('aa')]));
    client.calls = [];
    const result = await syncReview(client, options([placed('aa')]));
    expect(client.writes()).toEqual([]);
    expect(result.posted).toBe(0);
    expect([...result.commented]).toEqual(['aa']);
  });

  it('resolves the threads of fixed findings in one call', async () => {
    const client = new FakeClient();
    await syncReview(client, options([placed('aa'), placed('bb'), placed('cc')]));
    const result = await syncReview(client, options([placed('bb')]));
    expect(result.resolved).toBe(2);
    expect(client.writes()).toEqual(['createReview', 'resolveReviewThreads']);
    expect(client.threads.filter((t) => t.isResolved)).toHaveLength(2);
  });

  it('retries a rejected review once without its multi-line comments, which go to the summary', async () => {
    const client = new FakeClient();
    client.failNext('createReview', UNPROCESSABLE);
    const multi = placed('bb', { line: 7, startLine: 6, suggestion: 'x\ny' });
    const result = await syncReview(client, options([placed('aa'), multi]));
    expect(client.calls.filter((c) => c === 'createReview')).toHaveLength(2);
    expect(client.reviews[0]!.comments).toHaveLength(1);
    expect([...result.commented]).toEqual(['aa']);
    expect(result.notes).toEqual(['GitHub did not accept 1 line comment, so it is listed below instead.']);
  });

  it('sends every finding to the summary when the retry is rejected too', async () => {
    const client = new FakeClient();
    client.failNext('createReview', UNPROCESSABLE);
    client.failNext('createReview', UNPROCESSABLE);
    const result = await syncReview(client, options([placed('aa'), placed('bb')]));
    expect(client.calls.filter((c) => c === 'createReview')).toHaveLength(2);
    expect(result.commented.size).toBe(0);
    expect(result.notes).toEqual(['GitHub did not accept 2 line comments, so they are listed below instead.']);
  });

  it('posts file-level comments one by one and lists the rest when GitHub refuses them', async () => {
    const client = new FakeClient();
    client.failNext('createFileComment', UNPROCESSABLE);
    const result = await syncReview(
      client,
      options([placed('f1', { where: 'file' }), placed('f2', { where: 'file' })]),
    );
    expect(client.calls).toEqual(['listReviewComments', 'createFileComment']);
    expect(result.commented.size).toBe(0);
    expect(result.notes).toEqual(['GitHub did not accept 2 line comments, so they are listed below instead.']);
  });

  it('notes findings over the budget', async () => {
    const client = new FakeClient();
    const result = await syncReview(client, options([placed('aa'), placed('bb'), placed('cc')], 1));
    expect(client.reviews[0]!.comments).toHaveLength(1);
    expect(result.notes).toEqual([
      "2 findings over this run's comment budget (max-comments: 1) are listed below instead.",
    ]);
  });

  it('makes the same write calls for 200 findings as for 2', async () => {
    const few = new FakeClient();
    await syncReview(few, options(Array.from({ length: 2 }, (_, i) => placed(`a${i}`))));
    const many = new FakeClient();
    await syncReview(many, options(Array.from({ length: 200 }, (_, i) => placed(`b${i}`))));
    expect(many.writes()).toEqual(few.writes());
  });
});
