import { describe, expect, it } from 'vitest';
import { LongForms } from '../../../rules/undefined-terms/long-forms.js';
import { acronymLetters, containsLongForm, splitText } from '../../../rules/undefined-terms/initials.js';
import { lintWith } from '../../support/lint.js';

/** Sentences of real lists (Xen, LFX, SunPy, Terasology, Yakindu) and the terms asked about them. */
const TEXTS = [
  'It has other high-availability features. A minimal HA setup works.',
  'Recommended Skills: golang, some familiarity with the Hierarchical Namespace Controller',
  'computational linguistic analysis of the messages; the ML/CL workers',
  'Our "New UI" authored by Immortius is in-game.',
  'Currently, AFL++ can be used with WebAssembly and Storage Repository disks.',
  'used by nearly all common Linux filesystems; each access control list is checked',
  'State Chart eXtensible Markup Language is an XML notation of the Department of the Defense.',
  'track Freedom of Information and access-to-information requests, a Proof of the Concept of',
  // Session 16: a small word capitalised or joined by a hyphen as a name's last word; CJK script and full-width stops.
  'Implementing AWS Single-Sign-On, a single sign-on, Single Sign On and Opt-In, a tool of choice.',
  '项目描述：WebAssembly 或者 WASM 是一个格式；OpenStreetMap 或者 OSM；Single 签名 Sign On（单点登录）',
];
const TERMS = [
  'HA',
  'HNC',
  'CL',
  'NUI',
  'WASM',
  'SR',
  'ACL',
  'SCXML',
  'DOD',
  'XML',
  'AB',
  'FOI',
  'POC',
  'POTC',
  'PTC',
  'FOIA',
  'TFO',
  'SSO',
  'OSM',
  'SSI',
  'TOC',
  'SOI',
];

describe('LongForms', () => {
  it('answers as containsLongForm does, near a use or not, and before a place', () => {
    for (const text of TEXTS) {
      const forms = new LongForms(text);
      for (const term of TERMS) {
        const letters = acronymLetters(term);
        for (const nearby of [false, true]) {
          expect(forms.spells(letters, nearby), `${term} in ${text}`).toBe(
            containsLongForm(splitText(text), letters, nearby),
          );
          const half = Math.floor(text.length / 2);
          expect(forms.spells(letters, nearby, half), `${term} before ${half} in ${text}`).toBe(
            containsLongForm(splitText(text.slice(0, half)), letters, nearby),
          );
        }
      }
    }
  });

  it('skips at most four small words in a row, as containsLongForm does', () => {
    expect(new LongForms('Department of the Defense').spells('DD')).toBe(false);
    expect(new LongForms('Department of the Defense here').spells('DDH')).toBe(true);
    expect(new LongForms('Department of the of the of Defense here').spells('DDH')).toBe(false);
    expect(containsLongForm(splitText('Department of the of the of Defense here'), 'DDH')).toBe(false);
  });
});

describe('undefined-terms in an idea with many terms', () => {
  // Past a dozen terms the idea's long forms are indexed: the answers must stay the same.
  const many = Array.from({ length: 20 }, (_, i) => `Q${String.fromCharCode(65 + i)}X`).join(', ');
  const text = `## Improve the toolstack\n\nDifficulty: Medium\nSize: 175 hours\n\nIt has Storage Repository disks and Github Actions. ${many}.\n\nAn SR is used in GH Actions; PVSCSI too.\n`;

  it('takes long forms and shortened words spelled out earlier, and flags the rest', () => {
    const flagged = lintWith('undefined-terms', text).map((finding) => finding.subject);
    expect(flagged).toHaveLength(21);
    expect(flagged).toContain('PVSCSI');
    expect(flagged).not.toContain('SR');
    expect(flagged).not.toContain('GH');
  });
});
