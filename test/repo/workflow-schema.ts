// Test support: a JSON Schema for the subset of GitHub Actions workflow syntax idea-lint's workflows and README
// examples use. Unknown keys are errors, so a typo (`runs_on`, `permission`) fails a test instead of a CI run.
// Reference: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
import { Ajv } from 'ajv';

const stringList = { type: 'array', items: { type: 'string' }, minItems: 1 };
const expression = { type: 'string', minLength: 1 };
const scalar = { type: ['string', 'number', 'boolean'] };
const env = { type: 'object', additionalProperties: scalar };

/** Event filters for push, pull_request and pull_request_target. */
const refFilter = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    branches: stringList,
    'branches-ignore': stringList,
    tags: stringList,
    paths: stringList,
    'paths-ignore': stringList,
    types: stringList,
  },
};

const permissionLevel = { enum: ['read', 'write', 'none'] };
const permissions = {
  oneOf: [
    { enum: ['read-all', 'write-all'] },
    {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: Object.fromEntries(
        [
          'actions',
          'checks',
          'contents',
          'deployments',
          'id-token',
          'issues',
          'pages',
          'pull-requests',
          'security-events',
          'statuses',
        ].map((scope) => [scope, permissionLevel]),
      ),
    },
  ],
};

/** A step runs exactly one of an action (`uses`, pinned to a major tag or local) or a shell script (`run`). */
const step = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    id: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    if: expression,
    uses: { type: 'string', pattern: '^(\\./.*|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*@v\\d+)$' },
    with: { type: 'object', additionalProperties: scalar },
    run: expression,
    shell: { type: 'string' },
    env,
    'working-directory': { type: 'string' },
    'continue-on-error': { type: ['boolean', 'string'] },
    'timeout-minutes': { type: 'number' },
  },
  // oneOf: a step with both (or neither) matches two (or no) branches and fails.
  oneOf: [{ required: ['uses'] }, { required: ['run'] }],
};

const job = {
  type: 'object',
  additionalProperties: false,
  required: ['runs-on', 'steps'],
  properties: {
    name: { type: 'string' },
    'runs-on': { type: 'string' },
    needs: { oneOf: [{ type: 'string' }, stringList] },
    if: expression,
    permissions,
    env,
    'timeout-minutes': { type: 'number' },
    concurrency: { type: ['string', 'object'] },
    strategy: {
      type: 'object',
      additionalProperties: false,
      required: ['matrix'],
      properties: {
        'fail-fast': { type: 'boolean' },
        'max-parallel': { type: 'number' },
        matrix: {
          type: 'object',
          minProperties: 1,
          additionalProperties: { type: 'array', items: scalar, minItems: 1 },
        },
      },
    },
    steps: { type: 'array', items: step, minItems: 1 },
  },
};

/** The workflow file itself. */
export const workflowSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  required: ['on', 'jobs'],
  properties: {
    name: { type: 'string' },
    on: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        push: refFilter,
        pull_request: refFilter,
        pull_request_target: refFilter,
        workflow_dispatch: { type: ['object', 'null'] },
        issues: {
          type: 'object',
          additionalProperties: false,
          properties: {
            types: {
              type: 'array',
              minItems: 1,
              items: { enum: ['opened', 'edited', 'reopened', 'labeled', 'unlabeled', 'closed', 'deleted'] },
            },
          },
        },
        schedule: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['cron'],
            properties: { cron: { type: 'string', pattern: '^\\S+( \\S+){4}$' } },
          },
        },
      },
    },
    permissions,
    env,
    concurrency: { type: ['string', 'object'] },
    jobs: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      additionalProperties: job,
    },
  },
} as const;

/** A workflow step, as far as the tests look at it. */
export interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}

/** A parsed workflow, as far as the tests look at it. */
export interface Workflow {
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] }>;
}

// strictRequired off: the step's oneOf names `uses`/`run` without repeating their definitions.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
/** Validates a parsed workflow; the errors name the path and the reason. */
export const validateWorkflow = ajv.compile(workflowSchema);
