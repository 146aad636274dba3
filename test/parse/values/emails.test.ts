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
  it.each<[string, string]>([
    ['markwkm (at) gmail (dot) com', 'markwkm@gmail.com'],
    ['jesperpedersen (dot) db (at) gmail (dot) com', 'jesperpedersen.db@gmail.com'],
    ['fluca1978 <at> gmail (dot) com', 'fluca1978@gmail.com'],
    ['mail: baoyuan (at) apache.org', 'baoyuan@apache.org'],
    ['scala-gsoc(at)epfl.ch', 'scala-gsoc@epfl.ch'],
    ['x [at] y [dot] org', 'x@y.org'],
    ['x {AT} y {DOT} org', 'x@y.org'],
    ['name at example dot org', 'name@example.org'],
    ['first.last at example.org', 'first.last@example.org'],
  ])('reconstructs %j', (text, email) => {
    expect(findObfuscatedEmails(text).map((m) => m.email)).toEqual([email]);
  });

  it.each([
    'Jane Doe at CERN',
    'Sam at Google. Also on Zulip',
    'meet at noon',
    'x (at) y',
    '(at) y.org',
    'cat at dotcom',
  ])('finds nothing in %j', (text) => {
    expect(findObfuscatedEmails(text)).toEqual([]);
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
