/**
 * Test-support stage (action end-to-end tests): idea texts that pass or fail known rules, and
 * runAction wrappers that point the built action at a GitHub emulator with short retry delays.
 */
import { TODAY } from '../github/ideas.js';
import {
  buildEventPayload,
  runAction,
  type ActionRun,
  type GitHubEmulator,
  type RunActionOptions,
} from '../support/index.js';

export { badIdea, goodIdea, ideaList, linesOf, TODAY } from '../github/ideas.js';

/** The bundle under test; IDEA_LINT_ACTION_ENTRY may point at another build of src/index.ts. */
export const ENTRY = process.env.IDEA_LINT_ACTION_ENTRY ?? 'dist/index.js';

/** The Node binaries every "both runtimes" test runs on: this one, and $NODE24 when set. */
export const NODES: { name: string; path: string }[] = [
  { name: `node ${process.versions.node}`, path: process.execPath },
  ...(process.env.NODE24 ? [{ name: 'node 24 ($NODE24)', path: process.env.NODE24 }] : []),
];

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
