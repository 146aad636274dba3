/**
 * Test-support stage (end-to-end harness): one import for the action's end-to-end tests — the
 * GitHub emulator, scenarios, event payloads and runAction.
 */
export {
  DEFAULT_TOKEN,
  GitHubEmulator,
  startEmulator,
  type RecordedRequest,
  type RequestMatch,
  type Violation,
} from './github-emulator.js';
export { buildEventPayload, loadEventFixture, type ActionEvent, type EventPayloadOptions } from './event-payloads.js';
export { ACTIONS_BOT, gitBlobSha } from './github-objects.js';
export { changedFiles, type Scenario } from './pull-request-model.js';
export { makeScenario } from './scenario.js';
export {
  runAction,
  inputVariable,
  type ActionRun,
  type Annotation,
  type RunActionOptions,
  type WorkflowCommand,
} from './run-action.js';
export { unifiedDiff, commentableLines } from './line-diff.js';
