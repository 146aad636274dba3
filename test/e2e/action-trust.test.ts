// End-to-end (issue 10, the action): a gate that cannot be hijacked and never passes silently — only
// the token's own comments count, racing runs and moved heads write nothing twice or stale, unreadable
// files fail the gate, a write that succeeded is not repeated, bodies fit GitHub's limit, max-comments
// caps the open comments, exhausted retries say so, an empty audit fails, and quoted text is defused.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/lint/fingerprint.js';
import { fingerprintMarker } from '../../src/report/review-comment.js';
import { buildEventPayload, makeScenario, runAction, startEmulator, type GitHubEmulator } from '../support/index.js';
import {
  badIdea,
  ENTRY,
  explain,
  goodIdea,
  ideaList,
  requestsOf,
  reviewCommentBodies,
  runOnPullRequest,
  TODAY,
} from './action-support.js';

const emulators: GitHubEmulator[] = [];
const temporary: string[] = [];

afterEach(async () => {
  for (const github of emulators) expect(github.violations).toEqual([]);
  await Promise.all(emulators.splice(0).map((github) => github.stop()));
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
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

describe('concurrent runs and moving heads', () => {
  it('writes nothing when the head moves between reading the files and writing', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
    const linted = github.headSha;
    github.after({ operationId: 'pulls/list-files' }, () => {
      github.pushHead({ 'ideas.md': ideaList(goodIdea('Maps')) });
    });
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    expect(github.writes()).toEqual([]);
    const notice = `The pull request moved on to ${github.headSha.slice(0, 7)} while idea-lint checked ${linted.slice(0, 7)}, so it wrote nothing to the pull request: these results are for ${linted.slice(0, 7)}, and the run for the newer commit comments instead.`;
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([notice]);
    expect(run.summary).toContain(notice);
    expect(run.annotations.some((a) => a.level === 'error' && a.title === 'unknown-difficulty')).toBe(true);
    await run.dispose();
  });

  it('keeps the oldest of several own summaries, edits it and deletes the others', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
    const oldest = github.addOwnIssueComment(`${SUMMARY_MARKER}\nfrom a first run`);
    github.addHumanIssueComment(`${SUMMARY_MARKER}\nforged`, 'participant-pat');
    github.addOwnIssueComment(`${SUMMARY_MARKER}\nfrom a racing run`);
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    await run.dispose();
    expect(summaries(github).map((c) => [c.id, loginOf(c)])).toEqual([
      [oldest.id, 'github-actions[bot]'],
      [expect.any(Number), 'participant-pat'],
    ]);
    expect(String(summaries(github)[0]!.body)).toContain('❌ 1 error');
    expect(requestsOf(github, 'issues/delete-comment')).toHaveLength(1);
    expect(requestsOf(github, 'issues/create-comment')).toEqual([]);
  });

  it('leaves one summary comment when two runs race on one pull request', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
    const runs = await Promise.all([0, 1].map(() => runOnPullRequest(github, { inputs: { 'fail-on': 'never' } })));
    for (const run of runs) {
      expect(run.code, explain(run)).toBe(0);
      await run.dispose();
    }
    expect(requestsOf(github, 'issues/create-comment').length).toBeGreaterThanOrEqual(1);
    expect(summaries(github)).toHaveLength(1);
  });
});

