/**
 * Test-support stage (GitHub emulator): issues besides the scenario's pull request — their labels, their
 * comments, and the repository's labels — for ideas proposed as issues. Answers the issue and label
 * operations, and the issue-comment operations on these issues; every other request (and comments on the
 * pull request) goes to github-rest.ts. Requests reaching it have passed authentication and OpenAPI
 * validation. Bodies follow GitHub's `issue`, `label` and `issue-comment` schemas.
 */
import { ACTIONS_BOT, association, nodeId, timestamp, userObject, type Account, type Site } from './github-objects.js';
import { nextId } from './pull-request-model.js';
import { commentJson } from './github-json.js';
import { GitHubError, type IssueCommentRecord } from './pull-request-records.js';
import type { RestRequest, RestResponse } from './github-rest.js';

type Json = Record<string, unknown>;

/** A repository label. */
export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** An issue of the repository. */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  user: Account;
  labels: LabelRecord[];
  comments: IssueCommentRecord[];
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  /** The scenario's pull request seen as an issue (for its labels); its comments stay with github-rest.ts. */
  pullRequest: boolean;
}

/** What a test says about a new issue. */
export interface IssueSeed {
  number: number;
  title: string;
  body: string;
  /** Label names; labels the repository lacks are created (as GitHub does when a form applies one). */
  labels?: string[];
  user?: Account;
  /** The scenario's pull request, registered here only so its labels can be read and set. */
  pullRequest?: boolean;
}

const notFound = (doc: string) => new GitHubError(404, { message: 'Not Found', documentation_url: doc, status: '404' });

/** The repository's issues and labels. */
export class IssueStore {
  readonly issues = new Map<number, IssueRecord>();
  readonly labels: LabelRecord[] = [];

  /** Opens an issue (before a run, or between runs). */
  add(seed: IssueSeed): IssueRecord {
    const now = timestamp();
    const issue: IssueRecord = {
      number: seed.number,
      title: seed.title,
      body: seed.body,
      user: seed.user ?? { login: 'mentor-maya', id: 5_550_001, type: 'User' },
      labels: (seed.labels ?? []).map((name) => this.label(name) ?? this.createLabel(name, 'ededed', null)),
      comments: [],
      state: 'open',
      createdAt: now,
      updatedAt: now,
      pullRequest: seed.pullRequest ?? false,
    };
    this.issues.set(seed.number, issue);
    return issue;
  }

  /** Edits an issue as its author would between runs. */
  edit(number: number, change: { title?: string; body?: string }): IssueRecord {
    const issue = this.issue(number);
    Object.assign(issue, change, { updatedAt: timestamp() });
    return issue;
  }

  /** A repository label by name (any case), if it exists. */
  label(name: string): LabelRecord | undefined {
    return this.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
  }

  /** Label names on an issue. */
  labelNames(number: number): string[] {
    return this.issue(number).labels.map((label) => label.name);
  }

