/**
 * Test-support stage (end-to-end harness): a GitHub API emulator for idea-lint's action. A real
 * node:http server on 127.0.0.1 serves one pull request (a Scenario) over REST and GraphQL.
 * Every REST request is validated against GitHub's OpenAPI description (test/fixtures/github/
 * openapi.json); every response is checked against it too. Problems land in `violations`, which
 * tests assert stays empty. Tests can inject faults (read-only token, 5xx, secondary rate limits),
 * read every request back from `requests`, and drive the pull request between action runs
 * (human replies, new head commits; see pull-request-view.ts). test/support/README.md has the API.
 *
 * Usage:
 *   const github = await startEmulator(scenario);
 *   // GITHUB_API_URL=github.url, GITHUB_GRAPHQL_URL=github.graphqlUrl, token github.token
 *   ...; expect(github.violations).toEqual([]); await github.stop();
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleGraphQL } from './github-graphql.js';
import { FaultInjector, matchesRequest, type RequestMatch } from './emulator-faults.js';
import { type Account, type Site } from './github-objects.js';
import { IssueStore } from './github-issues.js';
import { authorId, handleRest, type RestRequest } from './github-rest.js';
import { OpenApiValidator, type RouteMatch } from './openapi-validator.js';
import { GitHubError, type Scenario } from './pull-request-model.js';
import { PullRequestView } from './pull-request-view.js';

export type { Scenario } from './pull-request-model.js';
export type { RequestMatch } from './emulator-faults.js';

/** The token the emulator expects when the scenario names none. */
export const DEFAULT_TOKEN = 'ghs_emulatorToken';

/** One request as the emulator saw and answered it. */
export interface RecordedRequest {
  method: string;
  /** URL path without the query, e.g. `/repos/o/r/pulls/7/files`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (undefined when none; the raw text when it was not JSON). */
  body: unknown;
  status: number;
  /** OpenAPI operationId (`pulls/create-review`) or `graphql`; undefined for unknown endpoints. */
  operationId?: string;
  /** For GraphQL: the top-level fields, e.g. `['repository']`, `['resolveReviewThread']`. */
  graphqlFields?: string[];
  /** True for POST/PATCH/PUT/DELETE REST calls and GraphQL mutations. */
  isWrite: boolean;
  /** Set when a fault was injected instead of a normal answer. */
  fault?: 'failNext' | 'secondaryRateLimit' | 'failAfter';
  /** When the request arrived (ms since the epoch). */
  at: number;
}

/** A request (or emulator response) that does not fit GitHub's API description. */
export interface Violation {
  kind: 'unknown-endpoint' | 'path' | 'request' | 'response' | 'graphql';
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const FORBIDDEN_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};

/** An in-process GitHub API for one pull request. */
export class GitHubEmulator extends PullRequestView {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every request or response that does not fit the OpenAPI description; tests expect `[]`. */
  readonly violations: Violation[] = [];
  /** When true, every write (REST POST/PATCH/PUT/DELETE, GraphQL mutation) gets 403. */
  readOnly = false;
  /**
   * When true, GraphQL `viewer` answers a FORBIDDEN error, as a token whose account GitHub will not
   * name would; the action must then assume github-actions[bot].
   */
  viewerForbidden = false;
  /** Issues besides the pull request, and the repository's labels (github-issues.ts). */
  readonly issues = new IssueStore();
  /** The token requests must carry. */
  readonly token: string;
  /** A token that may only read (like a fork pull request's GITHUB_TOKEN), if the scenario has one. */
  readonly readOnlyToken: string | undefined;
  private readonly validator: OpenApiValidator;
  private readonly faults = new FaultInjector();
  private readonly hooks: { match: RequestMatch; action: () => void }[] = [];
  private server: Server | undefined;
  private base = '';
  private remaining = 5000;

  constructor(scenario: Scenario, options: { validator?: OpenApiValidator } = {}) {
    super(scenario);
    this.token = scenario.token ?? DEFAULT_TOKEN;
    this.readOnlyToken = scenario.readOnlyToken;
    this.validator = options.validator ?? OpenApiValidator.load();
  }

  /** Base URL of the REST API (GITHUB_API_URL); set once started. */
  get url(): string {
    if (!this.base) throw new Error('the emulator is not started');
    return this.base;
  }

  /** URL of the GraphQL endpoint (GITHUB_GRAPHQL_URL). */
  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  /** Where objects live, for JSON builders. */
  get site(): Site {
    return {
      api: this.url,
      web: 'https://github.com',
      owner: this.scenario.owner,
      repo: this.scenario.repo,
      repoId: 700_000_000 + (authorId(`${this.scenario.owner}/${this.scenario.repo}`) % 1_000_000),
    };
  }

