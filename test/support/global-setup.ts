// Vitest global set-up: the tests run src/ against node_modules, so micromark must carry the same fix
// the bundles do (scripts/patch-micromark.mjs; idempotent, and loud if upstream's file changed shape).
import { fileURLToPath } from 'node:url';
import { patchMicromark } from '../../scripts/patch-micromark.mjs';

export default function setup(): void {
  patchMicromark(fileURLToPath(new URL('../..', import.meta.url)));
}
