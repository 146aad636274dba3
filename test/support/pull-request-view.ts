/**
 * Test-support stage (GitHub emulator): what a test sees of, and does to, the emulated pull request
 * between action runs — REST-shaped read-back of files, comments, reviews and threads, a mentor's
 * replies and comments, and new head commits. GitHubEmulator adds the HTTP server on top.
 */
import { commentableLines } from './line-diff.js';
import { ACTIONS_BOT, diffEntryObject, type Account, type Site } from './github-objects.js';
import { authorId, issueCommentJson, reviewCommentJson, reviewJson } from './github-json.js';
import { PullRequestModel, type Scenario } from './pull-request-model.js';

/** Read-back and test-side actions on one pull request. */
export abstract class PullRequestView {
  /** The pull request's state: files, reviews, comments, threads. */
  readonly model: PullRequestModel;

  constructor(readonly scenario: Scenario) {
    this.model = new PullRequestModel(scenario);
  }

  /** Where objects live (API root, web root, repository), for JSON builders. */
  abstract get site(): Site;

  /** The account the tokens act as. */
  get account(): Account {
    return this.scenario.tokenAccount ?? ACTIONS_BOT;
  }

  /** The changed files as `GET /pulls/{n}/files` lists them (all pages). */
  changedFiles(): Record<string, unknown>[] {
    return this.model.head.changed.map((f) =>
      diffEntryObject(this.site, f, this.model.headSha, this.scenario.pull.baseSha),
    );
  }

  /** Lines of a changed file that can carry a review comment (RIGHT: head lines inside hunks). */
  commentableLines(path: string, side: 'LEFT' | 'RIGHT' = 'RIGHT'): number[] {
    const file = this.model.head.changed.find((f) => f.filename === path);
    return file ? [...commentableLines(file.diff, side).keys()].sort((a, b) => a - b) : [];
  }

  /** All review comments, shaped as `GET /pulls/{n}/comments` returns them. */
  reviewComments(): Record<string, unknown>[] {
    return this.model.reviewComments.map((c) => reviewCommentJson(this.model, this.site, c));
  }

  /** All reviews, shaped as `GET /pulls/{n}/reviews` returns them. */
  reviews(): Record<string, unknown>[] {
    return this.model.reviews.map((r) => reviewJson(this.model, this.site, r));
  }

  /** All issue comments, shaped as `GET /issues/{n}/comments` returns them. */
  issueComments(): Record<string, unknown>[] {
    return this.model.issueComments.map((c) => issueCommentJson(this.model, this.site, c));
  }

  /** Review threads with their state and REST-shaped comments (root first). */
  threads(): {
    id: string;
    path: string;
    isResolved: boolean;
    isOutdated: boolean;
    line: number | null;
    comments: Record<string, unknown>[];
  }[] {
    return this.model.threads.map((t) => {
      const comments = t.commentIds.map((id) => this.model.reviewComments.find((c) => c.id === id)!);
      return {
        id: t.id,
        path: t.path,
        isResolved: t.isResolved,
        line: comments[0].line,
        isOutdated: comments[0].subjectType === 'line' && comments[0].line === null,
        comments: comments.map((c) => reviewCommentJson(this.model, this.site, c)),
      };
    });
  }

  /** A human replies in a thread (given a thread node id or any comment id of it). */
  addHumanReply(target: string | number, body: string, login = 'mentor-maria'): Record<string, unknown> {
    return reviewCommentJson(this.model, this.site, this.model.reply(target, body, human(login)));
  }

  /** A human starts a review thread of their own on a line of the diff. */
  addHumanReviewComment(
    comment: { path: string; line?: number; body: string; subject_type?: 'line' | 'file' },
    login = 'mentor-maria',
  ): Record<string, unknown> {
    return reviewCommentJson(
      this.model,
      this.site,
      this.model.createReviewComment({ ...comment, commit_id: this.model.headSha }, human(login)),
    );
  }

  /** A human comments on the pull request's conversation. */
  addHumanIssueComment(body: string, login = 'mentor-maria'): Record<string, unknown> {
    return issueCommentJson(this.model, this.site, this.model.addIssueComment(body, human(login)));
  }

  /** An issue comment written by the token's own account (as an earlier run would have). */
  addOwnIssueComment(body: string): Record<string, unknown> {
    return issueCommentJson(this.model, this.site, this.model.addIssueComment(body, this.account));
  }

  /** A human resolves (or unresolves) a thread. */
  setThreadResolved(threadId: string, resolved: boolean, login = 'mentor-maria'): void {
    this.model.setResolved(threadId, resolved, human(login));
  }

  /** Pushes a new head commit with these files; returns its sha. Existing comments move or become outdated. */
  pushHead(files: Record<string, string>, options: { sha?: string; renames?: Record<string, string> } = {}): string {
    return this.model.pushHead(files, options);
  }

  /** The current head sha (changes with pushHead). */
  get headSha(): string {
    return this.model.headSha;
  }
}

function human(login: string): Account {
  return { login, id: authorId(login), type: 'User' };
}
