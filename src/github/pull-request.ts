// GitHub stage (pull-request comments): runs the review and the sticky summary comment for one run,
// per the `comment` input. A read-only token (a fork's pull_request run) makes the first write fail
// with 403: that is caught once, every comment is skipped, and one notice names the fix; the lint,
// annotations, job summary, outputs and gate carry on without it.
import type { PlacedFinding } from '../lint/placement.js';
import { plural } from '../report/counts.js';
import { renderSummaryComment } from '../report/summary-comment.js';
import { type GitHubClient, isPermissionDenied } from './client.js';
import type { PullRequestRef } from './context.js';
import type { ActionInputs } from './inputs.js';
import { type LintedRun, uncountedReport } from './lint-run.js';
import { resolveOwnIdentity } from './identity.js';
import { syncReview } from './review.js';
import type { ActionIO } from './runtime.js';
import { upsertSummaryComment } from './summary-comment.js';

/** The one notice of a read-only run: what was skipped and the exact fix. */
export const READ_ONLY_NOTICE =
  "idea-lint skipped its pull-request comments because the token cannot write to this pull request (a fork's pull_request run is read-only): the findings are in the annotations and the job summary; for comments, run on pull_request_target or give the job `permissions: pull-requests: write`.";

/** What commenting did, for the job summary. */
export interface CommentOutcome {
  /** Fingerprints with a line or file comment of ours. */
  commented: Set<string>;
  /** Why comments were skipped, when they were. */
  skipped?: string;
  /** Whether a notice annotation was emitted (it uses one of the step's 10). */
  noticeEmitted: boolean;
}

/** Posts the review (comment: review) and the summary comment (review, summary); nothing for off. */
export async function publishComments(
  client: GitHubClient,
  io: ActionIO,
  options: { pullRequest: PullRequestRef; run: LintedRun; inputs: ActionInputs; repoUrl: string },
): Promise<CommentOutcome> {
  const { pullRequest, run, inputs } = options;
  const commented = new Set<string>();
  if (inputs.comment === 'off') return { commented, noticeEmitted: false };
  const placed: PlacedFinding[] = run.placed ?? [];
  try {
    const notes: string[] = [];
    const identity = await resolveOwnIdentity(client, (message) => io.info(message));
    io.info(`Comments of ${identity.login} count as idea-lint's own.`);
    if (inputs.comment === 'review') {
      const review = await syncReview(client, {
        pullNumber: pullRequest.number,
        headSha: pullRequest.headSha,
        placed,
        maxComments: inputs.maxComments,
        identity,
        log: (message) => io.info(message),
      });
      for (const fingerprint of review.commented) commented.add(fingerprint);
      notes.push(...review.notes);
      io.info(
        `Review: ${plural(review.posted, 'new comment')}, ${plural(review.resolved, 'thread')} resolved, ${plural(review.commented.size, 'finding')} commented in all.`,
      );
    }
    const body = renderSummaryComment({
      counted: run.counted,
      uncounted: uncountedReport(run.report, run.counted),
      commented,
      failOn: inputs.failOn,
      repoUrl: options.repoUrl,
      headSha: pullRequest.headSha,
      notes,
    });
    // A pull request that touches no idea file gets no comment, unless one exists from an earlier push.
    const outcome = await upsertSummaryComment(client, pullRequest.number, body, {
      createIfMissing: run.report.files.length > 0,
      identity,
    });
    io.info(`Summary comment: ${outcome}.`);
    return { commented, noticeEmitted: false };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    io.debug(error.message);
    io.annotate('notice', READ_ONLY_NOTICE, { title: 'idea-lint: comments skipped' });
    return { commented: new Set(), skipped: READ_ONLY_NOTICE, noticeEmitted: true };
  }
}