  /** Listens on 127.0.0.1 on a random port. */
  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `emulator error: ${(error as Error).stack ?? error}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  /** Closes the server and any kept-alive connections. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Answers the next `count` matching requests with `status` (default 502, a gateway error). */
  failNext(count: number, status = 502, match?: RequestMatch): void {
    this.faults.failNext(count, status, match);
  }

  /**
   * Carries out the next `count` matching requests, then answers `status` (default 502) instead of
   * their response: GitHub failing after a write succeeded.
   */
  failAfter(count: number, status = 502, match?: RequestMatch): void {
    this.faults.failAfter(count, status, match);
  }

  /**
   * Runs `action` once, right after the first request matching `match` is answered (e.g. push a new
   * head while the action is between reading and writing).
   */
  after(match: RequestMatch, action: () => void): void {
    this.hooks.push({ match, action });
  }

  /** Answers the next `count` matching requests with GitHub's secondary-rate-limit 403 and `retry-after`. */
  secondaryRateLimit(count: number, retryAfterSeconds = 1, match?: RequestMatch): void {
    this.faults.secondaryRateLimit(count, retryAfterSeconds, match);
  }

  /** The requests that wrote something (REST writes and GraphQL mutations), including rejected ones. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.isWrite);
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - this.remaining),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    let bodyIsJson = false;
    if (raw) {
      try {
        body = JSON.parse(raw);
        bodyIsJson = true;
      } catch {
        body = raw;
      }
    }
    const isGraphQL = url.pathname === '/graphql' && method === 'POST';
    const matched = isGraphQL ? undefined : this.validator.match(method, url.pathname);
    const route = matched && 'operationId' in matched ? matched : undefined;
    const entry: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
      operationId: isGraphQL ? 'graphql' : route?.operationId,
      isWrite: !isGraphQL && WRITE_METHODS.has(method),
      at: Date.now(),
    };
    this.requests.push(entry);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      this.json(res, status, payload, headers);
    };
    // Never 0: octokit's throttling reads a 403 with remaining 0 as a primary rate limit.
    this.remaining = Math.max(1, this.remaining - 1);

    const fault = this.faults.take({
      method,
      path: url.pathname,
      template: route?.template,
      operationId: entry.operationId,
    });
    if (fault && fault.kind !== 'failAfter') {
      entry.fault = fault.kind;
      return send(fault.status, fault.body, fault.headers);
    }
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      if (fault) {
        entry.fault = fault.kind;
        send(fault.status, fault.body, fault.headers);
      } else send(status, payload, headers);
      this.runHooks(entry, route?.template);
    };

    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!token)
      return answer(401, {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    if (token !== this.token && token !== this.readOnlyToken)
      return answer(401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    const readOnly = this.readOnly || token === this.readOnlyToken;
    const user: Account = this.account;

    if (isGraphQL) {
      const outcome = handleGraphQL(bodyIsJson ? body : undefined, {
        model: this.model,
        site: this.site,
        readOnly,
        viewer: user,
        viewerForbidden: this.viewerForbidden,
      });
      entry.graphqlFields = outcome.fields;
      entry.isWrite = outcome.isMutation;
      if (outcome.violation)
        this.violations.push({
          kind: 'graphql',
          method,
          path: url.pathname,
          operationId: 'graphql',
          problems: [outcome.violation],
        });
      return answer(outcome.violation && !bodyIsJson ? 400 : 200, outcome.body, { 'x-ratelimit-resource': 'graphql' });
    }
    if (!route) {
      this.violations.push({
        kind: 'unknown-endpoint',
        method,
        path: url.pathname,
        problems: [(matched as { error: string }).error],
      });
      return answer(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    const pathProblems = this.validator.validatePath(route);
    if (pathProblems.length > 0) {
      this.violations.push({
        kind: 'path',
        method,
        path: url.pathname,
        operationId: route.operationId,
        problems: pathProblems,
      });
      return answer(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
    const problems = this.validator.validateRequest(route, url.searchParams, body, raw.length > 0);
    if (raw && !bodyIsJson) problems.push('the request body is not JSON');
    if (problems.length > 0) {
      this.violations.push({ kind: 'request', method, path: url.pathname, operationId: route.operationId, problems });
      return answer(422, {
        message: `Invalid request.\n\n${problems.join('\n')}`,
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      });
    }
    if (readOnly && entry.isWrite) return answer(403, FORBIDDEN_BODY);

    try {
      const request: RestRequest = {
        match: route,
        pathname: url.pathname,
        query: url.searchParams,
        body: (body ?? {}) as Record<string, unknown>,
        accept: String(req.headers.accept ?? ''),
        user,
      };
      const result = this.issues.handle(this.site, request) ?? handleRest(this.model, this.site, request);
      if (result.text && !fault) {
        entry.status = result.status;
        res.writeHead(result.status, { 'content-type': result.text.contentType, ...result.headers });
        res.end(result.text.value);
        this.runHooks(entry, route.template);
        return;
      }
      if (!result.text) this.checkResponse(route, method, url.pathname, result.status, result.body);
      return answer(result.status, result.body, result.headers);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      this.checkResponse(route, method, url.pathname, error.status, error.body);
      return answer(error.status, error.body, error.headers);
    }
  }

  /** Runs (once) the hooks whose match fits a request just answered. */
  private runHooks(entry: RecordedRequest, template: string | undefined): void {
    for (const [i, hook] of [...this.hooks.entries()].reverse()) {
      if (!matchesRequest(hook.match, { ...entry, template })) continue;
      this.hooks.splice(i, 1);
      hook.action();
    }
  }

  private checkResponse(route: RouteMatch, method: string, path: string, status: number, body: unknown): void {
    const problems = this.validator.validateResponse(route, status, body);
    if (problems.length > 0)
      this.violations.push({ kind: 'response', method, path, operationId: route.operationId, problems });
  }
}

/** Creates and starts an emulator for a scenario. */
export async function startEmulator(
  scenario: Scenario,
  options: { validator?: OpenApiValidator } = {},
): Promise<GitHubEmulator> {
  return new GitHubEmulator(scenario, options).start();
}
