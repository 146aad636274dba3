// Rule undefined-terms, its machinery: the terms a block of prose defines (research/GUIDELINES.md §5.5). Pure.
import { overlapsInOrder, readAcronyms, type AcronymLimits } from './find-acronyms.js';
import { WELL_KNOWN } from './well-known.js';
import { acronymLetters, endsWithLongForm, isContent, splitWords, startsWithLongForm } from './initials.js';
import type { TextBlock } from '../../src/lint/rule-kit.js';

/** A phrase that names the word after it as another name of what came before: "(or IOA/T)", "aka QuickData". */
const ALIAS =
  /(?:\(\s*or|\balso known as|\baka|\ba\.k\.a\.?|\balso called|\babbreviated(?: as| to)?|\bshort(?:ened)? (?:as|to)|\bhereafter)\s+/gi;

/** A phrase after a term that explains it: "DRBD stands for …", "XCP, short for …". */
const EXPLAINED_BY =
  /,?\s*(?:\(\s*)?(?:which\s+|that\s+)?(?:stands for|is short for|short for|means|meaning|i\.e\.|is an? (?:abbreviation|acronym|initialism) (?:of|for)|also known as|aka|a\.k\.a\.)\s/iy;

// Sticky patterns, tried right after a word.
/**
 * What may stand between a term and the link that follows it at once: a colon, a comma or an opening parenthesis,
 * and in the parenthesis a word that points to the link ("XCP ([overview](…))", "QZX (see [the site](…))", "QZX
 * (cf. [1](…))", "QZX (docs: [here](…))").
 */
const LINK_GAP =
  /\s*(?:[(:,]\s*(?:(?:see(?:\s+also)?|cf\.?|ref\.?|more\s+at|details(?:\s+at)?|docs?|link)\s*:?\s*)?)?/iy;
/** White space only: a link whose text opens with the parenthesis, "QZX [(docs)](…)". */
const SPACE_GAP = /\s*/y;
const CLOSES = /\s*(?:[),;:]|for short\b|-\s)/y;
const PARENTHESIS = /\s*\(([^()]{3,200})\)/y;
/** Closing tags of inline HTML emphasis right after a word (`</b>`, `</strong></em>`). */
const CLOSING_TAGS = /(?:\s*<\/(?:b|strong|em|i|u|mark|span|abbr|code)>)+/iy;
/** Opening quotation marks and the mark that closes each (straight, curly, guillemets, corner brackets). */
const QUOTES = new Map([
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
]);
const SEPARATOR = /\s*(?::|–|—|\s-|\|)\s+/y;

/** First words that make a parenthesis a remark rather than an explanation: "HVM (and PV)", "DRBD (see …)". */
const REMARK =
  /^(?:and|or|but|not|see|cf|e\.?g|eg|for example|for instance|such as|like|including|incl|etc|with|without|in|on|at|from|to|by|via|vs|versus|which|where|when|if|as|also|only|optional|required|deprecated|beta|version|v\d|previously|formerly|now|soon|perhaps|maybe|possibly|probably|optionally|usually|typically|mostly|mainly|currently|ideally|preferably|especially|here|this|these|those|it|its|they|we|you|i|is|are|was|were|has|have|will|would|can|could|should|may|might|must|do|does|not)\b/i;

const WORD = /[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/**
 * Nouns that say what kind of thing a name is when they follow it: "the AUTOVAL package", "BLAS libraries", "CUDA
 * language support", "raw sequencing reads (FASTQ files)". Only
 * nouns that read as "X is a …": "the DNSSEC plugin", "a PCI tool", "the CO-OPS API" or "NVIDIA GPUs" name
 * something made for X or by X, and say nothing of what X is.
 */
const KIND_NOUN =
  /\s+(?:librar(?:y|ies)|packages?|toolkits?|toolbox(?:es)?|frameworks?|solvers?|simulators?|software|formats?|file\s+(?:formats?|types?)|files|(?:programming\s+)?languages?|file\s?systems?|standards?|specifications?|middleware|engines?|datasets?|data\s+sets?|databases?|compilers?|toolchains?|suites?)\b/uy;

/**
 * One or two words describing the kind between a name and its kind noun: "AFRAME 3D VR framework", "the PX4
 * navigation stack" (JdeRobot, regression-10), as "the Eclipse modeling framework" reads. Not a small word, a verb
 * form or an adverb (`UQ has developed an existing tool`, `LWJGL out of the engine`): the words must be the kind's
 * modifiers, a noun or a name, with nothing between them but a space.
 */
const MODIFIED_KIND = new RegExp(
  `(?: (?!(?:${[
    'a an the and or but nor of in on at to for with by from into onto over under as via than then so if',
    'is are was were be been being has have had do does did can could will would shall should may might must',
    'it its this that these those which who whom whose what not no our your their his her my we you they',
    'also only more most less such very much many some any each every all both other another new own',
  ]
    .join(' ')
    .split(' ')
    .join('|')})\\b)(?![\\p{L}\\p{N}]*(?:ed|ly|ing)\\b)[\\p{L}\\p{N}]+){1,2}(?=${KIND_NOUN.source})`,
  'uy',
);

/**
 * A standard's designation, its publisher's initials and a number, before the kind noun: "the IEC 61131-3 Standard"
 * (MoMA Lab, regression-9), as "ISO 8601 format" or "IEEE 754 standard" say that the number is a standard of X.
 */
const NUMBERED_KIND = /\s+\d[\p{N}.:-]*\s+(?:standards?|specifications?|formats?)\b/iuy;

/** One name of a list: a capital or digit first, maybe hyphenated or dotted (`ELF`, `Mach-O`, `LAPACK`, `C++`). */
const LIST_ITEM = '[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*(?:\\+\\+)?';
/** What joins the items of a list: a comma, maybe with `and` / `or`, or `and`, `or`, `and/or`, `&` alone. */
const LIST_JOIN = '(?:\\s*,\\s*(?:(?:and|or|and\\/or)\\s+)?|\\s+(?:and|or|and\\/or|&)\\s+)';
/**
 * The rest of a list of names after a term, up to a kind noun that all the items share: "the PE, ELF, and/or Mach-O
 * file formats" (Mandiant FLARE, regression-9) reads as the PE, the ELF and the Mach-O file formats, as "BLAS and
 * LAPACK libraries" does; English coordination shares the head noun among the items.
 */
const LIST_BEFORE_KIND = new RegExp(`(?:${LIST_JOIN}${LIST_ITEM}){1,6}(?=${KIND_NOUN.source})`, 'uy');

/**
 * Vendors everyone has heard of: a term right after one is that vendor's product, named as such ("Intel TBB",
 * "NVIDIA CUDA", "Microsoft MSVC", "IBM's DB2").
 */
const VENDOR =
  /(?:^|[\s(/])(?:Intel|NVIDIA|Nvidia|AMD|IBM|Microsoft|Google|Apple|Amazon|Oracle|Adobe|Qualcomm|Mozilla|Cisco|Meta|Facebook|Xilinx|Autodesk|Samsung|Huawei|Alibaba|Red Hat|Arm|ARM)(?:['’]s)?\s+$/u;

/**
 * Code written in a term: the term is a language, as "the X language" says ("tune the GPU code written in GLSL",
 * Cesium, regression-8; "a kernel written in C").
 */
const WRITTEN_IN = /(?:^|\s)(?:written|implemented|coded|programmed)\s+in\s+$/u;

/**
 * A release number after a name: "MoveIt 2, ROS 2, Motion Planning" (MoveIt, regression-10), "Python 3", "ROS 2
 * nodes": a product that ships versions is named, not abbreviated. Not a count (`HPC 2 weeks`, `GPU 4 cores`): the
 * word after the number is not a plural.
 */
const VERSION_AFTER = /\s+\d{1,2}(?:\.\d+)?(?=\s*[,.;:)\]|/]|\s*$|\s+(?!\p{Ll}+s\b)\p{L})/uy;

/**
 * The same release in parentheses, as the version a list asks for: "EMF (2.x or later)", "GTKX (3.24+)", "QZX (>=
 * 1.2)", "QZX (version 8 or later)", "QZX (v2 or newer)". A product that ships versions is named, as "ROS 2" is; the
 * parenthesis holds nothing but the version and "or later" (a remark such as "(optional)" or "(version TBD)" is
 * not one).
 */
const VERSION_IN_PARENTHESES =
  /\s*[(（]\s*(?:(?:version|ver\.?|v)\s*|[>≥]=?\s*)?\d{1,3}(?:\.(?:\d+|x))*\+?(?:\s+(?:or|and)\s+(?:later|newer|above|higher|up))?\s*[)）]/iuy;

/** A quantity with a unit of memory or storage right before a term: what is measured ("2GB VRAM", "16 GB DDR4"). */
const QUANTITY = /(?:^|[\s(（,，])\d+(?:\.\d+)?\s*(?:[KMGTP]i?B|bytes?)\s+$/iu;

/** How far around a term its list of examples is looked for (a list of short items is far shorter). */
const LIST_WINDOW_CHARS = 400;
/** Where a clause ends, for lists of names: sentence punctuation before a space, and brackets, colons, bars. */
const CLAUSE_END = /[.!?](?=\s|$)|[;:：；()（）[\]|\n]/gu;
/** Words that introduce examples, at the end of a clause's text before a list. */
const EXAMPLES = /(?:\b(?:e\.?\s?g|ex|eg)\.?|\bfor (?:example|instance)|\bsuch as|\blike|\bincluding)\s*,?\s*$/iu;

/** The same words opening a clause ("(e.g., IPFS, Indie Web, …)"). */
const LEADING_EXAMPLES = /^\s*(?:(?:e\.?\s?g|ex|eg)\.|for (?:example|instance)|such as|like|including)\s*,?\s*/iu;

/** Separators of a list's items: commas, the Chinese enumeration comma, and a final `and` / `or`. */
const LIST_SEPARATOR = /\s*(?:,|，|、)\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/u;

/**
 * A clause after a name (or after "name + kind noun") that says what it is or does: "RCPP to allow C++ to work
 * inside of R", "BLAS libraries, which consist of …", "X is a …", "X, an open-source …".
 */
const DESCRIBED_BY =
  /(?:,\s*which\s|\s+(?:which|that)\s+(?:is|are|provides?|consists?|allows?|lets?|enables?|offers?|implements?|supports?|runs?|helps?|contains?|includes?|generates?|computes?)\s|\s+to\s+(?:allow|let|enable|make|help|provide|support|run)\s|\s+is\s+an?\s|,\s+an?\s+\p{Ll}|\s+for\s+\p{Ll}{2,}ing\s+\p{Ll})/uy;

/**
 * A copula after a term that is its sentence's subject: the sentence says what the term is ("JAX is a Python framework
 * …", SAiDL, regression-16). The grammar, in the languages of the sets (the verb "to be", then an article, then a
 * word): English `is`/`was` + a, an, the; Dutch `is` + een, de, het; French `est` + un, une, le, la, l'; Spanish `es` +
 * un, una, el, la; Portuguese `é` + um, uma; Italian `è` + un, uno, una, il, lo, la, l'; German `ist` + ein, eine, der,
 * die, das; Chinese 是 (not 是否, "whether"). Only with the term as subject (SUBJECT_BEFORE): "the cost is a QZX
 * problem" says nothing of QZX, and "… which is the QZX" is not about it.
 */
const COPULA =
  /\s+(?:(?:is|was)\s+(?:an?|the|een|de|het)|est\s+(?:une?|le|la)|es\s+(?:una?|el|la)|é\s+uma?|è\s+(?:un[oa]?|il|lo|la)|ist\s+(?:eine?|der|die|das))\s+\p{L}|\s+(?:est|è)\s+l['’]\p{L}|\s*是(?!否)\s*[\p{L}\p{N}]/uy;

/**
 * What may stand before a term that is its sentence's subject: the block's start, or the end of a sentence, clause
 * or label (`.`, `!`, `?`, `:`, `;`, their Chinese forms, a line break, a list's bullet), then maybe a definite
 * article (The, Le, La, L', El, Il, Lo, Der, Die, Das, Het).
 */
const SUBJECT_BEFORE =
  /(?:^|[.!?:;。！？：；\n])[ \t]*(?:[-*+][ \t]+)?(?:(?:The|Le|La|El|Il|Lo|Der|Die|Das|De|Het)[ \t]+|L['’])?$/u;

/** How far back SUBJECT_BEFORE reads: a bullet, a space and an article. */
const SUBJECT_WINDOW = 12;

/** Whether the word at `start` opens its sentence, clause or label (SUBJECT_BEFORE), read within SUBJECT_WINDOW. */
function isSubject(text: string, start: number): boolean {
  const from = Math.max(0, start - SUBJECT_WINDOW);
  const before = text.slice(from, start);
  // Cut by the window: the block's start is not in view, so `^` may not stand for it; a newline puts one in view.
  const view = from > 0 ? `\u0000${before}` : before;
  return SUBJECT_BEFORE.test(view);
}

/**
 * An appositive or a dash after a term that says what it is: "QZX — a Python framework", "QZX - an engine", "QZX, un
 * framework Python, …", "QZX, eine Bibliothek". The English "QZX, a framework" is read by DESCRIBED_BY; this adds the
 * dash (em dash, en dash, a spaced hyphen) with an English article, and the indefinite articles of the other
 * languages after a comma or a dash (un, une, uno, una, ein, eine, um, uma, een), then a word (in lower case after a
 * comma, but for German, whose nouns are capitalised).
 */
const APPOSITIVE =
  /(?:\s*[—–]|\s+-)\s*(?:an?|the|une?|un[oa]|eine?|uma?|een)\s+\p{L}|,\s+(?:une?|un[oa]|uma?|een)\s+\p{Ll}|,\s+eine?\s+\p{L}/uy;

/**
 * "<kind>, such as A, B or C" / "<kind> including A and B" / "<kind> like A" / "<kind> (like A, B, etc.)": the names
 * listed are instances of the kind named before them ("simulation tools, such as MOOSE", "SMT solvers, such as Z3
 * or CVC5", "vendor-specific libraries (like CUBLAS, CUDNN, etc.)"). The word
 * before "like" must not be a verb's subject or a modal ("we would like …").
 */
const SUCH_AS = /(\p{L}{3,})(?:\s*,?\s+|\s*[(（]\s*)(?:such as|including|like)\s+/giu;
/** Small words that go on from the last item of such a list to what the items are for or do. */
const ITEM_PURPOSE = /^(?:for|to|in|with)$/;
/** The words SUCH_AS needs, looked for first: most blocks have none. */
const MAY_LIST_EXAMPLES = /such as|including|like/iu;
const NOT_A_KIND =
  /^(?:would|could|should|might|may|will|shall|must|we|you|they|he|she|not|also|really|don't|and|or|the|feel|feels|looks?|seems?)$/i;

/** A bare proper name: one capitalised word, maybe with inner capitals (`Python`, `MiniZinc`, `CMake`). */
const NAME = '\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)*';
/** Where a pair of names ends: punctuation, the end, or a small word (`Python or MATLAB to understand …`). */
const PAIR_END = '(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:to|for|in|on|at|of|with|is|are|was|were|would|will|can)\\b)';
/** "A and Name" with nothing more to either (`between MATLAB and Python)`). */
const AND_NAME = new RegExp(`\\s+(?:and|or|&)\\s+${NAME}${PAIR_END}`, 'uy');
/** "Name and A", the name not starting a sentence (`in Python and MATLAB.`, `of Python or MATLAB to …`). */
const NAME_AND = new RegExp(`(?:(?<![.!?])\\s|\\()${NAME}\\s+(?:and|or|&)\\s+$`, 'u');
const PAIR_END_AT = new RegExp(PAIR_END, 'uy');
/** A noun after a name, then an appositive saying what it is: "the CGT tool, a tool part of E3". */
const NOUN_THEN_APPOSITIVE = /\s+\p{Ll}{3,},\s+an?\s+\p{Ll}{3,}/uy;

/** One capitalised name, maybe with inner capitals (`OpenGL`, `DirectX`, `Minecraft`). */
const ONE_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{L}]*)*$/u;

/** A plain name among terms joined by slashes: one word, maybe with inner capitals or a number (`Max`, `DjVu`, `Jbig2`). */
const SLASH_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*\d*$/u;
/** How many characters a run of slashed words may reach on either side of a term. */
const SLASH_WINDOW = 120;

/**
 * A term said to be a kind of thing, right after it or after a verb or two: "the rise of WASM as a compile
 * target", "help NUI stand out as a library".
 */
const AS_A_KIND = /(?:\s+(?!and\b|or\b|but\b|not\b)\p{Ll}+){0,2}\s+as\s+an?\s+\p{L}/uy;

/**
 * "ABBR or similar KIND", "ABBR or other KINDs", "ABBR, or similar": the term is one of a kind, named as one of it,
 * as "ABBR (or another KIND)" says without the parenthesis. The grammar: the term, an optional comma, "or", a word of
 * likeness (other, another, any other, some other, similar, a similar, comparable, equivalent, alternative), then a
 * noun in lower case or the end of the phrase. SODA's "accessed through POSTMAN or similar tool" (regression-12),
 * coreboot's "done in QEMU or other emulators" (regression-12), ExpressLRS' "RC or similar hobby" (regression-6),
 * WSO2's "BERT, or similar models" (regression): read as named or common in each. Without the kind it is a hedge, not
 * a name: the Xen example's "(perhaps OVF or similar)" stays flagged; "HVM or PV" names a second thing.
 */
const OR_SIMILAR =
  /,?\s+or\s+(?:any\s+other|some\s+other|other|another|an?\s+similar|an?\s+comparable|an?\s+equivalent|an?\s+alternative|similar|comparable|equivalent|alternative)\s+\p{Ll}{3,}/uy;

/** How far, in characters, a long form or an explanation reaches from its term; keeps long blocks linear. */
const WINDOW = 300;

/**
 * Keys (capitals, no plural) of every term `block` defines or links. Case is ignored: `xl (the toolstack)` defines XL.
 * With `only`, the keys asked about (the terms an idea uses), a word none of whose keys is among them is passed over
 * before any pattern is tried after it: what is returned for those keys is the same, at a fraction of the cost, since
 * most words of a block define nothing anyone asks about.
 */
export function findDefinitions(
  block: TextBlock,
  limits: AcronymLimits,
  only?: ReadonlySet<string>,
  linked?: Set<string>,
): Set<string> {
  const defined = new Set<string>();
  const text = block.text;
  if (only !== undefined && only.size <= PREFILTER_KEYS_MAX && !mayHoldAny(text, only)) return defined;
  // A block repeats its words ("the", a project's name): each word's keys are read once.
  const known = new Map<string, string[]>();
  const keysOf = (word: string): string[] => {
    let keys = known.get(word);
    if (keys === undefined) {
      const acronyms = readAcronyms(word, limits);
      keys =
        acronyms.length > 0 ? acronyms.map((acronym) => acronym.key) : [acronymLetters(word) || word.toUpperCase()];
      known.set(word, keys);
    }
    return keys;
  };
  const define = (word: string): void => {
    for (const key of keysOf(word)) defined.add(key);
  };
  const askedLower = only && lowerCaseKeys(only);
  const asked = (word: string): boolean => {
    if (only === undefined || askedLower === undefined) return true;
    // Most words are plain ASCII letters with no capital or one at the start: their only key is the word in capitals
    // (readAcronyms needs two capitals; acronymLetters drops a plural only after a capital, and no `s` of a word of
    // four letters or more starting with its one capital follows it). Asked without reading the word further.
    let capitals = 0;
    for (let at = 0; at < word.length; at++) {
      const code = word.charCodeAt(at);
      if (code >= 65 && code <= 90) capitals++;
      else if (code < 97 || code > 122) return keysOf(word).some((key) => only.has(key) || askedAsRelease(key, only));
    }
    if (capitals === 0) return askedLower.has(word);
    if (capitals === 1 && isCapital(word.charCodeAt(0)) && word.length >= 4) return only.has(word.toUpperCase());
    return keysOf(word).some((key) => only.has(key) || askedAsRelease(key, only));
  };

  const at = (pattern: RegExp, from: number): RegExpExecArray | null => {
    pattern.lastIndex = from;
    return pattern.exec(text);
  };
  // Asked once per word, in order: a sweep and a set instead of scanning every link for every word.
  const inLink = overlapsInOrder(block.links);
  const linkStarts = new Set(block.links.map(([from]) => from));
  const linkEnds = new Set(block.links.map(([, to]) => to));
  const addresses = webAddresses(text);
  // A link's text is a name on its own even where the markup runs it into the next word: "[Wikimedia
  // OCR](…)project" (a page converted from HTML drops the space after a link) links OCR, though the block reads the
  // word `OCRproject`. Only a word cut by the link's edge is read here; the others are read below.
  for (const [from, to] of block.links) {
    for (const match of text.slice(from, to).matchAll(WORD)) {
      const cut =
        (match.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1])) ||
        (match.index + match[0].length === to - from && /[\p{L}\p{N}]/u.test(text[to] ?? ''));
      if (!cut || !asked(match[0])) continue;
      define(match[0]);
      if (linked) for (const key of keysOf(match[0])) linked.add(key);
    }
  }
  // Every word is asked about (`xl (the toolstack)` defines XL); the patterns tried after it are first screened by
  // the characters they need there, which costs far less than running them on every word of a long list.
  let index = -1;
  for (const match of text.matchAll(WORD)) {
    index++;
    const word = match[0];
    if (!asked(word)) continue;
    const start = match.index;
    const end = start + word.length;
    // Linked: the link explains it, "[PVSCSI](…)", or a link follows at once, "XCP ([overview](…))", "QZX (see
    // [the site](…))", "QZX [(docs)](…)".
    if (block.links.length > 0) {
      const linkAfter = end + at(LINK_GAP, end)![0].length;
      const linkNext = end + at(SPACE_GAP, end)![0].length;
      if (
        inLink(start, end) ||
        linkStarts.has(linkAfter) ||
        linkStarts.has(linkNext) ||
        linkedBefore(text, start, end, linkEnds)
      ) {
        define(word);
        if (linked) for (const key of keysOf(word)) linked.add(key);
      }
    }
    // Named by a web address later in its sentence: "the TULIPS visualisation tools (see
    // https://astro-tulips.readthedocs.io/…)" links to what TULIPS is.
    if (addresses.length > 0 && namedByAddress(text, end, addresses, word, limits)) {
      define(word);
      if (linked) for (const key of keysOf(word)) linked.add(key);
    }
    // Long Form (ABBR) / Long Form (ABBR, also known as …) / Long Form (ABBR for short). A noun phrase right before
    // the parenthesis that spells most of the letters explains it too ("a few similar processor cores (SMP)").
    if (openedJustBefore(text, start) && /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && at(CLOSES, end)) {
      const before = text.slice(Math.max(0, start - WINDOW), text.lastIndexOf('(', start));
      const longForm = splitWords(before.split(/[.!?;:()[\]|]/).pop() ?? '');
      if (
        endsWithLongForm(longForm, acronymLetters(word)) ||
        looselyEndsWith(longForm, acronymLetters(word)) ||
        translatedName(longForm, acronymLetters(word)) ||
        namesInLowerCase(word, before)
      )
        define(word);
    }
    const next = afterSpace(text, end);
    const whole = hasTwoCapitals(word) && isWholeTerm(word, limits);
    // ABBR (an explanation of two or more words). Inline emphasis closed after the term is markup, not text: "The
    // <b>PDND</b> (formerly Data and Analytics Framework)" (Developers Italia's HTML table, regression-5).
    const closed = text[next] === '<' ? at(CLOSING_TAGS, end) : null;
    // So are quotation marks around it: 'the new "ART" (Android Runtime) VM' (JRuby, regression-15), "«QZX» (…)".
    const quoted = !closed && QUOTES.get(text[start - 1]) === text[end];
    const parenAt = closed ? end + closed[0].length : quoted ? end + 1 : end;
    const parenthesis = text[afterSpace(text, parenAt)] === '(' ? at(PARENTHESIS, parenAt) : null;
    if (parenthesis && isExplanation(parenthesis[1], word)) define(word);
    // ABBR (Name): the one product or platform it belongs to, "GLSL (OpenGL), HLSL (DirectX)".
    else if (parenthesis && whole && ONE_NAME.test(parenthesis[1].trim()) && !REMARK.test(parenthesis[1].trim()))
      define(word);
    // ABBR stands for … / ABBR, also known as … / ABBR, short for …
    if (mayBeExplained(text, end) && at(EXPLAINED_BY, end)) define(word);
    // Named with its kind or described in place: "the AUTOVAL package", "RCPP to allow C++ to work inside of R",
    // "BLAS libraries, which consist of …"; or listed with a plain name, "(between MATLAB and Python)". Only for a
    // word that is wholly a term (`HPC-native tool` says nothing of HPC).
    // One of terms joined by slashes with a plain name: `Max/MSP`, `Android / OUYA`, `DjVu/CHM/Jbig2`.
    if (whole && slashedWithName(text, start, end)) define(word);
    if (whole && text[start - 1] !== '/') {
      // A name may end in `++`, as `C++` does: the context is read after it ("under AFL++ and Klee").
      const nameEnd = text.startsWith('++', end) ? end + 2 : end;
      const modified = at(MODIFIED_KIND, nameEnd);
      const kindAt = modified ? nameEnd + modified[0].length : nameEnd;
      const kind = at(KIND_NOUN, kindAt) ?? (modified ? null : at(NUMBERED_KIND, nameEnd));
      const after = kind ? kindAt + kind[0].length : nameEnd;
      const preceding = text.slice(Math.max(0, start - 60), start);
      if (kind || at(DESCRIBED_BY, after) || at(AS_A_KIND, nameEnd) || at(LIST_BEFORE_KIND, nameEnd)) define(word);
      // "JAX is a Python framework", "QZX est une bibliothèque", "QZX 是一个框架": the sentence says what it is.
      else if (at(APPOSITIVE, nameEnd) || (at(COPULA, nameEnd) && isSubject(text, start))) define(word);
      // "POSTMAN or similar tool", "QEMU or other emulators", "MSW, or similar": one of a kind, named as such.
      else if (at(OR_SIMILAR, nameEnd)) define(word);
      else if (at(AND_NAME, nameEnd) || (NAME_AND.test(preceding) && at(PAIR_END_AT, nameEnd))) define(word);
      // "the CGT tool, a tool part of E3" (MoMA Lab, regression-9): an appositive after the name and its noun.
      else if (at(NOUN_THEN_APPOSITIVE, nameEnd)) define(word);
      // "Intel TBB": a vendor's product; "2GB VRAM": what a quantity measures; "code written in GLSL": a language.
      else if (VENDOR.test(preceding) || QUANTITY.test(preceding) || WRITTEN_IN.test(preceding)) define(word);
      // "ROS 2": a release of a product.
      else if (at(VERSION_AFTER, nameEnd) || at(VERSION_IN_PARENTHESES, nameEnd)) define(word);
      // "GTK, Cocoa, Win32 APIs", "(ex. GIMP, Photoshop, Krita)": one item of a list of names.
      else if (listedWithNames(text, start, nameEnd)) define(word);
    }
    // ABBR: Long Form / ABBR – Long Form / | ABBR | Long form |, or a definition-list entry at the block's start.
    const separator = SEPARATOR_START.has(text[next]) ? at(SEPARATOR, end) : null;
    if (separator) {
      const rest = splitWords(text.slice(end + separator[0].length, end + WINDOW).split(/[.;()|]/)[0]);
      const entry = index === 0 && !REMARK.test(rest.join(' ')) && rest.filter((w) => /^\p{L}{2}/u.test(w)).length >= 2;
      if (entry || startsWithLongForm(rest, acronymLetters(word))) define(word);
    }
  }

  // <kind> such as A, B or C: every one-word item of the list is a name of that kind.
  for (const match of MAY_LIST_EXAMPLES.test(text) ? text.matchAll(SUCH_AS) : []) {
    if (NOT_A_KIND.test(match[1]) || readAcronyms(match[1], limits).length > 0) continue;
    const list = /^[^.;:()[\]|]{1,120}/.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
    for (const [position, item] of list.split(/,|\s(?:and|or|&)\s/).entries()) {
      let words = item
        .trim()
        .replace(/(?<=\p{Lu})\+\+(?=\s|$)/u, '')
        .split(/\s+/);
      // The last name may go on with what the names are for: "SMT solvers like Z3 and CVC5 for superoptimization";
      // the list ends there.
      const last = position > 0 && words.length > 2 && ITEM_PURPOSE.test(words[1]);
      if (last) words = words.slice(0, 1);
      // A name of two words, a capitalised name and a term (`Pascal VOC`, `IDA Pro`), is one item: "datasets
      // like Pascal VOC, COCO, Imagenet" (JdeRobot, regression-10) names VOC a dataset as it names COCO one.
      // `AWS EFA` (two terms) is not such a name: one word must be a plain name.
      if (
        words.length === 2 &&
        words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}]*$/u.test(w)) &&
        words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w))
      ) {
        for (const w of words) readAcronyms(w, limits).forEach((acronym) => defined.add(acronym.key));
        if (last) break;
        continue;
      }
      if (words.length !== 1 || !words[0]) break;
      // `existing (including DLT-independent) ORM solutions` names no DLT: in a parenthesis only a whole term is an
      // instance of the kind (`systems such as SWE-bench` names one).
      if (/[(（]/.test(match[0]) && !isWholeTerm(words[0], limits)) continue;
      readAcronyms(words[0], limits).forEach((acronym) => defined.add(acronym.key));
      if (last) break;
    }
  }

  // … also known as ABBR / (or ABBR) / aka ABBR: every acronym in the next few words is another name.
  for (const match of text.matchAll(ALIAS)) {
    const from = match.index + match[0].length;
    const named = /^[^,;.()]{1,40}/.exec(text.slice(from))?.[0] ?? '';
    if (
      /\(\s*or$/i.test(match[0].trim()) &&
      !namesBefore(text.slice(Math.max(0, match.index - WINDOW), match.index), named, limits)
    ) {
      continue;
    }
    for (const alias of named
      .split(/\s+/)
      .slice(0, 4)
      .flatMap((w) => splitWords(w))) {
      readAcronyms(alias, limits).forEach((acronym) => defined.add(acronym.key));
    }
  }
  return defined;
}

/**
 * Whether any of `keys` may be a key of a word of `text`: its letters A–Z, in order, are found together among the
 * text's letters A–Z in capitals. A word's keys (readAcronyms', acronymLetters' or the word in capitals) are each made
 * of letters that stand together in the word, so a block without them defines none of those keys, whatever its words.
 */
function mayHoldAny(text: string, keys: ReadonlySet<string>): boolean {
  const letters = text.toUpperCase().replace(NOT_A_TO_Z, '');
  for (const key of keys) if (letters.includes(key.replace(NOT_A_TO_Z, ''))) return true;
  return false;
}

const NOT_A_TO_Z = /[^A-Z]+/g;

/** The keys in lower case, made once per set of keys: findDefinitions is called with one set for every block of an idea. */
const lowerCased = new WeakMap<ReadonlySet<string>, Set<string>>();
function lowerCaseKeys(keys: ReadonlySet<string>): Set<string> {
  let lower = lowerCased.get(keys);
  if (lower === undefined) lowerCased.set(keys, (lower = new Set([...keys].map((key) => key.toLowerCase()))));
  return lower;
}
/**
 * Up to this many keys asked, a block is first searched for each (mayHoldAny); past it that search would cost blocks ×
 * keys, quadratic in an idea of many distinct terms in many blocks, so the words are asked one by one (a set lookup).
 */
const PREFILTER_KEYS_MAX = 32;

/** A web address written out in the text (a bare URL is not a link's text). */
const WEB_ADDRESS = /(?:https?|ftp):\/\/[^\s<>()]+|www\.[^\s<>()]+/g;
/** How far after a term a web address naming it is looked for. */
const ADDRESS_WINDOW = 120;

interface Address {
  start: number;
  /** The address's words (host and path, split at every other character), in lower case. */
  words: Set<string>;
}

/** The web addresses written out in `text`, with their words. */
function webAddresses(text: string): Address[] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  return [...text.matchAll(WEB_ADDRESS)].map((match) => ({
    start: match.index,
    words: new Set(
      match[0]
        .replace(/^(?:https?|ftp):\/\//, '')
        .toLowerCase()
        .split(/[^a-z0-9]+/),
    ),
  }));
}

/**
 * Whether a web address after a term, in the same sentence and within ADDRESS_WINDOW, has the term as a word of its
 * host or path: "TULIPS visualisation tools (see https://astro-tulips.readthedocs.io/…)". The address says where the
 * term is explained, as a link would.
 */
function namedByAddress(text: string, end: number, addresses: Address[], word: string, limits: AcronymLimits): boolean {
  const next = addresses.findIndex((address) => address.start >= end);
  if (next < 0 || addresses[next].start > end + ADDRESS_WINDOW) return false;
  // A term with a version after it is named by an address of its base (`EPUB3 Spec: http://www.idpf.org/epub/…`).
  const keys = withVersionBases(readAcronyms(word, limits).map((acronym) => acronym.key)).map((key) =>
    key.toLowerCase(),
  );
  if (keys.length === 0) return false;
  for (const address of addresses.slice(next)) {
    if (address.start > end + ADDRESS_WINDOW || /[.!?](?:\s|$)/.test(text.slice(end, address.start))) break;
    if (keys.some((key) => address.words.has(key))) return true;
  }
  return false;
}

/**
 * A term with a version or generation after it (`EPUB3`, `HTML5`, `CSS3`, `BIP32`, `ES6`): letters A–Z, two or more,
 * then digits only. Its letters are the base term, the thing of which it is a release.
 */
const VERSIONED = /^([A-Z]{2,})\d+$/;

/** Whether a versioned key's base is asked about: `EPUB3 (…)` defines the EPUB an idea uses (withVersionBases). */
function askedAsRelease(key: string, only: ReadonlySet<string>): boolean {
  const base = VERSIONED.exec(key)?.[1];
  return base !== undefined && only.has(base);
}

/**
 * The keys with the base of each versioned key added (`EPUB3` adds EPUB). The grammar: a release of a thing is that
 * thing, so a link to or a definition of one explains the other ("EPUB3 Spec: http://…" explains the EPUB of "a PDF
 * or EPUB", Connexions, regression-16; "HTML5 (the fifth HTML)" explains HTML). The other way, a known base covers
 * its releases (`covered` in check-terms.ts: `ARM64`, `UTF8`).
 */
export function withVersionBases(keys: Iterable<string>): string[] {
  const all = new Set(keys);
  for (const key of [...all]) {
    const base = VERSIONED.exec(key)?.[1];
    if (base) all.add(base);
  }
  return [...all];
}

/** The characters SEPARATOR can start with after white space. */
const SEPARATOR_START = new Set([':', '–', '—', '-', '|']);

/**
 * Whether a character code is white space as `\s` reads it (written out, as a regular expression per character costs
 * more in this hot loop; a test checks it against `\s` for every code below 0x10000).
 */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** The index of the first character at or after `from` that is not white space (`text.length` when none is). */
function afterSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Whether a character code is a capital A–Z. */
function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a word has two capitals A–Z or more, as every acronym has: the others cannot be a whole term. */
function hasTwoCapitals(word: string): boolean {
  let capitals = 0;
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code >= 65 && code <= 90 && ++capitals === 2) return true;
  }
  return false;
}

/** A word of a name in Title Case: a capital first, CamelCase and hyphenated parts allowed (`TypeScript`, `Side`). */
const TITLE_WORD = /^\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*$/u;
/** Most words of a name read before a parenthesis. */
const MAX_NAME_WORDS = 8;

/**
 * "TypeScript React Server Side Rendering (tsx)": a short name written in lower case in parentheses right after a
 * name in Title Case, two words or more, whose first word starts with the short name's first letter. The writer gives
 * the name the thing goes by (a file type, a command), not its initials, so the letters need not match further; in
 * capitals ("the Xen Project (XCP)") it would be an acronym, which must spell its long form.
 */
function namesInLowerCase(word: string, before: string): boolean {
  if (!/^\p{Ll}[\p{Ll}\p{N}]{1,7}$/u.test(word)) return false;
  const words = before.slice(-200).trimEnd().split(/\s+/);
  let first = words.length;
  while (first > 0 && words.length - first < MAX_NAME_WORDS && TITLE_WORD.test(words[first - 1])) first--;
  return words.length - first >= 2 && words[first][0].toLowerCase() === word[0];
}

/** Whether a `(` is among the three characters before `start`, as "Long Form (ABBR)" needs. */
function openedJustBefore(text: string, start: number): boolean {
  return text[start - 1] === '(' || text[start - 2] === '(' || text[start - 3] === '(';
}

/**
 * Whether EXPLAINED_BY may match at `end`: after an optional comma, white space and an optional `(`, its words start
 * with one of these letters (stands, short, is, i.e., means, meaning, also, aka, a.k.a., which, that).
 */
function mayBeExplained(text: string, end: number): boolean {
  let at = text[end] === ',' ? end + 1 : end;
  at = afterSpace(text, at);
  if (text[at] === '(') at = afterSpace(text, at + 1);
  const first = text[at];
  return first !== undefined && 'smiawtSMIAWT'.includes(first);
}

/**
 * Whether a term in parentheses follows a link at once: `[1](…) [2](…) (MUI)` names what the links are about, as
 * `XCP ([overview](…))` links the term before it.
 */
function linkedBefore(text: string, start: number, end: number, linkEnds: Set<number>): boolean {
  if (linkEnds.size === 0 || !/^\s*\)/.test(text.slice(end, end + 3))) return false;
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  if (text[at - 1] !== '(') return false;
  at--;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return linkEnds.has(at);
}

