/**
 * Test support for src/github/ tests (unit and end-to-end): idea list texts that pass every default
 * rule, or fail exactly one, at known lines.
 */

/** The day every test lints for, so date rules never depend on the clock. */
export const TODAY = '2026-11-25';

/** Lines of an idea that passes every default rule (the title is line 1 of the block). */
export function goodIdea(title: string): string {
  return [
    `## ${title}`,
    '',
    `Build ${title.toLowerCase()} for the project so that applicants can filter ideas by skill and by size, read the whole description in one place, and find a mentor to talk to before they write a proposal for the program.`,
    '',
    '- Difficulty: Medium',
    '- Outcomes: A working feature merged into the main branch, with tests and documentation.',
    '- Skills: JavaScript, HTML',
    '- Size: 175 hours',
    '- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>',
    '',
  ].join('\n');
}

/**
 * Lines of an idea with exactly one error: `Difficulty: Unknown` (unknown-difficulty) on the block's
 * 5th line, or with `mentor` a mentor without an email (missing-mentor-email) on the 9th line.
 */
export function badIdea(
  title: string,
  problem: 'difficulty' | 'mentor' = 'difficulty',
  mentor = 'Maria Mentor',
): string {
  return goodIdea(title)
    .replace('- Difficulty: Medium', problem === 'difficulty' ? '- Difficulty: Unknown' : '- Difficulty: Medium')
    .replace(
      '- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>',
      problem === 'mentor'
        ? `- Mentors: ${mentor}`
        : '- Mentors: Maria Mentor <maria@example.org>, Sam Mentor <sam@example.org>',
    );
}

/** An idea list file: a title line, then the ideas. */
export function ideaList(...ideas: string[]): string {
  return ['# Project ideas', '', ...ideas].join('\n');
}

/** 1-based line numbers of the lines of `text` that contain `needle`. */
export function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
}
