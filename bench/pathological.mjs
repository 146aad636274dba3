// Benchmark child: times pathological cases, each at one size — the floor (remark alone) and the engine (parse,
// ideas, every rule) — and prints one JSON line (an array with `cases`). A 10× size runs alone in its own
// process, so that a runaway case can be killed.
// Usage: node --expose-gc bench/pathological.mjs '{"name":"brackets","size":20000,"runs":3,"config":"…"}'
//        node --expose-gc bench/pathological.mjs '{"cases":[{"name":…,"size":…},…],"runs":3,"config":"…"}'
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BUILD_DIR } from './compile.mjs';
import { cpuNow, median } from './measure.mjs';
import { PATHOLOGICAL_CASES } from './pathological-inputs.mjs';

const { name, size, cases, runs, config: configPath } = JSON.parse(process.argv[2]);
const { lintText } = await import(join(BUILD_DIR, 'src', 'lint', 'engine.js'));
const { resolveConfig } = await import(join(BUILD_DIR, 'src', 'lint', 'config.js'));
const config = resolveConfig(JSON.parse(readFileSync(configPath, 'utf8')), configPath);
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

function measureCase(name, size) {
  const testCase = PATHOLOGICAL_CASES.find((candidate) => candidate.name === name);
  if (!testCase) throw new Error(`No pathological case named ${name}.`);
  const text = testCase.build(size);
  // Warm-up on a tenth of the size, so the figure is not the JIT's first compile.
  const warm = testCase.build(Math.max(1, Math.round(size / 10)));
  time(() => floor.parse(warm));
  lintText('warm.md', warm, config);
  const floorTimes = [];
  const engineTimes = [];
  let floorError;
  let report;
  for (let run = 0; run < runs; run++) {
    const parsed = time(() => floor.parse(text));
    floorTimes.push(parsed.ms);
    floorError ??= parsed.error;
    // lintText never throws: an exception here is a bug the benchmark should crash on.
    const start = cpuNow();
    report = lintText('pathological.md', text, config);
    engineTimes.push(cpuNow() - start);
  }
  return {
    name,
    size,
    chars: text.length,
    floor: median(floorTimes),
    floorError,
    engine: median(engineTimes),
    ideas: report.ideas.length,
    findings: report.findings.length,
    notices: report.notices.length,
  };
}

const result = cases ? cases.map((one) => measureCase(one.name, one.size)) : measureCase(name, size);
process.stdout.write(`${JSON.stringify(result)}\n`);