/**
 * Whether the word at [start, end) is one of words joined by slashes of which another is a plain name: `Max/MSP`,
 * `Android / OUYA compatibility`, `DjVu/CHM/Jbig2`. Alternatives or parts of one product named beside a name are
 * names too. Not when the run continues a longer name (`Prompt Engineering / RAG`), nor for terms alone
 * (`CPU/RAM/PCI`).
 */
function slashedWithName(text: string, start: number, end: number): boolean {
  // A slash right before or after the word (spaces and tabs aside), or no run at all.
  let left = start - 1;
  while (text[left] === ' ' || text[left] === '\t') left--;
  let right = end;
  while (text[right] === ' ' || text[right] === '\t') right++;
  if (text[left] !== '/' && text[right] !== '/') return false;
  const before = /(?:[\p{L}\p{N}~]+[ \t]*\/[ \t]*)+$/u.exec(text.slice(Math.max(0, start - SLASH_WINDOW), start));
  const after = /^(?:[ \t]*\/[ \t]*[\p{L}\p{N}]+)+/u.exec(text.slice(end, end + SLASH_WINDOW));
  if (!before && !after) return false;
  const runStart = start - (before?.[0].length ?? 0);
  const runEnd = end + (after?.[0].length ?? 0);
  // A cut run (the window reached its end) or a word glued to the run (`x-CPU/RAM`) is not read.
  if (/[\p{L}\p{N}\-_.]/u.test(text[runStart - 1] ?? '') || /[\p{L}\p{N}\-_]/u.test(text[runEnd] ?? '')) return false;
  // Part of a longer name: a capitalised word right before or after the run.
  if (/\p{Lu}[\p{L}\p{N}]*[ \t]$/u.test(text.slice(Math.max(0, runStart - 40), runStart))) return false;
  if (/^[ \t]\p{Lu}/u.test(text.slice(runEnd, runEnd + 2))) return false;
  const names = text
    .slice(runStart, runEnd)
    .split('/')
    .map((item) => item.trim());
  return names.some((name) => SLASH_NAME.test(name));
}

