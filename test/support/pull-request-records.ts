/**
 * Test-support stage (GitHub emulator): the records a PullRequestModel keeps — the Scenario it starts
 * from, head revisions, reviews, review comments and threads, issue comments — and GitHubError,
 * the error its operations throw with GitHub's status and body.
 */
import type { ChangedFileDiff } from './comment-placement.js';
import type { Account } from './github-objects.js';

/** The pull request an emulator serves; file maps go from path to content. */
export interface Scenario {
  owner: string;
  repo: string;
  pull: {
    number: number;
    title: string;
    /** Login of the pull request's author. */
    user: string;
    baseSha: string;
    headSha: string;
    baseRef: string;
    headRef: string;
    body?: string;
  };
  base: Record<string, string>;
  head: Record<string, string>;
  /** New path → old path, for files GitHub should report as `renamed`. */
  renames?: Record<string, string>;
  /** The token the action must send (default `ghs_emulatorToken`). */
  token?: string;
  /** A second token that may only read, like a fork pull request's GITHUB_TOKEN. */
  readOnlyToken?: string;
  /**
   * The account the tokens act as (default `github-actions[bot]`, id 41898282): what it writes is
   * authored by it and GraphQL `viewer` names it. A `ghp_…` token with a User account is a personal token.
   */
  tokenAccount?: { login: string; id: number; type: 'User' | 'Bot' };
}

/** An error answered with GitHub's status and JSON body. */
export class GitHubError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

/** One head commit of the pull request (the scenario's, or one pushed later). */
export interface Revision {
  sha: string;
  files: Record<string, string>;
  changed: ChangedFileDiff[];
}

/** A stored review comment (REST shape is rendered from it). */
export interface ReviewCommentRecord {
  id: number;
  nodeId: string;
  reviewId: number;
  threadId: string;
  inReplyToId?: number;
  path: string;
  subjectType: 'line' | 'file';
  side: 'LEFT' | 'RIGHT';
  startSide: 'LEFT' | 'RIGHT' | null;
  line: number | null;
  startLine: number | null;
  originalLine: number | null;
  originalStartLine: number | null;
  position: number | null;
  originalPosition: number | null;
  commitId: string;
  originalCommitId: string;
  diffHunk: string;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

/** A review thread: a root comment and its replies. */
export interface ThreadRecord {
  id: string;
  path: string;
  isResolved: boolean;
  resolvedBy: Account | null;
  commentIds: number[];
}

/** A submitted (or pending) review. */
export interface ReviewRecord {
  id: number;
  nodeId: string;
  user: Account;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  commitId: string;
  submittedAt: string | null;
}

/** A comment on the pull request's conversation tab. */
export interface IssueCommentRecord {
  id: number;
  nodeId: string;
  user: Account;
  body: string;
  createdAt: string;
  updatedAt: string;
}
