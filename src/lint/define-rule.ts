// Lint stage: the helper every rule file uses to declare itself. No I/O.
import type { z } from 'zod';
import { RELEASE_TAG, REPOSITORY_URL } from '../version.js';
import type { Rule } from './types.js';

/** Declares a rule; typing only, so `create` sees its own options type. */
export function defineRule<S extends z.ZodType>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** The URL of a rule's docs page at this release's tag (created by `npm run release`). */
export function docsUrl(id: string): string {
  return `${REPOSITORY_URL}/blob/${RELEASE_TAG}/rules/${id}.md`;
}
