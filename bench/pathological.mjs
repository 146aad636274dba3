// Benchmark child: times one pathological case at one size — the floor (remark alone) and the engine (parse,
// ideas, every rule) — and prints one JSON line. Run in its own process so a runaway case can be killed.
// Usage: node --expose-gc bench/pathological.mjs '{"name":"brackets","size":20000,"runs":3,"config":"…"}'
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BUILD_DIR } from './compile.mjs';
import { cpuNow, median } from './measure.mjs';
import { PATHOLOGICAL_CASES } from './pathological-inputs.mjs';

const { name, size, runs, config: configPath } = JSON.parse(process.argv[2]);
const { lintText } = await import(join(BUILD_DIR, 'src', 'lint', 'engine.js'));
const { resolveConfig } = await import(join(BUILD_DIR, 'src', 'lint', 'config.js'));
const config = resolveConfig(JSON.parse(readFileSync(configPath, 'utf8')), configPath);
const floor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const testCase = PATHOLOGICAL_CASES.find((candidate) => candidate.name === name);
if (!testCase) throw new Error(`No pathological case named ${name}.`);
const text = testCase.build(size);
const collect = globalThis.gc ?? (() => {});

let floorError;
function time(work) {
  collect();
  const start = cpuNow();
  try {
    work();
  } catch (error) {
    // remark alone gives up on very deep trees (its recursion exceeds the stack); the engine turns that into
    // a notice, the floor just throws.
    floorError = String(error).slice(0, 120);
  }
  return cpuNow() - start;
}

// Warm-up on a tenth of the size, so the 1× figure is not the JIT's first compile.
const warm = testCase.build(Math.max(1, Math.round(size / 10)));
time(() => floor.parse(warm));
lintText('warm.md', warm, config);

const floorTimes = [];
const engineTimes = [];
let report;
for (let run = 0; run < runs; run++) {
  floorTimes.push(time(() => floor.parse(text)));
  engineTimes.push(time(() => (report = lintText('pathological.md', text, config))));
}
process.stdout.write(
  `${JSON.stringify({
    name,
    size,
    chars: text.length,
    floor: median(floorTimes),
    floorError,
    engine: median(engineTimes),
    ideas: report.ideas.length,
    findings: report.findings.length,
    notices: report.notices.length,
  })}\n`,
);
