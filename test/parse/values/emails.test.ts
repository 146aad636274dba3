import { describe, expect, it } from 'vitest';
import {
  findEmails,
  findObfuscatedEmails,
  findPlainEmails,
  isEmail,
  isTemplateAddress,
} from '../../../src/parse/values/emails.js';

describe('findPlainEmails', () => {
  it('finds each valid address with its offsets and skips ones without a domain', () => {
    const text = 'Ann <ann@x.org>, tbd@email, bo@y.co.uk.';
    expect(findPlainEmails(text)).toEqual([
      { email: 'ann@x.org', start: 5, end: 14, obfuscated: false },
      { email: 'bo@y.co.uk', start: 28, end: 38, obfuscated: false },
    ]);
  });
});

describe('findObfuscatedEmails', () => {
  // The grammar (emails.ts): name parts, an at-token, host labels joined by dot-tokens, a top-level label last. Each
  // spelling with the real lists (or issue 11's rule) that write it.
  it.each<[string, string, string]>([
    // at-token `(at)`: PostgreSQL's list (shared/corpus/FORMATS.md), Freeplane (regression-2), Scala Center (regression).
    ['(at) and (dot)', 'markwkm (at) gmail (dot) com', 'markwkm@gmail.com'],
    ['(at) and (dot), Freeplane', 'dimitry (at) freeplane (dot) org', 'dimitry@freeplane.org'],
    ['(at), tight, with a plain dot', 'scala.center(at)epfl.ch', 'scala.center@epfl.ch'],
    ['a dotted name part', 'jesperpedersen (dot) db (at) gmail (dot) com', 'jesperpedersen.db@gmail.com'],
    // `<at>`: PostgreSQL (FORMATS.md) and issue 11's `name <at> domain (dot) com`.
    ['<at>', 'fluca1978 <at> gmail (dot) com', 'fluca1978@gmail.com'],
    ['<at>, issue 11', 'name <at> domain (dot) com', 'name@domain.com'],
    // `[at]`: SPCL writes `[at]` with `[.]` (regression-8), Neutralino `[AT]` (regression-3); issue 11 `[at] … [dot]`.
    ['[at] and [.]', 'mcopik [at] gmail [.] com', 'mcopik@gmail.com'],
    ['[at], a plain dot and [.]', 'alexandru.calotoiu [at] inf.ethz [.] ch', 'alexandru.calotoiu@inf.ethz.ch'],
    ['[at] and [.] twice', 'marcin.chrapek [at] inf [.] ethz [.] ch', 'marcin.chrapek@inf.ethz.ch'],
    ['[AT], tight', 'neutralinojs[AT]gmail.com', 'neutralinojs@gmail.com'],
    ['[at] and [dot], issue 11', 'name [at] host [dot] org', 'name@host.org'],
    // The grammar's other brackets and spellings: `{AT}`, `(@)`, `[@]`, `(.)`, `<dot>`.
    ['{AT} and {DOT}', 'x {AT} y {DOT} org', 'x@y.org'],
    ['(@) and (.)', 'x (@) y (.) org', 'x@y.org'],
    ['[@] and <dot>', 'x[@]y<dot>org', 'x@y.org'],
    // Bare words: Taskflow's `tsung-wei.huang at wisc.edu` (regression-3), issue 11's `x AT y.es`, and the seed's
    // `community dot manager at xenproject dot org` (Xen outreach 2014).
    ['a bare at', 'tsung-wei.huang at wisc.edu', 'tsung-wei.huang@wisc.edu'],
    ['a bare AT', 'x AT y.es', 'x@y.es'],
    ['bare at and dot', 'community dot manager at xenproject dot org', 'community.manager@xenproject.org'],
    ['bare DOT', 'x at y DOT org', 'x@y.org'],
    // A bare `@` or `.` spaced on both sides.
    ['a spaced @', 'x @ y.org', 'x@y.org'],
    ['a spaced @ and a spaced dot', 'x @ y . org', 'x@y.org'],
    ['a tight @ with (dot)', 'x@y (dot) org', 'x@y.org'],
    ['a label in capitals', 'X AT Y.ES', 'X@Y.ES'],
    ['a labelled address', 'mail: baoyuan (at) apache.org', 'baoyuan@apache.org'],
    // An `@` spaced on one side only: 52°North's `b.pross @52north.org` (regression-10), and the other side.
    ['an @ spaced before, 52°North', 'Benjamin Pross (b.pross @52north.org)', 'b.pross@52north.org'],
    ['an @ spaced after', 'x.y@ host.co.uk', 'x.y@host.co.uk'],
    // A marker between two copies of one mark: caMicroscope's `rbirmin -at- emory.edu` (regression-10), and the
    // grammar's other marks and spacings.
    ['-at-, caMicroscope', 'Ryan Birmingham (rbirmin -at- emory.edu)', 'rbirmin@emory.edu'],
    ['-at- and -dot-, tight', 'nan.li-at-emory-dot-edu', 'nan.li@emory.edu'],
    ['_at_ and _dot_, tight', 'jane_doe_at_uni_dot_ch', 'jane_doe@uni.ch'],
    ['_AT_ spaced, a plain dot', 'x _AT_ y.org', 'x@y.org'],
    ['*at* and #dot#', 'x *at* mail #dot# y.de', 'x@mail.y.de'],
    ['~@~', 'x~@~y.io', 'x@y.io'],
    ['(at) spaced inside, [ . ]', 'x ( at ) y [ . ] com', 'x@y.com'],
  ])('reads %s: %j', (_spelling, text, email) => {
    expect(findObfuscatedEmails(text).map((m) => m.email)).toEqual([email]);
  });

  it.each([
    'Jane Doe at CERN',
    'Sam at Google. Also on Zulip',
    'meet at noon',
    'x (at) y',
    '(at) y.org',
    'cat at dotcom',
    // A handle on a site is no address: SPCL's `mcopik @ GitHub` (regression-8).
    'mcopik @ GitHub',
    // A handle after a word is no address unless it reads as a domain; a sentence's full stop joins nothing.
    'ask @alice',
    'Jane Doe @jane_doe and @bob',
    '@y.org',
    'ask x. org',
    'ask x .org',
    // A marker between two different marks, or one inside a longer word, is none.
    'x -at_ y.org',
    'x -atom- y.org',
    'created_at_time',
    // Prose ending in no top-level domain, and figures.
    'look at this dot product',
    'meet at 5.30',
    // A plain address is left to findPlainEmails.
    'x@y.org',
  ])('finds nothing in %j', (text) => {
    expect(findObfuscatedEmails(text)).toEqual([]);
  });

  it('ends the host at its last label that reads as a top-level domain', () => {
    expect(findObfuscatedEmails('x at y dot org dot and more').map((m) => m.email)).toEqual(['x@y.org']);
    expect(findObfuscatedEmails('x [at] inf.ethz').map((m) => m.email)).toEqual([]);
  });

  it('reads two addresses in one text', () => {
    expect(findObfuscatedEmails('a [at] b [.] ch, c [at] d [.] com').map((m) => m.email)).toEqual([
      'a@b.ch',
      'c@d.com',
    ]);
  });

  it('reports where the written form starts and ends', () => {
    expect(findObfuscatedEmails('Mark <markwkm (at) gmail (dot) com>')).toEqual([
      { email: 'markwkm@gmail.com', start: 6, end: 34, obfuscated: true },
    ]);
  });
});

