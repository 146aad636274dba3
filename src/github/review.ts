// GitHub stage (review): turns placed findings into at most one review per run — only findings not
// commented before (by the fingerprint marker), at most `max-comments` of them — and resolves our
// threads whose finding is gone. Reads what exists first; never deletes, never touches a thread
// someone replied to, never loses a finding (what cannot be commented goes to the summary).
import type { PlacedFinding } from '../lint/placement.js';
import type { Severity } from '../lint/types.js';
import { plural } from '../report/counts.js';
import { readFingerprint, renderReviewComment } from '../report/review-comment.js';
import {
  type GitHubClient,
  isUnprocessable,
  type NewReviewComment,
  type ReviewComment,
  type ReviewThread,
} from './client.js';
import { isOwnAuthor, type OwnIdentity } from './identity.js';

/**
 * File-level comments cost one request each (the reviews endpoint takes none; the comments endpoint
 * takes `subject_type: file`, https://docs.github.com/en/rest/pulls/comments#create-a-review-comment-for-a-pull-request),
 * so cap them per run as reviewdog does.
 */
export const FILE_COMMENTS_PER_RUN = 10;

/** What a run will do on the pull request's review threads. */
export interface ReviewPlan {
  /** New line comments, for the one review. */
  lines: PlacedFinding[];
  /** New file-level comments (filter-mode `file`). */
  files: PlacedFinding[];
  /** Fingerprints that already have an open comment of ours. */
  commented: Set<string>;
  /** New findings over the budget: listed in the summary. */
  overflow: PlacedFinding[];
  /** Findings whose threads of ours are all resolved: listed in the summary, never reposted or reopened. */
  returned: PlacedFinding[];
  /** Our open threads whose finding is gone and that nobody replied to. */
  toResolve: string[];
}