/**
 * "(or another KIND)": the term is one of a kind, named as such, as "X, a KIND" says. Haystack's "SPARQL (or other
 * graph query language)" (regression-8), Wagtail's "Slack (or any other messaging application)" (regression-6),
 * Xline's "GSoC (or a similar program)" (regression-8), Terasology's "PlaTec (or some comparable source)"
 * (regression-5). "HVM (or PV)" names a second thing, not a kind.
 */
const OR_ANOTHER_KIND =
  /^or\s+(?:any\s+other|other|another|a\s+similar|a\s+comparable|some\s+(?:other|similar|comparable)|similar)\s+\p{Ll}{3,}/u;

/** A former name given in parentheses: "(formerly …)", "(previously known as …)", "(originally called …)". */
const FORMER_NAME = /^(?:formerly|previously|originally)(?:\s+(?:known\s+as|called|named))?\s+(.+)$/iu;

/** Whether a parenthesis after a term explains it: two or more words that are not a remark, or its long form. */
function isExplanation(inside: string, term: string): boolean {
  const content = inside.trim();
  EXPLAINED_BY.lastIndex = 0;
  if (EXPLAINED_BY.test(`, ${content} `)) return true;
  if (OR_ANOTHER_KIND.test(content)) return true;
  const words = splitWords(content);
  // "PDND (formerly Data and Analytics Framework)" (Developers Italia, regression-5): the name it had before, in
  // words, says what it is, as a long form does.
  const former = FORMER_NAME.exec(content);
  if (former && splitWords(former[1]).filter((word) => /^\p{L}{2,}/u.test(word)).length >= 2) return true;
  if (startsWithLongForm(words, acronymLetters(term))) return true;
  if (REMARK.test(content) || /^(?:https?:|www\.)/.test(content)) return false;
  // Plain words, not a list of other acronyms or numbers: "Windows Debugger Stub", "the toolstack supplied alongside Xen".
  return words.filter((word) => /^\p{L}[\p{Ll}'’]+$/u.test(word) || /^\p{Lu}\p{Ll}/u.test(word)).length >= 2;
}

/** Whether a word is one term and nothing more (`BLAS`, `CO-OPS`, `GPUs`), not `HPC-native` or `PCI-based`. */
function isWholeTerm(word: string, limits: AcronymLimits): boolean {
  const acronyms = readAcronyms(word, limits);
  return acronyms.length === 1 && acronyms[0].word === word;
}

/**
 * Whether "Long Name (or ABBR)" gives another name: a name of two capitalised words before it, no article after
 * "or". "HVM (or PV)" and "Hyper-V (or a HCS)" name a second thing.
 */
function namesBefore(before: string, named: string, limits: AcronymLimits): boolean {
  if (/^(?:a|an|the)\s/i.test(named)) return false;
  const last = before.trimEnd().split(/\s+/).slice(-2);
  return (
    last.length === 2 && last.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && readAcronyms(last[1], limits).length === 0
  );
}

/**
 * The terms every applicant knows (WELL_KNOWN): in a list marked as examples one of them tells the kind as a plain
 * name does. Not the dictionary's acronyms, whose everyday sense may not be the list's (`PVC` beside `VMI` in a
 * Kubernetes list is a volume claim, not the plastic), nor the page's own words.
 */
const KNOWN_KINDS = new Set(WELL_KNOWN);

/**
 * Words that close a list of examples, as an item of their own: "GPT, BERT, etc.", "MySQL、PostgreSQL 等", "A, B and
 * so on". The list names some things of a kind, as "e.g." before it does.
 */
const CLOSING_EXAMPLES = /^(?:etc\.?|(?:and )?so on|(?:and )?the like|…|\.\.\.|等)$/iu;
/**
 * `等` ("etc.") after a list's last name, written onto it ("MySQL、QZXDB 等", "QZXDB等数据库"): an item of its own.
 * Only after a Latin name, and not the first character of 等待 (wait), 等级 (level), 等于 (equals), 等同, 等价, 等效.
 */
const CHINESE_ETC = /(?<=[A-Za-z0-9+#])\s*等(?![待级于同价效])/gu;

/** Most words of a name in Title Case read as one short item of a list ("Gene Expression Omnibus"). */
const TITLE_CASE_ITEM_WORDS = 4;

/**
 * Whether the word at [start, end) is one item of a list of short items (one or two words each, or a name in Title
 * Case of up to four, "Gene Expression Omnibus") of which another is a plain name or a term the reader knows,
 * introduced as examples ("e.g.", "ex.", "such as") or closed as examples ("etc.", "and so on", "等"), or followed by a
 * plural kind noun (then three items or more): the list names things of one kind, the plain names say which ("GTK,
 * Cocoa, Win32 APIs", "ex. GIMP, Photoshop, Krita", "(e.g., Gene Ontology, Gene Expression Omnibus, KEGG
 * pathways)", "GPT, BERT, etc."). A list of acronyms alone ("ASR, LLM, TTS") says nothing; nor does one whose only
 * other item the reader knows without a marker of examples ("Skills: GPT, BERT").
 */
function listedWithNames(text: string, start: number, end: number): boolean {
  // The clause around the word, looked for within a window only: a clause of 100,000 acronyms would otherwise be
  // scanned and split once per acronym. A clause cut by the window has no known start, so no list opening there.
  const windowStart = Math.max(0, start - LIST_WINDOW_CHARS);
  const windowEnd = Math.min(text.length, end + LIST_WINDOW_CHARS);
  // A remark in parentheses beside the word is left out, as a reader skips it: "including (at least) gen~ (a subset
  // of Max/MSP), Pyo, FAUST, SOUL". Blanked with spaces, so offsets stay those of `text`.
  const view = blankRemarks(text.slice(windowStart, windowEnd), start - windowStart, end - windowStart);
  let from = 0;
  let to = view.length;
  let cut = windowStart > 0;
  let cutEnd = windowEnd < text.length;
  for (const match of view.matchAll(CLAUSE_END)) {
    const at = windowStart + match.index;
    if (at < start) {
      from = match.index + match[0].length;
      cut = false;
    } else if (at >= end) {
      to = match.index;
      cutEnd = false;
      break;
    }
  }
  const clause = view.slice(from, to);
  const marker = cut ? null : LEADING_EXAMPLES.exec(clause);
  const items = clause
    .slice(marker ? marker[0].length : 0)
    .replace(CHINESE_ETC, '、等、')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
  if (cut) items.shift();
  if (cutEnd) items.pop();
  const word = text.slice(start, end);
  let own = items.indexOf(word);
  // The last item may be the term with the plural kind noun the items share: "Convolution, Pooling, LSTM and GRU
  // layers" names GRU a layer as it names LSTM one.
  if (own < 0 && items.length > 0) {
    const [head, noun, ...more] = items[items.length - 1].split(/\s+/);
    if (head === word && more.length === 0 && noun !== undefined && PLURAL_NOUN.test(noun)) own = items.length - 1;
  }
  if (own < 0) return false;
  // The run of short items around the word.
  const short = (item: string): boolean => {
    const words = item.split(/\s+/);
    return (
      item.length > 0 &&
      (words.length <= 2 || (words.length <= TITLE_CASE_ITEM_WORDS && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))))
    );
  };
  let first = own;
  let last = own;
  while (first > 0 && short(items[first - 1])) first--;
  while (last < items.length - 1 && short(items[last + 1])) last++;
  // Examples introduced inside the clause ("… over the years, including gen~, Pyo, FAUST"): the list starts there.
  let opened = false;
  for (let at = own; at >= first; at--) {
    const leading = LEADING_EXAMPLES.exec(items[at]);
    if (leading && leading[0].length < items[at].length) {
      items[at] = items[at].slice(leading[0].length);
      first = at;
      opened = true;
      break;
    }
  }
  if (last === first) return false;
  // Named as examples ("ex. GIMP, Photoshop, Krita") or before a plural kind noun that each item takes ("GTK, Cocoa,
  // Win32 APIs"); a bare list ("Skills: Java, EMF, GMF") names what to learn, not what it is.
  const listStart = view.lastIndexOf(items[first], start - windowStart);
  const tail = items[last].split(/\s+/);
  const run = items.slice(first, last + 1);
  const closed = run.some((item) => CLOSING_EXAMPLES.test(item));
  const examples =
    opened ||
    closed ||
    (!cut && first === 0 && (marker !== null || EXAMPLES.test(view.slice(Math.max(0, listStart - 30), listStart))));
  const kindAfter = last - first >= 2 && tail.length === 2 && PLURAL_NOUN.test(tail[1]);
  // Listed in parentheses right after a plural kind noun, as its instances: "scientific computing libraries (NumPy,
  // SciPy, SUNDIALS)", "atom data from various sources (CMFGEN, Chianti, NIST, to name a few)".
  const kindBefore =
    !cut && first === 0 && marker === null && kindBeforeParenthesis(view.slice(Math.max(0, from - 40), from));
  if (!examples && !kindAfter && !kindBefore) return false;
  // A term the reader knows tells the kind as a plain name does, in a list marked as examples: "GPT, BERT, etc." (WSO2,
  // regression-9) names BERT a model as GPT is one.
  const knownTerm = (item: string): boolean => examples && KNOWN_KINDS.has(item);
  return run.some((item, at) => first + at !== own && (PLAIN_NAME.test(item.split(/\s+/)[0]) || knownTerm(item)));
}

/**
 * A name with a dot in it or before it (`.NET`, `Node.js`, `ASP.NET`): a product's name, never an acronym, so a plain
 * name among a list's items ("supported file types (PE, ELF, and .NET)", Mandiant FLARE, regression-9).
 */
const DOTTED_NAME = '(?=\\S*\\.)\\.?\\p{L}[\\p{L}\\p{N}]*(?:\\.\\p{L}[\\p{L}\\p{N}]*)*';

/** A plain name as an item of a list: a name in Title Case or CamelCase, maybe with a number, or a dotted name. */
const PLAIN_NAME = new RegExp(`^(?:${NAME}\\d*|${DOTTED_NAME})$`, 'u');

/** A plural noun, as a list's shared kind noun is (`layers`, `APIs`). */
const PLURAL_NOUN = /^\p{L}[\p{L}\p{N}]*s$/u;

/**
 * A plural noun right before an opening parenthesis (`libraries (`, `sources(`), in a label's Title Case too
 * (`Evaluation Frameworks (Langchain Evaluation, RAGAS, DeepEval)`, AI Planet, regression-10).
 */
const PLURAL_BEFORE_PARENTHESIS = /(?<![\p{L}\p{N}])(\p{L}\p{Ll}+s)\s*[(（]$/u;
/**
 * A label ending in a plural noun before its colon (`Image Processing Libraries: OpenCV, PIL`): the list after it
 * names things of that kind, as the same list in parentheses after the noun does.
 */
const PLURAL_BEFORE_COLON = /(?<![\p{L}\p{N}])(\p{L}\p{Ll}+s)\s*[:：]$/u;

/**
 * Plural nouns that do not say what a listed name is: nouns of knowledge or method, a list after which says what to
 * know or use ("skills (Python, NLP)", "models (SPM, DFN, Newman)"), and nouns of parts made for something, named
 * after what they serve ("plugins (NUMA, Device Sharing, …)", "policies (AuthPolicy, Plan, and OIDC)"), as "the
 * DNSSEC plugin" is.
 */
const NOT_THING_KINDS = new Set(
  [
    'skills technologies topics areas fields subjects requirements prerequisites concepts terms acronyms abbreviations',
    'keywords tags models methods techniques algorithms approaches examples options features metrics ideas things',
    'others plugins extensions modules drivers policies backends bindings integrations connectors adapters wrappers',
    'exporters importers providers handlers components',
  ]
    .join(' ')
    .split(' '),
);

/** Whether `before` ends with a plural noun of things and the parenthesis opening a list of them. */
function kindBeforeParenthesis(before: string): boolean {
  const noun = (PLURAL_BEFORE_PARENTHESIS.exec(before) ?? PLURAL_BEFORE_COLON.exec(before))?.[1].toLowerCase();
  return noun !== undefined && !NOT_THING_KINDS.has(noun);
}

/** A short parenthesis holding no other bracket. */
const REMARK_IN_PARENTHESES = /[(（][^()（）[\]\n]{0,80}[)）]/gu;

/** `text` with every short parenthesis that does not hold [start, end) replaced by spaces. */
function blankRemarks(text: string, start: number, end: number): string {
  return text.replace(REMARK_IN_PARENTHESES, (match: string, at: number) =>
    at < end && at + match.length > start ? match : ' '.repeat(match.length),
  );
}

/**
 * Whether the last words before "(ABBR)" are a name in Title Case whose initials are the term's letters in another
 * order: a name translated from another language keeps the acronym of its own language, "Telecommunications
 * Technological Center of Catalonia (CTTC)" (Centre Tecnològic de Telecomunicacions de Catalunya), as "International
 * Organization for Standardization (ISO)" does. Small words between its words are skipped; three letters or more.
 */
function translatedName(words: string[], letters: string): boolean {
  if (letters.length < 3) return false;
  const initials: string[] = [];
  for (let at = words.length - 1; at >= 0 && initials.length < letters.length; at--) {
    const word = words[at];
    if (!isContent(word) && initials.length > 0) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
    initials.push(word[0].toUpperCase());
  }
  return initials.length === letters.length && [...initials].sort().join('') === [...letters].sort().join('');
}

/**
 * Whether the last words before "(ABBR)" spell its letters loosely: starting at a word giving the first letter,
 * within a word more than the letters, every letter found in order, half of them or more as word initials
 * ("similar processor cores (SMP)"). Three letters or more: two letters match ordinary words by chance.
 */
function looselyEndsWith(words: string[], letters: string): boolean {
  if (letters.length < 3) return false;
  const from = Math.max(0, words.length - letters.length - 1);
  for (let first = from; first < words.length; first++) {
    if (words[first][0]?.toUpperCase() !== letters[0] || !/^\p{L}/u.test(words[first])) continue;
    const span = words.slice(first);
    if (span.filter((w) => /^\p{L}{3,}/u.test(w)).length < 2) continue;
    if (initialsIn(span, letters) * 2 >= letters.length) return true;
  }
  return false;
}

/** The most letters of `letters` found in order in `words` as word initials, or -1 when they are not all found. */
function initialsIn(words: string[], letters: string): number {
  const memo = new Map<string, number>();
  const best = (word: number, char: number, letter: number): number => {
    if (letter === letters.length) return 0;
    if (word === words.length) return -1;
    const key = `${word},${char},${letter}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const text = words[word].toUpperCase();
    let result = best(word + 1, 0, letter);
    for (let at = char; at < text.length; at++) {
      if (text[at] !== letters[letter]) continue;
      const rest = best(word, at + 1, letter + 1);
      if (rest >= 0) result = Math.max(result, rest + (at === 0 ? 1 : 0));
    }
    memo.set(key, result);
    return result;
  };
  return best(0, 0, 0);
}
