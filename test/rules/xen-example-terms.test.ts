// The bundled example (examples/xen-outreach-2014.md) under the default config on 2026-11-25: every idea is stale
// ("Not updated in 2016"), and undefined-terms flags the Xen jargon a reviewer would ask about, and nothing the
// ideas define (AER in its title, LLC and KDD in their text) or every applicant knows (CPU).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { resolveConfig } from '../../src/lint/config.js';
import { rules as registry } from '../../rules/index.js';

const text = readFileSync(new URL('../../examples/xen-outreach-2014.md', import.meta.url), 'utf8');

/** No config file: what `resolveConfig` makes of an empty configuration (the recommended preset). */
const config = resolveConfig({}, undefined, { rules: registry, today: '2026-11-25' });
const report = lintText('examples/xen-outreach-2014.md', text, config, registry);
const terms = report.findings.filter((f) => f.ruleId === 'undefined-terms');
const termsOf = (idea: string) => terms.filter((f) => f.idea === idea).map((f) => f.subject);

const QUICKDATA = 'Utilize Intel QuickData on network and block path';
const PVSCSI = 'Implement Xen PVSCSI support in xl/libxl toolstack';
const XL_TO_XCP = 'XL to XCP VM motion';
const AER = 'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices';
const KDD = 'KDD (Windows Debugger Stub) enhancements';

describe('stale-verification on the Xen example', () => {
  it('flags all fourteen ideas, at their "Not updated in 2016" values', () => {
    const stale = report.findings.filter((f) => f.ruleId === 'stale-verification');
    expect(stale).toHaveLength(14);
    expect(new Set(stale.map((f) => f.idea)).size).toBe(14);
    for (const finding of stale) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toBe(
        'Verified "Not updated in 2016" is over 9 years old: check that the idea still holds, then set the date to today in ISO form (2026-11-25).',
      );
      expect(text.slice(finding.offset, finding.endOffset)).toBe('Not updated in 2016');
    }
  });
});

describe('undefined-terms on the Xen example', () => {
  it('flags PVSCSI, XCP, VDI and DRBD in the ideas that use them', () => {
    expect(termsOf(PVSCSI)).toContain('PVSCSI');
    expect(termsOf(XL_TO_XCP)).toEqual(expect.arrayContaining(['XCP', 'VDI']));
    expect(termsOf('DRBD Integration')).toContain('DRBD');
    expect(terms.filter((f) => f.subject === 'XCP').map((f) => f.idea)).toEqual([
      'CPU/RAM/PCI diagram tool',
      'Fuzz testing Xen with Mirage',
      XL_TO_XCP,
    ]);
  });

  it('points at the first use of each term', () => {
    const at = (idea: string, subject: string) => {
      const finding = terms.find((f) => f.idea === idea && f.subject === subject)!;
      return `${finding.line}:${finding.column} ${text.slice(finding.offset, finding.endOffset)}`;
    };
    expect(at(PVSCSI, 'PVSCSI')).toBe('110:20 PVSCSI');
    expect(at(XL_TO_XCP, 'XCP')).toBe('165:12 XCP');
    expect(at(XL_TO_XCP, 'VDI')).toBe('172:360 VDIs');
    expect(at('DRBD Integration', 'DRBD')).toBe('235:6 DRBD');
  });

  it('does not flag AER in the AER idea, defined in its title', () => {
    expect(termsOf(AER)).not.toContain('AER');
  });

  it('does not flag LLC in the QuickData idea ("Last Level Cache (LLC, also known as L3")', () => {
    expect(termsOf(QUICKDATA)).not.toContain('LLC');
  });

  it('does not flag KDD in the KDD idea ("KDD (Windows Debugger Stub)")', () => {
    expect(termsOf(KDD)).not.toContain('KDD');
  });

  it('does not flag CPU anywhere, nor XL where xl is explained', () => {
    expect(terms.map((f) => f.subject)).not.toContain('CPU');
    expect(termsOf(XL_TO_XCP)).not.toContain('XL');
  });

  it('flags exactly these terms, each a reviewer would ask about', () => {
    expect(terms.map((f) => `${f.idea === null ? '' : f.idea.slice(0, 24)}: ${f.subject}`)).toEqual([
      'Utilize Intel QuickData : PCIe',
      'Utilize Intel QuickData : DIMM',
      'CPU/RAM/PCI diagram tool: PCI',
      'CPU/RAM/PCI diagram tool: ACPI',
      'CPU/RAM/PCI diagram tool: KVM',
      'CPU/RAM/PCI diagram tool: XCP',
      'Fuzz testing Xen with Mi: XCP',
      'Implement Xen PVSCSI sup: PVSCSI',
      'Implement Xen PVSCSI sup: PV',
      'Implement Xen PVSCSI sup: HVM',
      'Introducing PowerClamp-l: LWN',
      'XL to XCP VM motion: XCP',
      'XL to XCP VM motion: VDI',
      'XL to XCP VM motion: OVF',
      'Allowing guests to boot : HVM',
      'Improve PCIe Advanced Er: PCIe',
      'Improve PCIe Advanced Er: PCI',
      'Improve PCIe Advanced Er: PV',
      'Improve PCIe Advanced Er: HVM',
      'DRBD Integration: DRBD',
      'DRBD Integration: SM',
      'DRBD Integration: VBD',
      'DRBD Integration: SR',
      'DRBD Integration: LVM',
    ]);
  });

  it('leaves only the Xen-specific terms with the systems pack on and XCP and DRBD allowed', () => {
    const withPack = resolveConfig(
      { rules: { 'undefined-terms': { packs: ['systems'], allow: ['XCP', 'DRBD'] } } },
      undefined,
      { rules: registry, today: '2026-11-25' },
    );
    const left = lintText('examples/xen-outreach-2014.md', text, withPack, registry).findings.filter(
      (f) => f.ruleId === 'undefined-terms',
    );
    expect([...new Set(left.map((f) => f.subject))]).toEqual(['PVSCSI', 'LWN', 'VDI', 'OVF', 'SM', 'VBD', 'SR']);
  });
});
