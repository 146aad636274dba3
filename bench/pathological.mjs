// Benchmark child: times one pathological case at its sizes (1× then 10×) — the floor (remark alone) and the
// engine (parse, ideas, every rule) — after the same warm-up, and prints one JSON line (an array, one entry per
// size). Each case runs in its own process, so that a runaway case can be killed.
// Usage: node --expose-gc bench/pathological.mjs '{"name":"brackets","sizes":[20000,200000],"runs":[3,1],"config":"…"}'
// (optional "warm": the size to warm up at, by default the first of `sizes`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BUILD_DIR } from './compile.mjs';
import { cpuNow, median } from './measure.mjs';
import { PATHOLOGICAL_CASES } from './pathological-inputs.mjs';

const { name, sizes, runs, warm: warmSize = sizes[0], config: configPath } = JSON.parse(process.argv[2]);
const { lintText } = await import(join(BUILD_DIR, 'src', 'lint', 'engine.js'));
const { resolveConfig } = await import(join(BUILD_DIR, 'src', 'lint', 'config.js'));
const { rules: registry } = await import(join(BUILD_DIR, 'rules', 'index.js'));
const config = resolveConfig(JSON.parse(readFileSync(configPath, 'utf8')), configPath, { rules: registry });
const floor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const collect = globalThis.gc ?? (() => {});

/** CPU milliseconds of `work`; an exception (remark alone giving up on a very deep tree) is returned too. */
function time(work) {
  collect();
  const start = cpuNow();
  let error;
  try {
    work();
  } catch (caught) {
    error = String(caught).slice(0, 120);
  }
  return { ms: cpuNow() - start, error };
}

const testCase = PATHOLOGICAL_CASES.find((candidate) => candidate.name === name);
if (!testCase) throw new Error(`No pathological case named ${name}.`);

// Warm-up at the smallest size (or `warm`, the 1× size when 10× is timed alone), twice, so that no size is timed
// on the JIT's first compile.
const warm = testCase.build(warmSize);
for (let round = 0; round < 2; round++) {
  time(() => floor.parse(warm));
  lintText('warm.md', warm, config, registry);
}

function measureSize(size, count) {
  const text = testCase.build(size);
  const floorTimes = [];
  const engineTimes = [];
  let floorError;
  let report;
  for (let run = 0; run < count; run++) {
    const parsed = time(() => floor.parse(text));
    floorTimes.push(parsed.ms);
    floorError ??= parsed.error;
    // lintText never throws: an exception here is a bug the benchmark should crash on.
    const start = cpuNow();
    report = lintText('pathological.md', text, config, registry);
    engineTimes.push(cpuNow() - start);
  }
  return {
    name,
    size,
    chars: text.length,
    // Best of the runs: what the work costs, without what other processes take from it.
    floor: Math.min(...floorTimes),
    floorError,
    engine: Math.min(...engineTimes),
    engineMedian: median(engineTimes),
    ideas: report.ideas.length,
    findings: report.findings.length,
    notices: report.notices.length,
  };
}

process.stdout.write(`${JSON.stringify(sizes.map((size, index) => measureSize(size, runs[index])))}\n`);
