// Tests the scoring behind scripts/measure-accuracy.mjs (scripts/accuracy-score.mjs) on hand-made labels and
// reports: which ideas pair up, how each field rule's findings count, and how flagged terms are judged.
import { describe, expect, it } from 'vitest';
import { matchIdeas, normalizeTerm, normalizeTitle, ratios, scoreFile, totals } from '../../scripts/accuracy-score.mjs';

const ALL_PRESENT = { outcomes: true, difficulty: true, skills: true, mentor: true, mentorEmail: true, size: true };

describe('normalizeTitle', () => {
  it('drops emphasis, enumerators, "Title:" and punctuation, and lower-cases', () => {
    expect(normalizeTitle('**[1] Title: Securing Linux Storage with ACLs:**')).toBe('securing linux storage with acls');
    expect(normalizeTitle('3.Support for caching in Zango')).toBe('support for caching in zango');
    expect(normalizeTitle('Project Idea II - Coupling FESTIM with OpenMC')).toBe('coupling festim with openmc');
    expect(normalizeTitle('  Enhance NOS  skill’s   package ')).toBe('enhance nos skill s package');
  });

  it('keeps titles in other scripts', () => {
    expect(normalizeTitle('项目一：AppGen —— 应用生成器')).toBe('项目一 appgen 应用生成器');
  });
});

describe('normalizeTerm', () => {
  it('reads an all-capital plural as its singular, and leaves other words alone', () => {
    expect(normalizeTerm('ACLs')).toBe('ACL');
    expect(normalizeTerm('GPUs')).toBe('GPU');
    expect(normalizeTerm('CO-OPS')).toBe('CO-OPS');
    expect(normalizeTerm('AWS')).toBe('AWS');
  });
});

