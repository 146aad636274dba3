// Test support: the labelled regression lists, and the chains of label-preserving variants the tests read them under.
import { readdirSync, readFileSync } from 'node:fs';
import { FAMILIES, VARIANT_NAMES, VARIANTS } from '../../scripts/variants.mjs';

export const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Every labelled list of the regression sets (test/fixtures/regression*), as `set/file`, in the order of the sets. */
export function regressionLists(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => /^regression(-\d+)?$/.test(name))
    .sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1))
    .flatMap((set) =>
      Object.keys(JSON.parse(readFileSync(new URL(`${set}/expected.json`, FIXTURES), 'utf8')) as object)
        .filter((file) => !file.startsWith('_'))
        .map((file) => `${set}/${file}`),
    );
}

/**
 * Chains of one variant per family (the first of each family in chain 0, the second in chain 1, ...): a list read as
 * the original under a chain is read so under each of its variants, and each variant gets checked alone only where
 * its chain differs, so every (variant, list) pair is checked in a few parses of each list instead of one per variant.
 *
 * A rewrite can mask another in its chain: `**Level**: Medium` is not read where `**Level** – Medium` is, so
 * label-names chained with label-bold-dash hid a difference. The label names go in chains of their own. The
 * wiki-export layout (closed headings, rules under headings, HTML lines before them) goes in chains of its own too.
 * Chained with the others, Connexions' chain read differently though no rewrite alone did; apart, every chain reads as
 * its variants alone do. (Session 18 suspected Cesium's labels-one-line-pipe reading and Boa's html-breaks one of
 * changing with the lists parsed before them; every list read under every chain and every variant alone, in the order
 * of test/parse/variants.test.ts and in the reverse order, read alike, and test/parse/parse-order.test.ts keeps it so.)
 */
export const VARIANT_CHAINS: string[][] = (() => {
  const chainsOf = (families: readonly string[]) => {
    const byFamily = families.map((family) => VARIANT_NAMES.filter((name) => VARIANTS[name].family === family));
    const longest = Math.max(...byFamily.map((names) => names.length));
    return Array.from({ length: longest }, (_, index) => byFamily.flatMap((names) => names.slice(index, index + 1)));
  };
  const apart = ['label-names', 'label-gloss', 'heading-close', 'heading-rule', 'html-line'];
  return [...chainsOf(FAMILIES.filter((family) => !apart.includes(family))), ...chainsOf(apart)];
})();
