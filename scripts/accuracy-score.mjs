// Scoring for scripts/measure-accuracy.mjs: compares idea-lint's JSON report with a human reading of the same
// lists (expected.json). Pure: data in, figures out; no files, no processes.
//
// Two label formats are read:
// - full (test/fixtures/heldout-5/, regression-2/ … regression-5/ expected.json): per file `ideas: [{ title, line, aliases?, fields:
//   { outcomes, difficulty, skills, mentor, mentorEmail, size }, undefinedTerms, definedTerms }]`, where a field is
//   true (a reader finds it), false (missing, empty or a placeholder: the rule should fire) or null (does not
//   apply: missing-mentor-email without a mentor);
// - regression (test/fixtures/regression/expected.json): per file `titles: [...]` and `fields: { title: { field: value } }`
//   naming only fields that are present. Ideas are scored in full; for the rules only the false alarms can be
//   counted (a finding on a field the labels give a value for), since absences are not labelled.

/** The six field rules and the label each one checks. */
export const FIELD_RULES = Object.freeze({
  'missing-outcomes': 'outcomes',
  'unknown-difficulty': 'difficulty',
  'missing-skills': 'skills',
  'missing-mentor': 'mentor',
  'missing-mentor-email': 'mentorEmail',
  'missing-size': 'size',
});

/** Field names of the regression format that stand for each label (src/parse FieldName values). */
const REGRESSION_FIELDS = Object.freeze({
  outcomes: ['outcomes'],
  difficulty: ['difficulty'],
  skills: ['skills'],
  mentor: ['mentors'],
  size: ['size'],
});

const TERMS_RULE = 'undefined-terms';
/** Shortest normalised title that may match another by containment rather than equality. */
const MIN_CONTAINED_TITLE = 12;

/**
 * A title as compared: Markdown emphasis, leading enumerators ("1.", "[2]", "Project Idea II -", "Title:") and
 * punctuation dropped, whitespace collapsed, lower case, Unicode composed.
 */
