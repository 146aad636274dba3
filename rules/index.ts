// The rule registry, in catalogue order (DESIGN.md "Rules"): the first five are the mission's own.
import type { Rule } from '../src/lint/rule-kit.js';
import missingOutcomes from './missing-outcomes.js';
import unknownDifficulty from './unknown-difficulty.js';
import undefinedTerms from './undefined-terms.js';
import staleVerification from './stale-verification.js';
import missingMentorEmail from './missing-mentor-email.js';
import missingMentor from './missing-mentor.js';
import missingSkills from './missing-skills.js';
import missingSize from './missing-size.js';
import thinDescription from './thin-description.js';
import unresolvedReview from './unresolved-review.js';
import invalidDate from './invalid-date.js';
import programUnknown from './program-unknown.js';
import duplicateTitle from './duplicate-title.js';
import minMentors from './min-mentors.js';
import outdatedYear from './outdated-year.js';

/** Every rule, in catalogue order. */
export const rules: Rule[] = [
  missingOutcomes,
  unknownDifficulty,
  undefinedTerms,
  staleVerification,
  missingMentorEmail,
  missingMentor,
  missingSkills,
  missingSize,
  thinDescription,
  unresolvedReview,
  invalidDate,
  programUnknown,
  duplicateTitle,
  minMentors,
  outdatedYear,
] as Rule[];

/** Looks a rule up by id. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
