// GitHub stage (API errors): turns what Octokit throws (HTTP errors, GraphQL errors) into a
// GitHubError whose message says what failed, GitHub's reason, and what to do. No requests here.
import { REPOSITORY_URL } from '../version.js';
import { GitHubError } from './client.js';

/** Turns an Octokit error into a GitHubError: what failed, GitHub's reason, and what to do. */
export function toGitHubError(error: unknown, what: string, repository: string): GitHubError {
  if (error instanceof GitHubError) return error;
  const e = error as {
    status?: number;
    message?: string;
    errors?: { type?: string; message?: string }[];
    response?: { data?: unknown };
  };
  const graphqlForbidden = e.errors?.some((x) => x.type === 'FORBIDDEN');
  const status = graphqlForbidden ? 403 : typeof e.status === 'number' ? e.status : 0;
  const apiMessage = describeResponse(e);
  const reason = apiMessage ? `${status || 'error'} ${cut(apiMessage)}` : String(status || 'no response');
  let fix: string;
  if (status === 401) fix = 'check the github-token input';
  else if (status === 403 && /rate limit/i.test(apiMessage)) fix = 'run the job again later, or lower max-comments';
  else if (status === 403) fix = 'give the workflow `permissions: contents: read` and `pull-requests: write`';
  else if (status === 404) fix = `check that the token can read ${repository}`;
  else if (status >= 500 || status === 0) fix = 'GitHub kept failing after retries, so run the job again later';
  else fix = `report it at ${REPOSITORY_URL}/issues if it persists`;
  return new GitHubError(`GitHub could not ${what} (${reason}): ${fix}.`, status, apiMessage);
}

function describeResponse(error: {
  message?: string;
  errors?: { message?: string }[];
  response?: { data?: unknown };
}): string {
  const data = error.response?.data as { message?: string; errors?: unknown[] } | undefined;
  const parts: string[] = [];
  if (data && typeof data.message === 'string') parts.push(data.message);
  for (const item of data?.errors ?? error.errors ?? []) {
    const text = typeof item === 'string' ? item : (item as { message?: string }).message;
    if (text) parts.push(text);
  }
  if (parts.length === 0 && error.message) parts.push(error.message.split('\n')[0] ?? '');
  return parts.join('; ');
}

function cut(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
