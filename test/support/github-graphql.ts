/**
 * Test-support stage (GitHub emulator): GitHub's GraphQL API as far as idea-lint's action needs it —
 * `repository { pullRequest { reviewThreads { … comments { … } } } }` with cursor pagination and
 * GitHub's `first` limits, `node(id:)`, and the mutations `resolveReviewThread` /
 * `unresolveReviewThread`. Answers `{ data }` / `{ errors }` with HTTP 200, as GitHub does.
 */
import { ACTIONS_BOT, type Account, type Site } from './github-objects.js';
import { execute, FieldError, parse, type GraphQLError, type Schema } from './graphql-lite.js';
import type { PullRequestModel, ReviewCommentRecord, ThreadRecord } from './pull-request-model.js';

/** Per-request context of a GraphQL call. */
export interface GraphQLContext {
  model: PullRequestModel;
  site: Site;
  viewer: Account;
  readOnly: boolean;
  /** `viewer` answers FORBIDDEN. */
  viewerForbidden?: boolean;
}

/** What a GraphQL request amounts to, for the request log. */
export interface GraphQLOutcome {
  body: { data?: unknown; errors?: GraphQLError[] };
  /** Top-level field names, e.g. `['repository']` or `['resolveReviewThread']`. */
  fields: string[];
  isMutation: boolean;
  /** A request-shape problem (not JSON, no `query` string…), recorded as a violation. */
  violation?: string;
}

const CONNECTION_ARGS = { first: 'Int', last: 'Int', after: 'String', before: 'String' };
const cursor = (index: number) => Buffer.from(`cursor:v2:${index}`).toString('base64');
const fromCursor = (value: unknown) =>
  typeof value === 'string' ? Number(Buffer.from(value, 'base64').toString().split(':').pop()) : undefined;

/** Slices a list like a GitHub connection; `first`/`last` are mandatory and at most 100. */
function connection<T>(items: T[], args: Record<string, unknown>, name: string) {
  const first = args.first as number | null | undefined;
  const last = args.last as number | null | undefined;
  if (first == null && last == null)
    throw new FieldError(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [key, n] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (n != null && n > 100)
      throw new FieldError(
        'EXCESSIVE_PAGINATION',
        `Requesting ${n} records on the \`${name}\` connection exceeds the \`${key}\` limit of 100 records.`,
      );
  }
  let start = 0;
  let end = items.length;
  const after = fromCursor(args.after);
  const before = fromCursor(args.before);
  if (after !== undefined) start = after + 1;
  if (before !== undefined) end = Math.min(end, before);
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const slice = items.slice(start, end).map((node, i) => ({ node, cursor: cursor(start + i) }));
  return {
    nodes: slice.map((e) => e.node),
    edges: slice,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice[0]?.cursor ?? null,
      endCursor: slice.at(-1)?.cursor ?? null,
    },
  };
}

/** GraphQL shows bots without the `[bot]` suffix. */
const actor = (site: Site, account: Account) => ({
  __typename: account.type === 'Bot' ? 'Bot' : 'User',
  login: account.login.replace(/\[bot\]$/, ''),
  url:
    account.type === 'Bot'
      ? `${site.web}/apps/${account.login.replace(/\[bot\]$/, '')}`
      : `${site.web}/${account.login}`,
  avatarUrl: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
});

const commentsOf = (model: PullRequestModel, thread: ThreadRecord) =>
  thread.commentIds.map((id) => model.reviewComments.find((c) => c.id === id)!);
const rootOf = (model: PullRequestModel, thread: ThreadRecord) => commentsOf(model, thread)[0];