describe('files that cannot be read', () => {
  it('turns a 404 or a 5xx on a changed idea file into an error on that file that fails the gate', async () => {
    const github = await emulate({
      base: {},
      head: { 'ideas/good.md': ideaList(goodIdea('Search')), 'ideas/gone.md': 'x', 'ideas/flaky.md': 'y' },
    });
    github.failNext(1, 404, { operationId: 'repos/get-content', path: /gone\.md$/ });
    github.failNext(4, 502, { operationId: 'repos/get-content', path: /flaky\.md$/ });
    const run = await runOnPullRequest(github);
    expect(run.code, explain(run)).toBe(1);
    const problems = run.annotations.filter((a) => a.title === 'read-error');
    expect(problems.map((a) => [a.level, a.file, a.line])).toEqual([
      ['error', 'ideas/flaky.md', 1],
      ['error', 'ideas/gone.md', 1],
    ]);
    expect(problems[0]!.message).toBe(
      "ideas/flaky.md could not be read (GitHub answered 502 Server Error), so its ideas were not checked: run the job again, and if it keeps failing check that the file exists at the pull request's head and that the token can read the repository.",
    );
    expect(problems[1]!.message).toContain(`ideas/gone.md could not be read (GitHub did not find it at commit`);
    const comment = String(summaries(github)[0]!.body);
    for (const text of [run.summary, comment]) {
      expect(text).toContain('❌ 2 errors');
      expect(text).toMatch(/ideas\/gone\.md:1\]\([^)]*\) ideas\/gone\.md could not be read/);
      expect(text).toMatch(/ideas\/flaky\.md:1\]\([^)]*\) ideas\/flaky\.md could not be read/);
    }
    expect(run.outputs.errors).toBe('2');
    await run.dispose();

    const lenient = await emulate({ base: {}, head: { 'ideas.md': 'x' } });
    lenient.failNext(1, 404, { operationId: 'repos/get-content', path: /ideas\.md$/ });
    const passing = await runOnPullRequest(lenient, { inputs: { 'fail-on': 'never', comment: 'off' } });
    expect(passing.code, explain(passing)).toBe(0);
    expect(passing.annotations.filter((a) => a.title === 'read-error')).toHaveLength(1);
    await passing.dispose();
  });
});

describe('writes GitHub answered with a 5xx', () => {
  it('posts the review and the summary once when GitHub fails after carrying them out', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps'), badIdea('Charts')) } });
    github.failAfter(1, 502, { operationId: 'pulls/create-review' });
    github.failAfter(1, 502, { operationId: 'issues/create-comment' });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(requestsOf(github, 'pulls/create-review').map((r) => r.status)).toEqual([502]);
    expect(github.reviews()).toHaveLength(1);
    expect(github.reviewComments()).toHaveLength(2);
    expect(requestsOf(github, 'issues/create-comment').map((r) => r.status)).toEqual([502]);
    expect(summaries(github)).toHaveLength(1);
    expect(run.annotations.filter((a) => a.title === 'idea-lint: comments not posted')).toEqual([]);
    await run.dispose();
  });

  it('sends the review again when the 5xx came before GitHub posted it', async () => {
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
    github.failNext(1, 502, { operationId: 'pulls/create-review' });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(requestsOf(github, 'pulls/create-review').map((r) => r.status)).toEqual([502, 200]);
    expect(github.reviews()).toHaveLength(1);
    await run.dispose();
  });
});

describe('comment size and budget', () => {
  it('posts a comment on a 70 KB line without its suggestion instead of losing the review', async () => {
    const long = `for the PVSCSI driver ${'and more words '.repeat(5000)}`;
    const github = await emulate({
      base: { '.idea-lint.yml': 'glossary:\n  PVSCSI: Paravirtual SCSI\n' },
      head: { 'ideas.md': ideaList(goodIdea('Storage').replace('for the project', long)) },
    });
    expect(long.length).toBeGreaterThan(70_000);
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(requestsOf(github, 'pulls/create-review').map((r) => r.status)).toEqual([200]);
    const [body] = reviewCommentBodies(github);
    expect(body).toContain('PVSCSI');
    expect(body).not.toContain('```suggestion');
    expect(body!.length).toBeLessThanOrEqual(65_536);
    await run.dispose();
  });

  it('caps the open comments at max-comments over re-runs of one commit', async () => {
    const ideas = Array.from({ length: 5 }, (_, i) => badIdea(`Idea ${i + 1}`));
    const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(...ideas) } });
    for (let i = 0; i < 2; i++) {
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never', 'max-comments': '2' } });
      expect(run.code, explain(run)).toBe(0);
      await run.dispose();
    }
    expect(github.reviewComments()).toHaveLength(2);
    expect(requestsOf(github, 'pulls/create-review')).toHaveLength(1);
    expect(String(summaries(github)[0]!.body)).toContain(
      '3 findings over the comment budget (max-comments: 2 open comments on this pull request) are listed below instead.',
    );
  });
});

