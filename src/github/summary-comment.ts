// GitHub stage (summary comment): keeps one sticky issue comment on the pull request — found by the
// marker that starts its body and edited in place on every run, never a second one, never deleted.
import { isSummaryComment } from '../report/summary-comment.js';
import type { GitHubClient } from './client.js';

/** Updates our summary comment, or creates it when there is none and `createIfMissing`. */
export async function upsertSummaryComment(
  client: GitHubClient,
  pullNumber: number,
  body: string,
  createIfMissing: boolean,
): Promise<'created' | 'updated' | 'none'> {
  const comments = await client.listIssueComments(pullNumber);
  const ours = comments.find((comment) => isSummaryComment(comment.body));
  if (ours) {
    await client.updateIssueComment(ours.id, body);
    return 'updated';
  }
  if (!createIfMissing) return 'none';
  await client.createIssueComment(pullNumber, body);
  return 'created';
}