const resolveMutation = (resolved: boolean) => ({
  type: resolved ? 'ResolveReviewThreadPayload' : 'UnresolveReviewThreadPayload',
  args: { input: resolved ? 'ResolveReviewThreadInput!' : 'UnresolveReviewThreadInput!' },
  resolve: (_: unknown, args: Record<string, unknown>, ctx: GraphQLContext) => {
    const input = (args.input ?? {}) as { threadId?: unknown; clientMutationId?: string };
    if (typeof input.threadId !== 'string')
      throw new FieldError(
        'INVALID_ARGUMENTS',
        `Argument 'threadId' on InputObject '${resolved ? 'Resolve' : 'Unresolve'}ReviewThreadInput' is required. Expected type ID!`,
      );
    if (ctx.readOnly) throw new FieldError('FORBIDDEN', 'Resource not accessible by integration');
    if (!ctx.model.threads.some((t) => t.id === input.threadId))
      throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${input.threadId}'.`);
    return {
      clientMutationId: input.clientMutationId ?? null,
      thread: ctx.model.setResolved(input.threadId, resolved, ctx.viewer),
    };
  },
});

const payloadFields = { clientMutationId: { type: 'String' }, thread: { type: 'PullRequestReviewThread' } };

/** The subset of GitHub's schema the emulator serves. */
export const GITHUB_SCHEMA: Schema<GraphQLContext> = {
  Query: {
    fields: {
      repository: {
        type: 'Repository',
        args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
        resolve: (_, args, ctx) => {
          if (
            String(args.owner).toLowerCase() !== ctx.site.owner.toLowerCase() ||
            String(args.name).toLowerCase() !== ctx.site.repo.toLowerCase()
          ) {
            throw new FieldError(
              'NOT_FOUND',
              `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
            );
          }
          return {};
        },
      },
      node: {
        type: 'Node',
        args: { id: 'ID!' },
        resolve: (_, args, ctx) => {
          const thread = ctx.model.threads.find((t) => t.id === args.id);
          if (thread) return { __typename: 'PullRequestReviewThread', ...thread };
          const comment = ctx.model.reviewComments.find((c) => c.nodeId === args.id);
          if (comment) return { __typename: 'PullRequestReviewComment', ...comment };
          throw new FieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${args.id}'`);
        },
      },
      // GitHub types `viewer` as User! even for an installation token, and then answers the bot's REST
      // login (`name[bot]`) with its database id (fullsend-ai/fullsend#1953, renovate's getAppDetails).
      viewer: {
        type: 'User',
        resolve: (_, __, ctx) => {
          if (ctx.viewerForbidden) throw new FieldError('FORBIDDEN', 'Resource not accessible by integration');
          return {
            ...actor(ctx.site, ctx.viewer),
            __typename: 'User',
            login: ctx.viewer.login,
            databaseId: ctx.viewer.id,
          };
        },
      },
    },
  },
  Mutation: { fields: { resolveReviewThread: resolveMutation(true), unresolveReviewThread: resolveMutation(false) } },
  ResolveReviewThreadPayload: { fields: payloadFields },
  UnresolveReviewThreadPayload: { fields: payloadFields },
  Node: { interface: true, fields: { id: { type: 'ID!' } } },
  Actor: {
    interface: true,
    fields: { login: { type: 'String!' }, url: { type: 'URI!' }, avatarUrl: { type: 'URI!', args: { size: 'Int' } } },
  },
  User: {
    implements: ['Actor', 'Node'],
    fields: {
      login: { type: 'String!' },
      databaseId: { type: 'Int' },
      url: { type: 'URI!' },
      avatarUrl: { type: 'URI!', args: { size: 'Int' } },
    },
  },
  Bot: {
    implements: ['Actor', 'Node'],
    fields: { login: { type: 'String!' }, url: { type: 'URI!' }, avatarUrl: { type: 'URI!', args: { size: 'Int' } } },
  },
  Repository: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (_, __, ctx) => `R_kgDO${ctx.site.repoId}` },
      name: { type: 'String!', resolve: (_, __, ctx) => ctx.site.repo },
      nameWithOwner: { type: 'String!', resolve: (_, __, ctx) => `${ctx.site.owner}/${ctx.site.repo}` },
      pullRequest: {
        type: 'PullRequest',
        args: { number: 'Int!' },
        resolve: (_, args, ctx) => {
          if (args.number !== ctx.model.scenario.pull.number)
            throw new FieldError('NOT_FOUND', `Could not resolve to a PullRequest with the number of ${args.number}.`);
          return {};
        },
      },
    },
  },
  PullRequest: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (_, __, ctx) => `PR_kwDO${ctx.site.repoId}_${ctx.model.scenario.pull.number}` },
      number: { type: 'Int!', resolve: (_, __, ctx) => ctx.model.scenario.pull.number },
      title: { type: 'String!', resolve: (_, __, ctx) => ctx.model.scenario.pull.title },
      headRefOid: { type: 'GitObjectID!', resolve: (_, __, ctx) => ctx.model.headSha },
      baseRefOid: { type: 'GitObjectID!', resolve: (_, __, ctx) => ctx.model.scenario.pull.baseSha },
      reviewThreads: {
        type: 'PullRequestReviewThreadConnection!',
        args: CONNECTION_ARGS,
        resolve: (_, args, ctx) =>
          connection(
            ctx.model.threads.map((t) => ({ __typename: 'PullRequestReviewThread', ...t })),
            args,
            'reviewThreads',
          ),
      },
    },
  },
  PullRequestReviewThreadConnection: {
    fields: {
      nodes: { type: '[PullRequestReviewThread]' },
      edges: { type: '[PullRequestReviewThreadEdge]' },
      pageInfo: { type: 'PageInfo!' },
      totalCount: { type: 'Int!' },
    },
  },
  PullRequestReviewThreadEdge: { fields: { node: { type: 'PullRequestReviewThread' }, cursor: { type: 'String!' } } },
  PullRequestReviewThread: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!' },
      isResolved: { type: 'Boolean!' },
      isOutdated: {
        type: 'Boolean!',
        resolve: (t, _, ctx) => rootOf(ctx.model, t).subjectType === 'line' && rootOf(ctx.model, t).line === null,
      },
      isCollapsed: { type: 'Boolean!', resolve: (t) => t.isResolved },
      path: { type: 'String!' },
      line: { type: 'Int', resolve: (t, _, ctx) => rootOf(ctx.model, t).line },
      originalLine: { type: 'Int', resolve: (t, _, ctx) => rootOf(ctx.model, t).originalLine },
      startLine: { type: 'Int', resolve: (t, _, ctx) => rootOf(ctx.model, t).startLine },
      diffSide: { type: 'DiffSide!', resolve: (t, _, ctx) => rootOf(ctx.model, t).side },
      subjectType: {
        type: 'PullRequestReviewThreadSubjectType!',
        resolve: (t, _, ctx) => rootOf(ctx.model, t).subjectType.toUpperCase(),
      },
      resolvedBy: { type: 'User', resolve: (t, _, ctx) => (t.resolvedBy ? actor(ctx.site, t.resolvedBy) : null) },
      viewerCanResolve: { type: 'Boolean!', resolve: (t, _, ctx) => !t.isResolved && !ctx.readOnly },
      viewerCanUnresolve: { type: 'Boolean!', resolve: (t, _, ctx) => t.isResolved && !ctx.readOnly },
      viewerCanReply: { type: 'Boolean!', resolve: (_, __, ctx) => !ctx.readOnly },
      comments: {
        type: 'PullRequestReviewCommentConnection!',
        args: { ...CONNECTION_ARGS, skip: 'Int' },
        resolve: (t, args, ctx) =>
          connection(
            commentsOf(ctx.model, t)
              .slice(Number(args.skip ?? 0))
              .map((c) => ({ __typename: 'PullRequestReviewComment', ...c })),
            args,
            'comments',
          ),
      },
    },
  },
  PullRequestReviewCommentConnection: {
    fields: {
      nodes: { type: '[PullRequestReviewComment]' },
      edges: { type: '[PullRequestReviewCommentEdge]' },
      pageInfo: { type: 'PageInfo!' },
      totalCount: { type: 'Int!' },
    },
  },
  PullRequestReviewCommentEdge: { fields: { node: { type: 'PullRequestReviewComment' }, cursor: { type: 'String!' } } },
  PullRequestReviewComment: {
    implements: ['Node'],
    fields: {
      id: { type: 'ID!', resolve: (c: ReviewCommentRecord) => c.nodeId },
      databaseId: { type: 'Int', resolve: (c: ReviewCommentRecord) => c.id },
      fullDatabaseId: { type: 'BigInt', resolve: (c: ReviewCommentRecord) => String(c.id) },
      body: { type: 'String!' },
      path: { type: 'String!' },
      line: { type: 'Int' },
      originalLine: { type: 'Int' },
      startLine: { type: 'Int' },
      diffHunk: { type: 'String!' },
      outdated: { type: 'Boolean!', resolve: (c: ReviewCommentRecord) => c.subjectType === 'line' && c.line === null },
      createdAt: { type: 'DateTime!' },
      updatedAt: { type: 'DateTime!' },
      url: {
        type: 'URI!',
        resolve: (c: ReviewCommentRecord, _, ctx) =>
          `${ctx.site.web}/${ctx.site.owner}/${ctx.site.repo}/pull/${ctx.model.scenario.pull.number}#discussion_r${c.id}`,
      },
      author: { type: 'Actor', resolve: (c: ReviewCommentRecord, _, ctx) => actor(ctx.site, c.user) },
      viewerDidAuthor: {
        type: 'Boolean!',
        resolve: (c: ReviewCommentRecord, _, ctx) => c.user.login === ctx.viewer.login,
      },
      isMinimized: { type: 'Boolean!', resolve: () => false },
      replyTo: {
        type: 'PullRequestReviewComment',
        resolve: (c: ReviewCommentRecord, _, ctx) => {
          const parent = ctx.model.reviewComments.find((p) => p.id === c.inReplyToId);
          return parent ? { __typename: 'PullRequestReviewComment', ...parent } : null;
        },
      },
      commit: { type: 'Commit', resolve: (c: ReviewCommentRecord) => ({ oid: c.commitId }) },
    },
  },
  Commit: { fields: { oid: { type: 'GitObjectID!' } } },
  PageInfo: {
    fields: {
      hasNextPage: { type: 'Boolean!' },
      hasPreviousPage: { type: 'Boolean!' },
      startCursor: { type: 'String' },
      endCursor: { type: 'String' },
    },
  },
};

