// GitHub stage (issue events): what an `issues` event says — which action, which issue, the repository's
// default branch. Reads the event file and nothing else.
import { ContextError, readEventPayload } from './context.js';
import type { IssueInfo } from './issue-client.js';

/** The `issues` actions that can make an issue an idea or change its text. */
export const IDEA_ISSUE_ACTIONS: readonly string[] = ['opened', 'edited', 'reopened', 'labeled'];

/** One `issues` event. */
export interface IssueEvent {
  action: string;
  /** The issue as the event saw it (the action reads it again, since it may have changed since). */
  issue: IssueInfo;
  /** Where the configuration is read: the repository's default branch. */
  defaultBranch: string;
}

/** Reads the `issues` event from the runner's event file. */
export function readIssueEvent(eventPath: string | undefined): IssueEvent {
  if (!eventPath) throw new ContextError('GITHUB_EVENT_PATH is not set: the runner should provide the issues event.');
  const payload = readEventPayload<{
    action?: unknown;
    issue?: {
      number?: unknown;
      title?: unknown;
      body?: unknown;
      labels?: unknown;
      state?: unknown;
      pull_request?: unknown;
    };
    repository?: { default_branch?: unknown };
  }>(eventPath);
  const issue = payload.issue;
  const branch = payload.repository?.default_branch;
  if (typeof issue?.number !== 'number' || typeof branch !== 'string') {
    throw new ContextError('The issues event has no issue number or default branch: the runner should provide them.');
  }
  const labels = Array.isArray(issue.labels)
    ? issue.labels.map((label: unknown) =>
        typeof label === 'string' ? label : String((label as { name?: unknown })?.name ?? ''),
      )
    : [];
  return {
    action: typeof payload.action === 'string' ? payload.action : '',
    issue: {
      number: issue.number,
      title: typeof issue.title === 'string' ? issue.title : '',
      body: typeof issue.body === 'string' ? issue.body : '',
      labels: labels.filter(Boolean),
      state: issue.state === 'closed' ? 'closed' : 'open',
      isPullRequest: Boolean(issue.pull_request),
    },
    defaultBranch: branch,
  };
}
