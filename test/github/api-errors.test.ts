import { describe, expect, it } from 'vitest';
import { isPermissionDenied, isUnprocessable } from '../../src/github/client.js';
import { toGitHubError } from '../../src/github/api-errors.js';

const httpError = (status: number, data: unknown) =>
  Object.assign(new Error('HttpError'), { status, response: { data } });

describe('toGitHubError', () => {
  it("says what failed, GitHub's reason and what to do", () => {
    expect(
      toGitHubError(httpError(401, { message: 'Bad credentials' }), 'list the files of pull request #4', 'o/r').message,
    ).toBe('GitHub could not list the files of pull request #4 (401 Bad credentials): check the github-token input.');
    expect(toGitHubError(httpError(404, { message: 'Not Found' }), 'read x', 'o/r').message).toBe(
      'GitHub could not read x (404 Not Found): check that the token can read o/r.',
    );
    expect(toGitHubError(httpError(502, { message: 'Server Error' }), 'read x', 'o/r').message).toMatch(
      /\(502 Server Error\): GitHub kept failing after retries, so run the job again later\.$/,
    );
  });

  it('tells a read-only token from a secondary rate limit', () => {
    const readOnly = toGitHubError(
      httpError(403, { message: 'Resource not accessible by integration' }),
      'post a review',
      'o/r',
    );
    expect(isPermissionDenied(readOnly)).toBe(true);
    expect(readOnly.message).toContain('permissions: contents: read');
    const limited = toGitHubError(
      httpError(403, { message: 'You have exceeded a secondary rate limit.' }),
      'post a review',
      'o/r',
    );
    expect(isPermissionDenied(limited)).toBe(false);
    expect(limited.message).toContain('run the job again later, or lower max-comments');
  });

  it("keeps GitHub's error strings, and maps a GraphQL FORBIDDEN error to 403", () => {
    const rejected = toGitHubError(
      httpError(422, {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      }),
      'post a review',
      'o/r',
    );
    expect(isUnprocessable(rejected)).toBe(true);
    expect(rejected.apiMessage).toBe('Unprocessable Entity; Pull request review thread line must be part of the diff');
    const forbidden = toGitHubError(
      Object.assign(new Error('Request failed'), {
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      }),
      'resolve a review thread',
      'o/r',
    );
    expect(isPermissionDenied(forbidden)).toBe(true);
  });
});
