// Parse stage: reads a mentors/contact field's raw Markdown into people with their e-mail and GitHub handle.
import { findEmails, isEmail, isTemplateAddress, type EmailMatch } from './emails.js';
import { isPlaceholder } from './placeholder.js';
import {
  asciiLower,
  collapseWhitespace,
  decodeEntities,
  replaceLinks,
  stripEmphasis,
  stripHtmlComments,
  stripHtmlTags,
  trimPunctuation,
  unescapeMarkdown,
} from './plain-text.js';

export { isEmail };

/** One person named in a mentors or contact field. */
export interface Person {
  /** The person as written, without contact details; falls back to the handle (`@x`) or the address as written. */
  name: string;
  /** The e-mail address (reconstructed when obfuscated); absent when none is given or it has no valid domain. */
  email?: string;
  /** GitHub handle without `@`, from `@handle`, a github.com profile link, or a bare lower-case handle (`neutrinoceros`). */
  handle?: string;
  /** True when the address was written in an obfuscated form such as `x (at) y (dot) z`. */
  obfuscated?: boolean;
  /** True when the entry stands in for nobody (`TBD`, `TBD (@tbd, tbd@email)`, `(Add yourself here!)`). */
  placeholder?: boolean;
}

const GITHUB_PROFILE = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/?(?:[?#][^\s]*)?$/i;
const GITHUB_NON_PROFILES = new Set(
  (
    'about apps collections contact enterprise explore features issues join login ' +
    'marketplace notifications orgs pricing pulls search security settings site sponsors topics'
  ).split(' '),
);
// Link texts that name a channel rather than the person (`([GitHub](…), [Zulip](…))`).
const CHANNEL_LINK_TEXTS = new Set(
  (
    'blog discord e-mail email github gitlab homepage irc linkedin ' +
    'mail mastodon matrix profile slack twitter web website x zulip'
  ).split(' '),
);

function githubHandleOf(url: string): string | undefined {
  const match = GITHUB_PROFILE.exec(url);
  if (match === null || GITHUB_NON_PROFILES.has(match[1].toLowerCase())) return undefined;
  return match[1];
}

/** Sites where a person has an account, named after the account (`mcopik @ GitHub`, `@terts on Discord`). */
const ACCOUNT_SITES = new Set('discord github gitlab irc linkedin mastodon matrix slack twitter zulip'.split(' '));
/**
 * An account on a site: `handle @ Site` (the `@` tight or spaced) or `@handle on Site`. SPCL writes
 * `[mcopik @ GitHub](https://github.com/mcopik/)` (regression-8), uutils `@sylvestre on GitHub` (regression-6).
 */
const SITE_ACCOUNT =
  /(?<![\w@./-])(?:([A-Za-z0-9][\w-]*)[ \t]*@[ \t]*|@([A-Za-z0-9][\w-]*)[ \t]+on[ \t]+)([A-Za-z]+)\b(?![.@-])/g;

interface SiteAccount extends Span {
  /** The account's name, without `@`. */
  account: string;
  /** The site, in lower case (`github`). */
  site: string;
}

/** Every account on a site named in a text (`mcopik @ GitHub`); a site not known (`x @ Home`) is none. */
function siteAccounts(text: string): SiteAccount[] {
  const found: SiteAccount[] = [];
  if (!text.includes('@')) return found;
  for (const match of text.matchAll(SITE_ACCOUNT)) {
    const site = match[3].toLowerCase();
    if (!ACCOUNT_SITES.has(site)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, account: match[1] ?? match[2], site });
  }
  return found;
}

function isContactText(text: string): boolean {
  const t = text.trim();
  if (t === '' || isEmail(t) || CHANNEL_LINK_TEXTS.has(t.toLowerCase())) return true;
  // `[mcopik @ GitHub](https://github.com/mcopik/)`: the link's text names the account the link goes to.
  const accounts = siteAccounts(t);
  if (accounts.length === 1 && accounts[0].start === 0 && accounts[0].end === t.length) return true;
  const obfuscated = findEmails(t);
  return obfuscated.length === 1 && obfuscated[0].start === 0 && obfuscated[0].end === t.length;
}

/** Rewrites a link as plain text the entry parser reads: `Name <mail>` for mailto, `Name @handle` for GitHub profiles. */
function renderLink(text: string, url: string): string {
  if (/^mailto:/i.test(url)) {
    const address = url.slice(7).split(/[?,;]/)[0];
    return isContactText(text) ? ` <${address}> ` : `${text} <${address}>`;
  }
  const handle = githubHandleOf(url);
  if (handle !== undefined) {
    const sameAsHandle = text.trim().replace(/^@/, '').toLowerCase() === handle.toLowerCase();
    return sameAsHandle || isContactText(text) ? ` @${handle} ` : `${text} @${handle}`;
  }
  return CHANNEL_LINK_TEXTS.has(text.trim().toLowerCase()) || namesItsSite(text, url) ? ' ' : text;
}

/**
 * `[Atlassian](http://www.atlassian.com/)`: a link whose one-word text is its site's name points at a site, not a
 * person (`[Jinsheng Ba](http://jinshengba.me/)`, a name of two words, is a person's homepage).
 */
function namesItsSite(text: string, url: string): boolean {
  const name = text.trim().toLowerCase();
  if (!/^[a-z0-9-]+$/.test(name)) return false;
  const host = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,}(?:[/?#]|$)/i.exec(url.trim());
  return host !== null && host[1].toLowerCase() === name;
}

const LIST_MARKER = /^\s*(?:>\s*)*(?:[-*+•]|\d{1,9}[.)])\s+/;

/** Removes a `#…` template comment that starts a word outside brackets (`#For GSoC, it is required…`). */
function stripTemplateComment(line: string): string {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === '#' && depth === 0 && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

/** A table's delimiter row (`|---|:---:|`, `--- | ---`): at least one cell of dashes, every cell dashes and colons. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Grammar: a table's header row names its columns (`| Name | GitHub Profile | Email |` over DevRhylme's mentor rows,
 * regression-16; `| Mentor | Contact |`, `| Nombre | Correo |`, `| 姓名 | 邮箱 |`), never a person: the row right above
 * the delimiter row goes, and so does the delimiter row. A header row carrying contact details (an address, an `@`
 * handle or a link: `| Jane Doe | jane@x.org |` ⏎ `|---|---|`, a person's card set as a table) is a person's row and
 * stays.
 */
function withoutTableHeaders(raw: string): string {
  const lines = raw.split('\n');
  if (!lines.some((line) => line.includes('-') && DELIMITER_ROW.test(line) && line.includes('|'))) return raw;
  const kept: string[] = [];
  lines.forEach((line, index) => {
    if (line.includes('|') && DELIMITER_ROW.test(line)) return;
    const next = lines[index + 1];
    const header = next !== undefined && next.includes('|') && DELIMITER_ROW.test(next) && line.includes('|');
    if (header && !/@|\]\(|https?:\/\/|<[^<>\s]+>/.test(line)) return;
    kept.push(line);
  });
  return kept.join('\n');
}

function normalise(raw: string): string {
  // Escapes are undone first, so an escaped address (`joel.weiser\[AT\]oicr.on.ca`) reads in every spelling of issue 11.
  const text = replaceLinks(
    stripHtmlTags(stripHtmlComments(unescapeMarkdown(decodeEntities(withoutTableHeaders(raw))))),
    renderLink,
  );
  return joinWrappedContacts(text.split('\n'))
    .map((line) => stripTemplateComment(stripEmphasis(line.replace(LIST_MARKER, ''))))
    .join('\n');
}

/**
 * A line that opens with a bracketed group (one level of brackets inside: `(malte (at) iij.ad.jp)`): `(malte@iij.ad.jp),
 * Romain …`, `<jane@x.org>`, `(@jane)`.
 */
const OPENING_GROUP = /^[ \t]*[(<]((?:[^()<>\n]|\([^()<>\n]*\))*)[)>]/;

/** Whether a line opens with contact details in brackets: an address in any spelling, or a `@handle`. */
function opensWithContact(line: string): boolean {
  const group = OPENING_GROUP.exec(line)?.[1].trim();
  return group !== undefined && (/^@[A-Za-z0-9]/.test(group) || findEmails(group).length > 0);
}

/**
 * A value wrapped over two lines between a name and its contact details: `Dimitrios Giakatos (d@iij.ad.jp), Malte
 * Tashiro` ⏎ `(malte@iij.ad.jp), Romain Fontugne (…)` (Internet Health Report). The grammar: a line that is no list
 * item and opens with bracketed contact details (an address in any spelling, `(malte (at) iij.ad.jp)`, or a `@handle`),
 * after a line that ends with a word (no
 * separator: `,`, `;`, `)`…), carries on that line, so the details are the last name's. A line ending with a comma
 * starts a new entry, and a bracketed contact there stays an entry of its own.
 */
function joinWrappedContacts(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (
      previous !== undefined &&
      /\p{L}$/u.test(previous.trimEnd()) &&
      !LIST_MARKER.test(line) &&
      (opensWithContact(line) || wrapsName(previous, line))
    )
      joined[joined.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

/** A line's last entry: one capitalised word after an entry closed by its bracketed contact and a separator. */
const NAME_TAIL = /[)>][ \t]*(?:,|;|&|\band\b)[ \t]*\p{Lu}[\p{L}'’-]*\s*$/u;
/** A line's first words: one or two capitalised words, then what follows them. */
const NAME_HEAD = /^[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?(?=[ \t]*[(<])/u;

/**
 * A name wrapped over two lines inside a list of `NAME (CONTACT)` entries: `Joel Weiser (joel.weiser[AT]oicr.on.ca)
 * and Antonio` ⏎ `Fabregat (fabregat[AT]ebi.ac.uk).` (GMOD, regression-13). The grammar: the line before ends with an
 * entry of one capitalised word, after an entry closed by its bracketed contact details and a separator (`,`, `;`,
 * `&`, `and`), so its entries are written NAME (CONTACT); the line opens with one or two capitalised words and then
 * bracketed contact details: the words end the name the line before began. One name per line (`Jane` ⏎ `Bob
 * (bob@x.org)`) is no such list, and stays two people.
 */
function wrapsName(previous: string, line: string): boolean {
  if (!NAME_TAIL.test(previous)) return false;
  const head = NAME_HEAD.exec(line);
  return head !== null && opensWithContact(line.slice(head[0].length));
}

/**
 * A comma and a name's post-nominal, an academic degree or a generational suffix, that ends its entry (NISYSLAB's
 * `Mahmoud Zeydabadinezhad, PhD (mzeydab -at- emory.edu)`, regression-2; `Jane Roe, Ph.D. and …`, `John Doe, Jr.`):
 * part of the name before, not a person of its own. Sticky: tried at each comma.
 */
const POST_NOMINAL =
  /,\s*(?:Ph\.?\s?D|D\.?\s?Phil|M\.?\s?D|M\.?\s?Sc|B\.?\s?Sc|M\.?\s?Eng|MBA|Jr|Sr|II|III|IV|Esq)\.?(?=\s*(?:$|[,;(<[]|and\s|&))/y;

/**
 * After a spaced slash, a name of two capitalised words or more: `Vicențiu Ciorbaru / Sergei Petrunia` (MariaDB) names
 * two people, while `Jane Doe / @jdoe` or `Jane Doe / jane@example.org` is one person and her contact.
 */
const SLASHED_NAME = /^\p{Lu}[\p{L}'’.-]*[ \t]+(?:(?:van|von|der|den|de|da|del|dos|du|le|la|bin|al)[ \t]+)*\p{Lu}/u;

/**
 * Splits on `,`, `;`, ` and `, ` & `, ` / ` before a name (SLASHED_NAME) and line breaks, but never inside parentheses or brackets; a post-nominal after a
 * comma (`, PhD`) is dropped, not split off.
 */
function splitEntries(text: string): string[] {
  const lower = asciiLower(text);
  const entries: string[] = [];
  let depth = 0;
  let start = 0;
  let kept = ''; // the entry's text before a dropped post-nominal
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let skip = 0;
    if (ch === '\n') {
      depth = 0;
      skip = 1;
    } else if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0) {
      const length = ch === ',' ? postNominalAt(text, i) : 0;
      if (length > 0) {
        kept += text.slice(start, i);
        start = i + length;
        i += length - 1;
        continue;
      }
      if (ch === ';' || (ch === ',' && !isSurnameComma(text, start, i))) skip = 1;
      else if (ch === ' ' && lower.startsWith(' and ', i)) skip = 5;
      else if (ch === ' ' && (lower.startsWith(' & ', i) || lower.startsWith(' + ', i))) skip = 3;
      else if (ch === ' ' && text.startsWith(' / ', i) && SLASHED_NAME.test(text.slice(i + 3, i + 80))) skip = 3;
    }
    if (skip > 0) {
      entries.push(kept + text.slice(start, i));
      kept = '';
      start = i + skip;
      i += skip - 1;
    }
  }
  entries.push(kept + text.slice(start));
  // A list broken across lines leaves its conjunction at a line's end or start (`Jane Doe, jane@x.org, and` ⏎ `John
  // Roe`): a joining word, not an entry nor part of a name.
  return entries
    .map((entry) => collapseWhitespace(entry).replace(LINE_CONJUNCTION, ''))
    .filter((entry) => entry !== '');
}

const LINE_CONJUNCTION = /^(?:and|&)(?:\s+|$)|\s+(?:and|&)$/i;

/** The length of a comma and post-nominal at `comma` (POST_NOMINAL), or 0. */
function postNominalAt(text: string, comma: number): number {
  POST_NOMINAL.lastIndex = comma;
  return POST_NOMINAL.exec(text)?.[0].length ?? 0;
}

const SINGLE_NAME = /^\s*\p{Lu}[\p{L}'-]*\s*$/u;
const GIVEN_NAME_WITH_CONTACT = /^\s*\p{Lu}[\p{L}'-]*\s*[(<]/u;

/**
 * `Hung-Ying, Tai (@hydai, hydai@secondstate.io)`: a one-word family name, a comma, then a one-word given
 * name with the contact details is one person written family name first, not two people.
 */
function isSurnameComma(text: string, start: number, comma: number): boolean {
  return SINGLE_NAME.test(text.slice(start, comma)) && GIVEN_NAME_WITH_CONTACT.test(text.slice(comma + 1, comma + 60));
}

/**
 * A label opening an entry, then its colon or a spaced dash (`Primary Mentor: Sean Colsen`, `Secondary Mentor(s) –
 * Pavish Kumar`, the dashed form of label-bold-dash); it is dropped only when it is a mentor, contact or non-mentor
 * label below (`Jane Doe - primary` keeps its name).
 */
const ENTRY_LABEL = /^([A-Za-z][A-Za-z()'’ -]{0,30}?)(?:[ \t]*:[ \t]*|[ \t]+[–—-][ \t]+)/;
/** Mentor labels, one phrase each (several words: `primary mentor`, `technical contact`). */
const MENTOR_LABELS = new Set(
  (
    'mentor,mentors,co-mentor,co-mentors,comentor,co mentor,primary mentor,secondary mentor,possible mentors,' +
    'potential mentors,suggested mentor,suggested mentors,contact,technical contact,primary,secondary,lead,experts,expert'
  ).split(','),
);
const CONTACT_LABELS = new Set(['email', 'e-mail', 'mail', 'github', 'gh']);
/**
 * A label naming the mentors' way to be reached rather than the mentors: a contact word (`contact`, `email`, `e-mail`,
 * `mail`, `address`, `reach`…) qualified by `mentor(s)` before or after it (`Mentor contact`, `Mentors' emails`,
 * `Email of the mentor`, `Contact mentor at`, `Reach the mentors at`; OSPP's `导师联系方式`, `合作导师联系方式`, `导师邮箱`: the
 * mentor's contact details). The addresses after it are the mentors' named
 * before, in order (readPeople). A bare `contact` names a person (MENTOR_LABELS), and a bare `email` is CONTACT_LABELS'.
 */
const MENTOR_CONTACT_LABEL =
  /^(?:(?:合作|项目|社区)*导师的?(?:联系方式|邮箱|电子邮件|邮件|e-?mail)|(?:co-?)?mentors?(?:['’]s?|s['’])?[ \t]+(?:contacts?|e-?mails?|e-?mail[ \t]+address(?:es)?|mail|mail[ \t]+address(?:es)?|address(?:es)?|contact[ \t]+(?:details|info(?:rmation)?|e-?mails?))|(?:contacts?|e-?mails?|e-?mail[ \t]+address(?:es)?|address(?:es)?|reach|contact[ \t]+details)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:co-?)?mentors?(?:[ \t]+at)?)$/i;
/** A line that is only such a label (`Mentor contact:`): the addresses on the lines after it are the mentors'. */
const MENTOR_CONTACT_LINE = /^[ \t]*([A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han}'’ -]{2,40}?)[ \t]*[:：][ \t]*$/u;

/**
 * Whether a text is one e-mail address and nothing else, plain, in angle brackets or obfuscated (`<jane@x.org>`,
 * `jane [at] x [dot] org`, `jane AT x DOT org`): an address without a name (`Jane Doe <jane@x.org>` names someone).
 */
export function isAddressOnly(text: string): boolean {
  // Words joined by `at` and `dot` tokens and nothing else (`Feel free to reach out the x at y.edu` is a sentence).
  if (!/^<?\S+(?:\s+[[(]?(?:at|dot)[\])]?\s+\S+)*>?$/i.test(text.trim())) return false;
  const people = parsePeople(text);
  if (people.length !== 1 || people[0].email === undefined) return false;
  const person = people[0];
  return person.name === person.email || person.obfuscated === true;
}

/** Whether a field's label names the mentors' contact details (`Mentor contact`, `Mentors' emails`), not mentors. */
export function namesMentorContact(label: string): boolean {
  return MENTOR_CONTACT_LABEL.test(collapseWhitespace(label.replace(/\(s\)/g, '')));
}

/** Whether an entry's label names a way to reach the people before it (`email`, `Mentor contact`). */
function isContactLabel(key: string): boolean {
  return CONTACT_LABELS.has(key) || MENTOR_CONTACT_LABEL.test(key);
}
const NON_MENTOR_LABELS = new Set(['intern', 'interns', 'student', 'students', 'contributor', 'mentee', 'mentees']);

const HANDLE = /(?<![\w@./-])@([A-Za-z0-9][\w-]*)/g;
/**
 * A bare host name in lower case, of three parts or with a path (`archivers.slack.com`, `discord.gg/abc`): a place,
 * not a person (`john.doe` may be one).
 */
const HOST_NAME = /^(?:https?:\/\/)?[a-z0-9-]+(?:(?:\.[a-z0-9-]+)+\.[a-z]{2,}(?:\/\S*)?|\.[a-z]{2,}\/\S+)$/;
/** A chat channel (`#next-steps`, `#gsoc`). */
const CHANNEL = /^#[\p{L}\p{N}_-]+$/u;
const HANDLE_WORD = /^@[A-Za-z0-9][\w-]*$/;
const BARE_HANDLE = /^[a-z0-9][a-z0-9-]{0,38}$/;
const CONTACT_BOUNDARY = /[([{<|]| [-–—] /;
/** An indefinite pronoun (`Mentor: any`, `anyone`): it names nobody in particular, as `TBD` does. */
// An indefinite pronoun, alone or of a group (`any of us`, `anyone of the maintainers`, `someone from the Coq team`).
const INDEFINITE = /^(?:any(?:one|body)?|some(?:one|body)|every(?:one|body)|whoever)(?:\s+(?:of|from|in|on)\s+\S.*)?$/i;

/**
 * Head nouns of a phrase that names a group or a place to ask, not a person: `the community`, `Lyft networking team`,
 * `core maintainers`, `our Slack`, `the mailing list`, `Discord server`.
 */
const GROUP_OR_PLACE = new Set(
  (
    'mentor team teams community communities maintainers maintainer developers devs committers contributors members ' +
    'mentors staff folks people volunteers organisers organizers group groups org organization organisation ' +
    'channel channels slack discord gitter zulip irc matrix forum forums list lists chat chatroom server workspace'
  ).split(' '),
);
/**
 * Words of a clause that no name holds: articles, pronouns, auxiliaries and prepositions (`dedicated slack channel for
 * communication`, `will be assigned`, `it depends`, `to be decided by the maintainers`). Name particles (`van`, `de`,
 * `da`, `bin`) are not among them, nor `and`/`or`, which join names.
 */
const CLAUSE_WORDS = new Set(
  (
    'a an the to for of with by via through from on in into onto about over after before until once when if ' +
    'will would shall should can could may might must be been being is are was were has have had do does did ' +
    'we you it they he she our your us its their his her this that these those there here who which what ' +
    'not no yet soon later please each every all some ' +
    // verbs that open an instruction (`Ask in our Discord`, `Join the mailing list`)
    'ask join contact reach see use ping write post visit check'
  ).split(' '),
);

/** The names read in the current value that name nobody (namesNobody); readPeople drops them if they stay unreachable. */
const NOBODY = new Set<string>();

const DETERMINERS = new Set('a an the our your their its any some all'.split(' '));

/**
 * Whether a phrase ending in a group word is written as a person's name: every word capitalised and none of them a
 * determiner or an organisation's acronym (`Maria Mentor`, `Anna Matrix`), where a group is written in lower case
 * (`SODA team`, `core maintainers`), after a determiner (`The Core Team`) or after an acronym (`IHR Team`).
 */
function titleCaseName(words: string[]): boolean {
  return (
    words.length >= 2 && words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !DETERMINERS.has(word.toLowerCase()))
  );
}

/**
 * Whether an entry without an address or a handle names nobody (it is dropped, as a host name or a channel is). The
 * grammar: a phrase whose last word names a group or a place to ask (`the community`, `Lyft networking team`, `our
 * Discord server`, `Slack`), with no clause word but determiners; or a clause: two words or more, one of them a clause
 * word (CLAUSE_WORDS), and no capital but on a clause word or a group or place word (`dedicated slack channel for
 * communication`, `will be assigned`, `it depends`, `Ask in our Discord`). A name in lower case (`ajay`, `ajay kumar`)
 * or with a particle (`Edwin van
 * der Weide`) has no clause word; `ask Jane on Slack` has a capitalised name.
 */
function namesNobody(name: string): boolean {
  const words = name
    .split(/\s+/)
    .map((word) => trimPunctuation(word))
    .filter(Boolean);
  if (words.length === 0) return false;
  const lower = words.map((word) => word.toLowerCase());
  // `the community`, `our Discord server`: a group or place word last, no clause word but determiners (`Jane from
  // the compiler team` names Jane).
  const clause = (word: string): boolean => CLAUSE_WORDS.has(word) && !DETERMINERS.has(word);
  if (GROUP_OR_PLACE.has(lower[lower.length - 1]) && !lower.some(clause) && !titleCaseName(words)) return true;
  if (words.length < 2 || !lower.some((word) => CLAUSE_WORDS.has(word))) return false;
  return words.every((word, i) => !/^\p{Lu}/u.test(word) || CLAUSE_WORDS.has(lower[i]) || GROUP_OR_PLACE.has(lower[i]));
}

interface Span {
  start: number;
  end: number;
}

function withoutSpans(text: string, spans: Span[]): string {
  let out = '';
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < from) continue;
    out += `${text.slice(from, span.start)} `;
    from = span.end;
  }
  return out + text.slice(from);
}

function cleanName(text: string): string {
  return trimPunctuation(collapseWhitespace(text.replace(/mailto:/gi, ' ')));
}

interface EntryReading {
  people: Person[];
  /** The entry only gave contact details under a label (`mail: dev (at) apisix.apache.org`). */
  contactOnly: boolean;
  /** The entry is contact details and nothing else (`[a@b.hu](mailto:a@b.hu)`), labelled or not. */
  bare?: boolean;
}

function readEntry(entry: string): EntryReading | undefined {
  let text = entry;
  let contactOnly = false;
  const label = ENTRY_LABEL.exec(text);
  if (label !== null) {
    const key = collapseWhitespace(label[1].toLowerCase().replace(/\(s\)/g, ''));
    if (NON_MENTOR_LABELS.has(key)) return undefined;
    if (MENTOR_LABELS.has(key) || isContactLabel(key)) text = text.slice(label[0].length);
    contactOnly = isContactLabel(key);
  }
  if (text === '') return undefined;

  const words = text.split(' ');
  if (words.length > 1 && words.every((word) => HANDLE_WORD.test(word))) {
    return { people: words.map((word) => ({ name: word, handle: trimHandle(word.slice(1)) })), contactOnly: false };
  }

  const emails: EmailMatch[] = findEmails(text);
  // `mcopik @ GitHub` names a GitHub handle; an account on another site is a contact to leave out of the name. A
  // `@handle` inside an account (`@terts on Discord`) is that account's.
  const accounts = siteAccounts(text);
  // Handles and accounts both come in text order: one pointer walks the accounts (linear, not handles × accounts).
  let next = 0;
  const inAccount = (at: number): boolean => {
    while (next < accounts.length && accounts[next].end <= at) next++;
    return next < accounts.length && accounts[next].start <= at;
  };
  // An `@host` inside an address (`b.pross @52north.org`) is the address's host, not a handle.
  // Both come in text order: one pointer walks the addresses.
  let nextEmail = 0;
  const inEmail = (at: number): boolean => {
    while (nextEmail < emails.length && emails[nextEmail].end <= at) nextEmail++;
    return nextEmail < emails.length && emails[nextEmail].start <= at;
  };
  // Read match by match, not from a list of every match (which kept them all alive at once: a long run of handles
  // made the collector's work grow faster than the text).
  const handles: { start: number; end: number; handle: string }[] = [];
  for (const m of text.matchAll(HANDLE))
    if (!inAccount(m.index) && !inEmail(m.index))
      handles.push({ start: m.index, end: m.index + m[0].length, handle: trimHandle(m[1]) });
  for (const account of accounts)
    if (account.site === 'github')
      handles.push({ start: account.start, end: account.end, handle: trimHandle(account.account) });
  handles.sort((a, b) => a.start - b.start);
  // A template's address (`jane@email.address`) is no way to reach anyone: it is dropped from the name, not kept.
  const real = emails.filter((e) => !isTemplateAddress(e.email));
  const email = real.find((e) => !e.obfuscated) ?? real[0];
  let handle = handles[0]?.handle;

  const rest = withoutSpans(text, [...emails, ...handles, ...accounts]);
  const boundary = rest.search(CONTACT_BOUNDARY);
  let name = cleanName(boundary < 0 ? rest : rest.slice(0, boundary));
  // `\`goto@google.com\`. See the guide to applying.`: sentences after an entry's opening address are a remark.
  if (name !== '' && contactThenSentences(text, emails, handles)) name = '';
  // `… but I can help. Andrea Richiardi (…)`: the name is in the last sentence before the contact details.
  const sentences = name.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const remark = sentences.slice(0, -1).join(' ').split(/\s+/).length >= 3; // a clause, not `Dr.`
  if (sentences.length > 1 && remark && (emails.length > 0 || handles.length > 0))
    name = cleanName(sentences[sentences.length - 1]);
  const namedByContact = name === '';
  if (namedByContact) {
    if (handles.length > 0) name = text.slice(handles[0].start, handles[0].end);
    else if (email !== undefined) name = text.slice(email.start, email.end);
    else name = cleanName(rest.replace(/[()[\]{}<>]/g, ' '));
  }
  if (name === '' && isPlaceholder(text)) name = text; // `-`, `—`, `?`: a stand-in, kept as written
  if (name === '') return undefined;
  // A chat workspace or channel (`archivers.slack.com`, `#next-steps`) is a place to ask, not a person.
  if (email === undefined && handle === undefined && (HOST_NAME.test(name) || CHANNEL.test(name))) return undefined;

  let placeholder = isPlaceholder(name) || INDEFINITE.test(name);
  // A group, a place or a clause (namesNobody) is read as an entry, so that contact details after it (`*Project
  // Devs*, mail: dev (at) apisix.apache.org`) are its own; readPeople drops it if it stays without any.
  if (email === undefined && handle === undefined && !placeholder && namesNobody(name)) NOBODY.add(name);

  // `TBD - informally @chadbrewbaker`: a stand-in beside a real handle or address names that contact's person (a
  // contact that is a stand-in too, `TBD (@tbd, tbd@email)`, names nobody).
  const contact = handle ?? (email && !email.obfuscated ? email.email : undefined);
  if (placeholder && contact !== undefined && !isPlaceholder(contact) && !isPlaceholder(contact.split('@')[0])) {
    name = handle !== undefined ? `@${handle}` : contact;
    placeholder = false;
  }
  if (!placeholder && email === undefined && handle === undefined && !NOBODY.has(name) && BARE_HANDLE.test(name))
    handle = name;
  const person: Person = { name };
  if (email !== undefined) person.email = email.email;
  if (handle !== undefined) person.handle = handle;
  if (email?.obfuscated === true) person.obfuscated = true;
  if (placeholder) person.placeholder = true;
  return { people: [person], contactOnly: contactOnly && namedByContact, bare: namedByContact };
}

function trimHandle(handle: string): string {
  let end = handle.length;
  while (end > 1 && (handle[end - 1] === '-' || handle[end - 1] === '_')) end--;
  return handle.slice(0, end);
}

/**
 * Reads the people in a mentors/contact value (raw Markdown): `Name <a@b.c>`, `[Name](mailto:…)`,
 * `Name (@gh, a@b.c) - primary`, `@a @b`, GitHub profile links, obfuscated addresses and placeholders.
 * Entries are split on `,` `;` ` and ` line breaks, list items and `<br>`, never inside brackets.
 */
export function parsePeople(raw: string): readonly Readonly<Person>[] {
  if (typeof raw !== 'string') return [];
  let people = PEOPLE_READ.get(raw);
  if (people === undefined) {
    people = readPeople(raw);
    if (PEOPLE_READ.size >= PEOPLE_READ_KEPT) PEOPLE_READ.clear();
    PEOPLE_READ.set(raw, people);
  }
  return people;
}

/**
 * People already read, by raw value: one mentors field is read up to five times (twice while its fields are found,
 * then by missing-mentor, min-mentors and missing-mentor-email), and a long field of handles or addresses is the
 * costliest value to read. Emptied by `forgetPeople` when the next file is parsed, and when it holds too many.
 * Callers share the arrays it returns, so they are read-only.
 */
const PEOPLE_READ = new Map<string, readonly Readonly<Person>[]>();
const PEOPLE_READ_KEPT = 1024;

/** Forgets the people read so far (parseIdeaFile calls it for each file, so no reading outlives its file's lint). */
export function forgetPeople(): void {
  PEOPLE_READ.clear();
}

function readPeople(raw: string): Person[] {
  NOBODY.clear();
  const people: Person[] = [];
  const readings: EntryReading[] = [];
  // After a line that is only a contact label (`Mentor contact:`), addresses alone are the people's named before.
  let contactLines = false;
  for (const line of normalise(raw).split('\n')) {
    const alone = MENTOR_CONTACT_LINE.exec(line);
    if (alone && isContactLabel(collapseWhitespace(alone[1].toLowerCase()))) {
      contactLines = true;
      continue;
    }
    const onLine = splitEntries(line)
      .map(readEntry)
      .filter((reading): reading is EntryReading => reading !== undefined);
    // `Mentor emails: a@x.org, b@y.org`: the addresses after a contact label's first are contact details too.
    if (contactLines || onLine[0]?.contactOnly)
      for (const reading of onLine)
        if (reading.bare && reading.people.length === 1 && reading.people[0].email !== undefined)
          reading.contactOnly = true;
    const card = cardOf(onLine);
    readings.push(...(card ? [card] : (sharedAddress(line, onLine) ?? onLine)));
  }
  for (const reading of readings) {
    const previous = people[people.length - 1];
    const [only] = reading.people;
    // `Mentors: Jane Doe, John Roe` ⏎ `Mentor contact: jane@x.org, john@y.org`: contact details alone go, in order, to
    // the people of the run without an address that ends the list so far (`*Project Devs*, mail: dev (at)
    // apisix.apache.org`: to the entry before).
    const unreached = reading.contactOnly && only.email !== undefined ? firstUnreached(people) : undefined;
    if (unreached !== undefined) {
      unreached.email = only.email;
      if (only.obfuscated === true) unreached.obfuscated = true;
      continue;
    }
    if (reading.contactOnly && previous !== undefined && !previous.placeholder) {
      if (only.email === undefined && only.handle !== undefined && previous.handle === undefined) {
        previous.handle = only.handle;
        continue;
      }
    }
    // `Marcin Copik (mcopik [at] gmail [.] com), [mcopik @ GitHub](…)`: a handle alone, right after a person it names
    // (by a word of their name or their address), is that person's handle, not a second mentor.
    if (
      reading.bare === true &&
      only.email === undefined &&
      only.handle !== undefined &&
      previous !== undefined &&
      !previous.placeholder &&
      previous.handle === undefined &&
      handleNames(only.handle, previous)
    ) {
      previous.handle = only.handle;
      continue;
    }
    // `Dragomir Radev, \`dragomir.radev@yale.edu\`, and Pierre de Lacaze, …`: an address alone, right after a person
    // without one whom it names (a word of their name in its local part), is that person's address, not a second
    // mentor; an address naming nobody before it (`Jane Doe, team@x.org`) stays an entry of its own.
    if (
      reading.bare === true &&
      only.email !== undefined &&
      only.handle === undefined &&
      previous !== undefined &&
      !previous.placeholder &&
      previous.email === undefined &&
      handleNames(only.email.split('@')[0], previous)
    ) {
      previous.email = only.email;
      if (only.obfuscated === true) previous.obfuscated = true;
      continue;
    }
    for (const person of reading.people) people.push(person);
  }
  // `The Taskflow Team will mentor this project throughout …`: a sentence, not a person; nor is a group, a place or a
  // clause left without contact details (`the community`, `dedicated slack channel for communication`).
  const named = people.filter(
    (person) =>
      person.email !== undefined || person.handle !== undefined || (!isProse(person.name) && !NOBODY.has(person.name)),
  );
  NOBODY.clear();
  if (named.length < people.length) people.splice(0, people.length, ...named);
  // `Maybe secondary, after boot's folks, but I can help. Andrea Richiardi (a@b.org)`: beside someone with a way
  // to reach them, an entry without one that does not read as a name is a remark, not a mentor.
  if (people.some((person) => person.email !== undefined || person.handle !== undefined))
    return people.filter(
      (person) =>
        person.email !== undefined || person.handle !== undefined || person.placeholder || isNameLike(person.name),
    );
  return people;
}

/** Whether `text` opens with its first address or handle (in quotes or brackets at most) and a sentence ends it. */
function contactThenSentences(
  text: string,
  emails: readonly { start: number; end: number }[],
  handles: readonly { start: number; end: number }[],
): boolean {
  const first = [emails[0], handles[0]].filter((span) => span !== undefined).sort((a, b) => a.start - b.start)[0];
  if (first === undefined || !/^[\s`'"(<[]*$/.test(text.slice(0, first.start))) return false;
  return /^[`'")>\]]*[.!?]\s+\p{Lu}/u.test(text.slice(first.end));
}

/** The first person without an address, not a stand-in, of the run of such people that ends `people`. */
function firstUnreached(people: Person[]): Person | undefined {
  let first: Person | undefined;
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i];
    if (person.email !== undefined || person.placeholder) break;
    first = person;
  }
  return first;
}

/**
 * `Attila Klenik, research fellow, a.klenik@vik.bme.hu, Budapest University…, Critical Systems Research Group`: a line
 * that names a person first, then their address alone among other details, is one person's card; the details
 * (role, affiliation) are no mentors.
 */
function cardOf(onLine: EntryReading[]): EntryReading | undefined {
  if (onLine.length < 3) return undefined;
  const [first] = onLine[0].people;
  const reachable = onLine.filter((reading) =>
    reading.people.some((p) => p.email !== undefined || p.handle !== undefined),
  );
  if (reachable.length !== 1 || reachable[0] === onLine[0] || !reachable[0].bare) return undefined;
  if (onLine[0].people.length !== 1 || first.placeholder || !isNameLike(first.name)) return undefined;
  const [contact] = reachable[0].people;
  if (contact.email === undefined) return undefined;
  return {
    people: [{ ...first, email: contact.email, ...(contact.obfuscated ? { obfuscated: true } : {}) }],
    contactOnly: false,
  };
}

/**
 * `Tamara & Bena gsoc@opengovafrica.org`: names joined by `and`/`&`, the last one followed by an address that names
 * none of them (a team's or program's address, `gsoc@`, `mentors@`), share that address: it reaches each of them.
 * An address naming its person (`Bob Smith bob.smith@x.org`, `bs@x.org`) is that person's alone.
 */
function sharedAddress(line: string, onLine: EntryReading[]): EntryReading[] | undefined {
  if (onLine.length < 2 || !/\s(?:and|&)\s/i.test(line)) return undefined;
  const people = onLine.map((reading) => (reading.people.length === 1 ? reading.people[0] : undefined));
  const last = people[people.length - 1];
  if (!last?.email || last.obfuscated || last.placeholder || !isNameLike(last.name)) return undefined;
  const before = people.slice(0, -1);
  if (
    !before.every(
      (person) =>
        person !== undefined &&
        person.email === undefined &&
        person.handle === undefined &&
        !person.placeholder &&
        isNameLike(person.name),
    )
  )
    return undefined;
  const local = asciiLower(last.email.split('@')[0]).replace(/[^a-z]/g, '');
  const namesOne = people.some((person) => {
    const words = asciiLower((person as Person).name)
      .split(/[^a-z]+/)
      .filter(Boolean);
    const initials = words.map((word) => word[0]).join('');
    return words.some((word) => word.length >= 3 && local.includes(word)) || local === initials;
  });
  if (namesOne) return undefined;
  return onLine.map((reading) => ({
    ...reading,
    people: reading.people.map((person) => ({ ...person, email: last.email })),
  }));
}

/**
 * Whether a handle names a person: it holds a word of three letters or more of their name (`mcopik`, Marcin Copik;
 * `phschaad`, Philipp Schaad) or is their address's name part (`mcopik`, mcopik@gmail.com).
 */
function handleNames(handle: string, person: Person): boolean {
  const letters = asciiLower(handle).replace(/[^a-z0-9]/g, '');
  const local = person.email === undefined ? '' : asciiLower(person.email.split('@')[0]).replace(/[^a-z0-9]/g, '');
  const words = asciiLower(person.name)
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3);
  return letters !== '' && (letters === local || words.some((word) => letters.includes(word)));
}

/** Lower-case words inside a person's name (`Ludwig van Beethoven`, `Maria da Silva`, `Ana y Ruiz`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'du',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'y',
]);

/** Whether a text reads as a person's name: its words capitalised (particles aside), or written without case. */
function isNameLike(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  // `2024 14:55`: a date or a time is no name.
  if (!/\p{L}/u.test(name)) return false;
  return words.every((word) => !/^\p{Ll}/u.test(word) || NAME_PARTICLES.has(word) || words.length === 1);
}

/** Whether an entry is a sentence: a capital, then six words or more, three of them in lower case (particles aside). */
function isProse(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return (
    words.length >= 6 &&
    /^\p{Lu}/u.test(words[0]) &&
    words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.has(word)).length >= 3
  );
}
