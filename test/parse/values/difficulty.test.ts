import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIFFICULTY_SCALE,
  parseDifficulty,
  type DifficultyReading,
  type Level,
} from '../../../src/parse/values/difficulty.js';

const one = (level: Level): DifficultyReading => ({
  levels: [level],
  range: false,
  placeholder: false,
  recognised: true,
});
const span = (...levels: Level[]): DifficultyReading => ({ levels, range: true, placeholder: false, recognised: true });
const unrecognised: DifficultyReading = { levels: [], range: false, placeholder: false, recognised: false };
const placeholder: DifficultyReading = { levels: [], range: false, placeholder: true, recognised: false };

describe('parseDifficulty', () => {
  it.each<[string, DifficultyReading]>([
    ['Easy', one('easy')],
    ['easy', one('easy')],
    ['Low', one('easy')],
    ['Beginner', one('easy')],
    ['Starter', one('easy')],
    ['Low Hanging Fruit', one('easy')],
    ['Medium', one('medium')],
    ['MEDIUM', one('medium')],
    ['Medium.', one('medium')],
    ['moderate', one('medium')],
    ['Intermediate', one('medium')],
    ['Hard', one('hard')],
    ['high', one('hard')],
    ['Advanced', one('hard')],
    ['Expert', one('hard')],
    // The proficiency scale of Cesium's and SVG-Edit's wikis (regression-8).
    ['Novice', one('easy')],
    ['Experienced', one('hard')],
    ['Novice-Intermediate', span('easy', 'medium')],
    ['difficult', one('hard')],
    ['very high', one('hard')],
    ['**High**', one('hard')],
    ['<br> **High**', one('hard')],
    ['_Medium_', one('medium')],
  ])('reads the simple word %j', (value, expected) => {
    expect(parseDifficulty(value)).toEqual(expected);
  });

  it.each<[string, DifficultyReading]>([
    ['Easy – straightforward task, path for execution visible right now, very little uncertainty', one('easy')],
    ['Medium – some design decisions need to be made and the implementation is not straightforward.', one('medium')],
    ["Hard, because it's open ended and requires some research to find a good solution", one('hard')],
    ['Some of the work is medium. Diagnosing and / or fixing failures is often pretty hard.', one('medium')],
    ['Medium (but it could be hard)', one('medium')],
    ['Requires low-level C, so medium', one('medium')],
  ])('reads the sentence %j by its first level', (value, expected) => {
    expect(parseDifficulty(value)).toEqual(expected);
  });

  it.each<[string, DifficultyReading]>([
    ['Medium-High', span('medium', 'hard')],
    ['Beginner-Intermediate', span('easy', 'medium')],
    ['Easy/medium', span('easy', 'medium')],
    ['medium/high', span('medium', 'hard')],
    ['Easy to medium depending on choice', span('easy', 'medium')],
    ['Medium to hard, depending on choice', span('medium', 'hard')],
    ['medium to high, depending on candidate', span('medium', 'hard')],
    ['Medium to high. See the "desirable skills" section above.', span('medium', 'hard')],
    [
      'Moderate, to Extremely Difficult (depending on which area of the problem you choose to tackle)',
      span('medium', 'hard'),
    ],
    ['**Medium to difficult**', span('medium', 'hard')],
    ['Easy or medium', span('easy', 'medium')],
    ['Easy – medium', span('easy', 'medium')],
  ])('reads the range %j as two levels', (value, expected) => {
    expect(parseDifficulty(value)).toEqual(expected);
  });

  // libreswan's RFC ideas keep the template's line (test/fixtures/regression-5): a sentence about the rating, or the
  // levels wrapped whole in brackets, is the template's hint.
  it.each([
    'An easy, intermediate or hard/difficult rating of each project.',
    '(Easy, Medium or Hard)',
    '[easy/medium/hard]',
    'Pick one: easy, medium or hard',
    '(easy, medium and hard)',
    '[Beginner, Intermediate, Advanced]',
  ])('reads %j, every level of the scale offered as a hint, as the template menu it is', (value) => {
    expect(parseDifficulty(value)).toEqual({
      levels: ['easy', 'medium', 'hard'],
      range: true,
      placeholder: true,
      recognised: false,
    });
  });

  // FISSURE's open `Roadmap Items/Other` idea (regression-14): `**Level of Difficulty:** Easy/Medium/Hard` beside
  // ideas that state one level each. The levels alone, in any spelling or language, say the idea suits any level: a
  // range over the whole scale, as `Easy to Hard` is.
  it.each([
    ['Easy/Medium/Hard', ['easy', 'medium', 'hard']],
    ['Easy, Medium or Hard', ['easy', 'medium', 'hard']],
    ['easy / medium / hard.', ['easy', 'medium', 'hard']],
    ['Beginner, Intermediate or Advanced', ['easy', 'medium', 'hard']],
    ['Low - Medium - High', ['easy', 'medium', 'hard']],
    ['Fácil/Media/Difícil', ['easy', 'medium', 'hard']],
    ['Easy to Hard', ['easy', 'hard']],
    // Listed with commas and conjunctions, not only the range connectors.
    ['Beginner, Intermediate and Advanced', ['easy', 'medium', 'hard']],
    ['Easy, Medium, or Hard', ['easy', 'medium', 'hard']],
    ['Easy, Medium, Hard', ['easy', 'medium', 'hard']],
    ['easy, medium & hard.', ['easy', 'medium', 'hard']],
    ['Low and Medium and High', ['easy', 'medium', 'hard']],
    ['fácil, media y difícil', ['easy', 'medium', 'hard']],
    ['Fácil, médio e difícil', ['easy', 'medium', 'hard']],
    ['简单、中等或困难', ['easy', 'medium', 'hard']],
    ['简单、中等和困难', ['easy', 'medium', 'hard']],
    ['Medium and Hard', ['medium', 'hard']],
    ['Easy, Medium', ['easy', 'medium']],
    ['简单或中等', ['easy', 'medium']],
  ])('reads %j, the levels alone, as a range over the levels listed', (value, levels) => {
    expect(parseDifficulty(value)).toEqual({ levels, range: true, placeholder: false, recognised: true });
  });

  // In prose a comma or a conjunction chains no level: only a level list alone reads them all.
  it.each([
    ['Medium, and hard if the parser is rewritten as well', ['medium']],
    ['Easy, medium effort for a newcomer', ['easy']],
    ['Hard and long, since it touches the kernel', ['hard']],
  ])('reads %j, levels in prose, as the first', (value, levels) => {
    expect(parseDifficulty(value)).toMatchObject({ levels, range: false, recognised: true });
  });

  // Terasology (MovingBlocks, regression-5): the value stated is Unknown; the bracket guesses.
  it('reads a stand-in followed by a guess as the stand-in', () => {
    expect(parseDifficulty('Unknown (intermediate or even straight forward for a fellow 3D wizard?)')).toEqual(
      placeholder,
    );
    expect(parseDifficulty('TBD, probably medium')).toEqual(placeholder);
  });

  // Java PathFinder (regression-4) writes `**Difficulty:** Meduim`; a short word is not stretched (`Hart`).
  it.each<[string, DifficultyReading]>([
    ['Meduim', one('medium')],
    ['Intermedate', one('medium')],
    ['Advnaced.', one('hard')],
    ['Hart', unrecognised],
    ['Mediums and more', unrecognised],
  ])('reads the one-slip misspelling %j of a long level word', (value, expected) => {
    expect(parseDifficulty(value)).toEqual(expected);
  });

  // The Rust project's 2024 archive (regression) writes `**Difficulty**` then `Large.`: sizes and levels share ranks.
  it.each<[string, DifficultyReading]>([
    ['Large.', one('hard')],
    ['Small', one('easy')],
    ['A large refactoring of the parser', unrecognised],
  ])('reads the size word %j alone as the level of the same rank', (value, expected) => {
    expect(parseDifficulty(value)).toEqual(expected);
  });

  it('reads a range within one level as that level', () => {
    expect(parseDifficulty('High to very high')).toEqual(one('hard'));
  });

  it.each<[string, Level, number, number]>([
    ['&#9733; &#9734; &#9734;', 'easy', 1, 3],
    ['&#9733; &#9733; &#9734;', 'medium', 2, 3],
    ['&#9733; &#9733; &#9733;', 'hard', 3, 3],
    ['&#9733; &#9733; &#9733; &#9733; &#9734;', 'hard', 4, 5],
    ['&#9733; &#9733; &#9734; &#9734; &#9734;', 'easy', 2, 5],
    ['&#9733; &#9733; &#9733; &#9734; &#9734;', 'medium', 3, 5],
    ['★★☆', 'medium', 2, 3],
    ['★☆☆☆', 'easy', 1, 4],
    ['&#x2605;&#x2606;', 'medium', 1, 2],
    ['☆☆☆', 'easy', 0, 3],
  ])('reads the stars %j by their filled share', (value, level, filled, total) => {
    expect(parseDifficulty(value)).toEqual({
      levels: [level],
      range: false,
      stars: { filled, total },
      placeholder: false,
      recognised: true,
    });
  });

  // Rule of the grammar: a numeric rating is a level on its scale, read by its share as stars are (Unikraft writes
  // `| **Difficulty** | 3/5 |`).
  it.each([
    ['3/5', 'medium'],
    ['1/5', 'easy'],
    ['4 / 5', 'hard'],
    ['2 out of 3', 'medium'],
    ['5/5', 'hard'],
  ])('reads the rating %j by its share of the scale', (value, level) => {
    expect(parseDifficulty(value)).toEqual({ levels: [level], range: false, placeholder: false, recognised: true });
  });

  it('reads no rating off a date, a ratio above its scale or a bare number', () => {
    expect(parseDifficulty('6/5').recognised).toBe(false);
    expect(parseDifficulty('12/31').recognised).toBe(false);
    expect(parseDifficulty('3').recognised).toBe(false);
    expect(parseDifficulty('3/5, but hard for newcomers').levels).toEqual(['hard']);
  });

  it('prefers a level written beside the stars', () => {
    expect(parseDifficulty('&#9733; &#9733; &#9734; (medium)')).toEqual({
      levels: ['medium'],
      range: false,
      stars: { filled: 2, total: 3 },
      placeholder: false,
      recognised: true,
    });
    expect(parseDifficulty('★☆☆ (hard)').levels).toEqual(['hard']);
  });

  it.each(['Major', 'Minor', 'Critical', 'Blocker', 'Scaleable', 'See below. Medium.', 'high-performance computing'])(
    'does not recognise %j',
    (value) => {
      expect(parseDifficulty(value)).toEqual(unrecognised);
    },
  );

  it.each([
    ['Challenging', ['hard']],
    ['This would be medium-difficulty core development work for the workspace.', ['medium']],
    [
      'This problem has some interesting edge cases, but good support will be available from mentors. A basic solution should be fairly easy, but the handler is a design challenge.',
      ['easy'],
    ],
  ])('reads %j as stating a level (prose difficulty sections)', (value, levels) => {
    expect(parseDifficulty(value).levels).toEqual(levels);
  });

  it('reads no level from a third sentence, nor a low-level compound', () => {
    expect(
      parseDifficulty('This problem has some interesting edge cases to think about. Mentors help. It is easy.')
        .recognised,
    ).toBe(false);
    expect(parseDifficulty('This requires low-level work on the kernel.').recognised).toBe(false);
  });

  it.each(['Unknown', 'TBD', 'N/A', '?', '-', '', '  '])('reads %j as a placeholder', (value) => {
    expect(parseDifficulty(value)).toEqual(placeholder);
  });

  it('accepts a custom scale, multi-word phrases included', () => {
    const scale = { easy: ['1', 'good first issue'], medium: ['2'], hard: ['3', 'major'] };
    expect(parseDifficulty('Major', scale)).toEqual(one('hard'));
    expect(parseDifficulty('Good first issue', scale)).toEqual(one('easy'));
    expect(parseDifficulty('1-2', scale)).toEqual(span('easy', 'medium'));
    expect(parseDifficulty('Medium', scale)).toEqual(unrecognised);
  });

  it('keeps the default scale as documented', () => {
    const page = readFileSync(new URL('../../../rules/unknown-difficulty.md', import.meta.url), 'utf8');
    const row = (level: string): string[] =>
      (new RegExp(`^\\| ${level} \\| (.*) \\|$`, 'm').exec(page)?.[1] ?? '').split(', ');
    expect(DEFAULT_DIFFICULTY_SCALE).toEqual({ easy: row('easy'), medium: row('medium'), hard: row('hard') });
    expect(DEFAULT_DIFFICULTY_SCALE.easy.slice(0, 5)).toEqual([
      'easy',
      'beginner',
      'low',
      'low hanging fruit',
      'starter',
    ]);
    expect(Object.isFrozen(DEFAULT_DIFFICULTY_SCALE.easy)).toBe(true);
  });

  it('reads `low` and `high` in Spanish and Portuguese (omegaUp writes `Alto`)', () => {
    expect(parseDifficulty('Alto').levels).toEqual(['hard']);
    expect(parseDifficulty('Baixa').levels).toEqual(['easy']);
  });

  it('does not throw on non-string input', () => {
    expect(parseDifficulty(undefined as unknown as string)).toEqual(placeholder);
  });

  it.each<[string, string, Level[]]>([
    ['letters', 'a'.repeat(100_000), []],
    ['separators', '-/'.repeat(50_000), []],
    ['level words joined by hyphens', 'low-'.repeat(25_000), ['easy']],
    ['a chained range', `${'easy to medium to '.repeat(5_500)}hard`, ['easy', 'medium', 'hard']],
    ['modifiers', 'very '.repeat(20_000), []],
    ['stars', '★'.repeat(100_000), ['hard']],
    ['entities', '&#9734;'.repeat(14_000), ['easy']],
    ['commas after a level', `medium${','.repeat(100_000)}x`, ['medium']],
  ])('finishes on a 100,000-character run of %s', (_name, value, levels) => {
    expect(parseDifficulty(value).levels).toEqual(levels);
  });

  it.each<[string, Level[]]>([
    ['Media', ['medium']],
    ['Difícil', ['hard']],
    ['Fácil', ['easy']],
    ['Intermediário', ['medium']],
    ['基础', ['easy']],
    ['进阶', ['hard']],
  ])('reads the Spanish, Portuguese or Chinese level "%s"', (value, levels) => {
    expect(parseDifficulty(value)).toMatchObject({ levels, recognised: true });
  });
});

// General rule: a Chinese degree adverb before a level word, written without a space (`较难` "rather hard", Curve's
// OSPP page, regression-15), qualifies the level as `rather` or `very` does: the level is read. A side after the middle
// level (`中等偏上` "upper medium") keeps it the middle one. A level word inside a longer Han phrase stays prose.
describe('Chinese levels with degree adverbs', () => {
  it.each([
    ['较难', 'hard'],
    ['比较难', 'hard'],
    ['稍难', 'hard'],
    ['偏难', 'hard'],
    ['非常困难', 'hard'],
    ['很高', 'hard'],
    ['比较简单', 'easy'],
    ['较容易', 'easy'],
    ['非常简单', 'easy'],
    ['相对容易', 'easy'],
    ['中等偏上', 'medium'],
    ['中等偏下', 'medium'],
    ['较难（需要熟悉 C++）', 'hard'],
  ])('reads %j as %s', (value, level) => {
    expect(parseDifficulty(value)).toMatchObject({ levels: [level], recognised: true });
  });

  it.each(['要求很高', '难以估计', '不太容易说'])('reads %j, a level word inside a phrase, as no level', (value) => {
    expect(parseDifficulty(value).recognised).toBe(false);
  });
});
