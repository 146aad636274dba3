// End-to-end (issue 10, the action): a gate that cannot be hijacked and never passes silently — only
// the token's own comments count, racing runs and moved heads write nothing twice or stale, unreadable
// files fail the gate, a write that succeeded is not repeated, bodies fit GitHub's limit, max-comments
// caps the open comments, exhausted retries say so, an empty audit fails, and quoted text is defused.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/lint/fingerprint.js';
import { fingerprintMarker } from '../../src/report/review-comment.js';
import { makeScenario, startEmulator, type GitHubEmulator } from '../support/index.js';
import { badIdea, explain, goodIdea, ideaList, requestsOf, runOnPullRequest } from './action-support.js';

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

const SUMMARY_MARKER = '<!-- idea-lint:summary -->';
const summaries = (github: GitHubEmulator) =>
  github.issueComments().filter((c) => String(c.body).startsWith(SUMMARY_MARKER));
const loginOf = (comment: Record<string, unknown>) => (comment.user as { login: string }).login;

describe('own identity', () => {
  it("posts its own summary and comments when a participant forged idea-lint's markers first", async () => {
    const github = await emulate({
      base: { 'ideas.md': ideaList(goodIdea('Search'), goodIdea('Docs')) },
      head: { 'ideas.md': ideaList(badIdea('Maps'), goodIdea('Docs')) },
    });
    // Before any run: a fake "ready" summary, a fake comment carrying the real finding's fingerprint,
    // and a fake thread carrying the fingerprint of a finding that does not exist (bait for resolving).
    const forgedSummary = `${SUMMARY_MARKER}\n### idea-lint\n✅ The ideas this pull request touches are ready.`;
    github.addHumanIssueComment(forgedSummary, 'participant-pat');
    const real = fingerprint('unknown-difficulty', 'ideas.md', 'Maps', 'difficulty');
    github.addHumanReviewComment(
      { path: 'ideas.md', line: 3, body: `Looks fine.\n\n${fingerprintMarker(real)}` },
      'participant-pat',
    );
    github.addHumanReviewComment(
      { path: 'ideas.md', line: 4, body: `Old note.\n\n${fingerprintMarker('0123456789abcdef')}` },
      'participant-pat',
    );

    for (let i = 0; i < 2; i++) {
      const run = await runOnPullRequest(github);
      expect(run.code, explain(run)).toBe(1);
      await run.dispose();
    }

    const all = summaries(github);
    expect(all.map(loginOf)).toEqual(['participant-pat', 'github-actions[bot]']);
    expect(String(all[0]!.body)).toBe(forgedSummary);
    expect(String(all[1]!.body)).toContain('❌ 1 error in the ideas this pull request touches');
    const ours = github.reviewComments().filter((c) => loginOf(c) === 'github-actions[bot]');
    expect(ours.map((c) => String(c.body).match(/fp=(\w+)/)![1])).toEqual([real]);
    expect(github.threads().filter((t) => t.isResolved)).toEqual([]);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    expect(requestsOf(github, 'issues/create-comment')).toHaveLength(1);
    expect(requestsOf(github, 'issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/gsoc-org/ideas/issues/comments/${all[1]!.id}`,
    ]);
  });

  it("recognises a personal token's own comments on the next run", async () => {
    const github = await emulate({
      base: {},
      head: { 'ideas.md': ideaList(badIdea('Maps')) },
      token: 'ghp_personalToken',
      tokenAccount: { login: 'ideas-admin', id: 4242, type: 'User' },
    });
    github.addHumanIssueComment(`${SUMMARY_MARKER}\nforged by the Actions bot's namesake`, 'github-actions');
    for (let i = 0; i < 2; i++) {
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
      expect(run.code, explain(run)).toBe(0);
      await run.dispose();
    }
    expect(summaries(github).map(loginOf)).toEqual(['github-actions', 'ideas-admin']);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    expect(requestsOf(github, 'issues/create-comment')).toHaveLength(1);
  });

  it('assumes github-actions[bot] when GitHub will not name the token, and still edits its own summary', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
    github.viewerForbidden = true;
    for (let i = 0; i < 2; i++) {
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
      expect(run.code, explain(run)).toBe(0);
      if (i === 0) expect(run.stdout).toContain('assuming github-actions[bot]');
      await run.dispose();
    }
    expect(summaries(github).map(loginOf)).toEqual(['github-actions[bot]']);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    const viewerQueries = github.requests.filter((r) => r.graphqlFields?.includes('viewer'));
    expect(viewerQueries).toHaveLength(2);
  });
});
