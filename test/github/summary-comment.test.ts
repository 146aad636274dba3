import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/client.js';
import { ACTIONS_BOT_IDENTITY } from '../../src/github/identity.js';
import { upsertSummaryComment } from '../../src/github/summary-comment.js';
import { SUMMARY_MARKER } from '../../src/report/summary-comment.js';
import { BOT_REST, FakeClient, human } from './fakes.js';

const options = { createIfMissing: true, identity: ACTIONS_BOT_IDENTITY };
const body = `${SUMMARY_MARKER}\nnew`;

describe('upsertSummaryComment', () => {
  it('edits only our own summary, never one someone else wrote with our marker', async () => {
    const client = new FakeClient();
    client.issueComments = [{ id: 1, body: `${SUMMARY_MARKER}\n✅ ready`, author: human('participant-pat') }];
    expect(await upsertSummaryComment(client, 42, body, options)).toBe('created');
    expect(client.issueComments.map((c) => [c.author.login, c.body])).toEqual([
      ['participant-pat', `${SUMMARY_MARKER}\n✅ ready`],
      ['github-actions[bot]', body],
    ]);
  });

  it('keeps the oldest of our summaries, edits it and deletes the others', async () => {
    const client = new FakeClient();
    client.issueComments = [
      { id: 7, body: `${SUMMARY_MARKER}\nsecond`, author: BOT_REST, createdAt: '2026-11-25T10:00:05Z' },
      { id: 5, body: `${SUMMARY_MARKER}\nfirst`, author: BOT_REST, createdAt: '2026-11-25T10:00:00Z' },
    ];
    expect(await upsertSummaryComment(client, 42, body, options)).toBe('updated');
    expect(client.issueComments.map((c) => [c.id, c.body])).toEqual([[5, body]]);
    expect(client.deleted).toEqual([7]);
  });

  it('after a 5xx on creating it, looks and does not post it twice when it arrived', async () => {
    const client = new FakeClient();
    const create = client.createIssueComment.bind(client);
    client.createIssueComment = async (pull, text) => {
      await create(pull, text);
      throw new GitHubError('GitHub could not comment (502).', 502);
    };
    expect(await upsertSummaryComment(client, 42, body, options)).toBe('created');
    expect(client.issueComments).toHaveLength(1);
    expect(client.writes()).toEqual(['createIssueComment']);
  });

  it('after a 5xx that posted nothing, posts it once more', async () => {
    const client = new FakeClient();
    client.failNext('createIssueComment', new GitHubError('GitHub could not comment (502).', 502));
    await upsertSummaryComment(client, 42, body, options);
    expect(client.issueComments.map((c) => c.body)).toEqual([body]);
  });
});
