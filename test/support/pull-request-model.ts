/**
 * Test-support stage (GitHub emulator): the state of one pull request — its scenario, the changed
 * files GitHub computes from base and head, and everything written to it (reviews, review comments
 * grouped into threads, issue comments). It outlives single action runs, so a test can run the
 * action twice against the same pull request, push a new head in between, or add a human's reply.
 * REST and GraphQL handlers turn these records into JSON; errors are thrown as GitHubError.
 */
import { createHash } from 'node:crypto';
import {
  changedFiles,
  LINE_NOT_IN_DIFF,
  placeComment,
  type CommentRequest,
  type Placement,
} from './comment-placement.js';
import { gitBlobSha, type Account, ACTIONS_BOT, nodeId, timestamp } from './github-objects.js';
import { commentableLines, diffHunkUpTo, mapLine, positionOf } from './line-diff.js';

import {
  GitHubError,
  type IssueCommentRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type Revision,
  type Scenario,
  type ThreadRecord,
} from './pull-request-records.js';

export { changedFiles, type ChangedFileDiff, type CommentRequest } from './comment-placement.js';
export * from './pull-request-records.js';

/** GitHub refuses comment and review bodies longer than this (characters). */
export const MAX_BODY_LENGTH = 65_536;

/** GitHub's 422 for an over-long body (approximated; the exact wording varies by endpoint). */
function bodyTooLong(resource: string): GitHubError {
  return new GitHubError(422, {
    message: 'Validation Failed',
    errors: [
      {
        resource,
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`,
      },
    ],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  });
}

let idCounter = 1_900_000_000;
/** A fresh int64-style database id (shared by all kinds of objects, like GitHub's large ids). */
export function nextId(): number {
  return ++idCounter;
}

/** The mutable state of one pull request. */
export class PullRequestModel {
  readonly revisions = new Map<string, Revision>();
  headSha: string;
  readonly reviewComments: ReviewCommentRecord[] = [];
  readonly threads: ThreadRecord[] = [];
  readonly reviews: ReviewRecord[] = [];
  readonly issueComments: IssueCommentRecord[] = [];
  readonly createdAt = timestamp(new Date(Date.now() - 3_600_000));
  updatedAt = timestamp();

  constructor(readonly scenario: Scenario) {
    this.headSha = scenario.pull.headSha;
    this.addRevision(scenario.pull.headSha, scenario.head, scenario.renames ?? {});
  }

  private addRevision(sha: string, files: Record<string, string>, renames: Record<string, string>): Revision {
    const revision = { sha, files: { ...files }, changed: changedFiles(this.scenario.base, files, renames) };
    this.revisions.set(sha, revision);
    return revision;
  }

  /** The current head revision. */
  get head(): Revision {
    return this.revisions.get(this.headSha)!;
  }

  /** Files of a commit: the base sha/ref, any head sha, or the head ref (the current head). */
  treeAt(ref: string | undefined): Record<string, string> | undefined {
    const { pull } = this.scenario;
    if (ref === undefined || ref === pull.baseSha || ref === pull.baseRef || ref === `refs/heads/${pull.baseRef}`)
      return this.scenario.base;
    if (ref === pull.headRef || ref === `refs/heads/${pull.headRef}`) return this.head.files;
    return this.revisions.get(ref)?.files;
  }

  /** Content of any blob of the base or a head, by git blob sha. */
  blob(sha: string): string | undefined {
    for (const tree of [this.scenario.base, ...[...this.revisions.values()].map((r) => r.files)]) {
      for (const content of Object.values(tree)) if (gitBlobSha(content) === sha) return content;
    }
    return undefined;
  }

  private revisionFor(commitId: string | undefined): Revision {
    const revision = this.revisions.get(commitId ?? this.headSha);
    if (!revision) throw unprocessable(['Commit id is not part of the pull request']);
    return revision;
  }

  private addReview(user: Account, body: string, state: ReviewRecord['state'], commitId: string): ReviewRecord {
    const id = nextId();
    const review = {
      id,
      nodeId: nodeId('PRR', id),
      user,
      body,
      state,
      commitId,
      submittedAt: state === 'PENDING' ? null : timestamp(),
    };
    this.reviews.push(review);
    return review;
  }

  private addComment(
    fields: Placement,
    review: ReviewRecord,
    body: string,
    user: Account,
    thread?: ThreadRecord,
    inReplyToId?: number,
  ): ReviewCommentRecord {
    const id = nextId();
    if (!thread) {
      thread = { id: nodeId('PRRT', id), path: fields.path, isResolved: false, resolvedBy: null, commentIds: [] };
      this.threads.push(thread);
    }
    const now = timestamp();
    const record: ReviewCommentRecord = {
      ...fields,
      id,
      nodeId: nodeId('PRRC', id),
      reviewId: review.id,
      threadId: thread.id,
      inReplyToId,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    thread.commentIds.push(id);
    this.reviewComments.push(record);
    this.updatedAt = now;
    return record;
  }

  /** `POST /pulls/{n}/reviews`: all comments are checked first; one bad line rejects the whole review. */
  createReview(
    request: { commit_id?: string; body?: string; event?: string; comments?: CommentRequest[] },
    user: Account = ACTIONS_BOT,
  ): ReviewRecord {
    const revision = this.revisionFor(request.commit_id);
    if ((request.body ?? '').length > MAX_BODY_LENGTH) throw bodyTooLong('PullRequestReview');
    if ((request.comments ?? []).some((comment) => comment.body.length > MAX_BODY_LENGTH))
      throw unprocessable([`Pull request review comment body is too long (maximum is ${MAX_BODY_LENGTH} characters)`]);
    const located = (request.comments ?? []).map((comment) => placeComment(comment, revision));
    const errors = [...new Set(located.filter((l): l is string => typeof l === 'string'))];
    if (errors.length > 0) throw unprocessable(errors);
    if (request.event === 'APPROVE' || request.event === 'REQUEST_CHANGES') {
      if (user.login === this.scenario.pull.user) {
        throw unprocessable([
          `Can not ${request.event === 'APPROVE' ? 'approve' : 'request changes on'} your own pull request`,
        ]);
      }
    }
    if ((request.event === 'COMMENT' || request.event === 'REQUEST_CHANGES') && !request.body && located.length === 0) {
      throw unprocessable(["Body can't be blank"]);
    }
    const state =
      ({ APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as const)[
        request.event ?? ''
      ] ?? 'PENDING';
    const review = this.addReview(user, request.body ?? '', state, revision.sha);
    located.forEach((fields, i) => this.addComment(fields as Placement, review, request.comments![i].body, user));
    return review;
  }

  /** `POST /pulls/{n}/comments`: one comment (or a reply with `in_reply_to`), in a review of its own. */
  createReviewComment(
    request: CommentRequest & { commit_id?: string; in_reply_to?: number },
    user: Account = ACTIONS_BOT,
  ): ReviewCommentRecord {
    if (request.body.length > MAX_BODY_LENGTH) throw bodyTooLong('PullRequestReviewComment');
    if (request.in_reply_to !== undefined) return this.reply(request.in_reply_to, request.body, user);
    const revision = this.revisionFor(request.commit_id);
    const fields = placeComment(request, revision);
    if (typeof fields === 'string') {
      const field =
        fields === 'Path could not be resolved' ? 'pull_request_review_thread.path' : 'pull_request_review_thread.line';
      throw new GitHubError(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequestReviewComment',
            code: 'custom',
            field,
            message: fields === LINE_NOT_IN_DIFF || field.endsWith('path') ? 'could not be resolved' : fields,
          },
        ],
        documentation_url: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request',
        status: '422',
      });
    }
    return this.addComment(fields, this.addReview(user, '', 'COMMENTED', revision.sha), request.body, user);
  }

  /** Adds a reply to the thread holding a comment (by comment id or thread node id). */
  reply(target: number | string, body: string, user: Account): ReviewCommentRecord {
    const thread = this.threads.find((t) => t.id === target || t.commentIds.includes(target as number));
    if (!thread)
      throw new GitHubError(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/pulls/comments',
        status: '404',
      });
    const root = this.reviewComments.find((c) => c.id === thread.commentIds[0])!;
    const {
      id: _id,
      nodeId: _node,
      reviewId: _review,
      threadId: _thread,
      body: _body,
      user: _user,
      createdAt: _c,
      updatedAt: _u,
      inReplyToId: _r,
      ...fields
    } = root;
    return this.addComment(fields, this.addReview(user, '', 'COMMENTED', this.headSha), body, user, thread, root.id);
  }

  /** Creates an issue comment on the pull request. */
  addIssueComment(body: string, user: Account = ACTIONS_BOT): IssueCommentRecord {
    if (body.length > MAX_BODY_LENGTH) throw bodyTooLong('IssueComment');
    const id = nextId();
    const now = timestamp();
    const comment = { id, nodeId: nodeId('IC', id), user, body, createdAt: now, updatedAt: now };
    this.issueComments.push(comment);
    return comment;
  }

  /** Edits an issue comment's body. */
  updateIssueComment(id: number, body: string): IssueCommentRecord {
    const comment = this.issueComments.find((c) => c.id === id);
    if (!comment)
      throw new GitHubError(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
        status: '404',
      });
    if (body.length > MAX_BODY_LENGTH) throw bodyTooLong('IssueComment');
    comment.body = body;
    comment.updatedAt = timestamp();
    return comment;
  }

  /** Deletes an issue comment. */
  deleteIssueComment(id: number): void {
    const index = this.issueComments.findIndex((c) => c.id === id);
    if (index < 0)
      throw new GitHubError(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
        status: '404',
      });
    this.issueComments.splice(index, 1);
    this.updatedAt = timestamp();
  }

  /** Resolves or unresolves a thread. */
  setResolved(threadId: string, resolved: boolean, by: Account): ThreadRecord {
    const thread = this.threads.find((t) => t.id === threadId);
    if (!thread)
      throw new GitHubError(404, { message: `Could not resolve to a node with the global id of '${threadId}'` });
    thread.isResolved = resolved;
    thread.resolvedBy = resolved ? by : null;
    return thread;
  }

  /**
   * Pushes a new head commit: replaces the head files, recomputes the changed files, and moves
   * each line comment to the same unchanged line of the new head, or marks it outdated (line null).
   */
  pushHead(files: Record<string, string>, options: { sha?: string; renames?: Record<string, string> } = {}): string {
    const previous = this.head;
    const sha =
      options.sha ??
      createHash('sha1')
        .update(`${previous.sha}\n${JSON.stringify(files)}`)
        .digest('hex');
    const next = this.addRevision(sha, files, options.renames ?? this.scenario.renames ?? {});
    this.headSha = sha;
    for (const thread of this.threads) {
      const comments = thread.commentIds.map((id) => this.reviewComments.find((c) => c.id === id)!);
      const root = comments[0];
      if (root.subjectType === 'file' || root.line === null) continue;
      const file = next.changed.find((f) => f.filename === root.path);
      const move = (line: number | null, side: 'LEFT' | 'RIGHT'): number | null => {
        if (line === null || !file) return null;
        const mapped = side === 'LEFT' ? line : mapLine(previous.files[root.path] ?? '', files[root.path] ?? '', line);
        return mapped !== null && commentableLines(file.diff, side).has(mapped) ? mapped : null;
      };
      const line = move(root.line, root.side);
      const startLine = root.startLine === null ? null : move(root.startLine, root.startSide ?? root.side);
      const outdated = line === null || (root.startLine !== null && startLine === null);
      for (const comment of comments) {
        comment.line = outdated ? null : line;
        comment.startLine = outdated ? null : startLine;
        comment.position = outdated || !file ? null : (positionOf(file.diff, line!, root.side) ?? null);
        if (!outdated) {
          comment.commitId = sha;
          comment.diffHunk = diffHunkUpTo(file!.diff, line!, root.side) ?? comment.diffHunk;
        }
      }
    }
    this.updatedAt = timestamp();
    return sha;
  }
}

/** A 422 in the shape `POST /pulls/{n}/reviews` uses. */
export function unprocessable(errors: string[]): GitHubError {
  return new GitHubError(422, {
    message: 'Unprocessable Entity',
    errors,
    documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    status: '422',
  });
}
