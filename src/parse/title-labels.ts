// Parse stage: ideas written as blocks of label lines opened by a title label — `**项目标题：** **Title**` ⏎
// `**项目描述：** …` ⏎ `**项目导师：** name` ⏎ `<hr/>` ⏎ `**项目标题：** **Next title**` … (openGauss' OSPP page,
// regression-15), `**Title:** Faster parser` ⏎ `**Mentor:** Jane`, `Project name: Faster parser` ⏎ `Difficulty: Hard`.
// Pure: reads units, no I/O.
//
// The grammar. A title label is a label naming the idea's title rather than a field (TITLE LABEL):
// - a noun for the title alone (`Title`, `Título`, `Titre`, `Titel`, `标题`, `题目`, `タイトル`), or qualified by a
//   noun for the idea (`Project title`, `Idea title`, `Proposal title`, `项目标题`, `课题名称`, `Título del proyecto`,
//   `Titre du projet`, `Projekttitel`);
// - a noun for a name qualified by a noun for the idea (`Project name`, `Name of the project`, `Nombre del proyecto`,
//   `Nome do projeto`, `Nom du projet`, `Projektname`, `项目名称`); a name alone (`Name:`) is a person's as often
//   (a mentor's `Name:` ⏎ `Email:`), so it is none;
// - a noun for the idea alone (`Project`, `Idea`, `Project idea`, `Topic`, `Proyecto`, `Projeto`, `Projet`, `项目`,
//   `课题`), as a table's title column is named (tables.ts' TITLE_LABELS).
// It is written as a field label is at a line's start: plain or in emphasis, its colon inside or after the emphasis
// (`Title: X`, `**Title:** X`, `**Title**: X`, `*Title:* X`), or in lenticular brackets (`【项目标题】X`), with the title
// on the same line, plain or itself in emphasis (`**项目标题：** **Title**`).
// A title label that recurs at the start of blocks opens one idea per occurrence, titled by its value: the labels up to
// the next such line (or a heading) belong to that idea. The openers of a region are the title-label lines of one list
// level; there must be two at least, and most of their blocks (two at least) must label a field of their own — a
// list of `Project: X` lines without fields is a list of names, not of ideas. Blocks without labels before the first
// labelled one and after the last are the page's sections written alike (`**Title:** Selection process`), as title
// lines there are (headless-ideas.ts): only inside the run of ideas must most blocks have labels. A title label once per heading's section
// (opencurve's `## 1. Title` ⏎ `- 项目标题：Title` ⏎ labels) leaves the heading the idea.
import { normalizeLabel } from './labels.js';
import { ideaTitle, isNotAnIdeaTitle } from './headings.js';
import { countWords, decodeEntities, inlineToText, stripEmoji } from './text.js';
import type { Unit } from './units.js';
import { PLAIN_TITLE_MAX_WORDS } from './thresholds.js';

/** Nouns for an idea (folded, singular, as normalizeLabel writes them). */
const IDEA_NOUNS = [
  'project',
  'idea',
  'project idea',
  'proposal',
  'topic',
  'project topic',
  'proyecto',
  'projeto',
  'projet',
  'propuesta',
  'proposta',
  'ideia',
  'idee',
  'projekt',
  'tema',
  'sujet',
  'thema',
  '项目',
  '课题',
  '题目',
  '任务',
  '选题',
  'プロジェクト',
];
/** Nouns for a title, a label of their own. */
const TITLE_NOUNS = ['title', 'titulo', 'titre', 'titel', '标题', '题目', 'タイトル'];
/** Nouns for a name, a title label only when a noun for the idea qualifies them. */
const NAME_NOUNS = ['name', 'nombre', 'nome', 'nom', '名称', '名字', '名'];