describe('findEmails', () => {
  it('lists plain and obfuscated addresses in order, dropping obfuscated ones that overlap a plain one', () => {
    expect(
      findEmails('a (at) b.org then c@d.org, [e(at)f.org] and e@f.org').map((m) => [m.email, m.obfuscated]),
    ).toEqual([
      ['a@b.org', true],
      ['c@d.org', false],
      ['e@f.org', true],
      ['e@f.org', false],
    ]);
  });

  it.each([
    ['letters before an at sign', `${'a'.repeat(100_000)}@`],
    ['spaces before a marker', `${' '.repeat(100_000)}(at) y.org`],
    ['dotted local parts', `${'a dot '.repeat(16_000)}at y.org`],
    ['markers', '(at)(dot)'.repeat(11_000)],
    ['bare at-tokens', 'x at '.repeat(20_000)],
    ['dotted host labels', `x at ${'y dot '.repeat(16_000)}`],
    ['wrapped markers', '-at-_dot_'.repeat(11_000)],
    ['names with dashes', `${'a-'.repeat(50_000)}@`],
  ])('finishes on a 100,000-character run of %s', (_name, text) => {
    expect(findEmails(text).length).toBeLessThanOrEqual(1);
  });
});

describe('isEmail', () => {
  it('accepts a single-letter top-level label and rejects a missing one', () => {
    expect(isEmail('a@b.c')).toBe(true);
    expect(isEmail('tbd@email')).toBe(false);
  });
});

describe('isTemplateAddress', () => {
  it('reads a template address written out as a template address', () => {
    const [found] = findObfuscatedEmails('you [at] example [dot] com');
    expect(isTemplateAddress(found.email)).toBe(true);
  });

  it.each(['jane@email.address', 'you@example.com', 'your.name@example.org', 'x@domain.tld', 'me@email.com'])(
    'reads "%s" as a template slot',
    (email) => {
      expect(isTemplateAddress(email)).toBe(true);
    },
  );

  it.each(['jane@example.org', 'jane@xenproject.org', 'you@uni.edu', 'ana@mail.com', 'lars.kurth@xen.org'])(
    'reads "%s" as an address',
    (email) => {
      expect(isTemplateAddress(email)).toBe(false);
    },
  );
});
