// GitHub stage (needs-work label): sets or clears the label that marks an idea (an issue, or a pull
// request with `label-pull-requests`) as having findings, so reviewers can triage with a label filter.
// Creates the label in the repository the first time it is needed.
import type { IssueOperations } from './issue-client.js';

/** The new label's colour (GitHub's yellow "needs attention") and description. */
const LABEL_COLOR = 'fbca04';
const LABEL_DESCRIPTION = 'idea-lint found something to fix before this idea is ready';

/** What changed: the label was added, removed, or already right. */
export type LabelChange = 'added' | 'removed' | 'unchanged';

/** Puts `name` on the issue when `needsWork`, takes it off otherwise; `current` are the issue's labels. */
export async function syncNeedsWorkLabel(
  issues: IssueOperations,
  issueNumber: number,
  current: readonly string[],
  name: string,
  needsWork: boolean,
): Promise<LabelChange> {
  // GitHub compares label names case-insensitively.
  const has = current.some((label) => label.toLowerCase() === name.toLowerCase());
  if (needsWork === has) return 'unchanged';
  if (!needsWork) {
    await issues.removeLabel(issueNumber, name);
    return 'removed';
  }
  // Adding an unknown label would create it too, grey and without a description: create it properly first.
  if (!(await issues.hasLabel(name))) {
    await issues.createLabel({ name, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
  }
  await issues.addLabels(issueNumber, [name]);
  return 'added';
}