  /** Answers the request when it is about these issues or labels; undefined hands it on. */
  handle(site: Site, request: RestRequest): RestResponse | undefined {
    const p = request.match.pathParams;
    const number = Number(p.issue_number);
    const mine = this.issues.has(number);
    // Comments on the pull request are github-rest.ts's (the summary comment lives there).
    const ownsComments = mine && !this.issue(number).pullRequest;
    const body = request.body;
    switch (request.match.operationId) {
      case 'issues/get':
        if (!mine) return undefined;
        return { status: 200, body: this.issueJson(site, this.issue(number)) };
      case 'issues/get-label': {
        const label = this.label(String(p.name));
        if (!label) throw notFound('https://docs.github.com/rest/issues/labels#get-a-label');
        return { status: 200, body: labelJson(site, label) };
      }
      case 'issues/create-label': {
        const name = String(body.name);
        if (this.label(name))
          throw new GitHubError(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
            documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
            status: '422',
          });
        const created = this.createLabel(name, String(body.color ?? 'ededed'), (body.description as string) ?? null);
        return { status: 201, body: labelJson(site, created) };
      }
      case 'issues/add-labels': {
        if (!mine) return undefined;
        const issue = this.issue(number);
        const names = Array.isArray(body.labels) ? (body.labels as unknown[]).map(String) : [];
        for (const name of names) {
          // GitHub creates a label it does not know when adding it.
          const label = this.label(name) ?? this.createLabel(name, 'ededed', null);
          if (!issue.labels.includes(label)) issue.labels.push(label);
        }
        return { status: 200, body: issue.labels.map((label) => labelJson(site, label)) };
      }
      case 'issues/remove-label': {
        if (!mine) return undefined;
        const issue = this.issue(number);
        const index = issue.labels.findIndex((label) => label.name.toLowerCase() === String(p.name).toLowerCase());
        if (index === -1) throw notFound('https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue');
        issue.labels.splice(index, 1);
        return { status: 200, body: issue.labels.map((label) => labelJson(site, label)) };
      }
      case 'issues/list-comments':
        if (!ownsComments) return undefined;
        return { status: 200, body: this.issue(number).comments.map((c) => this.commentJson(site, number, c)) };
      case 'issues/create-comment': {
        if (!ownsComments) return undefined;
        const now = timestamp();
        const id = nextId();
        const comment = {
          id,
          nodeId: nodeId('IC', id),
          user: request.user,
          body: String(body.body),
          createdAt: now,
          updatedAt: now,
        };
        this.issue(number).comments.push(comment);
        return { status: 201, body: this.commentJson(site, number, comment) };
      }
      case 'issues/update-comment': {
        const found = this.comment(Number(p.comment_id));
        if (!found) return undefined;
        found.comment.body = String(body.body);
        found.comment.updatedAt = timestamp();
        return { status: 200, body: this.commentJson(site, found.issue.number, found.comment) };
      }
      case 'issues/delete-comment': {
        const found = this.comment(Number(p.comment_id));
        if (!found) return undefined;
        found.issue.comments.splice(found.issue.comments.indexOf(found.comment), 1);
        return { status: 204, body: undefined };
      }
      default:
        return undefined;
    }
  }

  /** A comment by someone else (a mentor, or a user pasting our marker) between runs. */
  addComment(number: number, body: string, user: Account): IssueCommentRecord {
    const now = timestamp();
    const id = nextId();
    const comment = { id, nodeId: nodeId('IC', id), user, body, createdAt: now, updatedAt: now };
    this.issue(number).comments.push(comment);
    return comment;
  }

  private issue(number: number): IssueRecord {
    const issue = this.issues.get(number);
    if (!issue) throw notFound('https://docs.github.com/rest/issues/issues#get-an-issue');
    return issue;
  }

  private comment(id: number): { issue: IssueRecord; comment: IssueCommentRecord } | undefined {
    for (const issue of this.issues.values()) {
      const comment = issue.comments.find((c) => c.id === id);
      if (comment) return { issue, comment };
    }
    return undefined;
  }

  private createLabel(name: string, color: string, description: string | null): LabelRecord {
    const label = { id: nextId(), name, color, description };
    this.labels.push(label);
    return label;
  }

  private issueJson(site: Site, issue: IssueRecord): Json {
    const url = `${site.api}/repos/${site.owner}/${site.repo}/issues/${issue.number}`;
    return {
      id: 900_000_000 + issue.number,
      node_id: nodeId('I_', issue.number),
      url,
      repository_url: `${site.api}/repos/${site.owner}/${site.repo}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${site.web}/${site.owner}/${site.repo}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: null,
      title: issue.title,
      body: issue.body,
      user: userObject(site, issue.user),
      labels: issue.labels.map((label) => labelJson(site, label)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: issue.comments.length,
      closed_at: null,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: null,
      author_association: association(site, issue.user, issue.user.login),
      ...(issue.pullRequest
        ? {
            pull_request: {
              url: `${site.api}/repos/${site.owner}/${site.repo}/pulls/${issue.number}`,
              html_url: `${site.web}/${site.owner}/${site.repo}/pull/${issue.number}`,
              diff_url: `${site.web}/${site.owner}/${site.repo}/pull/${issue.number}.diff`,
              patch_url: `${site.web}/${site.owner}/${site.repo}/pull/${issue.number}.patch`,
            },
          }
        : {}),
    };
  }

  private commentJson(site: Site, number: number, c: IssueCommentRecord): Json {
    const authorAssociation = c.user.login === ACTIONS_BOT.login ? 'NONE' : association(site, c.user, '');
    return commentJson(site, c, { number, page: 'issues', authorAssociation });
  }
}

function labelJson(site: Site, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('LA_', label.id),
    url: `${site.api}/repos/${site.owner}/${site.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}
