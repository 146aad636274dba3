// Parse stage: finds e-mail addresses in field values, plain (`a@b.c`) and obfuscated (`a (at) b (dot) c`).
// The obfuscated scanner finds each `at` marker with a literal pattern and walks outwards by hand, so a
// long run of separators or letters costs linear time (FORMATS.md §4 suggests a regex that would not).
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

const AT_MARKER = /\(at\)|\[at\]|<at>|\{at\}|(?<=\s)at(?=\s)/g;
const BRACKETED_DOTS = ['(dot)', '[dot]', '<dot>', '{dot}'];
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const LABEL_CHAR = /[A-Za-z0-9-]/;
const SPACE = /\s/;

function skipSpaceForward(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i])) i++;
  return i;
}

function skipSpaceBack(text: string, i: number, floor: number): number {
  while (i > floor && SPACE.test(text[i - 1])) i--;
  return i;
}

function takeForward(text: string, i: number, allowed: RegExp): number {
  while (i < text.length && allowed.test(text[i])) i++;
  return i;
}

function takeBack(text: string, i: number, allowed: RegExp, floor: number): number {
  while (i > floor && allowed.test(text[i - 1])) i--;
  return i;
}

/** The local part ending just before `end` (`jesperpedersen (dot) db`), walking back no further than `floor`. */
function scanLocalPart(text: string, lower: string, end: number, floor: number) {
  let partEnd = skipSpaceBack(text, end, floor);
  let partStart = takeBack(text, partEnd, LOCAL_CHAR, floor);
  if (partStart === partEnd) return undefined;
  const parts = [text.slice(partStart, partEnd)];
  for (;;) {
    const markerEnd = skipSpaceBack(text, partStart, floor);
    let markerStart = -1;
    for (const marker of BRACKETED_DOTS) {
      if (markerEnd - marker.length >= floor && lower.startsWith(marker, markerEnd - marker.length)) {
        markerStart = markerEnd - marker.length;
      }
    }
    const spacedDot =
      markerEnd < partStart &&
      markerEnd - 4 >= floor &&
      lower.startsWith('dot', markerEnd - 3) &&
      SPACE.test(text[markerEnd - 4]);
    if (markerStart < 0 && spacedDot) markerStart = markerEnd - 3;
    if (markerStart < 0) break;
    partEnd = skipSpaceBack(text, markerStart, floor);
    const previous = takeBack(text, partEnd, LOCAL_CHAR, floor);
    if (previous === partEnd) break;
    parts.push(text.slice(previous, partEnd));
    partStart = previous;
  }
  const local = parts.reverse().join('.').replace(/^\.+/, '');
  return local === '' ? undefined : { local, start: partStart };
}

/** The domain starting after `start` (`gmail (dot) com`, `apache.org`); needs at least one dot. */
function scanDomain(text: string, lower: string, start: number) {
  const first = skipSpaceForward(text, start);
  let end = takeForward(text, first, LABEL_CHAR);
  if (end === first) return undefined;
  const labels = [text.slice(first, end)];
  for (;;) {
    let next: number;
    if (text[end] === '.' && LABEL_CHAR.test(text[end + 1] ?? '')) {
      next = end + 1;
    } else {
      const markerStart = skipSpaceForward(text, end);
      const bracketed = BRACKETED_DOTS.find((marker) => lower.startsWith(marker, markerStart));
      if (bracketed !== undefined) next = skipSpaceForward(text, markerStart + bracketed.length);
      else if (markerStart > end && lower.startsWith('dot', markerStart) && SPACE.test(text[markerStart + 3] ?? '')) {
        next = skipSpaceForward(text, markerStart + 3);
      } else break;
    }
    const labelEnd = takeForward(text, next, LABEL_CHAR);
    if (labelEnd === next) break;
    labels.push(text.slice(next, labelEnd));
    end = labelEnd;
  }
  const domain = labels.join('.');
  return isDomain(domain) ? { domain, end } : undefined;
}

/** Every obfuscated address in a text (`x (at) y (dot) z`, `x <at> y (dot) com`, `x [at] y.org`, `x(at)y.ch`, `x at y dot org`). */
export function findObfuscatedEmails(text: string): EmailMatch[] {
  const lower = asciiLower(text);
  const found: EmailMatch[] = [];
  let floor = 0;
  for (const marker of lower.matchAll(AT_MARKER)) {
    if (marker.index < floor) continue;
    const local = scanLocalPart(text, lower, marker.index, floor);
    if (local === undefined) continue;
    const domain = scanDomain(text, lower, marker.index + marker[0].length);
    if (domain === undefined) continue;
    found.push({ email: `${local.local}@${domain.domain}`, start: local.start, end: domain.end, obfuscated: true });
    floor = domain.end;
  }
  return found;
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
