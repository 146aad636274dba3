// GitHub stage (file source): which idea files a run lints and their text. On a pull request it
// lists the changed files through the API and reads each at the head commit as data (never a
// checkout, never executing anything from the pull request, which keeps pull_request_target safe);
// otherwise it walks the checked-out workspace. Knows nothing of rules or reports.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type ChangedLines, parsePatch } from './diff.js';
import { GitHubError, type GitHubClient } from './client.js';

/** One idea file to lint. */
export interface SourceFile {
  path: string;
  /** The file's text; '' when it could not be read. */
  text: string;
  /** On a pull request: the lines the diff lets a review comment on. */
  changed?: ChangedLines;
  /** Why the file could not be read (it is then reported, never silently skipped). */
  readError?: string;
}

/** What a pull request offers to lint. */
export interface PullRequestFiles {
  files: SourceFile[];
  /** How many files the pull request changes (as listed). */
  changedCount: number;
  /** True when GitHub's listing stopped at its limit, so some files were not seen. */
  truncated: boolean;
}

/** GitHub lists at most 3,000 files of a pull request (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files). */
export const PULL_REQUEST_FILES_LIMIT = 3000;
/** Directories a workspace walk never enters. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** Files read at once through the API; the throttling plugin allows 10 concurrent requests. */
const READ_CONCURRENCY = 6;

/**
 * Lists a pull request's changed files, keeps the idea files that still exist (a renamed file under
 * its new name, removed files skipped) and reads each at `headSha`.
 */
export async function readPullRequestFiles(
  client: GitHubClient,
  pullNumber: number,
  headSha: string,
  isIdeaFile: (path: string) => boolean,
): Promise<PullRequestFiles> {
  const changed = await client.listPullRequestFiles(pullNumber);
  const wanted = changed.filter((file) => file.status !== 'removed' && isIdeaFile(file.path));
  const files = await mapConcurrently(wanted, READ_CONCURRENCY, async (file): Promise<SourceFile> => {
    // A changed idea file that cannot be read is a problem to report, never a file to skip: otherwise
    // a 404 or a 5xx would let the gate pass without checking it.
    let text: string | undefined;
    try {
      text = await client.readFile(file.path, headSha);
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      return { path: file.path, text: '', readError: describeReadFailure(error) };
    }
    if (text === undefined) {
      return { path: file.path, text: '', readError: `GitHub did not find it at commit ${headSha.slice(0, 7)}` };
    }
    return { path: file.path, text, changed: parsePatch(file.patch) };
  });
  return {
    files,
    changedCount: changed.length,
    truncated: changed.length >= PULL_REQUEST_FILES_LIMIT,
  };
}

/** Walks `workspace` for idea files (no symlinks, no .git or node_modules) and reads them, sorted by path. */
export async function readWorkspaceFiles(
  workspace: string,
  isIdeaFile: (path: string) => boolean,
): Promise<SourceFile[]> {
  const paths: string[] = [];
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full);
      } else if (entry.isFile()) {
        const path = relative(workspace, full).split(sep).join('/');
        if (isIdeaFile(path)) paths.push(path);
      }
    }
  };
  await walk(workspace);
  paths.sort();
  return Promise.all(
    paths.map(async (path): Promise<SourceFile> => {
      try {
        return { path, text: await readFile(join(workspace, path), 'utf8') };
      } catch (error) {
        return { path, text: '', readError: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
      }
    }),
  );
}

/** GitHub's answer to a failed read, short: `502 Server Error`, or `no response`. */
function describeReadFailure(error: GitHubError): string {
  const reason = error.apiMessage.length > 80 ? `${error.apiMessage.slice(0, 80)}…` : error.apiMessage;
  if (error.status === 0) return 'GitHub did not answer';
  return `GitHub answered ${error.status}${reason ? ` ${reason}` : ''}`;
}

async function mapConcurrently<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
