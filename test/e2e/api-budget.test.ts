// End-to-end (issue 6, DESIGN.md "Performance"): GitHub API calls per run do not grow with the number of
// findings, and grow with the number of changed idea files only by the reads of those files.
import { afterEach, describe, expect, it } from 'vitest';
import { makeScenario, startEmulator, type GitHubEmulator, type RecordedRequest } from '../support/index.js';
import { badIdea, explain, goodIdea, ideaList, runOnPullRequest } from './action-support.js';

const emulators: GitHubEmulator[] = [];

afterEach(async () => {
  for (const github of emulators) expect(github.violations).toEqual([]);
  await Promise.all(emulators.splice(0).map((github) => github.stop()));
});

/** Runs the action once on a pull request that adds `head` and returns every request it made. */
async function requestsFor(head: Record<string, string>): Promise<RecordedRequest[]> {
  const github = await startEmulator(makeScenario({ base: {}, head }));
  emulators.push(github);
  const run = await runOnPullRequest(github, { inputs: { 'fail-on': 'never' } });
  expect(run.code, explain(run)).toBe(0);
  await run.dispose();
  return github.requests;
}

/** `operationId` → count, writes and reads apart. */
function tally(requests: RecordedRequest[], writes: boolean): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests.filter((r) => r.isWrite === writes)) {
    const key = request.operationId ?? `${request.method} ${request.path}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('API calls per run', () => {
  it('are the same for 200 findings as for 2', async () => {
    const findings = (count: number) => Array.from({ length: count }, (_, i) => badIdea(`Idea ${i + 1}`));
    const few = await requestsFor({ 'ideas.md': ideaList(...findings(2)) });
    const many = await requestsFor({ 'ideas.md': ideaList(...findings(200)) });
    expect(tally(many, true)).toEqual(tally(few, true));
    expect(tally(many, false)).toEqual(tally(few, false));
    expect(many).toHaveLength(few.length);
  });

  it('grow from 1 changed idea file to 50 only by the reads of the 49 more files', async () => {
    const files = (count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [
          `ideas/list-${i + 1}.md`,
          ideaList(goodIdea('Search'), badIdea(`Idea ${i + 1}`)),
        ]),
      );
    const one = await requestsFor(files(1));
    const fifty = await requestsFor(files(50));
    expect(tally(fifty, true)).toEqual(tally(one, true));

    const [readsOfOne, readsOfFifty] = [tally(one, false), tally(fifty, false)];
    const grown = Object.keys(readsOfFifty).filter((id) => readsOfFifty[id] !== readsOfOne[id]);
    // Each read that grows is a GET made a fixed number of times per file (the file's content, at most
    // base and head); the rest (pull request, file list, config, comments, reviews) stays the same.
    expect(grown.length).toBeGreaterThan(0);
    for (const id of grown) {
      const extra = readsOfFifty[id] - (readsOfOne[id] ?? 0);
      expect({ id, extraPerFile: extra / 49 }).toEqual({ id, extraPerFile: expect.toBeOneOf([1, 2]) });
      expect(fifty.filter((r) => r.operationId === id).every((r) => r.method === 'GET')).toBe(true);
    }
    expect(Object.keys(readsOfFifty).sort()).toEqual(Object.keys(readsOfOne).sort());
  });
});