/** What the review step did. */
export interface ReviewResult {
  /** Fingerprints with an open comment of ours after this run. */
  commented: Set<string>;
  posted: number;
  resolved: number;
  /** Sentences for the summary comment: why some findings are listed there instead. */
  notes: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Decides what to post and resolve from the placed findings and what already exists. Pure. */
export function planReview(
  placed: PlacedFinding[],
  existing: ReviewComment[],
  threads: ReviewThread[],
  maxComments: number,
  identity: OwnIdentity,
): ReviewPlan {
  // Only comments and threads we started count: a marker pasted by someone else is just text.
  const posted = new Set(
    existing
      .filter((c) => c.inReplyTo === undefined && isOwnAuthor(identity, c.author))
      .flatMap((c) => fingerprintOf(c.body)),
  );
  const threadsByFingerprint = new Map<string, ReviewThread[]>();
  for (const thread of threads) {
    const root = thread.comments[0];
    if (!root || !isOwnAuthor(identity, root.author)) continue;
    for (const fingerprint of fingerprintOf(root.body)) {
      threadsByFingerprint.set(fingerprint, [...(threadsByFingerprint.get(fingerprint) ?? []), thread]);
    }
  }
  const plan: ReviewPlan = { lines: [], files: [], commented: new Set(), overflow: [], returned: [], toResolve: [] };
  const candidates: PlacedFinding[] = [];
  for (const item of placed) {
    const fingerprint = item.finding.fingerprint;
    const ours = threadsByFingerprint.get(fingerprint);
    if (posted.has(fingerprint) || ours) {
      if (ours && ours.every((t) => t.isResolved)) plan.returned.push(item);
      else plan.commented.add(fingerprint);
    } else if (item.where !== 'summary' && item.inScope) {
      candidates.push(item);
    }
  }
  candidates.sort(
    (a, b) =>
      RANK[a.finding.severity] - RANK[b.finding.severity] ||
      a.path.localeCompare(b.path) ||
      a.finding.line - b.finding.line,
  );
  for (const item of candidates) {
    const budgetLeft = plan.lines.length + plan.files.length < maxComments;
    if (item.where === 'inline' && budgetLeft) plan.lines.push(item);
    else if (item.where === 'file' && budgetLeft && plan.files.length < FILE_COMMENTS_PER_RUN) plan.files.push(item);
    else plan.overflow.push(item);
  }
  const current = new Set(placed.map((p) => p.finding.fingerprint));
  for (const [fingerprint, list] of threadsByFingerprint) {
    if (current.has(fingerprint)) continue;
    // A reply means someone is talking there: the thread is theirs to close.
    for (const thread of list) if (!thread.isResolved && thread.comments.length === 1) plan.toResolve.push(thread.id);
  }
  return plan;
}

/** Reads our earlier comments, posts the new ones in one review, resolves threads of fixed findings. */
export async function syncReview(
  client: GitHubClient,
  options: {
    pullNumber: number;
    headSha: string;
    placed: PlacedFinding[];
    maxComments: number;
    identity: OwnIdentity;
    log: (message: string) => void;
  },
): Promise<ReviewResult> {
  const { pullNumber, headSha, log, identity } = options;
  const existing = await client.listReviewComments(pullNumber);
  const hasOurs = existing.some((c) => isOwnAuthor(identity, c.author) && readFingerprint(c.body) !== undefined);
  const threads = hasOurs ? await client.listReviewThreads(pullNumber) : [];
  const plan = planReview(options.placed, existing, threads, options.maxComments, identity);
  const commented = new Set(plan.commented);

  const lines = await postLineComments(client, pullNumber, headSha, plan.lines, log);
  const rejected = [...lines.rejected];
  const posted = [...lines.posted];
  for (const [i, item] of plan.files.entries()) {
    try {
      await client.createFileComment(pullNumber, {
        commitId: headSha,
        path: item.path,
        body: renderReviewComment(item.finding),
      });
      posted.push(item);
    } catch (error) {
      if (!isUnprocessable(error)) throw error;
      // A server without file-level comments (GHES before 3.7) rejects them all alike.
      log(`GitHub rejected a file-level comment (${error.apiMessage}); listing the rest in the summary.`);
      rejected.push(...plan.files.slice(i));
      break;
    }
  }
  for (const item of posted) commented.add(item.finding.fingerprint);
  if (plan.toResolve.length > 0) await client.resolveReviewThreads(plan.toResolve);

  const notes: string[] = [];
  if (plan.overflow.length > 0) {
    notes.push(
      `${plural(plan.overflow.length, 'finding')} over this run's comment budget (max-comments: ${options.maxComments}) ${isAre(plan.overflow.length)} listed below instead.`,
    );
  }
  if (rejected.length > 0)
    notes.push(
      `GitHub did not accept ${plural(rejected.length, 'line comment')}, so ${itThey(rejected.length)} ${isAre(rejected.length)} listed below instead.`,
    );
  if (plan.returned.length > 0) {
    const n = plan.returned.length;
    notes.push(
      `${plural(n, 'finding')} whose comment thread was resolved ${isAre(n)} still there, so ${itThey(n)} ${isAre(n)} listed below.`,
    );
  }
  return { commented, posted: posted.length, resolved: plan.toResolve.length, notes };
}

/**
 * Posts the line comments as one review (`event: COMMENT`). A review is all-or-nothing and GitHub's
 * 422 does not say which comment it refused ("Pull request review thread line must be part of the
 * diff", suggest-changes#28), so on a 422 the multi-line comments — the ones that can break the
 * same-hunk rule — go to the summary and the rest is tried once more; a second 422 sends all to it.
 */
async function postLineComments(
  client: GitHubClient,
  pullNumber: number,
  headSha: string,
  items: PlacedFinding[],
  log: (message: string) => void,
): Promise<{ posted: PlacedFinding[]; rejected: PlacedFinding[] }> {
  if (items.length === 0) return { posted: [], rejected: [] };
  const send = (batch: PlacedFinding[]) =>
    client.createReview(pullNumber, {
      commitId: headSha,
      body: reviewBody(batch.length),
      comments: batch.map(toComment),
    });
  try {
    await send(items);
    return { posted: items, rejected: [] };
  } catch (error) {
    if (!isUnprocessable(error)) throw error;
    log(`GitHub rejected the review (${error.apiMessage}); trying once more without the comments it may refuse.`);
  }
  const singleLine = items.filter((item) => item.startLine === undefined);
  const retry = singleLine.length > 0 && singleLine.length < items.length ? singleLine : items;
  try {
    await send(retry);
    return { posted: retry, rejected: items.filter((item) => !retry.includes(item)) };
  } catch (error) {
    if (!isUnprocessable(error)) throw error;
    log(`GitHub rejected the review again (${error.apiMessage}); listing its findings in the summary comment.`);
    return { posted: [], rejected: items };
  }
}

function toComment(item: PlacedFinding): NewReviewComment {
  return {
    path: item.path,
    body: renderReviewComment(item.finding, item.suggestion),
    line: item.line ?? item.finding.line,
    ...(item.startLine !== undefined ? { startLine: item.startLine } : {}),
  };
}

function reviewBody(count: number): string {
  return `idea-lint has ${plural(count, 'new comment')} on the ideas this pull request touches; the summary comment has the scorecard.\n\n<!-- idea-lint:review -->`;
}

function fingerprintOf(body: string): string[] {
  const fingerprint = readFingerprint(body);
  return fingerprint === undefined ? [] : [fingerprint];
}

const isAre = (n: number) => (n === 1 ? 'is' : 'are');
const itThey = (n: number) => (n === 1 ? 'it' : 'they');
