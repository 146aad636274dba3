// GitHub stage (runner boundary): what the action asks of the runner — inputs, outputs, annotations,
// the log, the job summary, failure — as one interface. The real one wraps @actions/core; unit tests
// pass a fake, so nothing in src/github/ but this file calls @actions/core.
import * as core from '@actions/core';

/** Where an annotation points (GitHub's AnnotationProperties). */
export interface AnnotationTarget {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Annotation kinds; GitHub shows at most 10 of each per step. */
export type AnnotationKind = 'error' | 'warning' | 'notice';

/** The runner, as the action sees it. */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  /** Marks the step failed with a one-line reason (exit status 1). */
  setFailed(message: string): void;
  annotate(kind: AnnotationKind, message: string, target?: AnnotationTarget): void;
  info(message: string): void;
  debug(message: string): void;
  /** Appends Markdown to the job summary ($GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>;
}

/** The runner through @actions/core. */
export function coreIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    annotate: (kind, message, target) => core[kind](message, target),
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    writeSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run) there is nowhere to write; the log has the findings.
      if (!process.env['GITHUB_STEP_SUMMARY']) return;
      await core.summary.addRaw(markdown, true).write();
    },
  };
}
