import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/client.js';
import { ACTIONS_BOT_IDENTITY, isOwnAuthor, resolveOwnIdentity } from '../../src/github/identity.js';
import { FakeClient } from './fakes.js';

describe('resolveOwnIdentity', () => {
  it("takes the Actions bot from GraphQL's viewer, with the REST spelling", async () => {
    const client = new FakeClient();
    client.viewer = { login: 'github-actions', id: 41898282, installationToken: true };
    expect(await resolveOwnIdentity(client)).toEqual({
      login: 'github-actions[bot]',
      id: 41898282,
      type: 'Bot',
      source: 'viewer',
    });
  });

  it('takes an app installation token as its bot', async () => {
    const client = new FakeClient();
    client.viewer = { login: 'idea-lint-app[bot]', id: 777, installationToken: false };
    expect(await resolveOwnIdentity(client)).toMatchObject({ login: 'idea-lint-app[bot]', type: 'Bot' });
  });

  it("takes a personal token's user", async () => {
    const client = new FakeClient();
    client.viewer = { login: 'ideas-admin', id: 12, typename: 'User', installationToken: false };
    expect(await resolveOwnIdentity(client)).toEqual({ login: 'ideas-admin', id: 12, type: 'User', source: 'viewer' });
  });

  it('falls back to github-actions[bot] when the lookup fails, and says so', async () => {
    const client = new FakeClient();
    client.failNext('getViewer', new GitHubError('GitHub could not look up the account (403 Forbidden).', 403));
    const log: string[] = [];
    expect(await resolveOwnIdentity(client, (m) => log.push(m))).toEqual(ACTIONS_BOT_IDENTITY);
    expect(log).toEqual([
      "Could not look up the token's account (GitHub could not look up the account (403 Forbidden).); assuming github-actions[bot].",
    ]);
  });
});

describe('isOwnAuthor', () => {
  const bot = ACTIONS_BOT_IDENTITY;
  const user = { login: 'ideas-admin', id: 12, type: 'User' as const, source: 'viewer' as const };

  it('accepts the bot as REST and as GraphQL name it', () => {
    expect(isOwnAuthor(bot, { login: 'github-actions[bot]', id: 41898282, type: 'Bot' })).toBe(true);
    expect(isOwnAuthor(bot, { login: 'github-actions', type: 'Bot' })).toBe(true);
    expect(isOwnAuthor(bot, { login: 'GitHub-Actions[bot]' })).toBe(true);
  });

  it('rejects a human, even one whose login is the bot name without the suffix', () => {
    expect(isOwnAuthor(bot, { login: 'mentor-maria', id: 5, type: 'User' })).toBe(false);
    expect(isOwnAuthor(bot, { login: 'github-actions', id: 6, type: 'User' })).toBe(false);
    expect(isOwnAuthor(bot, { login: 'github-actions' })).toBe(false);
  });

  it('rejects other bots, deleted accounts and missing authors', () => {
    expect(isOwnAuthor(bot, { login: 'dependabot[bot]', type: 'Bot' })).toBe(false);
    expect(isOwnAuthor(bot, { login: '' })).toBe(false);
    expect(isOwnAuthor(bot, null)).toBe(false);
    expect(isOwnAuthor(bot, undefined)).toBe(false);
  });

  it("accepts a personal token's own user and no bot of the same name", () => {
    expect(isOwnAuthor(user, { login: 'ideas-admin', id: 12, type: 'User' })).toBe(true);
    expect(isOwnAuthor(user, { login: 'ideas-admin[bot]', type: 'Bot' })).toBe(false);
    expect(isOwnAuthor(user, { login: 'github-actions[bot]', type: 'Bot' })).toBe(false);
  });
});