describe('matchIdeas', () => {
  it('pairs by line first, then by title or alias, then by containment, one to one', () => {
    const labels = [
      { title: 'Alpha', line: 3, aliases: [] },
      { title: 'Beta project', line: 10, aliases: ['2. Beta project'] },
      { title: 'Gamma: a much longer title', line: 20, aliases: [] },
      { title: 'Delta', line: 30, aliases: [] },
    ];
    const reported = [
      { title: 'Something else entirely', line: 3 },
      { title: '2. Beta project', line: 11 },
      { title: 'Gamma: a much longer title, with a tail', line: 21 },
      { title: 'Section heading', line: 40 },
    ];
    expect(matchIdeas(labels, reported)).toEqual({
      pairs: [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      missed: [3],
      extra: [3],
    });
  });

  it('does not pair short titles by containment', () => {
    const result = matchIdeas([{ title: 'Tooling', line: null, aliases: [] }], [{ title: 'Tooling for X', line: 5 }]);
    expect(result.pairs).toEqual([]);
  });
});

describe('ratios', () => {
  it('divides, and gives null for an empty denominator', () => {
    expect(ratios({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6 });
    expect(ratios({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null });
  });
});

describe('scoreFile', () => {
  const labels = {
    ideas: [
      {
        title: 'First',
        line: 1,
        fields: { ...ALL_PRESENT, outcomes: false, mentorEmail: false },
        undefinedTerms: ['ACL'],
        definedTerms: ['GPU'],
      },
      { title: 'Second', line: 10, fields: { ...ALL_PRESENT, mentor: false, mentorEmail: null, size: false } },
      { title: 'Never found', line: 20, fields: { ...ALL_PRESENT, difficulty: false } },
    ],
  };
  const report = {
    ideas: [
      { title: 'First', line: 1 },
      { title: 'Second', line: 10 },
      { title: 'FAQ', line: 30 },
    ],
    findings: [
      { ruleId: 'missing-outcomes', idea: 'First' }, // TP
      { ruleId: 'missing-mentor-email', idea: 'First', subject: 'Ann' }, // TP, two findings
      { ruleId: 'missing-mentor-email', idea: 'First', subject: 'Bob' },
      { ruleId: 'missing-skills', idea: 'First' }, // FP: skills present
      { ruleId: 'undefined-terms', idea: 'First', subject: 'ACLs' }, // TP (plural)
      { ruleId: 'undefined-terms', idea: 'First', subject: 'GPU' }, // FP
      { ruleId: 'undefined-terms', idea: 'First', subject: 'XYZ' }, // unjudged
      { ruleId: 'missing-mentor', idea: 'Second' }, // TP; size missed: FN
      { ruleId: 'missing-mentor-email', idea: 'Second' }, // FP: no mentor, label null
      { ruleId: 'missing-outcomes', idea: 'FAQ' }, // FP on a non-idea, counted once
      { ruleId: 'missing-outcomes', idea: 'FAQ' },
      { ruleId: 'undefined-terms', idea: 'FAQ', subject: 'FAQ' }, // FP on a non-idea
      { ruleId: 'duplicate-title', idea: null }, // file level: ignored
    ],
  };
  const score = scoreFile(labels, report);

  it('counts ideas matched, missed and not ideas', () => {
    expect(score.ideas).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.missedIdeas).toEqual([{ title: 'Never found', line: 20 }]);
    expect(score.extraIdeas).toEqual([{ title: 'FAQ', line: 30 }]);
  });

  it('counts each rule once per idea: a finding where the label is false is a hit, elsewhere a false alarm', () => {
    expect(score.rules['missing-outcomes']).toMatchObject({ tp: 1, fp: 1, fn: 0, findings: 3 });
    expect(score.rules['missing-mentor-email']).toMatchObject({ tp: 1, fp: 1, fn: 0, findings: 3 });
    expect(score.rules['missing-skills']).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(score.rules['missing-mentor']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts an absent field with no finding as a miss, also on an idea the linter did not find', () => {
    expect(score.rules['missing-size']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.rules['unknown-difficulty']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('judges flagged terms against the two lists and keeps the rest apart', () => {
    expect(score.terms).toEqual({ tp: 1, fp: 2, unjudged: 1, labelledUndefined: 1, flaggedUndefined: 1 });
    expect(score.termCases.map((c) => `${c.outcome} ${c.term}`)).toEqual([
      'fp GPU',
      'unjudged XYZ',
      'fp-not-an-idea FAQ',
    ]);
  });

  it('counts a term reported at a line of another idea as a false alarm, even when labelled undefined there', () => {
    const rows = {
      ideas: [
        { title: 'Row one', line: 5, fields: ALL_PRESENT, undefinedTerms: [], definedTerms: [] },
        { title: 'Row two', line: 6, fields: ALL_PRESENT, undefinedTerms: ['NOAA'], definedTerms: [] },
      ],
    };
    const tableReport = {
      ideas: [
        { title: 'Row one', line: 5 },
        { title: 'Row two', line: 6 },
      ],
      findings: [
        { ruleId: 'undefined-terms', idea: 'Row one', subject: 'NOAA', line: 6 },
        { ruleId: 'undefined-terms', idea: 'Row two', subject: 'NOAA', line: 6 },
      ],
    };
    const rowScore = scoreFile(rows, tableReport);
    expect(rowScore.terms).toMatchObject({ tp: 1, fp: 1, unjudged: 0 });
    expect(rowScore.termCases).toEqual([{ outcome: 'fp-outside', term: 'NOAA', title: 'Row one', line: 5 }]);
  });

  it('counts a term reported on the row where the idea was found as inside it, when the label is a later section', () => {
    const labels = {
      ideas: [
        {
          title: 'Section one',
          line: 10,
          aliases: ['Row one'],
          fields: ALL_PRESENT,
          undefinedTerms: ['EMF'],
          definedTerms: [],
        },
        {
          title: 'Section two',
          line: 12,
          aliases: ['Row two'],
          fields: ALL_PRESENT,
          undefinedTerms: [],
          definedTerms: [],
        },
      ],
    };
    const report = {
      ideas: [
        { title: 'Row one', line: 5 },
        { title: 'Row two', line: 6 },
      ],
      findings: [
        { ruleId: 'undefined-terms', idea: 'Row one', subject: 'EMF', line: 5 },
        { ruleId: 'undefined-terms', idea: 'Row two', subject: 'EMF', line: 5 },
      ],
    };
    const score = scoreFile(labels, report);
    expect(score.ideas).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.terms).toMatchObject({ tp: 1, fp: 1, unjudged: 0 });
    expect(score.termCases).toEqual([{ outcome: 'fp-outside', term: 'EMF', title: 'Section two', line: 12 }]);
  });

  it('gives a finding to the idea of its title that starts last at or before its line, when titles repeat', () => {
    const twice = {
      ideas: [
        { title: 'Tracker', line: 3, fields: { ...ALL_PRESENT } },
        { title: 'Tracker', line: 9, fields: { ...ALL_PRESENT, mentor: false, mentorEmail: null } },
      ],
    };
    const found = {
      ideas: [
        { title: 'Tracker', line: 3 },
        { title: 'Tracker', line: 9 },
      ],
      findings: [{ ruleId: 'missing-mentor', idea: 'Tracker', line: 9 }],
    };
    const scored = scoreFile(twice, found);
    expect(scored.rules['missing-mentor']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores a file the CLI did not report as all ideas missed', () => {
    const missing = scoreFile(labels, undefined);
    expect(missing.ideas).toEqual({ tp: 0, fp: 0, fn: 3 });
    expect(missing.rules['missing-outcomes']).toMatchObject({ tp: 0, fn: 1 });
  });
});

describe('scoreFile on the regression format (titles and present fields only)', () => {
  it('counts findings on labelled fields as false alarms and leaves the rest unscored', () => {
    const labels = { titles: ['One', 'Two'], fields: { One: { difficulty: 'Medium', mentors: 'Ann' } } };
    const report = {
      ideas: [{ title: 'One', line: 1 }],
      findings: [
        { ruleId: 'unknown-difficulty', idea: 'One' },
        { ruleId: 'missing-mentor', idea: 'One' },
        { ruleId: 'missing-size', idea: 'One' },
      ],
    };
    const score = scoreFile(labels, report);
    expect(score.ideas).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.rules['unknown-difficulty']).toMatchObject({ tp: 0, fp: 1, fn: 0, tn: 0 });
    expect(score.rules['missing-mentor']).toMatchObject({ fp: 1 });
    expect(score.rules['missing-size']).toMatchObject({ tp: 0, fp: 0, fn: 0, findings: 1 });
  });
});

describe('totals', () => {
  it('adds up counts across files', () => {
    const one = scoreFile(
      { ideas: [{ title: 'A', line: 1, fields: { ...ALL_PRESENT, size: false } }] },
      {
        ideas: [{ title: 'A', line: 1 }],
        findings: [{ ruleId: 'missing-size', idea: 'A' }],
      },
    );
    const sum = totals([one, one]);
    expect(sum.ideas).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(sum.rules['missing-size']).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 0, findings: 2 });
    expect(sum.rules['missing-outcomes']).toMatchObject({ tn: 2 });
  });
});
