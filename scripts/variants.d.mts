// Types of scripts/variants.mjs, for its tests.

/** One rewrite: what it does, and the rewrite itself (the text unchanged where it does not apply). */
export interface Variant {
  /** Rewrites of one family are alternatives (spellings of the same thing); a chain takes one of each. */
  family: string;
  about: string;
  apply(text: string, path: string, shape: unknown): string;
}

/** The rewrites by name. */
export const VARIANTS: Readonly<Record<string, Variant>>;

/** The names of the rewrites, in the order of VARIANTS. */
export const VARIANT_NAMES: readonly string[];

/** `text` (of the file at `path`) rewritten by the variant `name`; throws for an unknown name. */
export function applyVariant(name: string, text: string, path?: string): string;

/** The families, in the order a chain applies them. */
export const FAMILIES: readonly string[];

/** `text` rewritten by several variants in turn, at most one per family; throws for an unknown name or two of a family. */
export function applyVariants(names: readonly string[], text: string, path?: string): string;
