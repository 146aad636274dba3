// GitHub stage: the action's run after its inputs and context were read (main.ts loads this module only then,
// so a run that stops early loads neither the lint engine nor Octokit). Takes the idea files from the pull
// request (through the API) or the workspace, lints them, comments on the pull request, then annotations, the
// job summary, outputs and the gate.
import { readdir } from 'node:fs/promises';
import { DEFAULT_NEEDS_WORK_LABEL } from '../lint/config.js';
import type { IssueSettings } from '../lint/types.js';
import { countFindings, plural } from '../report/counts.js';
import { createFileFilter } from '../lint/file-filter.js';
import { describeHiddenAnnotations, emitAnnotations } from './annotations.js';
import { type GitHubClient, isPermissionDenied } from './client.js';
import { loadBaseConfig, loadWorkspaceConfig, withFilesOverride } from './config-source.js';
import type { RunContext } from './context.js';
import { NoIdeaFilesError } from './errors.js';
import { readPullRequestFiles, readWorkspaceFiles } from './file-source.js';
import { type ActionInputs, InputError } from './inputs.js';
import { readIssueEvent } from './issue-event.js';
import { lintIssueIdea } from './issue-idea.js';
import { syncNeedsWorkLabel } from './needs-work-label.js';
import { renderJobSummary } from './job-summary.js';
import { type LintedRun, lintRun, uncountedReport } from './lint-run.js';
import type { OctokitClientOptions } from './octokit-client.js';
import { gateFailure, setOutputs, writeReportFiles } from './outputs.js';
import { type CommentOutcome, publishComments } from './pull-request.js';
import type { ActionIO } from './runtime.js';

/** Everything after the inputs and the run context were read (see main.ts). */
export async function runAction(
  io: ActionIO,
  env: NodeJS.ProcessEnv,
  now: () => Date,
  inputs: ActionInputs,
  context: RunContext,
  clientFactory: ((options: OctokitClientOptions) => GitHubClient) | undefined,
): Promise<void> {
  // Octokit (and its HTTP stack) loads only for a run that talks to GitHub.
  const createClient = async (options: OctokitClientOptions): Promise<GitHubClient> =>
    (clientFactory ?? (await import('./octokit-client.js')).createOctokitClient)(options);
  const notes: string[] = [];
  let extraNotices = 0;
  const notice = (message: string): void => {
    io.annotate('notice', message, { title: 'idea-lint' });
    notes.push(message);
    extraNotices++;
  };

  if (context.eventName === 'issues') {
    await runIssueEvent(await createClient(clientOptions(inputs, context, env, io)), io, env, now, inputs, context);
    return;
  }

  const pullRequest = context.pullRequest;
  const client = pullRequest ? await createClient(clientOptions(inputs, context, env, io)) : undefined;
  const run =
    client && pullRequest
      ? await lintPullRequest(client, context, inputs, now, io, notice)
      : await lintWorkspace(context, inputs, now, io);

  const paths = await writeReportFiles(run.report, context.runnerTemp, context.workspace);
  setOutputs(io, run.counted, paths);

  const repoUrl = `${context.serverUrl}/${context.owner}/${context.repo}`;
  let comments: CommentOutcome = { commented: new Set(), noticeEmitted: false };
  if (client && pullRequest) comments = await publishComments(client, io, { pullRequest, run, inputs, repoUrl });
  if (comments.skipped) notes.push(comments.skipped);
  if (client && pullRequest && inputs.labelPullRequests && !comments.skipped && !comments.failed) {
    const skipped = await labelPullRequest(client, io, pullRequest.number, run, notice);
    if (skipped) notes.push(skipped);
  }
  // Exit rule when GitHub kept failing: the exit status follows the gate (every finding was checked
  // and is in the annotations and the job summary), and one error line says the comments are missing.
  if (comments.failed) {
    io.annotate('error', comments.failed, { title: 'idea-lint: comments not posted' });
    notes.push(`⚠️ ${comments.failed}`);
  }
  const failure = gateFailure(run.counted, inputs.failOn);
  const tally = emitAnnotations(io, run.counted, {
    error: (failure !== undefined ? 1 : 0) + (comments.failed ? 1 : 0),
    notice: extraNotices + (comments.noticeEmitted ? 1 : 0),
  });
  const hidden = describeHiddenAnnotations(tally);
  if (hidden) notes.push(hidden);

  await io.writeSummary(
    renderJobSummary({
      counted: run.counted,
      ...(pullRequest ? { uncounted: uncountedReport(run.report, run.counted) } : {}),
      failOn: inputs.failOn,
      scope: pullRequest ? 'pull-request' : 'files',
      repoUrl,
      sha: pullRequest?.headSha ?? context.sha,
      notes,
    }),
  );
  if (failure) io.setFailed(failure);
}

async function lintPullRequest(
  client: GitHubClient,
  context: RunContext,
  inputs: ActionInputs,
  now: () => Date,
  io: ActionIO,
  notice: (message: string) => void,
): Promise<LintedRun & { issues?: IssueSettings }> {
  const pr = context.pullRequest!;
  const options = { ...(inputs.today ? { today: inputs.today } : {}), now: now() };
  const config = withFilesOverride(await loadBaseConfig(client, pr.baseSha, inputs.config, options), inputs.files);
  io.info(`Configuration: ${config.source ?? 'defaults'} at the base commit ${pr.baseSha.slice(0, 7)}.`);
  const source = await readPullRequestFiles(client, pr.number, pr.headSha, createFileFilter(config).isIdeaFile);
  io.info(
    `Pull request #${pr.number}: ${source.changedCount} changed files, ${source.files.length} idea files to lint.`,
  );
  if (source.truncated) {
    notice(
      `GitHub lists only the first ${source.changedCount} files of a pull request, so idea files beyond them were not linted: lint the whole list on push or on a schedule.`,
    );
  }
  return { ...lintRun(source.files, config, inputs.filterMode), ...(config.issues ? { issues: config.issues } : {}) };
}

