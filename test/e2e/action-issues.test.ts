// End-to-end (issue 15, ideas proposed as GitHub issues): the built action on `issues` events against the
// emulator — a labelled idea issue gets one comment and the needs-work label, an edit that fixes everything
// turns the comment into "✅ ready" and clears the label, an unlabelled issue gets nothing, a second run
// never duplicates, and only our own comment counts.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScenario, runAction, startEmulator, type GitHubEmulator } from '../support/index.js';
import { buildIssuePayload } from '../support/issue-payloads.js';
import { ENTRY, TODAY, badIdea, explain, goodIdea, ideaList, requestsOf, runOnPullRequest } from './action-support.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/issues/${name}.md`, import.meta.url), 'utf8');
const GOOD = fixture('good-idea');
const BAD = fixture('bad-idea');
const MARKER = '<!-- idea-lint:issue -->';
const LABEL = 'idea: needs work';
const TITLE = '[Idea]: Add a JSON output mode to the CLI';

const emulators: GitHubEmulator[] = [];

afterEach(async () => {
  for (const github of emulators) expect(github.violations).toEqual([]);
  await Promise.all(emulators.splice(0).map((github) => github.stop()));
});

async function emulate(base: Record<string, string> = {}): Promise<GitHubEmulator> {
  const github = await startEmulator(makeScenario({ base, head: base }));
  emulators.push(github);
  return github;
}

async function runOnIssue(github: GitHubEmulator, number: number, action: string, inputs: Record<string, string> = {}) {
  const issue = github.issues.issues.get(number)!;
  const run = await runAction({
    entry: ENTRY,
    event: 'issues',
    payload: buildIssuePayload(github.scenario, issue, action),
    api: { url: github.url, graphqlUrl: github.graphqlUrl },
    token: github.token,
    inputs: { today: TODAY, ...inputs },
    env: { IDEA_LINT_RETRY_BASE_MS: '5' },
  });
  expect(run.code, explain(run)).toBe(0);
  await run.dispose();
  return run;
}

const comments = (github: GitHubEmulator, number: number) => github.issues.issues.get(number)!.comments;
const ours = (github: GitHubEmulator, number: number) =>
  comments(github, number).filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER));

