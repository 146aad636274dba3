/**
 * Test support for src/github/ unit tests: an in-memory GitHubClient (no Octokit, no HTTP) that
 * records calls and can be told to fail, and an ActionIO that records what the action told the runner.
 */
import {
  GitHubError,
  type ChangedFile,
  type GitHubClient,
  type IssueComment,
  type NewReviewComment,
  type ReviewComment,
  type ReviewThread,
} from '../../src/github/client.js';
import type { AuthorRef, ViewerInfo } from '../../src/github/identity.js';
import type { ActionIO, AnnotationKind, AnnotationTarget } from '../../src/github/runtime.js';

/** The Actions bot as REST shows it, and as GraphQL shows it (no `[bot]`). */
export const BOT_REST: AuthorRef = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const BOT_GRAPHQL: AuthorRef = { login: 'github-actions', type: 'Bot' };
/** A human's account. */
export const human = (login = 'mentor-maria'): AuthorRef => ({ login, id: 5000 + login.length, type: 'User' });

type Method = keyof GitHubClient;

/** A pull request held in memory. */
export class FakeClient implements GitHubClient {
  files: ChangedFile[] = [];
  /** File texts by `${ref}:${path}`. */
  contents = new Map<string, string>();
  reviewComments: ReviewComment[] = [];
  threads: ReviewThread[] = [];
  issueComments: IssueComment[] = [];
  reviews: { commitId: string; body: string; comments: NewReviewComment[] }[] = [];
  fileComments: { commitId: string; path: string; body: string }[] = [];
  resolved: string[] = [];
  deleted: number[] = [];
  /** What `getViewer` answers. */
  viewer: ViewerInfo = { login: 'github-actions[bot]', id: 41898282, installationToken: true };
  /** The pull request's head as `getPullRequestHead` answers; undefined: the ref the files were read at. */
  head: string | undefined;
  /** Every call, by method name, in order. */
  calls: Method[] = [];
  private failures: { method: Method; error: GitHubError }[] = [];
  private nextId = 100;

  /** Makes the next call of `method` throw `error` (queued: several calls fail in order). */
  failNext(method: Method, error: GitHubError): void {
    this.failures.push({ method, error });
  }

  /** Puts a file at a commit. */
  setFile(ref: string, path: string, text: string): void {
    this.contents.set(`${ref}:${path}`, text);
  }

  private enter(method: Method): void {
    this.calls.push(method);
    const index = this.failures.findIndex((f) => f.method === method);
    if (index >= 0) {
      const [failure] = this.failures.splice(index, 1);
      throw failure!.error;
    }
  }

  async getViewer(): Promise<ViewerInfo> {
    this.enter('getViewer');
    return this.viewer;
  }

  async getPullRequestHead(): Promise<string> {
    this.enter('getPullRequestHead');
    return this.head ?? 'h'.repeat(40);
  }

  async deleteIssueComment(id: number): Promise<void> {
    this.enter('deleteIssueComment');
    this.deleted.push(id);
    this.issueComments = this.issueComments.filter((c) => c.id !== id);
  }

  async listPullRequestFiles(): Promise<ChangedFile[]> {
    this.enter('listPullRequestFiles');
    return this.files;
  }

  async readFile(path: string, ref: string): Promise<string | undefined> {
    this.enter('readFile');
    return this.contents.get(`${ref}:${path}`);
  }

  async listReviewComments(): Promise<ReviewComment[]> {
    this.enter('listReviewComments');
    return this.reviewComments;
  }

  async createReview(
    _pull: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<void> {
    this.enter('createReview');
    this.reviews.push(review);
    for (const comment of review.comments) this.addOurComment(comment.path, comment.body);
  }

  async createFileComment(_pull: number, comment: { commitId: string; path: string; body: string }): Promise<void> {
    this.enter('createFileComment');
    this.fileComments.push(comment);
    this.addOurComment(comment.path, comment.body);
  }

  async listIssueComments(): Promise<IssueComment[]> {
    this.enter('listIssueComments');
    return this.issueComments;
  }

  async createIssueComment(_pull: number, body: string): Promise<void> {
    this.enter('createIssueComment');
    this.issueComments.push({ id: this.nextId++, body, author: BOT_REST });
  }

  async updateIssueComment(id: number, body: string): Promise<void> {
    this.enter('updateIssueComment');
    const comment = this.issueComments.find((c) => c.id === id);
    if (!comment) throw new GitHubError('no such comment', 404);
    comment.body = body;
  }

  async listReviewThreads(): Promise<ReviewThread[]> {
    this.enter('listReviewThreads');
    return this.threads;
  }

  async resolveReviewThreads(ids: string[]): Promise<void> {
    this.enter('resolveReviewThreads');
    this.resolved.push(...ids);
    for (const thread of this.threads) if (ids.includes(thread.id)) thread.isResolved = true;
  }

  /** The write calls made so far. */
  writes(): Method[] {
    const writes: Method[] = [
      'createReview',
      'createFileComment',
      'createIssueComment',
      'updateIssueComment',
      'deleteIssueComment',
      'resolveReviewThreads',
    ];
    return this.calls.filter((c) => writes.includes(c));
  }

  private addOurComment(path: string, body: string): void {
    const id = this.nextId++;
    this.reviewComments.push({ id, body, path, author: BOT_REST });
    this.threads.push({ id: `T${id}`, isResolved: false, comments: [{ body, author: BOT_GRAPHQL }] });
  }
}

/** A runner that records everything. */
export class FakeIO implements ActionIO {
  inputs: Record<string, string> = {};
  outputs: Record<string, string | number> = {};
  failed: string[] = [];
  annotations: { kind: AnnotationKind; message: string; target?: AnnotationTarget }[] = [];
  log: string[] = [];
  summary = '';

  constructor(inputs: Record<string, string> = {}) {
    this.inputs = inputs;
  }

  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string | number): void {
    this.outputs[name] = value;
  }
  setFailed(message: string): void {
    this.failed.push(message);
  }
  annotate(kind: AnnotationKind, message: string, target?: AnnotationTarget): void {
    this.annotations.push({ kind, message, ...(target ? { target } : {}) });
  }
  info(message: string): void {
    this.log.push(message);
  }
  debug(message: string): void {
    this.log.push(`debug: ${message}`);
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
}

/** GitHub's answer to a write with a read-only token. */
export const FORBIDDEN = new GitHubError(
  'GitHub could not post (403 Resource not accessible by integration): …',
  403,
  'Resource not accessible by integration',
);

/** GitHub's answer to a review with a line outside the diff. */
export const UNPROCESSABLE = new GitHubError(
  'GitHub could not post a review (422 …)',
  422,
  'Unprocessable Entity; Pull request review thread line must be part of the diff',
);
