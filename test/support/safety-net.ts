// Test support: how often a misreading passes silently. The label-preserving variants of scripts/variants.mjs are
// misreadings by construction wherever they read other ideas than the original: for every (variant, list) pair of the
// regression sets whose ideas differ from the original's (an idea lost, or a non-idea read), a file-level notice
// (`no-ideas`, or `unread-ideas` from src/parse/unread-ideas.ts) should fire; on every original list (regression sets
// and ../shared/corpus/real when present, all read correctly) none may.
// Run `SAFETY_NET_PRINT=1 npx vitest run test/parse/safety-net.test.ts` for the figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseIdeaFile } from '../../src/parse/index.js';
import { normalizeTitle } from '../../scripts/accuracy-score.mjs';
import { applyVariants } from '../../scripts/variants.mjs';
import { FIXTURES, regressionLists, VARIANT_CHAINS } from './regression-lists.js';

/** The real lists of the shared corpus (../shared/corpus/real beside the repository), read when present. */
export const REAL_CORPUS = fileURLToPath(new URL('../../../shared/corpus/real', import.meta.url));

export { regressionLists };

/** Whether the labels of a regression list give it ideas (an unfilled template has none: `no-ideas` is its notice). */
export function hasIdeas(list: string): boolean {
  const [set, file] = list.split('/');
  const labels = JSON.parse(readFileSync(new URL(`${set}/expected.json`, FIXTURES), 'utf8')) as Record<
    string,
    { ideas?: unknown[] }
  >;
  return (labels[file]?.ideas ?? []).length > 0;
}

export function readList(list: string): string {
  return readFileSync(new URL(list.split('/').map(encodeURIComponent).join('/'), FIXTURES), 'utf8');
}

/** The real lists of the shared corpus, when it is on this machine (absolute paths). */
export function realLists(): string[] {
  if (!existsSync(REAL_CORPUS)) return [];
  return readdirSync(REAL_CORPUS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${REAL_CORPUS}/${name}`);
}

/** A reading: the ideas as `line title`, and whether a file-level notice fires. */
export interface Reading {
  ideas: string[];
  fires: boolean;
}

export function read(path: string, text: string): Reading {
  const file = parseIdeaFile(path, text);
  const ideas = file.ideas.map((idea) => `${idea.titlePosition.start.line} ${normalizeTitle(idea.title)}`);
  const fires =
    (file.ideas.length === 0 && text.trim() !== '') || (file.ideas.length > 0 && (file.unread ?? []).length > 0);
  return { ideas, fires };
}

const CHAINS = VARIANT_CHAINS;

export interface Pair {
  variant: string;
  list: string;
  lost: number;
  gained: number;
  fires: boolean;
}

export interface SafetyNet {
  /** (variant, list) pairs whose ideas differ from the original's. */
  pairs: Pair[];
  /** Original lists with ideas (regression `set/file`, real corpus paths) on which a notice fires. */
  originalsFiring: string[];
  originals: number;
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((line, at) => line === b[at]);

/** Counts the pairs that lose or gain ideas, fired or silent, and the originals that fire. */
export function measureSafetyNet(lists = regressionLists(), real = realLists()): SafetyNet {
  const pairs: Pair[] = [];
  const originalsFiring: string[] = [];
  for (const path of real) if (read(path, readFileSync(path, 'utf8')).fires) originalsFiring.push(path);
  for (const list of lists) {
    const text = readList(list);
    const original = read(list, text);
    if (original.fires && hasIdeas(list)) originalsFiring.push(list);
    const differs = (names: string[]): Reading | undefined => {
      const variant = applyVariants(names, text, list);
      if (variant === text) return undefined;
      const after = read(list, variant);
      return same(after.ideas, original.ideas) ? undefined : after;
    };
    for (const chain of CHAINS) {
      if (differs(chain) === undefined) continue;
      for (const name of chain) {
        const after = differs([name]);
        if (after === undefined) continue;
        const lost = original.ideas.filter((line) => !after.ideas.includes(line)).length;
        const gained = after.ideas.filter((line) => !original.ideas.includes(line)).length;
        pairs.push({ variant: name, list, lost, gained, fires: after.fires });
      }
    }
  }
  return { pairs, originalsFiring, originals: lists.length + real.length };
}