describe('retries exhausted', () => {
  it('says the comments were not posted with one error line, and exits by the gate', async () => {
    for (const [failOn, code] of [
      ['never', 0],
      ['error', 1],
    ] as const) {
      const github = await emulate({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } });
      github.secondaryRateLimit(10, 1, { operationId: 'pulls/create-review' });
      const run = await runOnPullRequest(github, { inputs: { 'fail-on': failOn } });
      expect(run.code, explain(run)).toBe(code);
      const errors = run.annotations.filter((a) => a.title === 'idea-lint: comments not posted');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(
        /^idea-lint did not post its pull-request comments \(the findings are in the annotations and the job summary\): GitHub could not post a review on pull request #42 \(403 You have exceeded a secondary rate limit.*\): run the job again later, or lower max-comments\.$/,
      );
      expect(run.summary).toContain(`⚠️ ${errors[0]!.message}`);
      expect(run.summary).toContain(`the check ${code === 0 ? 'passes' : 'fails'} (fail-on: ${failOn})`);
      expect(github.issueComments()).toEqual([]);
      await run.dispose();
    }
  });
});

describe('audits that find nothing', () => {
  async function audit(files: Record<string, string>) {
    const workspace = await mkdtemp(join(tmpdir(), 'idea-lint-empty-'));
    temporary.push(workspace);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), text);
    }
    const scenario = makeScenario();
    return runAction({
      entry: ENTRY,
      event: 'schedule',
      payload: buildEventPayload('schedule', scenario),
      repository: 'gsoc-org/ideas',
      workspace,
      inputs: { today: TODAY },
      token: 'ghs_unused',
    });
  }

  it('fails naming actions/checkout when the workspace is empty', async () => {
    const run = await audit({});
    expect(run.code, explain(run)).toBe(1);
    expect(run.stdout).toMatch(
      /::error::idea-lint found no files at all in .*, so it checked nothing: add `- uses: actions\/checkout@v5` as a step before idea-lint\./,
    );
    await run.dispose();
  });

  it('audits a Jekyll page named .markdown under the default globs, and says what it found', async () => {
    const run = await audit({ 'events/gsoc/index.markdown': ideaList(badIdea('Maps'), goodIdea('Docs')) });
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '1', errors: '1' });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ file: 'events/gsoc/index.markdown', title: 'unknown-difficulty' }),
    );
    await run.dispose();
  });

  it('fails naming the globs when no file matches them', async () => {
    const run = await audit({ 'docs/notes.txt': 'hello' });
    expect(run.code, explain(run)).toBe(1);
    expect(run.stdout).toMatch(
      /::error::No idea files in .* match "[^"]+.*, so idea-lint checked nothing: set the files input/,
    );
    await run.dispose();
  });
});

describe('quoted text', () => {
  it('neutralises bidirectional controls and cross-repository references, and leaves bidi suggestions out', async () => {
    const title = 'Maps \u202Eevil\u202C for other-org/tools#12';
    const idea = badIdea('Maps').replace('## Maps', `## ${title}`);
    const storage = goodIdea('Storage').replace('for the project', 'for the PVSCSI \u2067driver\u2069');
    const github = await emulate({
      base: { '.idea-lint.yml': 'glossary:\n  PVSCSI: Paravirtual SCSI\n' },
      head: { 'ideas.md': ideaList(idea, storage) },
    });
    const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    const texts = [
      ...reviewCommentBodies(github),
      ...github.issueComments().map((c) => String(c.body)),
      ...github.reviews().map((r) => String(r.body)),
      run.summary,
    ];
    expect(texts.join('\n')).toContain('other-org/tools#\u200b12');
    for (const text of texts) {
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toMatch(/other-org\/tools#12/);
    }
    const pvscsi = reviewCommentBodies(github).find((b) => b.includes('PVSCSI'));
    expect(pvscsi).toBeDefined();
    expect(pvscsi).not.toContain('```suggestion');
    await run.dispose();
  });
});
