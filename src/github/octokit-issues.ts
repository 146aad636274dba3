// GitHub stage (API boundary, issues): IssueOperations on Octokit. octokit-client.ts builds the Octokit
// (retries, throttling, errors) and hands it here; every failure becomes a GitHubError through `call`.
import type { getOctokit } from '@actions/github';
import type { IssueOperations } from './issue-client.js';

type Octokit = ReturnType<typeof getOctokit>;
type Call = <T>(what: string, action: () => Promise<T>) => Promise<T>;

const isNotFound = (error: unknown): boolean => (error as { status?: number }).status === 404;

/** The issue and label operations on `owner/repo`. */
export function createIssueOperations(octokit: Octokit, call: Call, owner: string, repo: string): IssueOperations {
  return {
    getIssue: (issue_number) =>
      call(`read issue #${issue_number}`, async () => {
        try {
          const { data } = await octokit.rest.issues.get({ owner, repo, issue_number });
          return {
            number: data.number,
            title: data.title,
            body: data.body ?? '',
            labels: data.labels
              .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
              .filter(Boolean),
            state: data.state === 'closed' ? 'closed' : 'open',
            isPullRequest: Boolean(data.pull_request),
          };
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      }),

    hasLabel: (name) =>
      call(`look up the label "${name}"`, async () => {
        try {
          await octokit.rest.issues.getLabel({ owner, repo, name });
          return true;
        } catch (error) {
          if (isNotFound(error)) return false;
          throw error;
        }
      }),

    createLabel: (label) =>
      call(`create the label "${label.name}"`, async () => {
        await octokit.rest.issues.createLabel({ owner, repo, ...label });
      }),

    addLabels: (issue_number, labels) =>
      call(`label #${issue_number}`, async () => {
        await octokit.rest.issues.addLabels({ owner, repo, issue_number, labels });
      }),

    removeLabel: (issue_number, name) =>
      call(`remove the label "${name}" from #${issue_number}`, async () => {
        try {
          await octokit.rest.issues.removeLabel({ owner, repo, issue_number, name });
        } catch (error) {
          // GitHub answers 404 when the label is not on the issue: already the state we want.
          if (!isNotFound(error)) throw error;
        }
      }),
  };
}
