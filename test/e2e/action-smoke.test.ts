import { afterEach, expect, it } from 'vitest';
import { makeScenario, startEmulator, type GitHubEmulator } from '../support/index.js';
import { badIdea, explain, goodIdea, ideaList, runOnPullRequest } from './action-support.js';

let github: GitHubEmulator | undefined;
afterEach(async () => { await github?.stop(); });

it('smoke', async () => {
  const base = { 'ideas/a.md': ideaList(goodIdea('Search')), 'src/app.js': 'x' };
  const head = { 'ideas/a.md': ideaList(goodIdea('Search'), badIdea('Maps')), 'ideas/b.md': ideaList(badIdea('Charts', 'mentor', '@someone')), 'src/app.js': 'y' };
  github = await startEmulator(makeScenario({ base, head }));
  const run = await runOnPullRequest(github);
  console.log(explain(run));
  console.log(JSON.stringify(run.outputs), JSON.stringify(run.annotations, null, 1));
  console.log(run.summary);
  console.log(JSON.stringify(github.requests.map(r => [r.method, r.path, r.status, r.operationId]), null, 0));
  console.log(JSON.stringify(github.violations, null, 1));
  console.log(github.reviewComments().map(c => c.body).join('\n-----\n'));
  console.log(github.issueComments().map(c => c.body).join('\n-----\n'));
});