const JOINERS = /^(?:of(?: the| this)?|de(?: la| l')?|del|do|da|du|des|der|des)$/;

/** Whether a written label names an idea's title (the grammar above). */
export function isTitleLabel(label: string): boolean {
  const key = normalizeLabel(label).replace(/\s+/g, ' ');
  if (!key || key.length > 40) return false;
  if (IDEA_NOUNS.includes(key) || TITLE_NOUNS.includes(key)) return true;
  for (const idea of IDEA_NOUNS) {
    // `项目标题`, `项目名称`, `Projekttitel`: written as one word.
    for (const noun of [...TITLE_NOUNS, ...NAME_NOUNS]) {
      if (key === `${idea}${noun}` || key === `${idea} ${noun}`) return true;
      // `Título del proyecto`, `Name of the project`, `Nom du projet`.
      if (key.startsWith(`${noun} `) && key.endsWith(` ${idea}`)) {
        const joiner = key.slice(noun.length + 1, key.length - idea.length - 1);
        if (JOINERS.test(joiner)) return true;
      }
    }
  }
  return false;
}

/** An idea a title label opens: its title, where its text starts and ends, and its units (HeadlessIdea extends it). */
export interface TitleLabelIdea {
  title: string;
  titleStart: number;
  titleEnd: number;
  bodyStart: number;
  start: number;
  end: number;
  unitFrom: number;
  unitTo: number;
}

/** A title label at a line's start: plain, in emphasis (colon inside or after it) or in lenticular brackets. */
const OPENER =
  /^(?:[ \t]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|[•▪▸►➤→])*(?:(\*\*|__|\*|_)(?=[^\s*_])([^*_\n:：]{1,40}?)[ \t]*(?:[:：][ \t]*\1|\1[ \t]*[:：])|【[ \t]*([^】\n]{1,40}?)[ \t]*】[ \t]*[:：]?|(\p{L}[\p{L}\p{M} '’()-]{0,39}?)[ \t]*[:：])[ \t]*(?=\S)/u;

/** The title a title-label line gives, with its offsets; undefined for any other line. */
export interface TitleLabelLine {
  title: string;
  titleStart: number;
  titleEnd: number;
}

/** Reads a line that opens with a title label and gives the title after it (`**Title:** Faster parser`). */
export function readTitleLabelLine(text: string, unit: Unit): TitleLabelLine | undefined {
  if (unit.kind !== 'line' || unit.hits.length > 0) return undefined;
  const line = text.slice(unit.start, unit.end);
  const match = OPENER.exec(line);
  if (!match) return undefined;
  const label = match[2] ?? match[3] ?? match[4];
  if (!isTitleLabel(label)) return undefined;
  let start = unit.start + match[0].length;
  let end = unit.end;
  while (end > start && /[\s\\]/.test(text[end - 1])) end--;
  // A title in emphasis of its own (`**项目标题：** **Title**`) is read inside it.
  const marked = /^(\*\*|__|\*|_)(?=\S)([^\n]*?\S)\1$/.exec(text.slice(start, end));
  if (marked && !/[*_]/.test(marked[2])) {
    start += marked[1].length;
    end -= marked[1].length;
  }
  // The title is read as a heading's is (ideaTitle): an `Idea 1:` or `Project 2 -` prefix or a numbering is no part
  // of it (`**Title:** Idea 1: Privileged entity support`).
  const [read, skipped] = ideaTitle(text, start, end);
  if (read.trim() && skipped > start) start = skipped;
  const title = decodeEntities(stripEmoji(inlineToText(text.slice(start, end))))
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,。；：，]+$/u, '')
    .trim();
  if (!title || !/\p{L}/u.test(title) || title.length > 200 || countWords(title) > PLAIN_TITLE_MAX_WORDS)
    return undefined;
  return { title, titleStart: start, titleEnd: end };
}

/**
 * The ideas of `units[from..to)` written as blocks opened by a title label (the grammar above), or [] when fewer than
 * `min` are found.
 */
export function findTitleLabelIdeas(
  units: Unit[],
  from: number,
  to: number,
  text: string,
  min: number,
): TitleLabelIdea[] {
  const openers = new Map<number, TitleLabelLine>();
  const perLevel = new Map<number, number>();
  for (let index = from; index < to; index++) {
    const unit = units[index];
    if (unit.kind !== 'line' || unit.quoted || unit.hits.length > 0) continue;
    // In a list, a title label opens its item (`- **Title:** X`); further down an item titled by its first line
    // (`- Android development` ⏎ `  **Project**: Research running Android…`) it is a field of that item's idea. So is
    // one right under a title line (`**Diagram creation**` ⏎ `Project: Simplifying…`).
    if (unit.listLevel > 0 && !unit.itemStart) continue;
    if (underTitleLine(units, index, text)) continue;
    const read = readTitleLabelLine(text, unit);
    if (!read) continue;
    openers.set(index, read);
    perLevel.set(unit.listLevel, (perLevel.get(unit.listLevel) ?? 0) + 1);
  }
  // One block is enough only once the file shows such ideas elsewhere (the finder's second pass, `min` 1): a category
  // heading holding one idea (`### Containerd` ⏎ `**Title:** KataContainers support…` ⏎ labels).
  const need = Math.max(min, 1);
  if (openers.size < need) return [];
  // The openers of one list level: the level most of them sit at.
  const [level] = [...perLevel].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const at = [...openers.keys()].filter((index) => units[index].listLevel === level);
  if (at.length < need) return [];
  const blocks = at.map((index, position) => {
    const next = at[position + 1] ?? to;
    // A heading that is no label (a category, a section after the ideas) closes the block.
    let end = index + 1;
    while (end < next && !(units[end].kind === 'heading' && units[end].hits.length === 0)) end++;
    let labelled = false;
    for (let unit = index + 1; unit < end && !labelled; unit++) labelled = units[unit].hits.length > 0;
    return { index, end, labelled };
  });
  // The run of ideas: from the first block with labels to the last. Blocks before and after it without labels are the
  // page's sections written alike (`**Title:** Selection process` after the ideas); inside it, most blocks have labels.
  const first = blocks.findIndex((block) => block.labelled);
  let last = blocks.length - 1;
  while (last > first && !blocks[last].labelled) last--;
  const labelled = blocks.filter((block) => block.labelled).length;
  if (first < 0 || labelled < Math.min(need, 2) || labelled * 2 < last - first + 1) return [];
  const ideas: TitleLabelIdea[] = [];
  for (const { index, end } of blocks.slice(first, last + 1)) {
    const read = openers.get(index) as TitleLabelLine;
    // A template's slot (`Title: Your own idea`) opens no idea; its block ends the one before.
    if (isNotAnIdeaTitle(read.title)) continue;
    let final = end - 1;
    while (final > index && isSeparator(units[final], text)) final--;
    const unit = units[index];
    ideas.push({
      ...read,
      bodyStart: unit.end,
      start: unit.start,
      end: Math.max(unit.end, units[final].node.position?.end.offset ?? units[final].end),
      unitFrom: index,
      unitTo: end,
    });
  }
  // A heading whose section restates its title in one title label (opencurve's `## 1. Title` ⏎ `- 项目标题：Title`) is
  // the idea itself.
  const heading = units[from - 1];
  if (
    ideas.length === 1 &&
    heading?.kind === 'heading' &&
    sameTitle(ideaTitle(text, heading.start, heading.end)[0], ideas[0].title)
  )
    return [];
  return ideas.length >= need ? ideas : [];
}

/** Whether two titles read alike (case, spacing and closing punctuation aside). */
function sameTitle(a: string, b: string): boolean {
  const fold = (title: string): string =>
    title
      .toLowerCase()
      .replace(/[\s.:;,。；：，!?！？]+/gu, ' ')
      .trim();
  return fold(a) === fold(b);
}

/** A rule between blocks (`---`, `<hr/>`) or a comment: no part of the idea before it. */
function isSeparator(unit: Unit, text: string): boolean {
  if (unit.kind === 'break' || unit.kind === 'comment') return true;
  return unit.kind === 'block' && /^\s*<hr\b[^>]*>\s*$/i.test(text.slice(unit.start, unit.end));
}

/** A whole line of one bold or emphasised phrase without a colon (`**Diagram creation**`), as title lines are read. */
const TITLE_LINE = /^(\*{1,2}|_{1,2})(?![\s*_])[^*_:：\n]{2,200}(?<![\s*_])\1\s*$/;

/** Whether the unit before `index` (comments aside; a rule parts them) is a title line at its list level. */
function underTitleLine(units: Unit[], index: number, text: string): boolean {
  let before = index - 1;
  while (before >= 0 && units[before].kind === 'comment') before--;
  const unit = units[before];
  if (!unit || unit.kind !== 'line' || unit.hits.length > 0 || unit.listLevel !== units[index].listLevel) return false;
  // A sentence set in emphasis (`*Please see the link under each project.*`) is no title.
  const line = text.slice(unit.start, unit.end).trim();
  return TITLE_LINE.test(line) && !/[.!?。！？][*_]+$/u.test(line);
}
