// The shared report fixture every reporter test renders (test/fixtures/report/sample.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, Rule } from '../../src/lint/types.js';

/** A hand-written report: three files, ideas, findings of every severity, fixes, subjects, a notice. */
export const sample = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'report', 'sample.json'), 'utf8'),
) as Report;

/** Rule metadata for the sample's rules, fixed so snapshots do not follow edits of the real rules. */
export const sampleRules: Pick<Rule, 'id' | 'description' | 'defaultSeverity' | 'docs'>[] = [
  ['missing-outcomes', 'Ideas say what they are expected to deliver.', 'error'],
  ['unknown-difficulty', "Ideas rate their difficulty on the program's scale.", 'error'],
  ['undefined-terms', 'Acronyms are defined where an idea uses them.', 'warning'],
  ['stale-verification', 'Ideas were verified within the last year.', 'warning'],
  ['missing-mentor-email', 'Every mentor has an email address.', 'error'],
  ['invalid-date', 'Dates can be read unambiguously.', 'notice'],
  ['duplicate-title', 'Ideas in one file have distinct titles.', 'error'],
  ['min-mentors', 'Ideas name enough mentors for the program.', 'off'],
].map(([id, description, defaultSeverity]) => ({
  id: id!,
  description: description!,
  defaultSeverity: defaultSeverity as Rule['defaultSeverity'],
  docs: `https://github.com/idea-lint/idea-lint/blob/v0.1.0/rules/${id}.md`,
}));
