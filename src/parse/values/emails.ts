// Parse stage: finds e-mail addresses in field values, plain (`a@b.c`) and obfuscated (`a (at) b (dot) c`).
// The obfuscated reader is a small grammar over tokens read in one pass, so a long run of separators or letters
// costs linear time (FORMATS.md §4 suggests a regex that would not).
import { asciiLower } from './plain-text.js';

/** An address found in a text: `start`/`end` are offsets of the text as written (end exclusive). */
export interface EmailMatch {
  /** The address, reconstructed when obfuscated (`x (at) y (dot) z` → `x@y.z`). */
  email: string;
  start: number;
  end: number;
  obfuscated: boolean;
}

const LOCAL_PART = /^[A-Za-z0-9._%+-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9-]+$/;
const TOP_LEVEL_LABEL = /^[A-Za-z]+$/;

/** Whether a host name has at least two labels and ends in a letters-only label (`tbd@email` has none). */
function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (!DOMAIN_LABEL.test(label) || label.startsWith('-') || label.endsWith('-')) return false;
  }
  return TOP_LEVEL_LABEL.test(labels[labels.length - 1]);
}

/** Reserved names for examples (RFC 2606, RFC 6761): `example.com`, `host.example`, `x.test`, `x.invalid`. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/;
/** Words a template writes for a domain it does not know (`email.address`, `your-domain.com`, `domain.tld`). */
const TEMPLATE_DOMAIN_WORDS = new Set(['email', 'address', 'domain', 'yourdomain', 'your-domain', 'tld']);
/** Words a template writes for a person it does not know (`you@example.com`, `your.name@example.org`). */
const TEMPLATE_LOCAL =
  /^(?:you|your|yourname|your[._-]name|firstname[._-]?lastname|first[._-]last|user(?:name)?|me|someone|mentor)$/;

/**
 * Whether an address only stands in for one in a template: a domain of placeholder words (`jane@email.address`,
 * `x@domain.tld`), or a placeholder person at a domain reserved for examples (`you@example.com`).
 */
export function isTemplateAddress(email: string): boolean {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at).toLowerCase();
  const labels = email
    .slice(at + 1)
    .toLowerCase()
    .split('.');
  const top = labels[labels.length - 1];
  const templateDomain =
    labels.slice(0, -1).every((label) => TEMPLATE_DOMAIN_WORDS.has(label)) &&
    (TEMPLATE_DOMAIN_WORDS.has(top) || (labels.length === 2 && ['com', 'org', 'net'].includes(top)));
  return templateDomain || (RESERVED_DOMAIN.test(labels.join('.')) && TEMPLATE_LOCAL.test(local));
}

/** Whether the whole string (trimmed) is one e-mail address such as `a@b.c`. */
export function isEmail(s: string): boolean {
  if (typeof s !== 'string') return false;
  const text = s.trim();
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  return LOCAL_PART.test(text.slice(0, at)) && isDomain(text.slice(at + 1));
}

const PLAIN_EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9.-]+/g;

/** Every plain address in a text, in order; candidates without a valid domain (`tbd@email`) are skipped. */
export function findPlainEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  for (const match of text.matchAll(PLAIN_EMAIL)) {
    let candidate = match[0];
    let start = match.index;
    while (candidate.startsWith('.')) {
      candidate = candidate.slice(1);
      start++;
    }
    while (candidate.endsWith('.') || candidate.endsWith('-')) candidate = candidate.slice(0, -1);
    if (isEmail(candidate)) found.push({ email: candidate, start, end: start + candidate.length, obfuscated: false });
  }
  return found;
}

/*
 * The grammar of a written-out address (issue 11): name parts joined by dot-tokens, one at-token, then host labels
 * joined by dot-tokens, ending in a top-level label.
 *
 *   address   = part *(dot part) at label 1*(dot label)
 *   at        = "@" | "at" | wrapped("@" | "at")          `x@y`, `x @y`, `x (at) y`, `x [@] y`, `x AT y`, `x -at- y`
 *   dot       = "." | "dot" | wrapped("." | "dot")        `y.org`, `y (dot) org`, `y [.] com`, `y DOT org`, `y_dot_org`
 *   wrapped(m) = "(" m ")" | "[" m "]" | "{" m "}" | "<" m ">"     (spaces allowed inside)
 *              | c m c, for one mark c of - _ * # ~              `-at-`, `_at_`, `*dot*`, `#at#`
 *
 * How each token may be spaced to join words: a bare `@` any way (`x@y`, `x @ y`, `x @y`, `x@ y`: the host must still
 * read as a domain, so `@handle` after a word is no address); a bare `.` tight on both sides or spaced on both
 * (`x @ y . org`; `end. Next` is a sentence); a bare `at` or `dot` is a word of its own between spaces; a wrapped
 * token may be spaced or not (`x(at)y.ch`, `x_at_y.org`). Every case is read (`AT`, `DoT`). An address written with
 * bare tight `@` and `.` only is a plain one, left to findPlainEmails. The host must end in a label that reads as a
 * top-level domain (below), so that prose (`look at this dot product`) or a cut host (`inf.ethz` of `inf.ethz [.] ch`)
 * is not read as one.
 *
 * The text is read once into tokens; each at-token walks back over the name parts since the previous address and
 * forward over the host labels, which stop at the next at-token, so every token is walked at most twice.
 */

