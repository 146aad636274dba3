// Lint stage: stable finding identities for de-duplicating pull-request comments. No I/O.
import { createHash } from 'node:crypto';

/**
 * A finding's identity: rule, file, idea and subject, never the line, so a finding whose text
 * moves down keeps its fingerprint (reviewdog hashes the location; we deliberately do not).
 */
export function fingerprint(ruleId: string, path: string, idea: string | null, subject = ''): string {
  return createHash('sha256')
    .update([ruleId, path, idea ?? '', subject].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}
