/**
 * Test-support stage (GitHub emulator): builders for the JSON objects GitHub's REST API returns
 * (users, repository, pull request, diff entries, contents, blobs, commits, reviews, review and
 * issue comments), with every field the OpenAPI description marks as required, URLs included.
 * API URLs point at the emulator so a client that follows them stays on 127.0.0.1.
 */
import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

/** Where objects live: the emulator's API root, the web root and the repository. */
export interface Site {
  api: string;
  web: string;
  owner: string;
  repo: string;
  repoId: number;
}

/** A GitHub account as the emulator models it. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The `github-actions[bot]` account that GITHUB_TOKEN acts as (REST login; GraphQL says `github-actions`). */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** Git's blob id: sha1 of `blob <byte length>\0<content>`. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A GitHub-style global node id, e.g. `PRRC_kwDOAB...`. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

/** An ISO timestamp without milliseconds, as GitHub writes them. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Legacy (v1) node id GitHub still returns for users and bots. */
function legacyNodeId(account: Account): string {
  const kind = account.type === 'Bot' ? '03:Bot' : account.type === 'Organization' ? '12:Organization' : '04:User';
  return Buffer.from(`${kind}${account.id}`).toString('base64');
}

/** A `simple-user` object. */
export function userObject(site: Site, account: Account): Json {
  const url = `${site.api}/users/${encodeURIComponent(account.login)}`;
  const isBot = account.type === 'Bot';
  return {
    login: account.login,
    id: account.id,
    node_id: account.login === ACTIONS_BOT.login ? 'MDM6Qm90NDE4OTgyODI=' : legacyNodeId(account),
    avatar_url: isBot
      ? 'https://avatars.githubusercontent.com/in/15368?v=4'
      : `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: isBot ? `${site.web}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${site.web}/${account.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const REPO_URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

/** A full `repository` object for the scenario's repository. */
export function repositoryObject(site: Site, defaultBranch: string): Json {
  const url = `${site.api}/repos/${site.owner}/${site.repo}`;
  const html = `${site.web}/${site.owner}/${site.repo}`;
  const urls = Object.fromEntries(Object.entries(REPO_URL_TEMPLATES).map(([key, suffix]) => [key, `${url}${suffix}`]));
  return {
    id: site.repoId,
    node_id: nodeId('R', site.repoId),
    name: site.repo,
    full_name: `${site.owner}/${site.repo}`,
    owner: userObject(site, { login: site.owner, id: site.repoId + 1, type: 'Organization' }),
    private: false,
    html_url: html,
    description: 'Project ideas for mentoring programs',
    fork: false,
    url,
    ...urls,
    git_url: `git://github.com/${site.owner}/${site.repo}.git`,
    ssh_url: `git@github.com:${site.owner}/${site.repo}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    forks: 3,
    forks_count: 3,
    stargazers_count: 12,
    watchers: 12,
    watchers_count: 12,
    size: 128,
    default_branch: defaultBranch,
    open_issues: 2,
    open_issues_count: 2,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: '2026-11-01T10:00:00Z',
    created_at: '2020-01-15T09:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
  };
}

/** A `diff-entry` of `GET /pulls/{n}/files`. */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  previous_filename?: string;
  additions: number;
  deletions: number;
  changes: number;
  /** Blob sha of the file at the head (for removed files: at the base), as GitHub reports it. */
  sha: string;
  /** Omitted when there is no textual change (pure rename, empty file). */
  patch?: string;
}

/** The `diff-entry` JSON for a changed file, with its blob/raw/contents URLs. */
export function diffEntryObject(site: Site, file: ChangedFile, headSha: string, baseSha: string): Json {
  const ref = file.status === 'removed' ? baseSha : headSha;
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  const entry: Json = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.changes,
    blob_url: `${site.web}/${site.owner}/${site.repo}/blob/${ref}/${path}`,
    raw_url: `${site.web}/${site.owner}/${site.repo}/raw/${ref}/${path}`,
    contents_url: `${site.api}/repos/${site.owner}/${site.repo}/contents/${path}?ref=${ref}`,
  };
  if (file.patch !== undefined) entry.patch = file.patch;
  if (file.previous_filename !== undefined) entry.previous_filename = file.previous_filename;
  return entry;
}

/** A `content-file` object (base64 in 60-character lines, like GitHub). */
export function contentFileObject(site: Site, path: string, content: string, ref: string): Json {
  const sha = gitBlobSha(content);
  const base64 = Buffer.from(content, 'utf8').toString('base64');
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const url = `${site.api}/repos/${site.owner}/${site.repo}/contents/${encodedPath}?ref=${ref}`;
  const gitUrl = `${site.api}/repos/${site.owner}/${site.repo}/git/blobs/${sha}`;
  const htmlUrl = `${site.web}/${site.owner}/${site.repo}/blob/${ref}/${encodedPath}`;
  return {
    name: path.split('/').pop(),
    path,
    sha,
    size: Buffer.byteLength(content, 'utf8'),
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: `https://raw.githubusercontent.com/${site.owner}/${site.repo}/${ref}/${encodedPath}`,
    type: 'file',
    content: `${base64.replace(/.{60}/g, '$&\n')}\n`,
    encoding: 'base64',
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

/** One entry of a `content-directory` listing. */
export function contentEntryObject(
  site: Site,
  path: string,
  type: 'file' | 'dir',
  sha: string,
  size: number,
  ref: string,
): Json {
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  const url = `${site.api}/repos/${site.owner}/${site.repo}/contents/${encodedPath}?ref=${ref}`;
  const gitUrl = `${site.api}/repos/${site.owner}/${site.repo}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const htmlUrl = `${site.web}/${site.owner}/${site.repo}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodedPath}`;
  return {
    name: path.split('/').pop(),
    path,
    sha,
    size,
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url:
      type === 'dir' ? null : `https://raw.githubusercontent.com/${site.owner}/${site.repo}/${ref}/${encodedPath}`,
    type,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

/** A `blob` object of the Git database API. */
export function blobObject(site: Site, content: string): Json {
  const sha = gitBlobSha(content);
  const base64 = Buffer.from(content, 'utf8').toString('base64');
  return {
    sha,
    node_id: nodeId('B', sha.slice(0, 12)),
    size: Buffer.byteLength(content, 'utf8'),
    url: `${site.api}/repos/${site.owner}/${site.repo}/git/blobs/${sha}`,
    content: `${base64.replace(/.{60}/g, '$&\n')}\n`,
    encoding: 'base64',
  };
}

/** A `commit` object for a commit of the scenario. */
export function commitObject(
  site: Site,
  sha: string,
  parents: string[],
  author: Account,
  message: string,
  files: Json[],
  stats: { additions: number; deletions: number },
): Json {
  const url = `${site.api}/repos/${site.owner}/${site.repo}/commits/${sha}`;
  const gitUser = {
    name: author.login,
    email: `${author.id}+${author.login}@users.noreply.github.com`,
    date: '2026-11-01T10:00:00Z',
  };
  return {
    sha,
    node_id: nodeId('C', sha.slice(0, 12)),
    url,
    html_url: `${site.web}/${site.owner}/${site.repo}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${site.api}/repos/${site.owner}/${site.repo}/git/commits/${sha}`,
      author: gitUser,
      committer: gitUser,
      message,
      comment_count: 0,
      tree: {
        sha: createHash('sha1').update(`tree ${sha}`).digest('hex'),
        url: `${site.api}/repos/${site.owner}/${site.repo}/git/trees/${sha}`,
      },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: userObject(site, author),
    committer: userObject(site, author),
    parents: parents.map((parent) => ({
      sha: parent,
      url: `${site.api}/repos/${site.owner}/${site.repo}/commits/${parent}`,
      html_url: `${site.web}/${site.owner}/${site.repo}/commit/${parent}`,
    })),
    stats: { additions: stats.additions, deletions: stats.deletions, total: stats.additions + stats.deletions },
    files,
  };
}

/** The `author_association` of an account on the scenario's repository. */
export function association(site: Site, account: Account, pullAuthor: string): string {
  if (account.login === site.owner) return 'OWNER';
  if (account.type === 'Bot') return 'NONE';
  return account.login === pullAuthor ? 'CONTRIBUTOR' : 'MEMBER';
}
