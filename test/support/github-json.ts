/**
 * Test-support stage (GitHub emulator): renders the pull request model's records (pull request,
 * review comments, reviews, issue comments) as the JSON GitHub's REST API returns for them.
 */
import {
  association,
  gitBlobSha,
  nodeId,
  repositoryObject,
  userObject,
  type Account,
  type Site,
} from './github-objects.js';
import type { IssueCommentRecord, PullRequestModel, ReviewCommentRecord, ReviewRecord } from './pull-request-model.js';

type Json = Record<string, unknown>;

/** Renders a review comment like `GET /pulls/{n}/comments` does. */
export function reviewCommentJson(model: PullRequestModel, site: Site, c: ReviewCommentRecord): Json {
  const pullUrl = `${site.api}/repos/${site.owner}/${site.repo}/pulls/${model.scenario.pull.number}`;
  const url = `${site.api}/repos/${site.owner}/${site.repo}/pulls/comments/${c.id}`;
  const html = `${site.web}/${site.owner}/${site.repo}/pull/${model.scenario.pull.number}#discussion_r${c.id}`;
  return {
    url,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: c.nodeId,
    diff_hunk: c.diffHunk,
    path: c.path,
    position: c.position,
    original_position: c.originalPosition,
    commit_id: c.commitId,
    original_commit_id: c.originalCommitId,
    ...(c.inReplyToId !== undefined ? { in_reply_to_id: c.inReplyToId } : {}),
    user: userObject(site, c.user),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: association(site, c.user, model.scenario.pull.user),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    start_line: c.startLine,
    original_start_line: c.originalStartLine,
    start_side: c.startSide,
    line: c.line,
    original_line: c.originalLine,
    side: c.side,
    subject_type: c.subjectType,
  };
}

/** Renders a review like `GET /pulls/{n}/reviews` does. */
export function reviewJson(model: PullRequestModel, site: Site, r: ReviewRecord): Json {
  const pullUrl = `${site.api}/repos/${site.owner}/${site.repo}/pulls/${model.scenario.pull.number}`;
  const html = `${site.web}/${site.owner}/${site.repo}/pull/${model.scenario.pull.number}#pullrequestreview-${r.id}`;
  return {
    id: r.id,
    node_id: r.nodeId,
    user: userObject(site, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: association(site, r.user, model.scenario.pull.user),
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(r.submittedAt ? { submitted_at: r.submittedAt } : {}),
    commit_id: r.commitId,
  };
}

/** Renders an issue comment like `GET /issues/{n}/comments` does. */
export function issueCommentJson(model: PullRequestModel, site: Site, c: IssueCommentRecord): Json {
  const { number, user } = model.scenario.pull;
  return commentJson(site, c, { number, page: 'pull', authorAssociation: association(site, c.user, user) });
}

/** Renders a comment on pull request or issue `number` (its page is `/pull/` or `/issues/`). */
export function commentJson(
  site: Site,
  c: IssueCommentRecord,
  where: { number: number; page: 'pull' | 'issues'; authorAssociation: string },
): Json {
  const url = `${site.api}/repos/${site.owner}/${site.repo}/issues/comments/${c.id}`;
  return {
    url,
    html_url: `${site.web}/${site.owner}/${site.repo}/${where.page}/${where.number}#issuecomment-${c.id}`,
    issue_url: `${site.api}/repos/${site.owner}/${site.repo}/issues/${where.number}`,
    id: c.id,
    node_id: c.nodeId,
    user: userObject(site, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    body: c.body,
    author_association: where.authorAssociation,
    performed_via_github_app: null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  };
}

/** Renders the pull request like `GET /pulls/{n}` does. */
export function pullJson(model: PullRequestModel, site: Site): Json {
  const { pull } = model.scenario;
  const author: Account = {
    login: pull.user,
    id: authorId(pull.user),
    type: pull.user.endsWith('[bot]') ? 'Bot' : 'User',
  };
  const repo = repositoryObject(site, pull.baseRef);
  const api = `${site.api}/repos/${site.owner}/${site.repo}`;
  const url = `${api}/pulls/${pull.number}`;
  const html = `${site.web}/${site.owner}/${site.repo}/pull/${pull.number}`;
  const files = model.head.changed;
  const side = (ref: string, sha: string) => ({ label: `${site.owner}:${ref}`, ref, sha, user: repo.owner, repo });
  return {
    url,
    id: site.repoId * 10 + pull.number,
    node_id: nodeId('PR', site.repoId * 10 + pull.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: 'open',
    locked: false,
    title: pull.title,
    user: userObject(site, author),
    body: pull.body ?? null,
    created_at: model.createdAt,
    updated_at: model.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: gitBlobSha(`merge ${model.headSha}`),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: false,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${model.headSha}`,
    head: side(pull.headRef, model.headSha),
    base: side(pull.baseRef, pull.baseSha),
    _links: Object.fromEntries(
      Object.entries({
        self: url,
        html,
        issue: `${api}/issues/${pull.number}`,
        comments: `${api}/issues/${pull.number}/comments`,
        review_comments: `${url}/comments`,
        review_comment: `${api}/pulls/comments{/number}`,
        commits: `${url}/commits`,
        statuses: `${api}/statuses/${model.headSha}`,
      }).map(([key, href]) => [key, { href }]),
    ),
    author_association: association(site, author, pull.user),
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: model.issueComments.length,
    review_comments: model.reviewComments.length,
    maintainer_can_modify: false,
    commits: model.revisions.size,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}

/** A stable fake user id for a login. */
export function authorId(login: string): number {
  let hash = 7;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}
