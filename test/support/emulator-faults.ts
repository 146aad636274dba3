/**
 * Test-support stage (GitHub emulator): injectable faults — the next n (matching) requests answer
 * a 5xx, or GitHub's secondary-rate-limit 403 with `retry-after` — so tests can prove the action
 * retries transient errors and honours rate limits.
 */

/** Selects requests for an injected fault; every given field must match. */
export interface RequestMatch {
  method?: string;
  /** Exact path, path template (`/repos/{owner}/{repo}/pulls/{pull_number}/reviews`) or a RegExp on the path. */
  path?: string | RegExp;
  /** OpenAPI operationId (`pulls/create-review`), or `graphql`. */
  operationId?: string;
}

/** What a fault answers instead of the real response. */
export interface FaultAnswer {
  kind: 'failNext' | 'secondaryRateLimit' | 'failAfter';
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

interface Fault {
  remaining: number;
  match?: RequestMatch;
  answer: FaultAnswer;
}

const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

/** A queue of faults, consumed by the requests they match, first registered first. */
export class FaultInjector {
  private readonly faults: Fault[] = [];

  /** The next `count` matching requests answer `status` (default 502). */
  failNext(count: number, status = 502, match?: RequestMatch): void {
    this.faults.push({
      remaining: count,
      match,
      answer: { kind: 'failNext', status, body: errorBody(status), headers: {} },
    });
  }

  /**
   * The next `count` matching requests are carried out, then answered `status` (default 502) instead
   * of their real response: a write that succeeded although the client was told it failed.
   */
  failAfter(count: number, status = 502, match?: RequestMatch): void {
    this.faults.push({
      remaining: count,
      match,
      answer: { kind: 'failAfter', status, body: errorBody(status), headers: {} },
    });
  }

  /** The next `count` matching requests answer GitHub's secondary-rate-limit 403. */
  secondaryRateLimit(count: number, retryAfterSeconds = 1, match?: RequestMatch): void {
    this.faults.push({
      remaining: count,
      match,
      answer: {
        kind: 'secondaryRateLimit',
        status: 403,
        body: {
          message: SECONDARY_RATE_LIMIT_MESSAGE,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        headers: { 'retry-after': String(retryAfterSeconds) },
      },
    });
  }

  /** Consumes and returns the fault for a request, if one matches. */
  take(request: { method: string; path: string; template?: string; operationId?: string }): FaultAnswer | undefined {
    const fault = this.faults.find((f) => f.remaining > 0 && matchesRequest(f.match, request));
    if (!fault) return undefined;
    fault.remaining--;
    return fault.answer;
  }
}

function errorBody(status: number): Record<string, unknown> {
  if (status === 404) return { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
  const message = status === 502 ? 'Server Error' : status === 503 ? 'Service Unavailable' : 'Internal Server Error';
  return { message };
}

/** Whether a request fits a match (every given field must). */
export function matchesRequest(
  match: RequestMatch | undefined,
  request: { method: string; path: string; template?: string; operationId?: string },
): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== request.method) return false;
  if (match.operationId && match.operationId !== request.operationId) return false;
  if (match.path instanceof RegExp) return match.path.test(request.path);
  return match.path === undefined || match.path === request.path || match.path === request.template;
}