export function normalizeTitle(title) {
  let text = String(title).normalize('NFC').replace(/[*_`]/g, ' ').replace(/\s+/g, ' ').trim();
  const prefixes = [
    /^\[\d+\]\s*/,
    /^#?\d+[.)]\s*/,
    /^project\s+idea\s+[ivxlc\d]+\s*[-–—:]\s*/i,
    /^(idea|title|project)\s*:\s*/i,
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of prefixes) {
      const next = text.replace(prefix, '');
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A term as compared: an all-capital plural ("ACLs", "VDIs") is its singular, as undefined-terms reports it. */
export function normalizeTerm(term) {
  const text = String(term).trim();
  return /^[A-Z0-9][A-Z0-9-]*[A-Z0-9]s$/.test(text) ? text.slice(0, -1) : text;
}

/** The labels of one file in the held-out shape, whatever format they came in. */
export function labelledIdeas(fileLabels) {
  if (Array.isArray(fileLabels.ideas)) {
    return fileLabels.ideas.map((idea) => ({
      title: idea.title,
      line: idea.line ?? null,
      aliases: idea.aliases ?? [],
      fields: idea.fields ?? null,
      undefinedTerms: idea.undefinedTerms ?? [],
      definedTerms: idea.definedTerms ?? [],
    }));
  }
  const present = fileLabels.fields ?? {};
  return (fileLabels.titles ?? []).map((title) => ({
    title,
    line: null,
    aliases: [],
    fields: null,
    presentFields: Object.keys(present[title] ?? {}),
    undefinedTerms: [],
    definedTerms: [],
  }));
}

/**
 * Pairs labelled ideas with reported ones, one to one: first by heading line, then by equal normalised title (or
 * alias), then by one normalised title containing the other (both at least MIN_CONTAINED_TITLE long).
 * Returns `pairs` ([labelIndex, reportIndex]), `missed` (label indexes) and `extra` (report indexes).
 */
export function matchIdeas(labels, reported) {
  const usedLabels = new Set();
  const usedReported = new Set();
  const pairs = [];
  const keys = labels.map((label) => [label.title, ...(label.aliases ?? [])].map(normalizeTitle));
  const reportedKeys = reported.map((idea) => normalizeTitle(idea.title ?? ''));
  const pass = (accepts) => {
    labels.forEach((label, li) => {
      if (usedLabels.has(li)) return;
      const ri = reported.findIndex((idea, index) => !usedReported.has(index) && accepts(label, li, idea, index));
      if (ri === -1) return;
      usedLabels.add(li);
      usedReported.add(ri);
      pairs.push([li, ri]);
    });
  };
  pass((label, li, idea) => label.line != null && idea.line === label.line);
  pass((label, li, idea, ri) => keys[li].includes(reportedKeys[ri]));
  pass((label, li, idea, ri) =>
    keys[li].some(
      (key) =>
        Math.min(key.length, reportedKeys[ri].length) >= MIN_CONTAINED_TITLE &&
        (key.includes(reportedKeys[ri]) || reportedKeys[ri].includes(key)),
    ),
  );
  pairs.sort((a, b) => a[0] - b[0]);
  const missed = labels.map((_, index) => index).filter((index) => !usedLabels.has(index));
  const extra = reported.map((_, index) => index).filter((index) => !usedReported.has(index));
  return { pairs, missed, extra };
}

/** Precision and recall from counts; null where the denominator is zero. */
export function ratios({ tp, fp, fn }) {
  return { precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0, tn: 0, findings: 0 };
}

/**
 * Scores one file. `fileLabels` is its entry in expected.json; `fileReport` its entry in the JSON report
 * (`{ ideas: [{ title, line }], findings: [{ ruleId, idea, subject?, line }] }`) or undefined if the CLI did not
 * lint it. Returns counts and the cases behind them (for the --details listing).
 */
export function scoreFile(fileLabels, fileReport) {
  const labels = labelledIdeas(fileLabels);
  const reported = fileReport?.ideas ?? [];
  const findings = fileReport?.findings ?? [];
  const { pairs, missed, extra } = matchIdeas(labels, reported);
  const result = {
    ideas: { tp: pairs.length, fp: extra.length, fn: missed.length },
    missedIdeas: missed.map((index) => ({ title: labels[index].title, line: labels[index].line })),
    extraIdeas: extra.map((index) => ({ title: reported[index].title, line: reported[index].line })),
    rules: Object.fromEntries(Object.keys(FIELD_RULES).map((rule) => [rule, emptyCounts()])),
    ruleCases: [],
    terms: { tp: 0, fp: 0, unjudged: 0, labelledUndefined: 0, flaggedUndefined: 0 },
    termCases: [],
  };

  // Findings per reported idea (by its index). Titles can repeat (one title in two tables): the finding goes to the
  // last idea of its title that starts at or before the finding's line, else to the first idea of its title.
  const byIdea = reported.map(() => []);
  for (const finding of findings) {
    if (finding.idea == null) continue;
    let index = -1;
    reported.forEach((idea, at) => {
      if (idea.title !== finding.idea) return;
      if (index === -1) index = at;
      else if (finding.line != null && idea.line != null && idea.line <= finding.line) index = at;
    });
    if (index !== -1) byIdea[index].push(finding);
  }

  const scoreFields = (label, ideaFindings) => {
    for (const [rule, field] of Object.entries(FIELD_RULES)) {
      const hits = ideaFindings.filter((finding) => finding.ruleId === rule);
      const counts = result.rules[rule];
      counts.findings += hits.length;
      const fired = hits.length > 0;
      let expected; // true: should fire; false: should not; undefined: not labelled
      if (label.fields) {
        const value = label.fields[field];
        if (value === false) expected = true;
        else if (value === true || value === null) expected = false;
      } else if (label.presentFields && (REGRESSION_FIELDS[field] ?? []).some((f) => label.presentFields.includes(f))) {
        expected = false;
      }
      if (expected === undefined) continue;
      const outcome = fired ? (expected ? 'tp' : 'fp') : expected ? 'fn' : 'tn';
      counts[outcome] += 1;
      if (outcome === 'fp' || outcome === 'fn') {
        result.ruleCases.push({ rule, outcome, title: label.title, line: label.line, message: hits[0]?.message });
      }
    }
  };

  // Each labelled idea spans from its line to the line before the next labelled idea (the last one to the end).
  const starts = labels
    .map((label) => label.line)
    .filter((line) => line != null)
    .sort((a, b) => a - b);
  const spanEnd = (line) => starts.find((start) => start > line) ?? Infinity;

  // A finding on the line where the linter found the idea (its table row in a summary table labelled at a later
  // section) lies in that idea, whatever the labelled span says.
  const scoreTerms = (label, ideaFindings, reportedLine) => {
    const undefinedTerms = new Set(label.undefinedTerms.map(normalizeTerm));
    const definedTerms = new Set(label.definedTerms.map(normalizeTerm));
    result.terms.labelledUndefined += undefinedTerms.size;
    const flagged = new Map(); // term -> whether any finding on it lies inside the labelled idea
    for (const finding of ideaFindings) {
      if (finding.ruleId !== TERMS_RULE || !finding.subject) continue;
      const term = normalizeTerm(finding.subject);
      const inside =
        label.line == null ||
        finding.line == null ||
        finding.line === reportedLine ||
        (finding.line >= label.line && finding.line < spanEnd(label.line));
      flagged.set(term, (flagged.get(term) ?? false) || inside);
    }
    for (const [term, inside] of flagged) {
      // A term reported at a line of another idea is not in this one: a false alarm whatever the term.
      const outcome = !inside
        ? 'fp-outside'
        : undefinedTerms.has(term)
          ? 'tp'
          : definedTerms.has(term)
            ? 'fp'
            : 'unjudged';
      result.terms[outcome === 'fp-outside' ? 'fp' : outcome] += 1;
      if (outcome === 'tp') result.terms.flaggedUndefined += 1;
      if (outcome !== 'tp') result.termCases.push({ outcome, term, title: label.title, line: label.line });
    }
  };

  // Terms are judged only where they were labelled (the held-out format).
  const termsLabelled = Array.isArray(fileLabels.ideas);
  for (const [li, ri] of pairs) {
    scoreFields(labels[li], byIdea[ri]);
    if (termsLabelled) scoreTerms(labels[li], byIdea[ri], reported[ri].line);
  }
  // A labelled idea the linter did not find gets no finding: each absent field is a miss.
  for (const li of missed) scoreFields(labels[li], []);
  // Findings on something that is not an idea are false alarms.
  for (const ri of extra) {
    const counted = new Set(); // one false alarm per rule per non-idea, as for ideas
    for (const finding of byIdea[ri]) {
      if (finding.ruleId in FIELD_RULES) {
        const counts = result.rules[finding.ruleId];
        counts.findings += 1;
        if (!counted.has(finding.ruleId)) {
          counts.fp += 1;
          counted.add(finding.ruleId);
          result.ruleCases.push({
            rule: finding.ruleId,
            outcome: 'fp-not-an-idea',
            title: reported[ri].title,
            line: reported[ri].line,
            message: finding.message,
          });
        }
      } else if (termsLabelled && finding.ruleId === TERMS_RULE && finding.subject) {
        result.terms.fp += 1;
        result.termCases.push({
          outcome: 'fp-not-an-idea',
          term: normalizeTerm(finding.subject),
          title: reported[ri].title,
          line: reported[ri].line,
        });
      }
    }
  }
  return result;
}

/** Adds up file scores into set totals (same shape, without the case lists). */
export function totals(fileScores) {
  const sum = {
    ideas: { tp: 0, fp: 0, fn: 0 },
    rules: Object.fromEntries(Object.keys(FIELD_RULES).map((rule) => [rule, emptyCounts()])),
    terms: { tp: 0, fp: 0, unjudged: 0, labelledUndefined: 0, flaggedUndefined: 0 },
  };
  for (const score of fileScores) {
    for (const key of Object.keys(sum.ideas)) sum.ideas[key] += score.ideas[key];
    for (const [rule, counts] of Object.entries(score.rules)) {
      for (const key of Object.keys(counts)) sum.rules[rule][key] += counts[key];
    }
    for (const key of Object.keys(sum.terms)) sum.terms[key] += score.terms[key];
  }
  return sum;
}
