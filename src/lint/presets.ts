// Lint stage (configuration): the presets a config `extends`. Plain data, applied over each rule's
// default severity and before the user's own settings; every option key must exist in the rule's schema
// (test/lint/config.test.ts resolves every preset against the registry).
import type { SeveritySetting } from './types.js';

/** A preset's (or a config file's) setting for one rule: a severity, or options with an optional severity. */
export type PresetRuleEntry = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>);

/** The preset names a config may extend. */
export const PRESET_NAMES = ['recommended', 'xen-template', 'gsoc'] as const;

/** A preset name. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** Rule settings per preset, keyed by rule id. */
export const presets: Record<PresetName, Record<string, PresetRuleEntry>> = {
  // Each rule's own default severity and options: the catalogue's defaults are the recommendation.
  recommended: {},

  // The Xen Project's {{GSoC Project}} template (shared/seeds/): every field of it must be filled in.
  'xen-template': {
    // "Outcomes" is a template field; an idea without one cannot be judged by an intern.
    'missing-outcomes': 'error',
    // The template asks for "an indication of size and complexity": Difficulty is that field.
    'unknown-difficulty': 'error',
    // "Skills Needed" is a template field.
    'missing-skills': 'error',
    // "If you are willing to mentor those ideas, add your name and email to the idea."
    'missing-mentor': 'error',
    'missing-mentor-email': 'error',
    // Every template idea carries "Verified:"; the Peer Review Goals ask whether it was verified recently.
    'stale-verification': { severity: 'warning', required: true },
    // "GSoC: Yes/No" is a template field; "Unknown" leaves the program admins guessing.
    'program-unknown': 'warning',
    // The template's description is the intern's starting point ("Can an intern get going…").
    'thin-description': 'warning',
    // Review comments are to be deleted as addressed; a left-over one means the idea is not ready.
    'unresolved-review': 'error',
    // Xen's dates are written MM/DD/YYYY (01/22/2013); an unreadable one defeats stale-verification.
    'invalid-date': 'warning',
  },

  // Google Summer of Code's requirements for an org's ideas list (research/GUIDELINES.md §1).
  gsoc: {
    // GSoC asks every idea for "expected size of project (90, 175 or 350 hour)": no other figure exists.
    'missing-size': { severity: 'error', maxHours: 350, allowedHours: [90, 175, 350] },
    // GSoC asks for "an easy, medium or hard rating of each project", the three levels of its form.
    'unknown-difficulty': { severity: 'error', scale: { easy: ['easy'], medium: ['medium'], hard: ['hard'] } },
    // GSoC expects two mentors per project, so an intern is never left alone.
    'min-mentors': { severity: 'warning', min: 2 },
    // GSoC does not ask for mentors' emails: contributors reach them through the org's channels, so a GitHub
    // handle or profile link is contact enough. `recommended` and `xen-template` keep requiring an email, as the
    // Xen template says: "add your name and email".
    'missing-mentor-email': { acceptHandles: true },
    // Contributors choose by skills; GSoC lists "skills required/preferred" among the idea's parts.
    'missing-skills': 'error',
    // GSoC asks for "a more detailed description of the project (2-5 sentences)".
    'thin-description': 'warning',
  },
};
