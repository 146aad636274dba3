/**
 * Test-support stage (end-to-end harness): webhook payloads for the events the action runs on,
 * built from the trimmed real-shaped fixtures in test/fixtures/events/ and filled in from an
 * emulator Scenario (owner, repository, pull request number, title, author, refs and shas).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from './pull-request-model.js';

/** Events the action supports (pull_request_target uses the pull_request payload). */
export type ActionEvent = 'pull_request' | 'pull_request_target' | 'push' | 'schedule' | 'workflow_dispatch';

// Webhook payloads are loosely shaped JSON fixtures, edited field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Reads one fixture payload from test/fixtures/events/ (a fresh copy). */
export function loadEventFixture(name: 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch'): Json {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../fixtures/events/${name}.json`, import.meta.url)), 'utf8'),
  ) as Json;
}

function fillRepository(repo: Json, owner: string, name: string): Json {
  const fullName = `${owner}/${name}`;
  return {
    ...repo,
    name,
    full_name: fullName,
    owner: { ...repo.owner, login: owner, ...(repo.owner?.name ? { name: owner } : {}) },
    html_url: `https://github.com/${fullName}`,
    url: repo.url?.startsWith('https://api.github.com')
      ? `https://api.github.com/repos/${fullName}`
      : `https://github.com/${fullName}`,
  };
}

/** Options for buildEventPayload. */
export interface EventPayloadOptions {
  /** pull_request activity type (default `synchronize`; `opened` drops `before`/`after`). */
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited';
  /** Head sha to announce (default: the scenario's headSha, or a pushed one). */
  headSha?: string;
  /** True when the pull request comes from a fork (`<author>/<repo>`), like a fork's read-only run. */
  fork?: boolean;
}

/** Builds the payload the runner writes to GITHUB_EVENT_PATH for an event on a scenario's repository. */
export function buildEventPayload(event: ActionEvent, scenario: Scenario, options: EventPayloadOptions = {}): Json {
  const { owner, repo, pull } = scenario;
  if (event === 'schedule') return loadEventFixture('schedule');
  if (event === 'push' || event === 'workflow_dispatch') {
    const payload = loadEventFixture(event);
    payload.repository = fillRepository(payload.repository, owner, repo);
    payload.repository.default_branch = pull.baseRef;
    if (payload.organization) payload.organization.login = owner;
    if (event === 'push') {
      payload.ref = `refs/heads/${pull.baseRef}`;
      payload.after = options.headSha ?? pull.headSha;
      payload.before = pull.baseSha;
      payload.head_commit.id = payload.after;
      payload.commits[0].id = payload.after;
      payload.compare = `https://github.com/${owner}/${repo}/compare/${pull.baseSha.slice(0, 12)}...${payload.after.slice(0, 12)}`;
    } else {
      payload.ref = `refs/heads/${pull.baseRef}`;
    }
    return payload;
  }

  const payload = loadEventFixture('pull_request');
  const headSha = options.headSha ?? pull.headSha;
  const action = options.action ?? 'synchronize';
  const api = `https://api.github.com/repos/${owner}/${repo}`;
  const pr = payload.pull_request;
  payload.action = action;
  payload.number = pull.number;
  if (action === 'synchronize') {
    payload.before = pull.baseSha;
    payload.after = headSha;
  } else {
    delete payload.before;
    delete payload.after;
  }
  payload.repository = fillRepository(payload.repository, owner, repo);
  payload.repository.default_branch = pull.baseRef;
  if (payload.organization) payload.organization.login = owner;
  payload.sender = { ...payload.sender, login: pull.user };
  Object.assign(pr, {
    url: `${api}/pulls/${pull.number}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${pull.number}`,
    diff_url: `https://github.com/${owner}/${repo}/pull/${pull.number}.diff`,
    patch_url: `https://github.com/${owner}/${repo}/pull/${pull.number}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: pull.number,
    title: pull.title,
    body: pull.body ?? pr.body,
    user: { ...pr.user, login: pull.user, html_url: `https://github.com/${pull.user}` },
  });
  pr.base = {
    ...pr.base,
    label: `${owner}:${pull.baseRef}`,
    ref: pull.baseRef,
    sha: pull.baseSha,
    user: { ...pr.base.user, login: owner },
    repo: fillRepository(pr.base.repo, owner, repo),
  };
  const headOwner = options.fork ? pull.user : owner;
  pr.head = {
    ...pr.head,
    label: `${headOwner}:${pull.headRef}`,
    ref: pull.headRef,
    sha: headSha,
    user: { ...pr.head.user, login: headOwner },
    repo: { ...fillRepository(pr.head.repo, headOwner, repo), fork: Boolean(options.fork) },
  };
  if (!options.fork) pr.head.repo.id = pr.base.repo.id;
  return payload;
}
