// GitHub stage (ideas proposed as issues): on an `issues` event, lints an issue that carries one of the
// configured labels (or was written with a configured issue form) as one idea — the issue title is its
// title, the body its fields — keeps ONE comment of ours on it (edited on every run, reduced to "✅ ready"
// once nothing is left) and sets or clears the needs-work label. Configuration comes from the default
// branch through the API, never from the issue.
import type { FileReport, IssueSettings, Report } from '../lint/types.js';
import { DEFAULT_ISSUE_LABELS, DEFAULT_NEEDS_WORK_LABEL } from '../lint/config.js';
import { isIssueComment, READY_COMMENT, renderIssueComment } from '../report/issue-comment.js';
import { type GitHubClient, isPermissionDenied } from './client.js';
import { type ConfigOptions, loadBaseConfig } from './config-source.js';
import { isOwnAuthor, resolveOwnIdentity } from './identity.js';
import type { IssueInfo } from './issue-client.js';
import { IDEA_ISSUE_ACTIONS, type IssueEvent } from './issue-event.js';
import { matchIssueForm } from './issue-form.js';
import { lintRun } from './lint-run.js';
import { syncNeedsWorkLabel } from './needs-work-label.js';
import type { ActionIO } from './runtime.js';

/** The one notice of a run whose token cannot write to issues. */
export const ISSUES_READ_ONLY_NOTICE =
  'idea-lint skipped its issue comment and label because the token cannot write to issues: give the job `permissions: issues: write`.';

/** What an issue run did. */
export interface IssueRunOutcome {
  /** The issue linted as one idea; undefined when the issue is not an idea (or the action is not one we act on). */
  report?: Report;
  /** Why the comment and label were skipped, when they were. */
  skipped?: string;
}

/** Lints the event's issue when it is an idea, then updates our comment and the needs-work label. */
export async function lintIssueIdea(
  client: GitHubClient,
  io: ActionIO,
  options: { event: IssueEvent; config?: string; resolve: ConfigOptions },
): Promise<IssueRunOutcome> {
  const { event } = options;
  if (!IDEA_ISSUE_ACTIONS.includes(event.action)) {
    io.info(`Issue #${event.issue.number} was ${event.action}: idea-lint acts on ${IDEA_ISSUE_ACTIONS.join(', ')}.`);
    return {};
  }
  const issues = client.issues;
  if (!issues) throw new Error('this GitHub client cannot read issues');
  const config = await loadBaseConfig(client, event.defaultBranch, options.config, options.resolve);
  io.info(`Configuration: ${config.source ?? 'defaults'} on the default branch ${event.defaultBranch}.`);
  const settings: IssueSettings = config.issues ?? {
    labels: [...DEFAULT_ISSUE_LABELS],
    templates: [],
    needsWorkLabel: DEFAULT_NEEDS_WORK_LABEL,
  };
  // The event's copy may be stale when edits follow each other quickly: read the issue as it is now.
  const issue = (await issues.getIssue(event.issue.number)) ?? event.issue;
  const reason = await ideaReason(client, issue, settings, event.defaultBranch, io);
  if (!reason) {
    io.info(
      `Issue #${issue.number} has none of the labels ${settings.labels.join(', ')}${settings.templates.length ? ' and none of the configured issue forms' : ''}: it is not an idea, so there is nothing to lint.`,
    );
    return {};
  }
  io.info(`Issue #${issue.number} is an idea (${reason}): linting it.`);
  const run = lintRun([{ path: `issues/${issue.number}.md`, text: issueText(issue) }], config);
  const file = run.report.files[0];
  try {
    await syncComment(client, io, issue.number, file, settings.needsWorkLabel);
    const change = await syncNeedsWorkLabel(
      issues,
      issue.number,
      issue.labels,
      settings.needsWorkLabel,
      needsWork(file),
    );
    io.info(`Label "${settings.needsWorkLabel}": ${change}.`);
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    io.debug(error.message);
    io.annotate('notice', ISSUES_READ_ONLY_NOTICE, { title: 'idea-lint: issue comment skipped' });
    return { report: run.report, skipped: ISSUES_READ_ONLY_NOTICE };
  }
  return { report: run.report };
}

/** Whether an idea still has something to fix: any finding or notice. */
export function needsWork(file: FileReport): boolean {
  return file.findings.length > 0 || file.notices.length > 0;
}

/** The issue as one Markdown idea: its title as the heading, its body (form answers under `###` labels) below. */
export function issueText(issue: Pick<IssueInfo, 'title' | 'body'>): string {
  return `# ${issue.title.replace(/[\r\n]+/g, ' ')}\n\n${issue.body}\n`;
}

async function ideaReason(
  client: GitHubClient,
  issue: IssueInfo,
  settings: IssueSettings,
  ref: string,
  io: ActionIO,
): Promise<string | undefined> {
  if (issue.isPullRequest) return undefined;
  const wanted = new Set(settings.labels.map((label) => label.toLowerCase()));
  const label = issue.labels.find((name) => wanted.has(name.toLowerCase()));
  if (label) return `label "${label}"`;
  const form = await matchIssueForm(client, issue.body, settings.templates, ref, (message) => io.info(message));
  return form ? `issue form ${form}` : undefined;
}

/** Keeps one comment of ours: the findings, or "✅ ready" in place of an earlier one; never a second one. */
async function syncComment(
  client: GitHubClient,
  io: ActionIO,
  issueNumber: number,
  file: FileReport,
  needsWorkLabel: string,
): Promise<void> {
  const identity = await resolveOwnIdentity(client, (message) => io.info(message));
  const ours = (await client.listIssueComments(issueNumber))
    .filter((comment) => isIssueComment(comment.body) && isOwnAuthor(identity, comment.author))
    .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id);
  const [oldest, ...duplicates] = ours;
  const body = needsWork(file) ? renderIssueComment({ file, needsWorkLabel }) : READY_COMMENT;
  if (oldest) {
    if (oldest.body !== body) await client.updateIssueComment(oldest.id, body);
    io.info(`Issue comment: ${oldest.body === body ? 'unchanged' : 'updated'}.`);
  } else if (needsWork(file)) {
    await client.createIssueComment(issueNumber, body);
    io.info('Issue comment: created.');
  } else io.info('Issue comment: none needed, the idea is ready.');
  // Two runs racing can each have posted one: keep the oldest.
  for (const duplicate of duplicates) await client.deleteIssueComment(duplicate.id);
}
