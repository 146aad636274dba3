/**
 * Test-support stage (end-to-end harness): `issues` webhook payloads, from the trimmed real-shaped
 * fixture test/fixtures/events/issues.json, filled in from an emulator's issue as it is now.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IssueRecord } from './github-issues.js';
import type { Scenario } from './pull-request-model.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The `issues` payload for `issue` with activity `action` (opened, edited, labeled…). */
export function buildIssuePayload(scenario: Scenario, issue: IssueRecord, action: string, label?: string): Json {
  const payload = JSON.parse(
    readFileSync(fileURLToPath(new URL('../fixtures/events/issues.json', import.meta.url)), 'utf8'),
  ) as Json;
  const fullName = `${scenario.owner}/${scenario.repo}`;
  payload.action = action;
  payload.issue = {
    ...payload.issue,
    url: `https://api.github.com/repos/${fullName}/issues/${issue.number}`,
    html_url: `https://github.com/${fullName}/issues/${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    labels: issue.labels.map((l) => ({
      id: l.id,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description,
    })),
    user: { login: issue.user.login, id: issue.user.id, type: issue.user.type },
  };
  payload.repository = {
    ...payload.repository,
    name: scenario.repo,
    full_name: fullName,
    owner: { ...payload.repository.owner, login: scenario.owner },
    default_branch: scenario.pull.baseRef,
  };
  if (label) payload.label = { name: label };
  return payload;
}
