// Rule undefined-terms: a term listed among named technologies in a label's list ("Skills: Java, GWT, Javascript").

/**
 * The grammar: a line "LABEL: A, B, C" (a field line such as `**Knowledge Prerequisites:** Java, GWT, Javascript`,
 * `- **Needed Skills:** Rust, WGPU, computer graphics`, a technology stack's bullet `- **Image Processing**: OpenCV,
 * PIL for image handling`, a `| Skills | … |` row's cell), whose value is a list of short items (separated by commas,
 * semicolons, slashes, "and", "or", "&"), one of which is the term alone (or the term and a phrase after a
 * preposition, "PIL for image handling"), and another a product's plain name in Title Case or CamelCase (`Java`,
 * `OpenCV`, `Rust`, `Node.js`). Such a list names the technologies the idea uses or asks for; the plain names among
 * them say the items are products, and the term is read as one of them, a name the applicant looks up as they look up
 * `Java`. A list of acronyms alone ("Skills: ASR, LLM, TTS") says nothing of what they are.
 *
 * Evidence, over the thirteen term-labelled sets (regression-2 … regression-14): of the labelled terms that are an
 * item of such a list, the readers labelled about 65 defined or common (GWT, PIL, WGPU in regression-9; WEBGL in
 * regression-11; GLSL, SVG, XML in regression-8; GRPC in regression-12; REST, IoT in regression-6; CVC5 in
 * regression-2 …) and five undefined (EMF, JDT in regression-3; OIDC in regression-4; MCP in regression-10; SAML in
 * regression-13). Only the use in the list is excused: a use in the idea's prose is still checked.
 */
const LABEL_LINE =
  /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__|\*|_)?[^\s:：|*_][^:：|\n*_]{0,50}?(?:\*\*|__|\*|_)?[ \t]*[:：](?:\*\*|__|\*|_)?[ \t]*/u;

/** Separators of a list's items. */
const ITEM_SEPARATOR = /[,;/、，；]|\s(?:and|or|&)\s/gu;

/** A product's plain name: Title Case or CamelCase (`Java`, `OpenCV`, `JavaScript`, `gRPC`), or a dotted name. */
const PLAIN_NAME = /^(?:\p{Lu}\p{Ll}+[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\.?\p{L}+(?:\.\p{L}+)+)$/u;

/** The term's own item: the term alone, or the term then a phrase after a preposition ("PIL for image handling"). */
const TRAILING_PHRASE = /^\s+(?:for|with|in|to|on|as)\s/u;

/** Most words an item of such a list holds ("computer graphics", "shader programming"). */
const SHORT_ITEM_WORDS = 3;

/**
 * Most words any item of the list holds: skills lists hold phrases ("experience with optimising database queries",
 * five words); an item longer is a sentence, and the line prose.
 */
const LIST_ITEM_WORDS = 6;

/** Farthest a list line reaches on either side of the use: a label's list of technologies is one short line. */
const LINE_WINDOW_CHARS = 1000;

/** Marks and emphasis around an item. */
const ITEM_TRIM = /^[\s*_`"'([]+|[\s*_`"'.)\]]+$/gu;

/**
 * Whether the use at [start, end) of `text` is an item of a label's list of technologies beside a product's plain
 * name (see above). `text` is a block's text; the line of the use is read.
 */
export function listedAsTechnology(text: string, start: number, end: number): boolean {
  // Only the stretch within LINE_WINDOW_CHARS of the use is read: a list line is short, and a line of 100,000
  // characters holding 10,000 acronyms would otherwise be split once per acronym.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > LINE_WINDOW_CHARS) return false;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  if (lineEnd - end > LINE_WINDOW_CHARS) return false;
  const line = text.slice(lineStart, lineEnd);
  // A table row: the cell holding the use is the value, a row's first cell its label.
  let value: string;
  let at = start - lineStart;
  if (/^\s*\|/.test(line)) {
    const cellStart = line.lastIndexOf('|', at - 1) + 1;
    const cellEnd = line.indexOf('|', at);
    if (cellStart <= line.indexOf('|') + 1) return false;
    value = line.slice(cellStart, cellEnd < 0 ? line.length : cellEnd);
    at -= cellStart;
  } else {
    const label = LABEL_LINE.exec(line);
    if (!label || label[0].length > at) return false;
    value = line.slice(label[0].length);
    at -= label[0].length;
  }
  // The line must read as a list, its parentheses aside: no item of a sentence's length ("Description: As the
  // scheduler grows plugins (NUMA, Device Sharing, …), the project needs …" is prose, its parenthesis too).
  const outer = value.replace(/\([^()]*\)/gu, (remark) => ' '.repeat(remark.length));
  if (outer.split(ITEM_SEPARATOR).some((item) => item.trim().split(/\s+/).length > LIST_ITEM_WORDS)) return false;
  // A use inside a parenthesis is an item of the list the parenthesis holds ("web (Svelte, CSS, TypeScript)");
  // elsewhere, a parenthesis is a remark on an item, not items of the list.
  const open = value.lastIndexOf('(', at);
  const close = value.indexOf(')', at);
  if (open >= 0 && value.lastIndexOf(')', at) < open && close > at) {
    value = value.slice(open + 1, close);
    at -= open + 1;
  } else {
    value = outer;
  }
  const term = text.slice(start, end);
  let own = false;
  let named = false;
  let itemStart = 0;
  const separators = [...value.matchAll(ITEM_SEPARATOR)].map((match) => [match.index, match[0].length]);
  separators.push([value.length, 0]);
  for (const [sepAt, sepLength] of separators) {
    const raw = value.slice(itemStart, sepAt);
    const mine = at >= itemStart && at < sepAt;
    itemStart = sepAt + sepLength;
    const item = raw.replace(ITEM_TRIM, '');
    if (item.length === 0) continue;
    if (mine) {
      if (!item.startsWith(term)) return false;
      const rest = item.slice(term.length);
      if (rest.length > 0 && !TRAILING_PHRASE.test(rest)) return false;
      own = true;
    } else if (item.split(/\s+/).length <= SHORT_ITEM_WORDS && PLAIN_NAME.test(item)) {
      named = true;
    }
  }
  return own && named;
}