/**
 * The top-level domains that are not two letters (every two-letter label reads as a country's): the original generic
 * ones, and the newer ones projects and people use for their addresses.
 */
const GENERIC_TOP_LEVEL = new Set(
  (
    'com org net edu gov mil int arpa info biz name pro aero asia cat coop jobs mobi museum post tel travel ' +
    'app dev tech cloud online site xyz email systems software foundation network digital global group team tools ' +
    'codes page blog space website science academy institute university school studio design agency center club ' +
    'community company consulting engineering health life live media news one world zone inc llc ltd'
  ).split(' '),
);

/** Whether a host's last label reads as a top-level domain: two letters (`ch`, `es`, `io`) or a generic one (`org`). */
function isTopLevel(label: string): boolean {
  const lower = asciiLower(label);
  return /^[a-z]{2}$/.test(lower) || GENERIC_TOP_LEVEL.has(lower);
}

type Kind = 'word' | 'at' | 'dot' | 'space' | 'other';

/**
 * How a token may be spaced to join words: `symmetric`, tight on both sides or spaced on both (a bare `.`); `spaced`
 * on both sides (a bare `at` or `dot`); `bare`, any way (a bare `@`); `any` (a wrapped one, and a word).
 */
type Spacing = 'any' | 'bare' | 'symmetric' | 'spaced';

interface AddressToken {
  kind: Kind;
  start: number;
  end: number;
  spacing: Spacing;
}

/**
 * A wrapped marker (`(at)`, `[ . ]`, `-at-`, `_dot_`), a run of name characters (which stops before a wrapped marker:
 * `rbirmin_at_emory`), a bare `@` or `.`, white space, or any other character.
 */
const MARKER = '(?:at|dot|@|\\.)';
/** `wrapped(m)` of the grammar above, its mark (`-at-`) the expression's first capture. */
const WRAPPED = `\\(\\s*${MARKER}\\s*\\)|\\[\\s*${MARKER}\\s*\\]|\\{\\s*${MARKER}\\s*\\}|<\\s*${MARKER}\\s*>|([-_*#~])${MARKER}\\1`;
const ADDRESS_TOKEN = new RegExp(`${WRAPPED}|(?:(?!([-_*#~])${MARKER}\\2)[A-Za-z0-9_%+-])+|\\s+|[^]`, 'gi');
/** A wrapped marker, the whole token. */
const WRAPPED_MARKER = new RegExp(`^(?:${WRAPPED})$`, 'i');
const NAME_PART = /^[A-Za-z0-9._%+-]+$/;
// Built once, not per token: a regular expression literal makes a new object each time it is evaluated.
const WHITE_SPACE = /\s/;
const AT_MARKER = /at|@/i;
const NAME_START = /^[A-Za-z0-9_%+-]/;

function tokenise(text: string): AddressToken[] {
  const tokens: AddressToken[] = [];
  // One exec loop, no list of matches beside the tokens (a long value is a long list). No match is empty: `[^]`.
  ADDRESS_TOKEN.lastIndex = 0;
  for (let match = ADDRESS_TOKEN.exec(text); match !== null; match = ADDRESS_TOKEN.exec(text)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const first = token[0];
    let kind: Kind = 'other';
    let spacing: Spacing = 'any';
    if (WHITE_SPACE.test(first)) kind = 'space';
    else if (token.length > 2 && WRAPPED_MARKER.test(token)) kind = AT_MARKER.test(token) ? 'at' : 'dot';
    else if (first === '@' || first === '.') {
      kind = first === '@' ? 'at' : 'dot';
      spacing = first === '@' ? 'bare' : 'symmetric';
    } else if (NAME_START.test(first)) {
      // Only a word of two or three letters can be `at` or `dot`: longer ones are not lower-cased to be compared.
      const word = token.length <= 3 ? asciiLower(token) : '';
      kind = word === 'at' ? 'at' : word === 'dot' ? 'dot' : 'word';
      spacing = kind === 'word' ? 'any' : 'spaced';
    }
    tokens.push({ kind, start, end, spacing });
  }
  return tokens;
}

