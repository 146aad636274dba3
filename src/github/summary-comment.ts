// GitHub stage (summary comment): keeps one sticky issue comment on the pull request — ours (written
// by the token's own account) and starting with the marker — edited in place on every run. When two
// runs raced and left several, the oldest is kept and edited and the others are deleted.
import { isSummaryComment } from '../report/summary-comment.js';
import type { GitHubClient, IssueComment } from './client.js';
import { isOwnAuthor, type OwnIdentity } from './identity.js';

/** Updates our summary comment, or creates it when there is none and `createIfMissing`. */
export async function upsertSummaryComment(
  client: GitHubClient,
  pullNumber: number,
  body: string,
  options: { createIfMissing: boolean; identity: OwnIdentity },
): Promise<'created' | 'updated' | 'none'> {
  const comments = await client.listIssueComments(pullNumber);
  const ours = ownSummaries(comments, options.identity);
  const [oldest, ...duplicates] = ours;
  if (oldest) {
    await client.updateIssueComment(oldest.id, body);
    for (const duplicate of duplicates) await client.deleteIssueComment(duplicate.id);
    return 'updated';
  }
  if (!options.createIfMissing) return 'none';
  await client.createIssueComment(pullNumber, body);
  return 'created';
}

/** Our summary comments, oldest first (ids grow with time; the creation time breaks no ties). */
export function ownSummaries(comments: IssueComment[], identity: OwnIdentity): IssueComment[] {
  return comments
    .filter((comment) => isSummaryComment(comment.body) && isOwnAuthor(identity, comment.author))
    .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id);
}
