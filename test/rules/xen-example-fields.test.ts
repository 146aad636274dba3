// The bundled example (examples/xen-outreach-2014.md, the Xen Project's 2014 outreach list) under the default
// config: the field rules fire on exactly the ideas a Xen reviewer would send back, and on no other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { resolveConfig } from '../../src/lint/config.js';
import { TODAY } from '../support/lint.js';
import { rules as registry } from '../../rules/index.js';

const text = readFileSync(new URL('../../examples/xen-outreach-2014.md', import.meta.url), 'utf8');

/** No config file: what `resolveConfig` makes of an empty configuration (the recommended preset). */
const config = resolveConfig({}, undefined, { rules: registry, today: TODAY });
const report = lintText('examples/xen-outreach-2014.md', text, config, registry);
const ideasFlaggedBy = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => f.idea);

/** The seven ideas of "List of projects that need more work" whose fields say "Not specified" or "Unknown". */
const UNSPECIFIED = [
  'Implement Xen PVSCSI support in xl/libxl toolstack',
  'Introducing PowerClamp-like driver for Xen',
  'Refactor Linux hotplug scripts',
  'XL to XCP VM motion',
  'Advanced Scheduling Parameters',
  'Allowing guests to boot with a passed-through GPU as the primary display',
  'DRBD Integration',
];

describe('field rules on the Xen example', () => {
  it('reads the fourteen ideas of the list', () => {
    expect(report.ideas).toHaveLength(14);
  });

  it.each([['missing-outcomes'], ['unknown-difficulty'], ['missing-skills']])(
    '%s fires once on each idea whose value is a placeholder, and on no other',
    (ruleId) => {
      expect(ideasFlaggedBy(ruleId)).toEqual(UNSPECIFIED);
    },
  );

  it('missing-outcomes quotes the template text it found', () => {
    const finding = report.findings.find((f) => f.ruleId === 'missing-outcomes' && f.idea === 'DRBD Integration');
    expect(finding?.message).toBe(
      'Expected outcomes are "Not specified, project outcomes": say what will be delivered, so applicants know what done looks like.',
    );
    expect([finding?.line, finding?.column]).toEqual([248, 11]);
  });

  it('missing-mentor-email fires only on the contact named without an email', () => {
    const findings = report.findings.filter((f) => f.ruleId === 'missing-mentor-email');
    expect(findings.map((f) => [f.idea, f.subject, f.line, f.column, f.message])).toEqual([
      [
        'XL to XCP VM motion',
        'Ian Campbell',
        168,
        20,
        'Mentor "Ian Campbell" has no email address: add one so applicants can reach them.',
      ],
    ]);
  });

  it('missing-mentor fires on no idea: every idea has a technical contact', () => {
    expect(ideasFlaggedBy('missing-mentor')).toEqual([]);
  });

  it('program-unknown fires only on "GSoC: Unknown"', () => {
    const findings = report.findings.filter((f) => f.ruleId === 'program-unknown');
    expect(findings.map((f) => [f.idea, f.severity, f.line, f.column])).toEqual([
      ['DRBD Integration', 'notice', 237, 66],
    ]);
  });

  it('min-mentors stays off by default', () => {
    expect(ideasFlaggedBy('min-mentors')).toEqual([]);
  });
});
