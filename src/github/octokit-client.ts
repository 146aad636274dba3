// GitHub stage (API boundary): the GitHubClient on Octokit, with the retry plugin (5xx, backoff) and
// the throttling plugin (secondary rate limits, honouring retry-after). Every failure that survives
// the retries becomes a GitHubError saying what failed and what to do.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { toGitHubError } from './api-errors.js';
import type { GitHubClient, ReviewThread } from './client.js';
import type { AuthorRef } from './identity.js';
import { createIssueOperations } from './octokit-issues.js';

/** Where and how to reach GitHub. */
export interface OctokitClientOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST base URL (GITHUB_API_URL). */
  apiUrl: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL); default: derived from apiUrl by Octokit. */
  graphqlUrl?: string;
  /** Milliseconds per second of backoff and retry-after; 1000 in production, small in tests. */
  retryBaseMs?: number;
  /** Progress lines (retries) for the log. */
  log?: (message: string) => void;
}

/** Retries of a 5xx (waits 1, 4, 9 × retryBaseMs) and of a secondary rate limit. */
const SERVER_ERROR_RETRIES = 3;
const RATE_LIMIT_RETRIES = 2;
/** Waiting for a primary rate limit longer than this is worse than failing with a message. */
const MAX_PRIMARY_WAIT_SECONDS = 60;

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 2) { nodes { body author { __typename login } } } }
      }
    }
  }
}`;

/**
 * Creating writes are not retried blindly: a 5xx may come after GitHub did post (and reviews cannot
 * be deleted), so review.ts and summary-comment.ts re-read the pull request and send only what is
 * missing. Octokit's retry plugin reads `request.retries` per request.
 */
const NO_BLIND_RETRY = { retries: 0 } as Record<string, unknown>;

const VIEWER_QUERY = 'query { viewer { __typename login databaseId } }';

/** Threads resolved per GraphQL request: one aliased mutation each, so a run makes few requests. */
const RESOLVES_PER_REQUEST = 25;

/** `mutation($t0: ID!, $t1: ID!) { t0: resolveReviewThread(…) … }` for `count` threads. */
function resolveMutation(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  const variables = indexes.map((i) => `$t${i}: ID!`).join(', ');
  const fields = indexes.map(
    (i) => `  t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id isResolved } }`,
  );
  return `mutation(${variables}) {\n${fields.join('\n')}\n}`;
}

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: {
          id: string;
          isResolved: boolean;
          comments: { nodes: { body: string; author: { __typename?: string; login: string } | null }[] };
        }[];
      };
    } | null;
  };
}

/** Builds the Octokit-backed client for one repository. */
export function createOctokitClient(options: OctokitClientOptions): GitHubClient {
  const { owner, repo } = options;
  const base = options.retryBaseMs ?? 1000;
  const log = options.log ?? (() => {});
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      // Not `request.retries`: that makes the plugin retry every status, 404s included.
      retry: { retries: SERVER_ERROR_RETRIES, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        // GitHub asks for a second between writes and three between notifying ones; the plugin spaces
        // them so. Tests shorten the base and, with it, that spacing (never in production: base is 1000).
        ...(base < 1000 ? { write: spacedGroup(base), notifications: spacedGroup(3 * base) } : {}),
        // GitHub sends retry-after with a secondary limit; without one, wait a minute as its docs say
        // (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits).
        fallbackSecondaryRateRetryAfter: 60,
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log(
            `GitHub's secondary rate limit stopped ${request.method} ${request.url}; retrying after ${retryAfter} s.`,
          );
          return count < RATE_LIMIT_RETRIES;
        },
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
          log(`GitHub's rate limit stopped ${request.method} ${request.url}; it resets in ${retryAfter} s.`);
          return count < 1 && retryAfter <= MAX_PRIMARY_WAIT_SECONDS;
        },
      },
      log: { debug: () => {}, info: () => {}, warn: log, error: log },
    },
    retry,
    throttling,
  );
  // `url` is an option, not a variable, only in graphql's one-object form.
  const graphqlUrl = options.graphqlUrl ? { url: options.graphqlUrl } : {};
  const call = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw toGitHubError(error, what, `${owner}/${repo}`);
    }
  };

  return {
    getViewer: () =>
      call("look up the token's account", async () => {
        const { viewer } = await octokit.graphql<{
          viewer: { __typename?: string; login: string; databaseId?: number | null };
        }>({ query: VIEWER_QUERY, ...graphqlUrl });
        return {
          login: viewer.login,
          ...(typeof viewer.databaseId === 'number' ? { id: viewer.databaseId } : {}),
          ...(viewer.__typename ? { typename: viewer.__typename } : {}),
          installationToken: options.token.startsWith('ghs_'),
        };
      }),

    getPullRequestHead: (pull_number) =>
      call(`read pull request #${pull_number}`, async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number });
        return data.head.sha;
      }),

    listPullRequestFiles: (pull_number) =>
      call(`list the files of pull request #${pull_number}`, async () => {
        const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
        return files.map((file) => ({
          path: file.filename,
          ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
          status: file.status,
          sha: file.sha ?? '',
          ...(file.patch !== undefined ? { patch: file.patch } : {}),
        }));
      }),

    readFile: (path, ref) =>
      call(`read ${path} at ${ref.slice(0, 7)}`, async () => {
        try {
          const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
          if (Array.isArray(data) || data.type !== 'file') return undefined;
          if ('content' in data && data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
            return Buffer.from(data.content, 'base64').toString('utf8');
          }
          // Files over 1 MB come without content ("encoding": "none"); the blobs API serves up to 100 MB.
          const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: data.sha });
          return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
        } catch (error) {
          if ((error as { status?: number }).status === 404) return undefined;
          throw error;
        }
      }),

    listReviewComments: (pull_number) =>
      call(`list the review comments of pull request #${pull_number}`, async () => {
        const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
          owner,
          repo,
          pull_number,
          per_page: 100,
        });
        return comments.map((c) => ({
          id: c.id,
          body: c.body,
          path: c.path,
          author: authorOf(c.user),
          ...(c.in_reply_to_id ? { inReplyTo: c.in_reply_to_id } : {}),
        }));
      }),

    createReview: (pull_number, review) =>
      call(`post a review on pull request #${pull_number}`, async () => {
        await octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number,
          commit_id: review.commitId,
          body: review.body,
          event: 'COMMENT',
          request: NO_BLIND_RETRY,
          comments: review.comments.map((c) => ({
            path: c.path,
            body: c.body,
            line: c.line,
            side: 'RIGHT',
            // GitHub rejects start_line equal to line ("start line must precede the end line", ubuntu/WSL#244).
            ...(c.startLine !== undefined && c.startLine < c.line
              ? { start_line: c.startLine, start_side: 'RIGHT' }
              : {}),
          })),
        });
      }),

    createFileComment: (pull_number, comment) =>
      call(`comment on ${comment.path} in pull request #${pull_number}`, async () => {
        await octokit.rest.pulls.createReviewComment({
          owner,
          repo,
          pull_number,
          commit_id: comment.commitId,
          path: comment.path,
          body: comment.body,
          subject_type: 'file',
          request: NO_BLIND_RETRY,
        });
      }),

    listIssueComments: (issue_number) =>
      call(`list the comments of pull request #${issue_number}`, async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number,
          per_page: 100,
        });
        return comments.map((c) => ({
          id: c.id,
          body: c.body ?? '',
          author: authorOf(c.user),
          createdAt: c.created_at,
        }));
      }),

    createIssueComment: (issue_number, body) =>
      call(`comment on pull request #${issue_number}`, async () => {
        await octokit.rest.issues.createComment({ owner, repo, issue_number, body, request: NO_BLIND_RETRY });
      }),

    updateIssueComment: (comment_id, body) =>
      call(`update the summary comment`, async () => {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id, body });
      }),

    deleteIssueComment: (comment_id) =>
      call(`delete a duplicate summary comment`, async () => {
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id });
        } catch (error) {
          // Already gone: a run racing this one deleted the same duplicate.
          if ((error as { status?: number }).status !== 404) throw error;
        }
      }),

    listReviewThreads: (number) =>
      call(`list the review threads of pull request #${number}`, async () => {
        const threads: ReviewThread[] = [];
        let cursor: string | null = null;
        do {
          const page: ThreadsPage = await octokit.graphql<ThreadsPage>({
            query: THREADS_QUERY,
            owner,
            repo,
            number,
            cursor,
            ...graphqlUrl,
          });
          const connection = page.repository.pullRequest?.reviewThreads;
          if (!connection) break;
          for (const node of connection.nodes) {
            threads.push({
              id: node.id,
              isResolved: node.isResolved,
              comments: node.comments.nodes.map((c) => ({
                body: c.body,
                author: c.author
                  ? { login: c.author.login, ...(c.author.__typename ? { type: c.author.__typename } : {}) }
                  : { login: '' },
              })),
            });
          }
          cursor = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        } while (cursor);
        return threads;
      }),

    resolveReviewThreads: (threadIds) =>
      call(`resolve ${threadIds.length === 1 ? 'a review thread' : `${threadIds.length} review threads`}`, async () => {
        for (let start = 0; start < threadIds.length; start += RESOLVES_PER_REQUEST) {
          const batch = threadIds.slice(start, start + RESOLVES_PER_REQUEST);
          const variables = Object.fromEntries(batch.map((id, i) => [`t${i}`, id]));
          await octokit.graphql({ query: resolveMutation(batch.length), ...variables, ...graphqlUrl });
        }
      }),

    issues: createIssueOperations(octokit, call, owner, repo),
  };
}

/**
 * A stand-in for the throttling plugin's Bottleneck groups (it calls only `key(id).schedule(options,
 * task)` on them) that starts tasks one at a time, `minTimeMs` apart.
 */
function spacedGroup(minTimeMs: number): never {
  let queue: Promise<void> = Promise.resolve();
  let next = 0;
  const limiter = {
    schedule: async <T>(_options: unknown, task: () => Promise<T>): Promise<T> => {
      const turn = queue.then(async () => {
        const wait = next - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        next = Date.now() + minTimeMs;
      });
      queue = turn;
      await turn;
      return task();
    },
  };
  return { key: () => limiter } as never;
}

function authorOf(user: { login: string; id: number; type: string } | null | undefined): AuthorRef {
  return user ? { login: user.login, id: user.id, type: user.type } : { login: '' };
}
