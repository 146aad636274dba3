// Types of bench/pathological-inputs.mjs, for the hostile-input tests that build the same texts.

/** One idea around a pathological body; a `Difficulty:` line after it makes it an idea (the body's own labels come first). */
export function ideaAround(body: string): string;

/** The i-th four-letter acronym: AAAA, BAAA, … (456,976 distinct). */
export function acronym(i: number): string;

/** A pathological case: what it attacks, how to build it at a size in characters, its 1× benchmark size. */
export interface PathologicalCase {
  name: string;
  family: string;
  build(size: number): string;
  size: number;
}

/** Every case, one or more per family of patterns. */
export const PATHOLOGICAL_CASES: PathologicalCase[];
