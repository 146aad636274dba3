// GitHub stage (outputs and gate): writes the JSON report and the SARIF file under RUNNER_TEMP, sets
// the step's outputs, and decides whether the step fails, with a one-line reason.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { failsGate } from '../lint/engine.js';
import type { Report } from '../lint/types.js';
import renderJson from '../report/json.js';
import renderSarif from '../report/sarif.js';
import { countFindings, plural } from '../report/counts.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './runtime.js';
import { rules } from '../../rules/index.js';

/** Where the report files were written. */
export interface ReportPaths {
  report: string;
  sarif: string;
}

/**
 * Writes the JSON and SARIF reports under RUNNER_TEMP. The report's paths are relative to the repository, so
 * `%SRCROOT%` is the workspace the runner checked it out to.
 */
export async function writeReportFiles(report: Report, runnerTemp: string, workspace: string): Promise<ReportPaths> {
  const directory = join(runnerTemp, 'idea-lint');
  await mkdir(directory, { recursive: true });
  const paths = { report: join(directory, 'report.json'), sarif: join(directory, 'report.sarif') };
  await writeFile(paths.report, renderJson(report));
  await writeFile(paths.sarif, renderSarif(report, { rules, srcRoot: workspace }));
  return paths;
}

/** Sets `findings`, `errors`, `warnings` (of the findings that count), `report` and `sarif`. */
export function setOutputs(io: ActionIO, counted: Report, paths: ReportPaths): void {
  const counts = countFindings(counted);
  io.setOutput('findings', counts.total);
  io.setOutput('errors', counts.error);
  io.setOutput('warnings', counts.warning);
  io.setOutput('report', paths.report);
  io.setOutput('sarif', paths.sarif);
}

/** Why the step fails under `failOn`, in one line; undefined when it passes. */
export function gateFailure(counted: Report, failOn: ActionInputs['failOn']): string | undefined {
  if (!failsGate(counted, failOn)) return undefined;
  const counts = countFindings(counted);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.notice, 'notice')];
  const reached =
    failOn === 'error'
      ? parts[0]
      : failOn === 'warning'
        ? `${parts[0]} and ${parts[1]}`
        : `${parts[0]}, ${parts[1]} and ${parts[2]}`;
  const laxer = failOn === 'notice' ? 'warning' : failOn === 'warning' ? 'error' : 'never';
  return `idea-lint found ${reached} (fail-on: ${failOn}): fix them, or set fail-on: ${laxer} to report them without failing.`;
}
