/**
 * Test-support stage (action end-to-end tests): idea texts that pass or fail known rules, and
 * runAction wrappers that point the built action at a GitHub emulator with short retry delays.
 */
import { buildEventPayload, runAction, type ActionRun, type GitHubEmulator, type RunActionOptions } from '../support/index.js';

/** The bundle under test; IDEA_LINT_ACTION_ENTRY may point at another build of src/index.ts. */
export const ENTRY = process.env.IDEA_LINT_ACTION_ENTRY ?? 'dist/index.js';

/** The Node binaries every "both runtimes" test runs on: this one, and $NODE24 when set. */
export const NODES: { name: string; path: string }[] = [
  { name: `node ${process.versions.node}`, path: process.execPath },
  ...(process.env.NODE24 ? [{ name: 'node 24 ($NODE24)', path: process.env.NODE24 }] : []),
];

/** The day every run lints for, so date rules never depend on the clock. */
export const TODAY = '2026-11-25';

/** Lines of an idea that passes every default rule (the title is line 1 of the block). */
export function goodIdea(title: string): string {
  return [
    `## ${title}`,
    '',
    `Build ${title.toLowerCase()} for the project so that applicants can filter ideas by skill and by size, read the whole description in one place, and find a mentor to talk to before they write a proposal for the program.`,
    '',
    '- Difficulty: Medium',
    '- Outcomes: A working feature merged into the main branch, with tests and documentation.',
    '- Skills: JavaScript, HTML',
    '- Size: 175 hours',
    '- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>',
    '',
  ].join('\n');
}

/**
 * Lines of an idea with exactly one error: `Difficulty: Unknown` (unknown-difficulty) on the block's
 * 5th line, or with `mentor` a mentor without an email (missing-mentor-email) on the 9th line.
 */
export function badIdea(title: string, problem: 'difficulty' | 'mentor' = 'difficulty', mentor = 'Maria Mentor'): string {
  return goodIdea(title)
    .replace('- Difficulty: Medium', problem === 'difficulty' ? '- Difficulty: Unknown' : '- Difficulty: Medium')
    .replace('- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>', problem === 'mentor' ? `- Mentors: ${mentor}` : '- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>');
}

/** An idea list file: a title line, then the ideas. */
export function ideaList(...ideas: string[]): string {
  return ['# Project ideas', '', ...ideas].join('\n');
}

/** 1-based line numbers of the lines of `text` that contain `needle`. */
export function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
}

/** Options of a pull-request run against the emulator. */
export interface PullRequestRunOptions extends Partial<RunActionOptions> {
  /** pull_request (default) or pull_request_target. */
  eventName?: 'pull_request' | 'pull_request_target';
  /** A fork's pull request: the payload says so and the run gets the read-only token. */
  fork?: boolean;
}

/** Runs the built action on the emulator's pull request at its current head. */
export function runOnPullRequest(github: GitHubEmulator, options: PullRequestRunOptions = {}): Promise<ActionRun> {
  const { eventName = 'pull_request', fork = false, inputs, env, ...rest } = options;
  const scenario = github.scenario;
  return runAction({
    entry: ENTRY,
    event: eventName,
    payload: buildEventPayload(eventName, scenario, { headSha: github.headSha, fork }),
    api: { url: github.url, graphqlUrl: github.graphqlUrl },
    token: fork ? (github.readOnlyToken ?? github.token) : github.token,
    inputs: { today: TODAY, ...inputs },
    env: { IDEA_LINT_RETRY_BASE_MS: '5', ...env },
    ...rest,
  });
}

/** The bodies of the review comments the emulator holds. */
export function reviewCommentBodies(github: GitHubEmulator): string[] {
  return github.reviewComments().map((c) => String(c.body));
}

/** Requests of one operation (e.g. `pulls/create-review`). */
export function requestsOf(github: GitHubEmulator, operationId: string) {
  return github.requests.filter((r) => r.operationId === operationId);
}

/** What to print when a run fails unexpectedly. */
export function explain(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}
