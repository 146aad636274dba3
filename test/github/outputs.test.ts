import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateFailure, setOutputs, writeReportFiles } from '../../src/github/outputs.js';
import type { Finding, Report, Severity } from '../../src/lint/types.js';
import { FakeIO } from './fakes.js';

const finding = (severity: Severity): Finding => ({
  ruleId: 'r',
  severity,
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  offset: 0,
  endOffset: 1,
  idea: 'I',
  fingerprint: severity,
  docs: 'd',
});
const report = (...severities: Severity[]): Report => ({
  version: '0.1.0',
  today: '2026-11-25',
  files: [{ path: 'ideas.md', ideas: [], findings: severities.map(finding), notices: [] }],
});

describe('gateFailure', () => {
  it('fails at or above fail-on with a one-line reason naming the next laxer level', () => {
    expect(gateFailure(report('error', 'warning'), 'error')).toBe(
      'idea-lint found 1 error (fail-on: error): fix them, or set fail-on: never to report them without failing.',
    );
    expect(gateFailure(report('warning'), 'warning')).toBe(
      'idea-lint found 0 errors and 1 warning (fail-on: warning): fix them, or set fail-on: error to report them without failing.',
    );
    expect(gateFailure(report('notice'), 'notice')).toMatch(
      /found 0 errors, 0 warnings and 1 notice \(fail-on: notice\).*fail-on: warning/,
    );
  });

  it('passes below fail-on and always under never', () => {
    expect(gateFailure(report('warning'), 'error')).toBeUndefined();
    expect(gateFailure(report('error'), 'never')).toBeUndefined();
  });
});

describe('writeReportFiles and setOutputs', () => {
  it('writes JSON and SARIF under RUNNER_TEMP and sets every output', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
    try {
      const paths = await writeReportFiles(report('error', 'warning'), temp, '/home/runner/work/ideas/ideas');
      expect(paths).toEqual({
        report: join(temp, 'idea-lint', 'report.json'),
        sarif: join(temp, 'idea-lint', 'report.sarif'),
      });
      expect(JSON.parse(await readFile(paths.report, 'utf8')).files[0].findings).toHaveLength(2);
      const sarif = JSON.parse(await readFile(paths.sarif, 'utf8'));
      expect(sarif.runs[0].results).toHaveLength(2);
      expect(sarif.runs[0].originalUriBaseIds).toEqual({
        '%SRCROOT%': { uri: 'file:///home/runner/work/ideas/ideas/' },
      });
      expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      const io = new FakeIO();
      setOutputs(io, report('error', 'warning', 'notice'), paths);
      expect(io.outputs).toEqual({ findings: 3, errors: 1, warnings: 1, report: paths.report, sarif: paths.sarif });
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
});
