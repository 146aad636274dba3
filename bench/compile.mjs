// Benchmark support: transpiles the engine's TypeScript (src/ and rules/) into node_modules/.cache/ so plain
// Node can import it in process. Transpile only (no type check): fast, and unaffected by type errors
// in files still being written. The output imports unified & co. from node_modules, the same
// modules the floor measurement uses.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/**
 * Where the transpiled engine lives: under node_modules/, so its bare imports resolve to the project's packages,
 * and out of build/, which `npm run bundle` empties. IDEA_LINT_BENCH_ENGINE points the children at another
 * transpiled engine (to time a change before and after).
 */
export const BUILD_DIR = process.env.IDEA_LINT_BENCH_ENGINE ?? join(root, 'node_modules', '.cache', 'idea-lint-bench');

const SOURCE_DIRS = ['src', 'rules'];

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) yield path;
  }
}

/** Transpiles every .ts file under src/ and rules/ into BUILD_DIR; resolves to the number of files. */
export async function compileEngine() {
  // Loaded here, not at the top: the benchmark's children import BUILD_DIR and must not pay for TypeScript.
  const { default: ts } = await import('typescript');
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022, // NodeNext would emit CommonJS for a lone file
    esModuleInterop: true,
    isolatedModules: true,
    resolveJsonModule: true,
  };
  rmSync(BUILD_DIR, { recursive: true, force: true });
  let count = 0;
  for (const dir of SOURCE_DIRS) {
    for (const path of walk(join(root, dir))) {
      const out = join(BUILD_DIR, relative(root, path)).replace(/\.ts$/, '.js');
      const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
        compilerOptions: options,
        fileName: path,
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, outputText);
      count++;
    }
  }
  // NodeNext decides ESM vs CJS by the nearest package.json: the project is "type": "module".
  writeFileSync(join(BUILD_DIR, 'package.json'), '{ "type": "module" }\n');
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = performance.now();
  const count = await compileEngine();
  console.log(`transpiled ${count} files into ${relative(root, BUILD_DIR)} in ${Math.round(performance.now() - t)} ms`);
}
