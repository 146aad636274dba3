/**
 * Test-support stage (end-to-end harness): runs a built JavaScript action (dist/index.js) as a child
 * process the way the GitHub Actions runner does — a clean environment with the runner's GITHUB_*
 * and RUNNER_* variables, `INPUT_<NAME>` variables (name upper-cased, spaces to `_`, dashes kept,
 * defaults taken from action.yml), the event payload in GITHUB_EVENT_PATH, the workspace as the
 * working directory — then collects its exit code, outputs, job summary, env file and annotations.
 * Set NODE24=/path/to/node24 to run the bundle with Node 24 (the action declares `node24`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ActionEvent } from './event-payloads.js';
import {
  annotationsOf,
  parseKeyValueFile,
  parseWorkflowCommands,
  type Annotation,
  type WorkflowCommand,
} from './workflow-commands.js';

export type { Annotation, WorkflowCommand } from './workflow-commands.js';

/** How to run the action. */
export interface RunActionOptions {
  /** The bundle to run (default `dist/index.js`, resolved against the current directory). */
  entry?: string;
  /** Node binary (default: $NODE24 when set, else the Node running the tests). */
  node?: string;
  /** GITHUB_EVENT_NAME. */
  event: ActionEvent | (string & {});
  /** The webhook payload written to GITHUB_EVENT_PATH (see buildEventPayload). */
  payload: Record<string, unknown>;
  /** Inputs by their action.yml names, e.g. `{ 'github-token': t, 'fail-on': 'warning' }`. */
  inputs?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory (default: a fresh empty temp directory). */
  workspace?: string;
  /** Extra variables, applied last; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** API endpoints, e.g. the emulator itself (`api: github`); default api.github.com (never reached in tests). */
  api?: { url: string; graphqlUrl: string };
  /** `owner/repo` (default: payload.repository.full_name). */
  repository?: string;
  /** GITHUB_SHA / GITHUB_REF overrides (defaults follow the event like the runner's). */
  sha?: string;
  ref?: string;
  /** Value of `${{ github.token }}` in action.yml defaults. */
  token?: string;
  /** action.yml whose input defaults apply (default: `<entry dir>/../action.yml` if present; false: none). */
  actionYml?: string | false;
  /** Kill the action after this long (default 60 s); the result then has `timedOut: true`. */
  timeoutMs?: number;
}

/** What the action did. */
export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Parsed GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  annotations: Annotation[];
  /** Every workflow command on stdout (debug, group, add-mask, …). */
  commands: WorkflowCommand[];
  /** The exact environment the action got. */
  env: Record<string, string>;
  paths: {
    workspace: string;
    runnerTemp: string;
    eventPath: string;
    outputPath: string;
    summaryPath: string;
    envPath: string;
  };
  /** Removes the temp directories this run created (not a workspace you passed); done anyway when the calling test ends. */
  dispose(): Promise<void>;
}

/** The payload fields the runner derives variables from. */
interface PayloadFields {
  repository?: { full_name?: string; id?: number; owner?: { id?: number }; default_branch?: string };
  pull_request?: {
    number: number;
    merge_commit_sha?: string | null;
    head: { sha: string; ref: string };
    base: { sha: string; ref: string };
  };
  sender?: { login?: string; id?: number };
  after?: string;
  ref?: string;
}

const INHERITED_DROP =
  /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_|STATE_|VITEST|JEST_)|^(CI|TEST|NODE_ENV|NODE_OPTIONS|FORCE_COLOR|NO_COLOR)$/;

/** The runner's name for an input variable: `INPUT_` + upper case, spaces → `_`, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Input defaults from action.yml, with `${{ github.* }}` expressions evaluated from a context. */
export function actionDefaults(yamlText: string, github: Record<string, unknown>): Record<string, string> {
  const action = parseYaml(yamlText) as { inputs?: Record<string, { default?: unknown }> };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue;
    defaults[name] = String(spec.default).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
      const path = expression.split('.');
      if (path[0] !== 'github')
        throw new Error(`runAction cannot evaluate \${{ ${expression} }} in the default of input "${name}"`);
      let value: unknown = github;
      for (const key of path.slice(1)) value = (value as Record<string, unknown> | undefined)?.[key];
      return value === undefined || value === null ? '' : String(value);
    });
  }
  return defaults;
}

/** Temp roots of runs not disposed yet; removed when the test process exits. */
const undisposed = new Set<string>();
let cleanupRegistered = false;

function track(root: string): () => Promise<void> {
  undisposed.add(root);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => undisposed.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  }
  return async () => {
    undisposed.delete(root);
    await rm(root, { recursive: true, force: true });
  };
}