async function lintWorkspace(
  context: RunContext,
  inputs: ActionInputs,
  now: () => Date,
  io: ActionIO,
): Promise<LintedRun & { issues?: IssueSettings }> {
  const options = { ...(inputs.today ? { today: inputs.today } : {}), now: now() };
  const config = withFilesOverride(await loadWorkspaceConfig(context.workspace, inputs.config, options), inputs.files);
  io.info(`Configuration: ${config.source ?? 'defaults'} in the workspace.`);
  const files = await readWorkspaceFiles(context.workspace, createFileFilter(config).isIdeaFile);
  io.info(`${context.eventName}: ${files.length} idea files in ${context.workspace}.`);
  // An audit that finds nothing must not pass: it checked nothing.
  if (files.length === 0) throw new NoIdeaFilesError(await describeEmptyWorkspace(context.workspace, config.files));
  return lintRun(files, config);
}

/** An `issues` event: lints the issue when it is an idea; comment, label, outputs and job summary. No gate. */
async function runIssueEvent(
  client: GitHubClient,
  io: ActionIO,
  env: NodeJS.ProcessEnv,
  now: () => Date,
  inputs: ActionInputs,
  context: RunContext,
): Promise<void> {
  const event = readIssueEvent(env['GITHUB_EVENT_PATH']);
  const outcome = await lintIssueIdea(client, io, {
    event,
    ...(inputs.config !== undefined ? { config: inputs.config } : {}),
    resolve: { ...(inputs.today ? { today: inputs.today } : {}), now: now() },
  });
  const lines = [`## idea-lint: issue #${event.issue.number}`, ''];
  if (outcome.report) {
    const paths = await writeReportFiles(outcome.report, context.runnerTemp, context.workspace);
    setOutputs(io, outcome.report, paths);
    const total = countFindings(outcome.report).total;
    lines.push(
      total === 0 ? '✅ The idea is ready.' : `The idea has ${plural(total, 'finding')}: see the comment on the issue.`,
    );
    if (outcome.skipped) lines.push('', outcome.skipped);
  } else lines.push('The issue is not an idea (no idea label or issue form), so nothing was linted.');
  await io.writeSummary(`${lines.join('\n')}\n`);
}

/** `label-pull-requests`: the needs-work label on a pull request with findings; a notice when it cannot be set. */
async function labelPullRequest(
  client: GitHubClient,
  io: ActionIO,
  pullNumber: number,
  run: LintedRun & { issues?: IssueSettings },
  notice: (message: string) => void,
): Promise<string | undefined> {
  const issues = client.issues;
  if (!issues) return undefined;
  const name = run.issues?.needsWorkLabel ?? DEFAULT_NEEDS_WORK_LABEL;
  try {
    const current = (await issues.getIssue(pullNumber))?.labels ?? [];
    const change = await syncNeedsWorkLabel(issues, pullNumber, current, name, countFindings(run.counted).total > 0);
    io.info(`Label "${name}": ${change}.`);
    return undefined;
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const message = `idea-lint could not set the label "${name}" on this pull request because the token cannot write labels: give the job \`permissions: pull-requests: write\`, or remove label-pull-requests.`;
    notice(message);
    return message;
  }
}

function clientOptions(
  inputs: ActionInputs,
  context: RunContext,
  env: NodeJS.ProcessEnv,
  io: ActionIO,
): OctokitClientOptions {
  if (!inputs.token) {
    throw new InputError(
      'Input "github-token" is empty: remove the line to use the default ${{ github.token }}, or pass a token that can read the pull request.',
    );
  }
  const retryBase = Number(env['IDEA_LINT_RETRY_BASE_MS']);
  return {
    token: inputs.token,
    owner: context.owner,
    repo: context.repo,
    apiUrl: context.apiUrl,
    ...(context.graphqlUrl ? { graphqlUrl: context.graphqlUrl } : {}),
    // Only tests shorten the backoff; GitHub asks for whole seconds.
    ...(Number.isFinite(retryBase) && retryBase >= 0 && env['IDEA_LINT_RETRY_BASE_MS']
      ? { retryBaseMs: retryBase }
      : {}),
    log: (message) => io.info(message),
  };
}

/** Why a workspace audit found nothing: no checkout, or globs that match none of its files. */
async function describeEmptyWorkspace(workspace: string, globs: string[]): Promise<string> {
  const entries = await readdir(workspace).catch(() => [] as string[]);
  const where = `${globs.map((glob) => JSON.stringify(glob)).join(', ')}`;
  if (entries.filter((name) => name !== '.git').length === 0) {
    return `idea-lint found no files at all in ${workspace}, so it checked nothing: add \`- uses: actions/checkout@v5\` as a step before idea-lint.`;
  }
  return `No idea files in ${workspace} match ${where}, so idea-lint checked nothing: set the files input (or \`files\` in the configuration) to globs that match your idea lists.`;
}