/** Where the joiner at `i` leads: the index of the word on its other side (`step` 1 after it, -1 before it). */
function across(tokens: AddressToken[], i: number, step: 1 | -1): number | undefined {
  const joiner = tokens[i];
  const spaceBefore = tokens[i - 1]?.kind === 'space';
  const spaceAfter = tokens[i + 1]?.kind === 'space';
  if (joiner.spacing === 'symmetric' && spaceBefore !== spaceAfter) return undefined;
  if (joiner.spacing === 'spaced' && !(spaceBefore && spaceAfter)) return undefined;
  let at = i + step;
  if (tokens[at]?.kind === 'space') at += step;
  return tokens[at]?.kind === 'word' ? at : undefined;
}

/** Whether a joiner hides the address: anything but a bare `@` or `.` written tight on both sides. */
function obfuscates(tokens: AddressToken[], i: number): boolean {
  const joiner = tokens[i];
  const bare = joiner.spacing === 'symmetric' || joiner.spacing === 'bare';
  return !bare || tokens[i - 1]?.kind === 'space' || tokens[i + 1]?.kind === 'space';
}

/** The joiner of `kind` between the word at `word` and the next one in direction `step`, if any. */
function joinerBeside(tokens: AddressToken[], word: number, step: 1 | -1, kind: Kind): number | undefined {
  let at = word + step;
  if (tokens[at]?.kind === 'space') at += step;
  return tokens[at]?.kind === kind ? at : undefined;
}

/** Every obfuscated address in a text (`x (at) y (dot) z`, `x [at] y [.] com`, `x AT y.es`, `x at y dot org`). */
export function findObfuscatedEmails(text: string): EmailMatch[] {
  if (typeof text !== 'string') return [];
  const tokens = tokenise(text);
  const found: EmailMatch[] = [];
  let floor = 0; // the first token the next address may use
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at].kind !== 'at') continue;
    const lastPart = across(tokens, at, -1);
    const firstLabel = across(tokens, at, 1);
    if (lastPart === undefined || firstLabel === undefined || lastPart < floor) continue;
    let hidden = obfuscates(tokens, at);
    // Name parts, back from the at-token.
    const parts = [lastPart];
    for (;;) {
      const dot = joinerBeside(tokens, parts[parts.length - 1], -1, 'dot');
      const previous = dot === undefined ? undefined : across(tokens, dot, -1);
      if (dot === undefined || previous === undefined || previous < floor) break;
      if (obfuscates(tokens, dot)) hidden = true;
      parts.push(previous);
    }
    parts.reverse();
    // Host labels, forward from it; each with whether the joiner before it hides the address.
    const labels = [{ word: firstLabel, hidden: false }];
    for (;;) {
      const dot = joinerBeside(tokens, labels[labels.length - 1].word, 1, 'dot');
      const next = dot === undefined ? undefined : across(tokens, dot, 1);
      if (dot === undefined || next === undefined) break;
      labels.push({ word: next, hidden: obfuscates(tokens, dot) });
    }
    const wordOf = (i: number): string => text.slice(tokens[i].start, tokens[i].end);
    // The host ends at its last label that reads as a top-level domain, every label before it a valid one.
    let valid = 0;
    while (valid < labels.length && isLabel(wordOf(labels[valid].word))) valid++;
    let last = valid - 1;
    while (last >= 1 && !isTopLevel(wordOf(labels[last].word))) last--;
    if (last < 1) continue;
    const host = labels.slice(0, last + 1);
    if (!hidden && !host.some((label) => label.hidden)) continue; // a plain address: findPlainEmails reads it
    const local = parts.map(wordOf).join('.');
    if (!NAME_PART.test(local)) continue;
    const domain = host.map((label) => wordOf(label.word)).join('.');
    const endToken = host[host.length - 1].word;
    found.push({
      email: `${local}@${domain}`,
      start: tokens[parts[0]].start,
      end: tokens[endToken].end,
      obfuscated: true,
    });
    floor = endToken + 1;
    at = endToken;
  }
  return found;
}

/** Whether a word is a valid host label: letters, digits and inner hyphens. */
function isLabel(word: string): boolean {
  return DOMAIN_LABEL.test(word) && !word.startsWith('-') && !word.endsWith('-');
}

/** Every address in a text, plain and obfuscated, in order of position (obfuscated ones overlapping a plain one are dropped). */
export function findEmails(text: string): EmailMatch[] {
  if (typeof text !== 'string') return [];
  const plain = findPlainEmails(text);
  const found: EmailMatch[] = [];
  let next = 0;
  for (const candidate of findObfuscatedEmails(text)) {
    while (next < plain.length && plain[next].end <= candidate.start) found.push(plain[next++]);
    const overlaps = next < plain.length && plain[next].start < candidate.end;
    if (!overlaps) found.push(candidate);
  }
  return found.concat(plain.slice(next));
}
