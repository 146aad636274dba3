/**
 * Test-support stage (end-to-end harness): a ready-made Scenario for the GitHub emulator, so a test
 * names only what matters to it (usually `base` and `head` files).
 */
import type { Scenario } from './pull-request-model.js';

/** A scenario for `gsoc-org/ideas#42` by `contributor-cat`, with the given parts replaced. */
export function makeScenario(
  overrides: Partial<Omit<Scenario, 'pull'>> & { pull?: Partial<Scenario['pull']> } = {},
): Scenario {
  const { pull, ...rest } = overrides;
  return {
    owner: 'gsoc-org',
    repo: 'ideas',
    base: {},
    head: {},
    ...rest,
    pull: {
      number: 42,
      title: 'Add 2027 project ideas',
      user: 'contributor-cat',
      baseSha: '1010101010101010101010101010101010101010',
      headSha: '2222222222222222222222222222222222222222',
      baseRef: 'main',
      headRef: 'ideas-2027',
      ...pull,
    },
  };
}
