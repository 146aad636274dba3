// "Never pass silently", measured without tuning on one list (test/support/safety-net.ts): every (variant, list) pair
// whose ideas differ from the original's is a misreading by construction, and a file-level notice should say so; no
// original list (regression sets, /work/shared/corpus/real) may draw one. SILENT lists the pairs read differently with
// no notice today. It may only shrink: a new silent pair fails, and so does a listed pair that now fires or reads as
// the original (remove it).
import { beforeAll, describe, expect, it } from 'vitest';
import { measureSafetyNet, type SafetyNet } from '../support/safety-net.js';

const SILENT: string[] = [];

describe('the notice of ideas not read', () => {
  let net: SafetyNet;
  beforeAll(() => {
    net = measureSafetyNet();
    if (process.env.SAFETY_NET_PRINT) {
      const fired = net.pairs.filter((pair) => pair.fires).length;
      console.log(
        `pairs read differently: ${net.pairs.length}, fire: ${fired}, silent: ${net.pairs.length - fired}; originals firing: ${net.originalsFiring.length} of ${net.originals}`,
      );
      for (const pair of net.pairs)
        console.log(`${pair.fires ? 'FIRES ' : 'SILENT'} ${pair.variant} ${pair.list} -${pair.lost} +${pair.gained}`);
      for (const list of net.originalsFiring) console.log(`ORIGINAL FIRES ${list}`);
    }
  }, 1_800_000);

  it('fires on no original list', () => {
    expect(net.originalsFiring).toEqual([]);
  });

  it('stays silent on no misreading beyond SILENT (which may only shrink)', () => {
    const silent = net.pairs.filter((pair) => !pair.fires).map((pair) => `${pair.variant} ${pair.list}`);
    expect(silent.filter((pair) => !SILENT.includes(pair)), 'silent misreadings not in SILENT').toEqual([]);
    expect(SILENT.filter((pair) => !silent.includes(pair)), 'no longer silent: remove from SILENT').toEqual([]);
  });
});
