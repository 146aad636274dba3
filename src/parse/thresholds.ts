// Parse stage: the thresholds the parser's heuristics use, named in one place. Each is a count of words or
// characters, chosen on the corpus and regression lists (test/fixtures/corpus, test/fixtures/regression); a change
// here changes what is read as a label or an idea, so run those tests after one.

/** The longest label read, in characters and in words (`Expected skills and technologies for the project`). */
export const LABEL_MAX_CHARS = 120;
export const LABEL_MAX_WORDS = 8;
/** The most fields one combined label names (`Size, difficulty and skills`). */
export const LABEL_MAX_SEGMENTS = 3;
/** The most content words (head nouns and modifiers) in one noun phrase of a label. */
export const LABEL_MAX_CONTENT_WORDS = 4;
/** A typo is forgiven only in a head noun this long (`Diffuculty`, not `Contract` for `Contact`). */
export const TYPO_MIN_LENGTH = 8;

/** A line shorter than this after a label-like start is no label line. */
export const LINE_MIN_CHARS = 2;
/** How much of a line is searched for a label at its start. */
export const LINE_WINDOW_CHARS = 400;
/** A line of this many words or more that does not end its sentence carries it on to the next line. */
export const SENTENCE_MIN_WORDS = 8;
/** A label before a dash (`Difficulty – Medium`) has at most this many words. */
export const DASHED_LABEL_MAX_WORDS = 4;
/** A line alone in its paragraph, or a paragraph's first line, is a label only when this short. */
export const LONE_LABEL_MAX_WORDS = 4;
export const FIRST_LINE_LABEL_MAX_WORDS = 3;
export const QUOTED_LABEL_MAX_WORDS = 5;
/** After `### Difficulty:` in a heading, at most this many words of value (fewer for a loose label). */
export const HEADING_VALUE_MAX_WORDS = 6;
export const HEADING_LOOSE_VALUE_MAX_WORDS = 3;
/** A bold or italic phrase this short, without sentence punctuation, is label-like. */
export const MARKED_LABEL_MAX_WORDS = 6;
/** A value this short that reads as a size (`350 hours`) makes an extent label (`Scope:`) the size. */
export const QUANTITY_VALUE_MAX_WORDS = 6;
/** A value ending in `:` with at most this many words leads into the block after it (`Expected outcome:`). */
export const LEAD_IN_MAX_WORDS = 8;

/** Words of prose that make an unlabelled heading an idea among labelled siblings, or between two. */
export const UNLABELLED_IDEA_MIN_PROSE = 40;
export const THIN_IDEA_MIN_PROSE = 10;
/** Prose outside lists below which a section of list items naming projects is a project list. */
export const PROJECT_LIST_MAX_LOOSE_PROSE = 40;
/** A page with no idea found that names this many idea fields is one idea. */
export const ONE_IDEA_MIN_FIELDS = 2;
/** A title longer than this many words is no template slot or list section. */
export const NON_IDEA_TITLE_MAX_WORDS = 12;
/** A list item without a bold title is an idea's title only when its first line is this short. */
export const PLAIN_TITLE_MAX_WORDS = 20;
/** Words in the first sentence of a list item, at least, for the item to be a task of its own (`Implement row-level …`). */
export const TASK_ITEM_MIN_WORDS = 6;
/** Words of prose that make a heading without labels, listed under a heading naming ideas, an idea. */
export const LISTED_IDEA_MIN_PROSE = 10;
/** A list item's name before `:` or ` - ` (`Web Interface: Developing…`) has at most this many words. */
export const ITEM_NAME_MAX_WORDS = 8;
/** Headings a rule (`* * *`) comes before, at least, for a page to be read as separating its ideas by rules. */
export const SEPARATED_IDEAS_MIN = 3;
/** Items asking the reader for something (blanks, questions), at least, for a section to be a form to fill in. */
export const FORM_MIN_ITEMS = 4;
/** Words of a value line, at most, under a heading worded as a label (`## Open Issue:` ⏎ a link or a short name). */
export const VALUE_LINE_MAX_WORDS = 4;
/** Ideas under its sub-headings, at least, for a heading whose own text is an introduction to group them. */
export const GROUPED_IDEAS_MIN = 2;
/** Words of a template's value, at least, for the same value in an idea to be the template's text (not `Medium`). */
export const COPIED_VALUE_MIN_WORDS = 3;
// Defined beside its reader (src/parse/values may not import src/parse), listed here with the others.
export { DIFFICULTY_PROSE_MIN_WORDS, LEVEL_TYPO_MIN_LENGTH } from './values/difficulty.js';
