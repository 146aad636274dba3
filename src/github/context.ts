// GitHub stage (run context): the facts the runner gives a JavaScript action through its environment
// and the event payload — which event, which repository and commit, where to write. Reads the event
// file and nothing else.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The pull request a run reports on. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  baseSha: string;
}

/** Everything the action needs to know about where it runs. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the run is for (GITHUB_SHA); on a pull request, links use the head instead. */
  sha: string;
  workspace: string;
  /** e.g. https://github.com, for links into the repository. */
  serverUrl: string;
  apiUrl: string;
  graphqlUrl?: string;
  runnerTemp: string;
  /** Set for pull_request and pull_request_target. */
  pullRequest?: PullRequestRef;
}

/** Events whose payload is a pull request the action reviews. */
export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

/** A runner environment the action cannot work in; the message says how to run it instead. */
export class ContextError extends Error {
  override name = 'ContextError';
}

/** Reads the run context from the runner's environment variables and event file. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) {
      throw new ContextError(
        `${name} is not set: run idea-lint as a step of a GitHub Actions workflow, or use the command line (npx idea-lint) elsewhere.`,
      );
    }
    return value;
  };
  const eventName = need('GITHUB_EVENT_NAME');
  const [owner, repo] = need('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo)
    throw new ContextError(`GITHUB_REPOSITORY is "${env['GITHUB_REPOSITORY']}": expected owner/name.`);
  const context: RunContext = {
    eventName,
    owner,
    repo,
    sha: env['GITHUB_SHA'] ?? '',
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    ...(env['GITHUB_GRAPHQL_URL'] ? { graphqlUrl: env['GITHUB_GRAPHQL_URL'] } : {}),
    runnerTemp: env['RUNNER_TEMP'] || tmpdir(),
  };
  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    context.pullRequest = readPullRequest(need('GITHUB_EVENT_PATH'), eventName);
  }
  return context;
}

function readPullRequest(eventPath: string, eventName: string): PullRequestRef {
  const payload = readEventPayload<{
    pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
  }>(eventPath);
  const pr = payload.pull_request;
  const number = pr?.number;
  const headSha = pr?.head?.sha;
  const baseSha = pr?.base?.sha;
  if (typeof number !== 'number' || typeof headSha !== 'string' || typeof baseSha !== 'string') {
    throw new ContextError(
      `The ${eventName} event has no pull request number, head and base commit: the runner should provide them.`,
    );
  }
  return { number, headSha, baseSha };
}

/** The runner's event file as JSON, typed by the caller (every field `unknown` until checked). */
export function readEventPayload<T>(eventPath: string): T {
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as T;
  } catch (error) {
    throw new ContextError(
      `The event file ${eventPath} cannot be read (${(error as Error).message}): the runner should provide it.`,
    );
  }
}
