/**
 * Test-support stage (GitHub emulator): the REST operations idea-lint's action uses, answered from a
 * PullRequestModel (rendered by github-json.ts) — page/per_page pagination with GitHub's `Link`
 * header, and GitHub's 404s for other repositories, pull requests and refs. Requests reaching
 * these handlers have already passed authentication and OpenAPI validation.
 */
import {
  blobObject,
  commitObject,
  contentEntryObject,
  contentFileObject,
  diffEntryObject,
  gitBlobSha,
  type Account,
  type Site,
} from './github-objects.js';
import { authorId, issueCommentJson, pullJson, reviewCommentJson, reviewJson } from './github-json.js';
import type { RouteMatch } from './openapi-validator.js';
import { GitHubError, type PullRequestModel, type ReviewCommentRecord } from './pull-request-model.js';

export { authorId, issueCommentJson, pullJson, reviewCommentJson, reviewJson } from './github-json.js';

type Json = Record<string, unknown>;

/** What a handler answers: JSON (or raw text) with extra headers. */
export interface RestResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Raw text body (media types `raw` and `diff`); `body` is ignored then. */
  text?: { contentType: string; value: string };
}

/** Everything a handler needs about one request. */
export interface RestRequest {
  match: RouteMatch;
  pathname: string;
  query: URLSearchParams;
  body: Json;
  accept: string;
  user: Account;
}

/** GitHub stops listing a pull request's files after this many. */
export const MAX_PULL_FILES = 3000;

const notFound = (doc = 'https://docs.github.com/rest') =>
  new GitHubError(404, { message: 'Not Found', documentation_url: doc, status: '404' });

/** Slices a list by page/per_page and builds GitHub's `Link` header (prev, next, last, first). */
export function paginate<T>(
  items: T[],
  request: RestRequest,
  apiRoot: string,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Number(request.query.get('per_page') ?? 30);
  const pageNumber = Number(request.query.get('page') ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(n));
    return `<${apiRoot}${request.pathname}?${query}>`;
  };
  const rels: string[] = [];
  if (pageNumber > 1) rels.push(`${link(Math.min(pageNumber - 1, lastPage))}; rel="prev"`);
  if (pageNumber < lastPage) rels.push(`${link(pageNumber + 1)}; rel="next"`, `${link(lastPage)}; rel="last"`);
  if (pageNumber > 1) rels.push(`${link(1)}; rel="first"`);
  const start = (pageNumber - 1) * perPage;
  return { page: items.slice(start, start + perPage), headers: rels.length ? { link: rels.join(', ') } : {} };
}

function sortedComments(request: RestRequest, comments: ReviewCommentRecord[]): ReviewCommentRecord[] {
  const since = request.query.get('since');
  let list = since ? comments.filter((c) => c.updatedAt >= since) : comments.slice();
  const sort = request.query.get('sort');
  if (sort) {
    const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
    const direction = request.query.get('direction') === 'desc' ? -1 : 1;
    list = list.sort((a, b) => (a[key] === b[key] ? a.id - b.id : a[key] < b[key] ? -1 : 1) * direction);
  }
  return list;
}

/** A full `git diff` of the pull request (media type `application/vnd.github.diff`). */
function pullDiff(model: PullRequestModel): string {
  return model.head.changed
    .map((f) => {
      const from = f.previous_filename ?? f.filename;
      const header = [`diff --git a/${from} b/${f.filename}`];
      if (f.status === 'added') header.push('new file mode 100644');
      if (f.status === 'removed') header.push('deleted file mode 100644');
      if (f.status === 'renamed') header.push('similarity index 90%', `rename from ${from}`, `rename to ${f.filename}`);
      if (!f.patch) return `${header.join('\n')}\n`;
      header.push(
        `--- ${f.status === 'added' ? '/dev/null' : `a/${from}`}`,
        `+++ ${f.status === 'removed' ? '/dev/null' : `b/${f.filename}`}`,
      );
      return `${header.join('\n')}\n${f.patch}\n`;
    })
    .join('');
}

