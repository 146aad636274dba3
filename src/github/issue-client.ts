// GitHub stage (API boundary, issues): the operations the action needs for ideas proposed as issues —
// the issue itself and its labels. Comments on an issue use GitHubClient's issue-comment operations,
// which GitHub serves for issues and pull requests alike.

/** An issue as the action reads it. */
export interface IssueInfo {
  number: number;
  title: string;
  /** '' when the issue has no body. */
  body: string;
  /** Label names as written. */
  labels: string[];
  state: 'open' | 'closed';
  /** GitHub lists pull requests among issues; such an issue is a pull request. */
  isPullRequest: boolean;
}

/** A label to create in the repository. */
export interface NewLabel {
  name: string;
  /** Six hex digits, without `#`. */
  color: string;
  description: string;
}

/** The issue and label operations, on one repository. */
export interface IssueOperations {
  /** Reads an issue (its current title, body and labels); undefined when it does not exist. */
  getIssue(issueNumber: number): Promise<IssueInfo | undefined>;
  /** Whether the repository has a label of this name (GitHub compares names case-insensitively). */
  hasLabel(name: string): Promise<boolean>;
  /** Creates a repository label. */
  createLabel(label: NewLabel): Promise<void>;
  /** Adds labels to an issue or pull request. */
  addLabels(issueNumber: number, names: string[]): Promise<void>;
  /** Removes a label from an issue or pull request; nothing happens when it is not there. */
  removeLabel(issueNumber: number, name: string): Promise<void>;
}
