// GitHub stage (summary comment): keeps one sticky issue comment on the pull request — ours (written
// by the token's own account) and starting with the marker — edited in place on every run. When runs
// raced and left several, the oldest is kept and edited and the others are deleted. A 5xx on creating
// it is answered by looking, not by posting again.
import { isSummaryComment } from '../report/summary-comment.js';
import { type GitHubClient, type IssueComment, isServerError } from './client.js';
import { isOwnAuthor, type OwnIdentity } from './identity.js';

/** Updates our summary comment, or creates it when there is none and `createIfMissing`. */
export async function upsertSummaryComment(
  client: GitHubClient,
  pullNumber: number,
  body: string,
  options: { createIfMissing: boolean; identity: OwnIdentity; log?: (message: string) => void },
): Promise<'created' | 'updated' | 'none'> {
  const { identity, log = () => {} } = options;
  const ours = ownSummaries(await client.listIssueComments(pullNumber), identity);
  if (ours.length > 0) {
    await keepOldest(client, ours, body, true);
    return 'updated';
  }
  if (!options.createIfMissing) return 'none';
  try {
    await client.createIssueComment(pullNumber, body);
  } catch (error) {
    if (!isServerError(error)) throw error;
    log(`GitHub answered ${error.status || 'nothing'} to the new summary comment; looking whether it arrived.`);
  }
  // Look again: the 5xx may have come after GitHub made it, and a run racing this one may have posted
  // its own summary meanwhile; either way one comment must remain.
  const after = ownSummaries(await client.listIssueComments(pullNumber), identity);
  if (after.length === 0) await client.createIssueComment(pullNumber, body);
  else await keepOldest(client, after, body, false);
  return 'created';
}

/** Our summary comments, oldest first. */
export function ownSummaries(comments: IssueComment[], identity: OwnIdentity): IssueComment[] {
  return comments
    .filter((comment) => isSummaryComment(comment.body) && isOwnAuthor(identity, comment.author))
    .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id - b.id);
}

/** Puts `body` in the oldest of our summaries (`always`, or unless it holds it) and deletes the others. */
async function keepOldest(client: GitHubClient, ours: IssueComment[], body: string, always: boolean): Promise<void> {
  const [oldest, ...duplicates] = ours;
  if (always || oldest!.body !== body) await client.updateIssueComment(oldest!.id, body);
  for (const duplicate of duplicates) await client.deleteIssueComment(duplicate.id);
}
