// outdated-year: a title or heading naming a past program year (`GSoC 2023 Ideas` in 2026), or a past front
// matter `year`. Peer Review Goal: is it still current (GSoC treats last year's list as a red flag).
import type { Heading, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { z } from 'zod';
import { defineRule, docsUrl, quote, rangeAt, stripEmoji, type RuleReport } from '../src/lint/rule-kit.js';
import type { IdeaFile } from '../src/parse/types.js';

export const options = z.object({}).strict();

/** Programs named in several words, read as one word: "Google Summer of Code Proposals 2025". */
const PROGRAM_NAMES =
  /\b(?:google summer of code|summer of \p{L}+|season of docs|open source promotion plan|linux foundation mentorship)\b/giu;

/** Words that name a program or a list's round: a year within three words of one is a program year. */
const PROGRAM = /^(?:program|gsoc|gsod|summer|outreachy|lfx|mentorship|ospp|hacktoberfest|term|cohort|round|ideas?)$/i;

/** Headings about past years on purpose: archives, results, accepted projects. */
const HISTORY =
  /\b(?:past|previous|prior|archived?|former|earlier|history|historical|results|selected|accepted|completed|last|since)\b/i;

const YEAR = /^(?:19|20)\d\d$/;

export default defineRule({
  id: 'outdated-year',
  description: 'Titles and headings name the current program year.',
  defaultSeverity: 'notice',
  options,
  docs: docsUrl('outdated-year'),
  messages: {
    heading:
      "{{text}} names {{year}}, a past program year (it is {{thisYear}}): update it if this list is for this year's program.",
    frontMatterYear:
      "The front matter says year {{year}}, a past program year (it is {{thisYear}}): update it if this idea is for this year's program.",
  },
  create(context) {
    const { file } = context;
    return {
      file() {
        const thisYear = Number(context.today.slice(0, 4));
        const reports: (RuleReport & { idea?: string })[] = [];
        const ideaAt = (from: number, to: number): string | undefined =>
          file.ideas.find((idea) => idea.titlePosition.start.offset >= from && idea.titlePosition.start.offset < to)
            ?.title;
        // The idea a heading belongs to, looked for only once the heading names a past year.
        const flag = (written: string, from: number, to: number, idea?: () => string | undefined): void => {
          if (!/\d/.test(written)) return; // no year (most headings): nothing to read
          const text = stripEmoji(written).replace(/\s+/g, ' ').trim();
          const year = pastProgramYear(text, thisYear);
          if (year === undefined) return;
          const ideaTitle = idea?.();
          const at = file.text.slice(from, to).search(new RegExp(`(?<!\\d)${year}(?!\\d)`));
          const start = at >= 0 ? from + at : from;
          reports.push({
            messageId: 'heading',
            data: { text: quote(text), year, thisYear },
            position: rangeAt(context.lineStarts, start, at >= 0 ? start + 4 : to),
            subject: `year:${text}`,
            ...(ideaTitle !== undefined ? { idea: ideaTitle } : {}),
          });
        };
        // Headings are blocks: none is inside a paragraph or a table, so their text is not walked.
        visit(file.tree, (node) => {
          if (node.type === 'paragraph' || node.type === 'table') return SKIP;
          if (node.type !== 'heading') return CONTINUE;
          const heading = node as Heading;
          if (!heading.position) return SKIP;
          const start = heading.position.start.offset ?? 0;
          const end = heading.position.end.offset ?? start;
          flag(toString(heading), start, end, () => ideaAt(start, end));
          return SKIP;
        });
        const yaml = file.tree.children[0]?.type === 'yaml' ? (file.tree.children[0] as Yaml) : undefined;
        if (yaml?.position && file.frontMatter)
          checkFrontMatter(file, context.lineStarts, yaml, thisYear, flag, reports);
        return reports;
      },
    };
  },
});

/** The front matter `title` as a title, and a past `year: 2021`. */
function checkFrontMatter(
  file: IdeaFile,
  starts: readonly number[],
  yaml: Yaml,
  thisYear: number,
  flag: (text: string, from: number, to: number, idea?: () => string | undefined) => void,
  reports: RuleReport[],
): void {
  const from = yaml.position?.start.offset ?? 0;
  const source = file.text.slice(from, yaml.position?.end.offset ?? from);
  const lineOf = (key: string): [number, number] | undefined => {
    const match = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*)$`, 'm').exec(source);
    if (!match) return undefined;
    const start = from + match.index + match[0].length - match[1].length;
    return [start, start + match[1].trimEnd().length];
  };
  const { title, year } = file.frontMatter ?? {};
  const titleAt = lineOf('title');
  if (typeof title === 'string' && titleAt) {
    const idea = (): string | undefined =>
      file.ideas.find(
        (candidate) =>
          candidate.titlePosition.start.offset >= titleAt[0] && candidate.titlePosition.start.offset <= titleAt[1],
      )?.title;
    flag(title, titleAt[0], titleAt[1], idea);
  }
  const yearAt = lineOf('year');
  const value =
    typeof year === 'number' ? year : typeof year === 'string' && YEAR.test(year.trim()) ? Number(year) : NaN;
  if (yearAt && value < thisYear) {
    reports.push({
      messageId: 'frontMatterYear',
      data: { year: value, thisYear },
      position: rangeAt(starts, yearAt[0], yearAt[1]),
      subject: 'year',
    });
  }
}

/** The first year in `text` before `thisYear` that sits within three words of a program word, unless it is history. */
function pastProgramYear(text: string, thisYear: number): number | undefined {
  if (HISTORY.test(text)) return undefined;
  const words = text
    .replace(PROGRAM_NAMES, ' program ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (const [index, word] of words.entries()) {
    if (!YEAR.test(word) || Number(word) >= thisYear) continue;
    const near = words.slice(Math.max(0, index - 3), index + 4);
    if (near.some((other) => PROGRAM.test(other))) return Number(word);
  }
  return undefined;
}
