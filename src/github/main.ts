// GitHub stage (entry): the action's `run()`. Reads the inputs and the run context, then loads the rest of the
// action (action.ts: the lint engine, and Octokit when the run talks to GitHub) only when the run goes on, so
// that a run that stops early starts fast. Holds the only catch that fails the step, so every failure is one
// line that says what to do.
import { ConfigError } from '../lint/config.js';
import { REPOSITORY_URL } from '../version.js';
import { GitHubError, type GitHubClient } from './client.js';
import { ContextError, readRunContext } from './context.js';
import { NoIdeaFilesError } from './errors.js';
import { InputError, readInputs } from './inputs.js';
import type { OctokitClientOptions } from './octokit-client.js';
import { type ActionIO, coreIO } from './runtime.js';

export { NoIdeaFilesError } from './errors.js';

/** What run() talks to; tests pass fakes, the action the real ones. */
export interface RunDependencies {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  createClient: (options: OctokitClientOptions) => GitHubClient;
}

/** Runs the action once. Never throws: a failure marks the step failed with one line. */
export async function run(dependencies: Partial<RunDependencies> = {}): Promise<void> {
  const io = dependencies.io ?? coreIO();
  const env = dependencies.env ?? process.env;
  try {
    const inputs = readInputs((name) => io.getInput(name));
    const context = readRunContext(env);
    const { runAction } = await import('./action.js');
    await runAction(io, env, dependencies.now ?? (() => new Date()), inputs, context, dependencies.createClient);
  } catch (error) {
    io.setFailed(describeFailure(error, io));
  }
}

/** The one line the step fails with: ours as is, an unexpected error with where to report it. */
function describeFailure(error: unknown, io: ActionIO): string {
  if (
    error instanceof InputError ||
    error instanceof ConfigError ||
    error instanceof ContextError ||
    error instanceof NoIdeaFilesError ||
    error instanceof GitHubError
  ) {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) io.debug(error.stack);
  return `idea-lint stopped on an unexpected error (${message}): please report it at ${REPOSITORY_URL}/issues with this log.`;
}
