export const id = 460;
export const ids = [460];
export const modules = {

/***/ 6460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokitClient: () => (/* binding */ createOctokitClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/api-errors.ts
// GitHub stage (API errors): turns what Octokit throws (HTTP errors, GraphQL errors) into a
// GitHubError whose message says what failed, GitHub's reason, and what to do. No requests here.


/** Turns an Octokit error into a GitHubError: what failed, GitHub's reason, and what to do. */
function toGitHubError(error, what, repository) {
    if (error instanceof client/* GitHubError */.y_)
        return error;
    const e = error;
    const graphqlForbidden = e.errors?.some((x) => x.type === 'FORBIDDEN');
    const status = graphqlForbidden ? 403 : typeof e.status === 'number' ? e.status : 0;
    const apiMessage = describeResponse(e);
    const reason = apiMessage ? `${status || 'error'} ${cut(apiMessage)}` : String(status || 'no response');
    let fix;
    if (status === 401)
        fix = 'check the github-token input';
    else if (status === 403 && /rate limit/i.test(apiMessage))
        fix = 'run the job again later, or lower max-comments';
    else if (status === 403)
        fix = 'give the workflow `permissions: contents: read` and `pull-requests: write`';
    else if (status === 404)
        fix = `check that the token can read ${repository}`;
    else if (status >= 500 || status === 0)
        fix = 'GitHub kept failing after retries, so run the job again later';
    else
        fix = `report it at ${version/* REPOSITORY_URL */.ld}/issues if it persists`;
    return new client/* GitHubError */.y_(`GitHub could not ${what} (${reason}): ${fix}.`, status, apiMessage);
}
function describeResponse(error) {
    const data = error.response?.data;
    const parts = [];
    if (data && typeof data.message === 'string')
        parts.push(data.message);
    for (const item of data?.errors ?? error.errors ?? []) {
        const text = typeof item === 'string' ? item : item.message;
        if (text)
            parts.push(text);
    }
    if (parts.length === 0 && error.message)
        parts.push(error.message.split('\n')[0] ?? '');
    return parts.join('; ');
}
function cut(text) {
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

;// CONCATENATED MODULE: ./src/github/octokit-issues.ts
const isNotFound = (error) => error.status === 404;
/** The issue and label operations on `owner/repo`. */
function createIssueOperations(octokit, call, owner, repo) {
    return {
        getIssue: (issue_number) => call(`read issue #${issue_number}`, async () => {
            try {
                const { data } = await octokit.rest.issues.get({ owner, repo, issue_number });
                return {
                    number: data.number,
                    title: data.title,
                    body: data.body ?? '',
                    labels: data.labels
                        .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
                        .filter(Boolean),
                    state: data.state === 'closed' ? 'closed' : 'open',
                    isPullRequest: Boolean(data.pull_request),
                };
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        }),
        hasLabel: (name) => call(`look up the label "${name}"`, async () => {
            try {
                await octokit.rest.issues.getLabel({ owner, repo, name });
                return true;
            }
            catch (error) {
                if (isNotFound(error))
                    return false;
                throw error;
            }
        }),
        createLabel: (label) => call(`create the label "${label.name}"`, async () => {
            await octokit.rest.issues.createLabel({ owner, repo, ...label });
        }),
        addLabels: (issue_number, labels) => call(`label #${issue_number}`, async () => {
            await octokit.rest.issues.addLabels({ owner, repo, issue_number, labels });
        }),
        removeLabel: (issue_number, name) => call(`remove the label "${name}" from #${issue_number}`, async () => {
            try {
                await octokit.rest.issues.removeLabel({ owner, repo, issue_number, name });
            }
            catch (error) {
                // GitHub answers 404 when the label is not on the issue: already the state we want.
                if (!isNotFound(error))
                    throw error;
            }
        }),
    };
}

;// CONCATENATED MODULE: ./src/github/octokit-client.ts
// GitHub stage (API boundary): the GitHubClient on Octokit, with the retry plugin (5xx, backoff) and
// the throttling plugin (secondary rate limits, honouring retry-after). Every failure that survives
// the retries becomes a GitHubError saying what failed and what to do.





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
const NO_BLIND_RETRY = { retries: 0 };
const VIEWER_QUERY = 'query { viewer { __typename login databaseId } }';
/** Threads resolved per GraphQL request: one aliased mutation each, so a run makes few requests. */
const RESOLVES_PER_REQUEST = 25;
/** `mutation($t0: ID!, $t1: ID!) { t0: resolveReviewThread(…) … }` for `count` threads. */
function resolveMutation(count) {
    const indexes = Array.from({ length: count }, (_, i) => i);
    const variables = indexes.map((i) => `$t${i}: ID!`).join(', ');
    const fields = indexes.map((i) => `  t${i}: resolveReviewThread(input: { threadId: $t${i} }) { thread { id isResolved } }`);
    return `mutation(${variables}) {\n${fields.join('\n')}\n}`;
}
/** Builds the Octokit-backed client for one repository. */
function createOctokitClient(options) {
    const { owner, repo } = options;
    const base = options.retryBaseMs ?? 1000;
    const log = options.log ?? (() => { });
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
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
            onSecondaryRateLimit: (retryAfter, request, _o, count) => {
                log(`GitHub's secondary rate limit stopped ${request.method} ${request.url}; retrying after ${retryAfter} s.`);
                return count < RATE_LIMIT_RETRIES;
            },
            onRateLimit: (retryAfter, request, _o, count) => {
                log(`GitHub's rate limit stopped ${request.method} ${request.url}; it resets in ${retryAfter} s.`);
                return count < 1 && retryAfter <= MAX_PRIMARY_WAIT_SECONDS;
            },
        },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // `url` is an option, not a variable, only in graphql's one-object form.
    const graphqlUrl = options.graphqlUrl ? { url: options.graphqlUrl } : {};
    const call = async (what, action) => {
        try {
            return await action();
        }
        catch (error) {
            throw toGitHubError(error, what, `${owner}/${repo}`);
        }
    };
    return {
        getViewer: () => call("look up the token's account", async () => {
            const { viewer } = await octokit.graphql({ query: VIEWER_QUERY, ...graphqlUrl });
            return {
                login: viewer.login,
                ...(typeof viewer.databaseId === 'number' ? { id: viewer.databaseId } : {}),
                ...(viewer.__typename ? { typename: viewer.__typename } : {}),
                installationToken: options.token.startsWith('ghs_'),
            };
        }),
        getPullRequestHead: (pull_number) => call(`read pull request #${pull_number}`, async () => {
            const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number });
            return data.head.sha;
        }),
        listPullRequestFiles: (pull_number) => call(`list the files of pull request #${pull_number}`, async () => {
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
            return files.map((file) => ({
                path: file.filename,
                ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
                status: file.status,
                sha: file.sha ?? '',
                ...(file.patch !== undefined ? { patch: file.patch } : {}),
            }));
        }),
        readFile: (path, ref) => call(`read ${path} at ${ref.slice(0, 7)}`, async () => {
            try {
                const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
                if (Array.isArray(data) || data.type !== 'file')
                    return undefined;
                if ('content' in data && data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
                    return Buffer.from(data.content, 'base64').toString('utf8');
                }
                // Files over 1 MB come without content ("encoding": "none"); the blobs API serves up to 100 MB.
                const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: data.sha });
                return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
        }),
        listReviewComments: (pull_number) => call(`list the review comments of pull request #${pull_number}`, async () => {
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
        createReview: (pull_number, review) => call(`post a review on pull request #${pull_number}`, async () => {
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
        createFileComment: (pull_number, comment) => call(`comment on ${comment.path} in pull request #${pull_number}`, async () => {
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
        listIssueComments: (issue_number) => call(`list the comments of pull request #${issue_number}`, async () => {
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
        createIssueComment: (issue_number, body) => call(`comment on pull request #${issue_number}`, async () => {
            await octokit.rest.issues.createComment({ owner, repo, issue_number, body, request: NO_BLIND_RETRY });
        }),
        updateIssueComment: (comment_id, body) => call(`update the summary comment`, async () => {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id, body });
        }),
        deleteIssueComment: (comment_id) => call(`delete a duplicate summary comment`, async () => {
            try {
                await octokit.rest.issues.deleteComment({ owner, repo, comment_id });
            }
            catch (error) {
                // Already gone: a run racing this one deleted the same duplicate.
                if (error.status !== 404)
                    throw error;
            }
        }),
        listReviewThreads: (number) => call(`list the review threads of pull request #${number}`, async () => {
            const threads = [];
            let cursor = null;
            do {
                const page = await octokit.graphql({
                    query: THREADS_QUERY,
                    owner,
                    repo,
                    number,
                    cursor,
                    ...graphqlUrl,
                });
                const connection = page.repository.pullRequest?.reviewThreads;
                if (!connection)
                    break;
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
        resolveReviewThreads: (threadIds) => call(`resolve ${threadIds.length === 1 ? 'a review thread' : `${threadIds.length} review threads`}`, async () => {
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
function spacedGroup(minTimeMs) {
    let queue = Promise.resolve();
    let next = 0;
    const limiter = {
        schedule: async (_options, task) => {
            const turn = queue.then(async () => {
                const wait = next - Date.now();
                if (wait > 0)
                    await new Promise((resolve) => setTimeout(resolve, wait));
                next = Date.now() + minTimeMs;
            });
            queue = turn;
            await turn;
            return task();
        },
    };
    return { key: () => limiter };
}
function authorOf(user) {
    return user ? { login: user.login, id: user.id, type: user.type } : { login: '' };
}


/***/ })

};