describe('ideas proposed as issues', () => {
  it('posts one comment and the label on a labelled idea, and edits both once the idea is fixed', async () => {
    const github = await emulate();
    github.issues.add({ number: 7, title: TITLE, body: BAD, labels: ['GSoC'] });

    await runOnIssue(github, 7, 'opened');
    expect(ours(github, 7)).toHaveLength(1);
    const first = ours(github, 7)[0]!;
    expect(first.body).toContain('found 4 things to fix');
    expect(first.body).toContain('Expected outcomes are "No response"');
    expect(first.body).toContain('Mentor "Jane Doe" has no email address');
    expect(github.issues.labelNames(7)).toEqual(['GSoC', LABEL]);
    expect(github.issues.label(LABEL)).toMatchObject({ color: 'fbca04' });

    // A second run on the same text: no new comment, no write at all.
    const writesBefore = github.writes().length;
    await runOnIssue(github, 7, 'labeled');
    expect(comments(github, 7)).toHaveLength(1);
    expect(github.writes().length).toBe(writesBefore);

    // The mentor fixes everything: the same comment says ready, the label goes.
    github.issues.edit(7, { body: GOOD });
    await runOnIssue(github, 7, 'edited');
    expect(comments(github, 7).map((c) => c.id)).toEqual([first.id]);
    expect(ours(github, 7)[0]!.body).toBe(`${MARKER}\n✅ ready: this idea answers every question idea-lint checks.`);
    expect(github.issues.labelNames(7)).toEqual(['GSoC']);

    // Broken again: the same comment lists the findings again, and the label comes back (not created twice).
    github.issues.edit(7, { body: BAD });
    await runOnIssue(github, 7, 'edited');
    expect(comments(github, 7).map((c) => c.id)).toEqual([first.id]);
    expect(github.issues.labelNames(7)).toEqual(['GSoC', LABEL]);
    expect(requestsOf(github, 'issues/create-label')).toHaveLength(1);
    expect(requestsOf(github, 'issues/create-comment')).toHaveLength(1);
  });

  it('posts nothing on an issue without an idea label', async () => {
    const github = await emulate();
    github.issues.add({ number: 8, title: 'The docs site is down', body: BAD, labels: ['bug'] });
    const run = await runOnIssue(github, 8, 'opened');
    expect(github.writes()).toEqual([]);
    expect(comments(github, 8)).toEqual([]);
    expect(run.summary).toContain('not an idea');
  });

  it('posts nothing on a good idea, and never adds the label', async () => {
    const github = await emulate();
    github.issues.add({ number: 9, title: TITLE, body: GOOD, labels: ['idea'] });
    const run = await runOnIssue(github, 9, 'opened');
    expect(github.writes()).toEqual([]);
    expect(run.outputs).toMatchObject({ findings: '0' });
  });

  it("counts only its own comment: a participant's copy of the marker is left alone", async () => {
    const github = await emulate();
    github.issues.add({ number: 10, title: TITLE, body: BAD, labels: ['idea'] });
    const forged = `${MARKER}\n✅ ready: this idea answers every question idea-lint checks.`;
    github.issues.addComment(10, forged, { login: 'participant-pat', id: 5_550_002, type: 'User' });
    await runOnIssue(github, 10, 'opened');
    await runOnIssue(github, 10, 'edited');
    expect(comments(github, 10).map((c) => [c.user.login, c.body.startsWith(MARKER)])).toEqual([
      ['participant-pat', true],
      ['github-actions[bot]', true],
    ]);
    expect(comments(github, 10)[0]!.body).toBe(forged);
  });

  it('lints an unlabelled issue written with a configured issue form, with the config of the default branch', async () => {
    const form = readFileSync(new URL('../../examples/ISSUE_TEMPLATE/idea.yml', import.meta.url), 'utf8');
    const github = await emulate({
      '.github/ISSUE_TEMPLATE/idea.yml': form,
      '.github/idea-lint.yml': 'issues:\n  labels: []\n  templates: [idea.yml]\n  needsWorkLabel: triage/idea\n',
    });
    github.issues.add({ number: 11, title: TITLE, body: BAD });
    github.issues.add({ number: 12, title: 'Crash on start', body: 'It crashes.\n\n### Steps\n\nRun it.' });
    await runOnIssue(github, 11, 'opened');
    await runOnIssue(github, 12, 'opened');
    expect(ours(github, 11)).toHaveLength(1);
    expect(github.issues.labelNames(11)).toEqual(['triage/idea']);
    expect(comments(github, 12)).toEqual([]);
    expect(github.issues.labelNames(12)).toEqual([]);
  });

  it('skips the comment and label with one notice when the token cannot write to issues', async () => {
    const github = await emulate();
    github.issues.add({ number: 14, title: TITLE, body: BAD, labels: ['idea'] });
    github.readOnly = true;
    const run = await runOnIssue(github, 14, 'opened');
    expect(comments(github, 14)).toEqual([]);
    expect(run.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      'idea-lint skipped its issue comment and label because the token cannot write to issues: give the job `permissions: issues: write`.',
    ]);
    expect(run.outputs).toMatchObject({ findings: '4' });
  });

  it('ignores issue actions that cannot change an idea', async () => {
    const github = await emulate();
    github.issues.add({ number: 13, title: TITLE, body: BAD, labels: ['idea'] });
    await runOnIssue(github, 13, 'closed');
    expect(github.requests.filter((r) => r.operationId !== 'graphql')).toEqual([]);
  });
});

describe('label-pull-requests', () => {
  it('sets the needs-work label on a pull request with findings and clears it once they are fixed', async () => {
    const github = await startEmulator(
      makeScenario({
        base: { 'ideas.md': ideaList(goodIdea('Docs')) },
        head: { 'ideas.md': ideaList(badIdea('Maps')) },
      }),
    );
    emulators.push(github);
    github.issues.add({ number: 42, title: 'Add 2027 project ideas', body: '', pullRequest: true });

    const first = await runOnPullRequest(github, { inputs: { 'label-pull-requests': 'true' } });
    expect(first.code, explain(first)).toBe(1);
    await first.dispose();
    expect(github.issues.labelNames(42)).toEqual([LABEL]);

    github.pushHead({ 'ideas.md': ideaList(goodIdea('Maps')) });
    const second = await runOnPullRequest(github, { inputs: { 'label-pull-requests': 'true' } });
    expect(second.code, explain(second)).toBe(0);
    await second.dispose();
    expect(github.issues.labelNames(42)).toEqual([]);
  });

  it('leaves pull-request labels alone by default', async () => {
    const github = await startEmulator(makeScenario({ base: {}, head: { 'ideas.md': ideaList(badIdea('Maps')) } }));
    emulators.push(github);
    github.issues.add({ number: 42, title: 'Add 2027 project ideas', body: '', pullRequest: true });
    const run = await runOnPullRequest(github);
    await run.dispose();
    expect(requestsOf(github, 'issues/add-labels')).toEqual([]);
    expect(github.issues.labelNames(42)).toEqual([]);
  });
});