/** Answers one POST /graphql body (already JSON-parsed, or undefined when it was not JSON). */
export function handleGraphQL(
  body: unknown,
  context: Omit<GraphQLContext, 'viewer'> & { viewer?: Account },
): GraphQLOutcome {
  const fail = (violation: string, message: string): GraphQLOutcome => ({
    body: { errors: [{ message }] },
    fields: [],
    isMutation: false,
    violation,
  });
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return fail('GraphQL body is not a JSON object', 'Problems parsing JSON');
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string')
    return fail('GraphQL body has no "query" string', 'A query attribute must be specified and must be a string.');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return fail('GraphQL "variables" is not an object', 'Variables are invalid JSON.');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return fail('GraphQL "operationName" is not a string', 'operationName must be a string');
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return fail(`GraphQL query does not parse: ${(error as Error).message}`, (error as Error).message);
  }
  const operation = operationName ? document.operations.find((o) => o.name === operationName) : document.operations[0];
  const fields = (operation?.selections ?? []).flatMap((s) => (s.kind === 'field' ? [s.name] : []));
  const result = execute(
    GITHUB_SCHEMA,
    document,
    {
      operationName: (operationName as string | undefined) ?? undefined,
      variables: (variables as Record<string, unknown>) ?? {},
    },
    { viewer: ACTIONS_BOT, ...context },
  );
  const outcome: GraphQLOutcome = { body: result, fields, isMutation: operation?.type === 'mutation' };
  const invalid = result.errors?.find((e) => e.extensions?.code || !e.type);
  if (invalid && !result.data) outcome.violation = `GraphQL query is invalid: ${invalid.message}`;
  return outcome;
}
