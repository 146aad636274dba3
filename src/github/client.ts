// GitHub stage (API boundary): the few GitHub operations the action needs, as one interface, so the
// rest of src/github/ never sees Octokit (danger-js's PlatformCommunicator). The Octokit
// implementation is in octokit-client.ts; unit tests use a fake that implements this interface.
import type { IssueOperations } from './issue-client.js';

/** A file of a pull request, as `GET /pulls/{n}/files` lists it. */
export interface ChangedFile {
  /** Path at the head commit (the new name of a renamed file). */
  path: string;
  /** The old path of a renamed file. */
  previousPath?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Blob SHA at the head commit. */
  sha: string;
  /** Unified-diff hunks; absent for binary or very large diffs. */
  patch?: string;
}

/** An existing pull-request review comment. */
export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  author: AuthorRef;
  inReplyTo?: number;
}

/** An existing issue (conversation) comment on the pull request. */
export interface IssueComment {
  id: number;
  body: string;
  author: AuthorRef;
  /** ISO time of creation; the oldest of several summaries is kept. */
  createdAt?: string;
}

/** A review thread (GraphQL `reviewThreads`) with its first two comments: the root and any reply. */
export interface ReviewThread {
  id: string;
  isResolved: boolean;
  comments: { body: string; author: AuthorRef }[];
}

/** One line (or line range) comment of a new review, on the RIGHT (head) side. */
export interface NewReviewComment {
  path: string;
  body: string;
  line: number;
  /** First line of a multi-line comment; only when less than `line`. */
  startLine?: number;
}

/** Everything the action asks of GitHub, for one repository. */
export interface GitHubClient {
  /** The token's account (GraphQL `viewer`); see identity.ts. */
  getViewer(): Promise<ViewerInfo>;
  /** The pull request's current head commit (it moves when someone pushes during a run). */
  getPullRequestHead(pullNumber: number): Promise<string>;
  /** Lists every changed file of a pull request (paginated; GitHub stops at 3,000). */
  listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  /** Reads a file's text at a commit; undefined when it does not exist there. */
  readFile(path: string, ref: string): Promise<string | undefined>;
  /** Lists every review comment of a pull request (paginated). */
  listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
  /** Posts one review (`event: COMMENT`) with all its comments. */
  createReview(
    pullNumber: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<void>;
  /**
   * Posts one file-level comment (`subject_type: file`). The reviews endpoint does not take file-level
   * comments (danobi/prr#33), so each is a call of its own.
   */
  createFileComment(pullNumber: number, comment: { commitId: string; path: string; body: string }): Promise<void>;
  /** Lists every issue comment of a pull request (paginated). */
  listIssueComments(pullNumber: number): Promise<IssueComment[]>;
  /** Posts an issue comment on a pull request. */
  createIssueComment(pullNumber: number, body: string): Promise<void>;
  /** Replaces an issue comment's body. */
  updateIssueComment(commentId: number, body: string): Promise<void>;
  /** Deletes an issue comment (a duplicate summary of ours). */
  deleteIssueComment(commentId: number): Promise<void>;
  /** Lists every review thread of a pull request (GraphQL, paginated). */
  listReviewThreads(pullNumber: number): Promise<ReviewThread[]>;
  /** Resolves review threads (GraphQL `resolveReviewThread`, several per request). */
  resolveReviewThreads(threadIds: string[]): Promise<void>;
  /** Issues and labels (ideas proposed as issues, `label-pull-requests`); optional, checked before use. */
  issues?: IssueOperations;
}

/** A GitHub API failure after retries; `message` says what failed and what to do. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    message: string,
    /** HTTP status (403 for a GraphQL FORBIDDEN error); 0 when no response came back. */
    readonly status: number,
    /** GitHub's own message and error strings, for telling a read-only token from a rate limit. */
    readonly apiMessage = '',
  ) {
    super(message);
  }
}

/** Whether an error is GitHub refusing a write for lack of permission (a fork's read-only token). */
export function isPermissionDenied(error: unknown): error is GitHubError {
  return error instanceof GitHubError && error.status === 403 && !/rate limit/i.test(error.apiMessage);
}

/**
 * Whether an error leaves a write's fate unknown: a 5xx, or no answer at all. GitHub may have carried
 * the write out, so the caller must look before sending it again.
 */
export function isServerError(error: unknown): error is GitHubError {
  return error instanceof GitHubError && (error.status >= 500 || error.status === 0);
}

/** Whether an error is GitHub rejecting a request's content (a review line outside the diff). */
export function isUnprocessable(error: unknown): error is GitHubError {
  return error instanceof GitHubError && error.status === 422;
}

/** A comment's author as REST (`user`) or GraphQL (`author`) gives it; GraphQL drops the `[bot]` suffix. */
export interface AuthorRef {
  login: string;
  id?: number;
  /** `Bot`, `User`, `Organization` (REST `type`, GraphQL `__typename`). */
  type?: string;
}

/** What GitHub says about the token's account (GraphQL `viewer`). */
export interface ViewerInfo {
  login: string;
  id?: number;
  /** GraphQL `__typename` of the viewer, when given. */
  typename?: string;
  /**
   * Whether the token is an installation (server-to-server) token — the Actions GITHUB_TOKEN or a
   * GitHub App's — which always acts as a bot. Such tokens start with `ghs_`
   * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
   */
  installationToken: boolean;
}
