// GitHub stage (review): turns placed findings into at most one review per run — only findings not
// commented before (by the fingerprint marker), at most `max-comments` of them — and resolves our
// threads whose finding is gone. Reads what exists first; never deletes, never touches a thread
// someone replied to, never loses a finding (what cannot be commented goes to the summary).
import type { PlacedFinding } from './placement.js';
import type { Severity } from '../lint/types.js';
import { plural } from '../report/counts.js';
import { readFingerprint, renderReviewComment } from '../report/review-comment.js';
import {
  type GitHubClient,
  isServerError,
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
  const posted = ownFingerprints(existing, identity);
  const threadsByFingerprint = new Map<string, ReviewThread[]>();
  for (const thread of threads) {
    const root = thread.comments[0];
    if (!root || !isOwnAuthor(identity, root.author)) continue;
    for (const fingerprint of fingerprintOf(root.body)) {
      threadsByFingerprint.set(fingerprint, [...(threadsByFingerprint.get(fingerprint) ?? []), thread]);
    }
  }
  const plan: ReviewPlan = { lines: [], files: [], commented: new Set(), overflow: [], returned: [], toResolve: [] };
  const current = new Set(placed.map((p) => p.finding.fingerprint));
  for (const [fingerprint, list] of threadsByFingerprint) {
    if (current.has(fingerprint)) continue;
    // A reply means someone is talking there: the thread is theirs to close.
    for (const thread of list) if (!thread.isResolved && thread.comments.length === 1) plan.toResolve.push(thread.id);
  }
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
  // max-comments caps our open comments on the pull request, not one run's: re-running a commit
  // must not post another batch. Our unresolved threads that stay open count against it.
  const resolving = new Set(plan.toResolve);
  const open = [...threadsByFingerprint.values()]
    .flat()
    .filter((thread, i, all) => all.indexOf(thread) === i && !thread.isResolved && !resolving.has(thread.id)).length;
  const budget = Math.max(0, maxComments - open);
  for (const item of candidates) {
    const budgetLeft = plan.lines.length + plan.files.length < budget;
    if (item.where === 'inline' && budgetLeft) plan.lines.push(item);
    else if (item.where === 'file' && budgetLeft && plan.files.length < FILE_COMMENTS_PER_RUN) plan.files.push(item);
    else plan.overflow.push(item);
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

  // What GitHub holds of ours now: asked only after a 5xx left a write's fate unknown.
  const present = async () => ownFingerprints(await client.listReviewComments(pullNumber), identity);
  const sendReview = (batch: PlacedFinding[]) =>
    sendMissing(
      batch,
      (missing) =>
        client.createReview(pullNumber, {
          commitId: headSha,
          body: reviewBody(missing.length),
          comments: missing.map(toComment),
        }),
      present,
      log,
    );
  const lines = await postLineComments(plan.lines, sendReview, log);
  const rejected = [...lines.rejected];
  const posted = [...lines.posted];
  for (const [i, item] of plan.files.entries()) {
    try {
      await sendMissing(
        [item],
        () =>
          client.createFileComment(pullNumber, {
            commitId: headSha,
            path: item.path,
            body: renderReviewComment(item.finding),
          }),
        present,
        log,
      );
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
      `${plural(plan.overflow.length, 'finding')} over the comment budget (max-comments: ${options.maxComments} open comments on this pull request) ${isAre(plan.overflow.length)} listed below instead.`,
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
  items: PlacedFinding[],
  send: (batch: PlacedFinding[]) => Promise<void>,
  log: (message: string) => void,
): Promise<{ posted: PlacedFinding[]; rejected: PlacedFinding[] }> {
  if (items.length === 0) return { posted: [], rejected: [] };
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

/** Write attempts after which a 5xx is given up on (the first one included). */
const WRITE_ATTEMPTS = 3;

/**
 * Sends `items` with `post`. A 5xx may come after GitHub carried the write out (a review cannot be
 * deleted, so a blind retry would post it twice): after one, looks at what GitHub holds and sends
 * only the items still missing, never a second full copy.
 */
async function sendMissing(
  items: PlacedFinding[],
  post: (missing: PlacedFinding[]) => Promise<void>,
  present: () => Promise<Set<string>>,
  log: (message: string) => void,
): Promise<void> {
  let missing = items;
  for (let attempt = 1; ; attempt++) {
    try {
      await post(missing);
      return;
    } catch (error) {
      if (!isServerError(error) || attempt >= WRITE_ATTEMPTS) throw error;
      const there = await present();
      const still = missing.filter((item) => !there.has(item.finding.fingerprint));
      log(
        `GitHub answered ${error.status || 'nothing'} to a write; ${missing.length - still.length} of its ${plural(missing.length, 'comment')} arrived, so ${still.length === 0 ? 'nothing is sent again' : `only the other ${still.length} are sent again`}.`,
      );
      if (still.length === 0) return;
      missing = still;
    }
  }
}

/** Fingerprints of the review comments we started. */
function ownFingerprints(comments: ReviewComment[], identity: OwnIdentity): Set<string> {
  return new Set(
    comments
      .filter((c) => c.inReplyTo === undefined && isOwnAuthor(identity, c.author))
      .flatMap((c) => fingerprintOf(c.body)),
  );
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