function shaOf(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Runs the action once and collects what it reported. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const entry = resolve(options.entry ?? 'dist/index.js');
  const node = options.node ?? process.env.NODE24 ?? process.execPath;
  const root = await mkdtemp(join(tmpdir(), 'run-action-'));
  const dispose = track(root);
  try {
    onTestFinished(() => dispose());
  } catch {
    // Called outside a running test (e.g. in beforeAll): removed by dispose() or at process exit.
  }
  const workspace = options.workspace ? resolve(options.workspace) : join(root, 'workspace');
  const runnerTemp = join(root, 'runner-temp');
  const files = join(root, 'file-commands');
  await Promise.all([
    mkdir(workspace, { recursive: true }),
    mkdir(runnerTemp),
    mkdir(files),
    mkdir(join(root, 'tool-cache')),
  ]);
  const paths = {
    workspace,
    runnerTemp,
    eventPath: join(root, 'event.json'),
    outputPath: join(files, 'set_output'),
    summaryPath: join(files, 'step_summary'),
    envPath: join(files, 'set_env'),
  };
  await writeFile(paths.eventPath, JSON.stringify(options.payload, null, 2));
  for (const file of [
    paths.outputPath,
    paths.summaryPath,
    paths.envPath,
    join(files, 'save_state'),
    join(files, 'add_path'),
  ])
    await writeFile(file, '');

  const payload = options.payload as PayloadFields;
  const repository: string | undefined = options.repository ?? payload.repository?.full_name;
  if (!repository)
    throw new Error('runAction needs `repository` for an event whose payload names none (e.g. schedule)');
  const [owner] = repository.split('/');
  const pull = payload.pull_request;
  const defaultBranch: string = payload.repository?.default_branch ?? 'main';
  let sha: string;
  let ref: string;
  if (pull && options.event === 'pull_request_target') {
    [sha, ref] = [pull.base.sha, `refs/heads/${pull.base.ref}`];
  } else if (pull) {
    [sha, ref] = [pull.merge_commit_sha ?? shaOf(`merge ${pull.head.sha}`), `refs/pull/${pull.number}/merge`];
  } else if (options.event === 'push') {
    [sha, ref] = [payload.after ?? shaOf(`${repository} push`), payload.ref ?? `refs/heads/${defaultBranch}`];
  } else {
    [sha, ref] = [
      shaOf(`${repository} ${defaultBranch}`),
      typeof payload.ref === 'string' ? payload.ref : `refs/heads/${defaultBranch}`,
    ];
  }
  sha = options.sha ?? sha;
  ref = options.ref ?? ref;
  const apiUrl = options.api?.url ?? 'https://api.github.com';
  const serverUrl = 'https://github.com';
  const runId = '12345678901';

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !INHERITED_DROP.test(key)) env[key] = value;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: paths.eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_REPOSITORY_ID: String(payload.repository?.id ?? 700000001),
    GITHUB_REPOSITORY_OWNER_ID: String(payload.repository?.owner?.id ?? 10000001),
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: options.api?.graphqlUrl ?? 'https://api.github.com/graphql',
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: pull && options.event !== 'push' ? String(pull.head.ref) : '',
    GITHUB_BASE_REF: pull && options.event !== 'push' ? String(pull.base.ref) : '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: paths.summaryPath,
    GITHUB_OUTPUT: paths.outputPath,
    GITHUB_ENV: paths.envPath,
    GITHUB_STATE: join(files, 'save_state'),
    GITHUB_PATH: join(files, 'add_path'),
    GITHUB_WORKFLOW: 'Idea lint',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/idea-lint.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: 'lint',
    GITHUB_ACTION: '__idea-lint_idea-lint',
    GITHUB_ACTION_REPOSITORY: 'idea-lint/idea-lint',
    GITHUB_ACTION_REF: 'v1',
    GITHUB_ACTOR: String(payload.sender?.login ?? owner),
    GITHUB_ACTOR_ID: String(payload.sender?.id ?? 10000001),
    GITHUB_TRIGGERING_ACTOR: String(payload.sender?.login ?? owner),
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1000000001',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(root, 'tool-cache'),
    RUNNER_WORKSPACE: dirname(workspace),
  });

  const actionYml = options.actionYml ?? join(dirname(entry), '..', 'action.yml');
  const inputs = {
    ...(actionYml && existsSync(actionYml)
      ? actionDefaults(await readFile(actionYml, 'utf8'), {
          token: options.token ?? '',
          repository,
          repository_owner: owner,
          workspace,
          server_url: serverUrl,
          api_url: apiUrl,
          event_name: options.event,
          sha,
          ref,
          run_id: runId,
          event: payload,
        })
      : {}),
    ...options.inputs,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const child = spawn(node, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c, s) => done([c, s]));
  }).finally(() => clearTimeout(timer));

  const commands = parseWorkflowCommands(stdout);
  return {
    code,
    signal,
    timedOut,
    stdout,
    stderr,
    commands,
    env,
    paths,
    outputs: parseKeyValueFile(await readFile(paths.outputPath, 'utf8')),
    exportedEnv: parseKeyValueFile(await readFile(paths.envPath, 'utf8')),
    summary: await readFile(paths.summaryPath, 'utf8'),
    annotations: annotationsOf(commands),
    dispose,
  };
}