/** Answers one REST operation, or throws GitHubError. */
export function handleRest(model: PullRequestModel, site: Site, request: RestRequest): RestResponse {
  const p = request.match.pathParams;
  if (p.owner.toLowerCase() !== site.owner.toLowerCase() || p.repo.toLowerCase() !== site.repo.toLowerCase())
    throw notFound();
  const number = p.pull_number ?? p.issue_number;
  if (number !== undefined && Number(number) !== model.scenario.pull.number) throw notFound();
  const { pull } = model.scenario;
  const body = request.body;
  const list = <T>(items: T[], render: (item: T) => unknown): RestResponse => {
    const { page, headers } = paginate(items, request, site.api);
    return { status: 200, body: page.map(render), headers };
  };

  switch (request.match.operationId) {
    case 'pulls/get':
      if (request.accept.includes('diff'))
        return {
          status: 200,
          body: null,
          text: { contentType: 'application/vnd.github.diff; charset=utf-8', value: pullDiff(model) },
        };
      return { status: 200, body: pullJson(model, site) };
    case 'pulls/list-files':
      return list(model.head.changed.slice(0, MAX_PULL_FILES), (f) =>
        diffEntryObject(site, f, model.headSha, pull.baseSha),
      );
    case 'repos/get-content': {
      const ref = request.query.get('ref') ?? undefined;
      const tree = model.treeAt(ref);
      if (!tree)
        throw new GitHubError(404, {
          message: `No commit found for the ref ${ref}`,
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
          status: '404',
        });
      const path = p.path.replace(/^\/+|\/+$/g, '');
      const sha =
        ref && /^[0-9a-f]{40}$/.test(ref)
          ? ref
          : ref === undefined || tree === model.scenario.base
            ? pull.baseSha
            : model.headSha;
      if (path in tree) {
        if (/\bvnd\.github(\.v3)?\.raw\b/.test(request.accept))
          return {
            status: 200,
            body: null,
            text: { contentType: 'application/vnd.github.raw; charset=utf-8', value: tree[path] },
          };
        return { status: 200, body: contentFileObject(site, path, tree[path], sha) };
      }
      const entries = new Map<string, Json>();
      for (const [file, content] of Object.entries(tree)) {
        if (!file.startsWith(`${path}/`)) continue;
        const [name, ...rest] = file.slice(path.length + 1).split('/');
        const child = `${path}/${name}`;
        entries.set(
          child,
          rest.length
            ? contentEntryObject(site, child, 'dir', gitBlobSha(`tree ${sha} ${child}`), 0, sha)
            : contentEntryObject(site, child, 'file', gitBlobSha(content), Buffer.byteLength(content), sha),
        );
      }
      if (entries.size === 0) throw notFound('https://docs.github.com/rest/repos/contents#get-repository-content');
      return { status: 200, body: [...entries.keys()].sort().map((k) => entries.get(k)) };
    }
    case 'git/get-blob': {
      const content = model.blob(p.file_sha);
      if (content === undefined) throw notFound('https://docs.github.com/rest/git/blobs#get-a-blob');
      return { status: 200, body: blobObject(site, content) };
    }
    case 'repos/get-commit': {
      const revision =
        model.revisions.get(p.ref) ??
        (p.ref === pull.headRef || p.ref === `heads/${pull.headRef}` ? model.head : undefined);
      const author: Account = { login: pull.user, id: authorId(pull.user), type: 'User' };
      if (revision) {
        const files = revision.changed.map((f) => diffEntryObject(site, f, revision.sha, pull.baseSha));
        const stats = {
          additions: revision.changed.reduce((n, f) => n + f.additions, 0),
          deletions: revision.changed.reduce((n, f) => n + f.deletions, 0),
        };
        return {
          status: 200,
          body: commitObject(site, revision.sha, [pull.baseSha], author, pull.title, files, stats),
        };
      }
      if (p.ref === pull.baseSha || p.ref === pull.baseRef || p.ref === `heads/${pull.baseRef}`) {
        return {
          status: 200,
          body: commitObject(site, pull.baseSha, [], author, 'Base commit', [], { additions: 0, deletions: 0 }),
        };
      }
      throw new GitHubError(422, {
        message: `No commit found for SHA: ${p.ref}`,
        documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit',
        status: '422',
      });
    }
    case 'pulls/list-review-comments':
      return list(sortedComments(request, model.reviewComments), (c) => reviewCommentJson(model, site, c));
    case 'pulls/list-reviews':
      return list(
        model.reviews.filter((r) => r.state !== 'PENDING' || r.user.login === request.user.login),
        (r) => reviewJson(model, site, r),
      );
    case 'pulls/create-review':
      return {
        status: 200,
        body: reviewJson(
          model,
          site,
          model.createReview(body as unknown as Parameters<PullRequestModel['createReview']>[0], request.user),
        ),
      };
    case 'pulls/create-review-comment':
      return {
        status: 201,
        body: reviewCommentJson(
          model,
          site,
          model.createReviewComment(
            body as unknown as Parameters<PullRequestModel['createReviewComment']>[0],
            request.user,
          ),
        ),
      };
    case 'issues/list-comments': {
      const since = request.query.get('since');
      return list(
        model.issueComments.filter((c) => !since || c.updatedAt >= since),
        (c) => issueCommentJson(model, site, c),
      );
    }
    case 'issues/create-comment':
      return {
        status: 201,
        body: issueCommentJson(model, site, model.addIssueComment(String(body.body), request.user)),
      };
    case 'issues/update-comment':
      return {
        status: 200,
        body: issueCommentJson(model, site, model.updateIssueComment(Number(p.comment_id), String(body.body))),
      };
    case 'issues/delete-comment':
      model.deleteIssueComment(Number(p.comment_id));
      return { status: 204, body: undefined };
    default:
      throw notFound();
  }
}
