import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContextError, readRunContext } from '../../src/github/context.js';

let dir = '';
let eventPath = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'context-'));
  eventPath = join(dir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({ pull_request: { number: 7, head: { sha: 'h'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string>) => ({
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY: 'gsoc-org/ideas',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_WORKSPACE: '/work/space',
  RUNNER_TEMP: '/runner/temp',
  ...extra,
});

describe('readRunContext', () => {
  it('reads a push run with the runner defaults for what is missing', () => {
    expect(readRunContext(env({}))).toEqual({
      eventName: 'push',
      owner: 'gsoc-org',
      repo: 'ideas',
      sha: 'c'.repeat(40),
      workspace: '/work/space',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      runnerTemp: '/runner/temp',
    });
  });

  it('reads the pull request of a pull_request_target run from the event file', () => {
    const context = readRunContext(
      env({
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: 'http://127.0.0.1:1/',
        GITHUB_GRAPHQL_URL: 'http://127.0.0.1:1/graphql',
      }),
    );
    expect(context.pullRequest).toEqual({ number: 7, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40) });
    expect(context.apiUrl).toBe('http://127.0.0.1:1');
    expect(context.graphqlUrl).toBe('http://127.0.0.1:1/graphql');
  });

  it('explains how to run it when the runner environment is missing', () => {
    expect(() => readRunContext({})).toThrow(
      new ContextError(
        'GITHUB_EVENT_NAME is not set: run idea-lint as a step of a GitHub Actions workflow, or use the command line (npx idea-lint) elsewhere.',
      ),
    );
  });

  it('fails clearly on a pull request event without a pull request', async () => {
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '{}');
    expect(() => readRunContext(env({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: empty }))).toThrow(
      /has no pull request number/,
    );
  });
});
