// GitHub stage (own identity): who the action's token acts as, looked up once per run, and whether a
// comment's author is that identity. Only comments we wrote count as our summary, as our fingerprinted
// review comments and as threads we may resolve, so a participant who pastes our markers into a
// comment of their own cannot take over the summary, silence a finding or get a thread resolved.
import type { GitHubClient, ViewerInfo } from './client.js';

export type { AuthorRef, ViewerInfo } from './client.js';

/** The account the token acts as. */
export interface OwnIdentity {
  /** REST spelling: a bot ends in `[bot]` (`github-actions[bot]`), a user is their login. */
  login: string;
  /** The account's database id, when known. */
  id?: number;
  type: 'Bot' | 'User';
  /** `viewer`: GitHub told us; `fallback`: the lookup failed and we assume the Actions bot. */
  source: 'viewer' | 'fallback';
}

/** The Actions GITHUB_TOKEN's account, as REST shows it on every comment it writes. */
export const ACTIONS_BOT_IDENTITY: OwnIdentity = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
  source: 'fallback',
};

const BOT_SUFFIX = /\[bot\]$/i;

/**
 * Looks up the token's account with GraphQL `viewer`, which answers for personal tokens and for
 * installation tokens alike (`GET /user` answers 403 "Resource not accessible by integration" to the
 * latter). When the lookup fails, assumes the Actions bot `github-actions[bot]`: the default token's
 * account, and the safe side, since a wrong guess only means our own old comments are not recognised.
 */
export async function resolveOwnIdentity(
  client: Pick<GitHubClient, 'getViewer'>,
  log: (message: string) => void = () => {},
): Promise<OwnIdentity> {
  let viewer: ViewerInfo;
  try {
    viewer = await client.getViewer();
  } catch (error) {
    log(
      `Could not look up the token's account (${error instanceof Error ? error.message : String(error)}); assuming ${ACTIONS_BOT_IDENTITY.login}.`,
    );
    return ACTIONS_BOT_IDENTITY;
  }
  const isBot = viewer.installationToken || viewer.typename === 'Bot' || BOT_SUFFIX.test(viewer.login);
  const name = viewer.login.replace(BOT_SUFFIX, '');
  return {
    login: isBot ? `${name}[bot]` : name,
    ...(viewer.id !== undefined ? { id: viewer.id } : {}),
    type: isBot ? 'Bot' : 'User',
    source: 'viewer',
  };
}

/**
 * Whether `user` is the token's own account. Logins are unique and a human login cannot contain
 * brackets, so the name without `[bot]` plus whether it is a bot decides; GraphQL's `github-actions`
 * (a Bot) is REST's `github-actions[bot]`, and a human called `github-actions` is not us.
 */
export function isOwnAuthor(
  identity: OwnIdentity,
  user: { login: string; id?: number; type?: string } | null | undefined,
): boolean {
  if (!user || !user.login) return false;
  const userIsBot = user.type === 'Bot' || BOT_SUFFIX.test(user.login);
  if (userIsBot !== (identity.type === 'Bot')) return false;
  const name = (login: string) => login.replace(BOT_SUFFIX, '').toLowerCase();
  return name(user.login) === name(identity.login);
}
