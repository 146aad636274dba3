#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ worthAPool),
/* harmony export */   mW: () => (/* binding */ POOL_MIN_BYTES),
/* harmony export */   nD: () => (/* binding */ POOL_CHILD_FLAG)
/* harmony export */ });
// CLI stage: what bin.ts and reexec.ts need to know of the pool (see pool.ts) without loading it: the flag that makes
// the CLI's script a pool child, and how much work starts a pool.
/** The first argument that makes the CLI's script a pool child instead of the CLI. */
const POOL_CHILD_FLAG = '--idea-lint-pool-child';
/**
 * From this many bytes of files to lint on (their sizes on disk, summed), a run lints with a pool of processes;
 * below it, in process. Work decides, not the count of files: a file costs time in proportion to its length (idea
 * lists run from 1 to 160 KB). A pool pays a fixed price before it saves anything (the CLI started once more with
 * the GC flags, reexec.ts; a child started, the engine loaded in it and its code still cold on its first files) and
 * more CPU per file (one GC thread a process, a child's heap limit); it saves the part of the work the child takes
 * off this process, which only a free core makes a saving.
 *
 * Measured with bench/break-even.mjs (7 December 2026, 2 cores, load 13 to 18 from other work): the same
 * dist/cli.js on folders of real idea lists, pool (IDEA_LINT_WORKERS=2) against one process (=1), interleaved, wall
 * time pool over one process: 0.1 MB 1.60×, 0.45 MB 1.80×, 0.6 MB 1.36×, 1 MB 1.22×, 2 MB 1.24×, 4 MB 0.94×. Under
 * that load the break-even lies between 2 and 4 MB: an upper bound, since other work on the cores is what keeps the
 * child from saving time. On idle cores it comes earlier: bench/results.json's idle figures (12 files, 0.1 MB: pool
 * 2.3 s, one process 1.9 s; 750 files, 16 MB: the pool 0.59× one process) put it near 0.4 MB. 1 MB lies between the
 * two; on either side of the true value a run in that band costs at most ~20% more than the better choice, and a
 * pull request's few lists (under 0.2 MB) and a program audit (10 MB or more) are on the right side either way.
 */
const POOL_MIN_BYTES = 1024 * 1024;
/** Whether `bytes` of files to lint are work enough for a pool (at least POOL_MIN_BYTES). */
function worthAPool(bytes) {
    return bytes >= POOL_MIN_BYTES;
}


/***/ }),

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ CONFIG_FILE_NAMES)
/* harmony export */ });
// Lint stage (configuration): the config file names discovery tries. Its own module, with no imports, so that the
// CLI's help text can name them without loading the YAML parser (see src/cli/main.ts).
/** Config file names in priority order: the first that exists wins (config-files.ts gives each its reader). */
const CONFIG_FILE_NAMES = [
    '.github/idea-lint.yml',
    '.github/idea-lint.yaml',
    '.idea-lint.yml',
    '.idea-lint.yaml',
    '.idea-lint.json',
];


/***/ }),

/***/ 7417:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isIsoDate),
/* harmony export */   t: () => (/* binding */ ISO_DATE)
/* harmony export */ });
// Lint stage: the calendar date form every date option takes (`today`, `--today`). Its own module, with no
// imports, so that the CLI can check its arguments without loading the configuration schema (see src/cli/main.ts).
/** `YYYY-MM-DD`, the form of a date; isIsoDate also checks that the day exists. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
function isIsoDate(text) {
    if (!ISO_DATE.test(text))
        return false;
    const [year, month, day] = text.split('-').map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ RELEASE_TAG),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony exports MAJOR_TAG, ACTION_REF, SCHEMA_URL */
// idea-lint's version and every reference derived from it: the release script sets VERSION, and
// test/repo/version.test.ts checks package.json, README.md, action.yml, the pre-commit hook and the schema against it.
/** idea-lint's version (package.json's); `npm run release` sets it. */
const VERSION = '0.1.0';
/** The repository: rule pages, the schema, the issue tracker. */
const REPOSITORY_URL = 'https://github.com/idea-lint/idea-lint';
/** The tag the release script creates for this version: rule links point here, so they describe this version. */
const RELEASE_TAG = `v${VERSION}`;
/** The major tag the release script moves to each release: what users pin (`uses: idea-lint/idea-lint@v0`). */
const MAJOR_TAG = (/* unused pure expression or super */ null && (`v${VERSION.split('.')[0]}`));
/** The action reference a workflow uses. */
const ACTION_REF = (/* unused pure expression or super */ null && (`${REPOSITORY_URL.replace('https://github.com/', '')}@${MAJOR_TAG}`));
/** The configuration's JSON Schema at the major tag, for `$schema` and `# yaml-language-server: $schema=…`. */
const SCHEMA_URL = (/* unused pure expression or super */ null && (`${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${MAJOR_TAG}/idea-lint.schema.json`));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/lint/config-names.ts
var config_names = __nccwpck_require__(5342);
// EXTERNAL MODULE: ./src/lint/iso-date.ts
var iso_date = __nccwpck_require__(7417);
;// CONCATENATED MODULE: ./src/report/format-names.ts
// Report stage: the names of the output formats, the CLI's `--format` choices. Their own module, with no imports,
// so that the CLI can check its arguments and print its help without loading the reporters (see src/cli/main.ts);
// index.ts holds a reporter for each name (a missing or extra one is a type error there).
/** The `--format` choices, default first. */
const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'];
/** Whether `name` is a known format. */
function isFormatName(name) {
    return FORMAT_NAMES.includes(name);
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// CLI stage: reads the command line into options and holds the help text. Pure: no process, no I/O.




/** A command line that cannot be run: exit 2 with this message. */
class UsageError extends Error {
    name = 'UsageError';
}
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** The help text (`--help`). */
const USAGE = `Usage: idea-lint [files or globs…] [options]
       idea-lint - [--stdin-filename NAME] [options]

Checks project idea lists (GSoC, Outreachy, LFX…) for what applicants and reviewers need:
outcomes, difficulty, mentors with email, defined terms, recent verification.

Options:
  -c, --config FILE        use this configuration file instead of looking for one
  -f, --format NAME        output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
      --fail-on LEVEL      exit 1 on findings at or above: error (default), warning, notice, never
      --today YYYY-MM-DD   lint as of this day (default: today)
  -o, --output FILE        write the report to FILE instead of standard output
      --max-warnings N     exit 1 when there are more than N warnings
      --fix                apply the rules' fixes to the files (ISO dates, glossary expansions…)
      --fix-dry-run        print the fixes as a unified diff and write nothing
      --stdin-filename NAME
                           lint standard input ("-") as the file NAME (its config and format)
  -q, --quiet              report only the findings that fail the run, and no notes
      --no-error-on-unmatched-pattern
                           a file or glob that matches nothing is not an error
  -v, --version            print the version
  -h, --help               print this help

With no files, idea-lint lints what the configuration's "files" globs match (default: **/*.md,
except README, CHANGELOG, CONTRIBUTING, CODE_OF_CONDUCT, LICENSE and .github/). A file named on the
command line is always linted unless the configuration's own "ignores" match it.

Configuration: the first of ${config_names/* CONFIG_FILE_NAMES */.H.join(', ')}
(or --config FILE).

Exit status: 0 when no finding is at or above --fail-on, 1 when one is,
2 for a usage, configuration or file error.
`;
/** Parses argv (without node and the script); throws UsageError naming the bad argument. */
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                format: { type: 'string', short: 'f', default: 'stylish' },
                'fail-on': { type: 'string', default: 'error' },
                today: { type: 'string' },
                'max-warnings': { type: 'string' },
                fix: { type: 'boolean', default: false },
                'fix-dry-run': { type: 'boolean', default: false },
                'stdin-filename': { type: 'string' },
                output: { type: 'string', short: 'o' },
                quiet: { type: 'boolean', short: 'q', default: false },
                'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
                version: { type: 'boolean', short: 'v', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (error) {
        throw new UsageError(describeParseError(error));
    }
    const { values, positionals } = parsed;
    if (!isFormatName(values.format)) {
        throw new UsageError(`--format ${JSON.stringify(values.format)} is not a format; expected ${FORMAT_NAMES.join(', ')}.`);
    }
    const failOn = values['fail-on'];
    if (!FAIL_ON.includes(failOn)) {
        throw new UsageError(`--fail-on ${JSON.stringify(failOn)} is not a level; expected ${FAIL_ON.join(', ')}.`);
    }
    if (values.today !== undefined && !(0,iso_date/* isIsoDate */.s)(values.today)) {
        throw new UsageError(`--today ${JSON.stringify(values.today)} is not a date; expected YYYY-MM-DD, such as 2026-11-25.`);
    }
    const maxWarnings = values['max-warnings'];
    if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
        throw new UsageError(`--max-warnings ${JSON.stringify(maxWarnings)} is not a count; expected a whole number, such as 0 or 10.`);
    }
    const stdin = positionals.includes('-');
    const stdinFilename = values['stdin-filename'];
    if (stdin && positionals.length > 1) {
        throw new UsageError('"-" (standard input) cannot be mixed with files; lint them in separate runs.');
    }
    if (stdinFilename !== undefined && !stdin) {
        throw new UsageError('--stdin-filename names standard input; add "-" to read it.');
    }
    if (stdin && values.fix) {
        throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes as a diff.');
    }
    if (values.fix && values['fix-dry-run']) {
        throw new UsageError('--fix and --fix-dry-run are alternatives; choose one.');
    }
    return {
        patterns: stdin ? [] : positionals,
        stdin,
        ...(stdinFilename !== undefined ? { stdinFilename } : {}),
        fix: values.fix,
        fixDryRun: values['fix-dry-run'],
        ...(maxWarnings !== undefined ? { maxWarnings: Number(maxWarnings) } : {}),
        ...(values.config !== undefined ? { config: values.config } : {}),
        format: values.format,
        failOn: failOn,
        ...(values.today !== undefined ? { today: values.today } : {}),
        ...(values.output !== undefined ? { output: values.output } : {}),
        quiet: values.quiet,
        errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
        help: values.help,
        version: values.version,
    };
}
/** node:util's messages are long and aimed at programmers; keep the part that names the argument. */
function describeParseError(error) {
    const option = /'(-[^']*)'/.exec(error.message)?.[1];
    switch (error.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option ?? error.message}.`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            // e.g. "Option '-f, --format <value>' argument missing", "Option '--quiet' does not take an argument".
            const name = option
                ?.split(/[ ,]+/)
                .filter((part) => part.startsWith('-'))
                .at(-1);
            if (name && /argument missing/.test(error.message))
                return `${name} needs a value.`;
            if (name && /does not take an argument/.test(error.message))
                return `${name} takes no value.`;
            return `${error.message.split('. ')[0].replace(/\.$/, '')}.`;
        }
        default:
            return `${error.message.split('. ')[0].replace(/\.$/, '')}.`;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// CLI stage: `idea-lint [files or globs…] [options]` as a function from arguments to an exit code
// (0 clean, 1 findings at or above --fail-on or over --max-warnings, 2 usage, configuration, environment variable
// or file error, or a linting process killed).
// Touches no `process`: bin.ts passes argv, cwd, env, the streams and the clock.
// This module reads the arguments and answers --help and --version; the run itself is in run.ts, loaded with
// import() only when there is one, so that ncc puts the engine in a chunk that those two answers never load
// (test/cli/entry-imports.test.ts keeps this module's static imports light).


/** Runs the CLI and returns its exit code; unexpected errors (bugs) propagate to bin.ts. */
async function main(params) {
    const { stdout, stderr } = params;
    let options;
    try {
        options = parseCliArgs(params.argv);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        stderr.write(`idea-lint: ${error.message}\nRun "idea-lint --help" for usage.\n`);
        return 2;
    }
    if (options.help) {
        stdout.write(USAGE);
        return 0;
    }
    if (options.version) {
        stdout.write(`${version/* VERSION */.xv}\n`);
        return 0;
    }
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(992), __nccwpck_require__.e(726)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7726));
    return run(params, options);
}

// EXTERNAL MODULE: ./src/cli/pool-flag.ts
var pool_flag = __nccwpck_require__(265);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/cli/reexec.ts
// CLI stage: a run with work enough for a pool (see pool-flag.ts) starts the CLI once more with V8's GC flags, so
// that every linting process (the main one, which lints beside the pool's children, and the children) has them. V8
// takes these flags only at start (setting them at run time with v8.setFlagsFromString once crashed V8). The first
// process only waits: it loads nothing but this module and args.ts, so it holds the memory of a bare Node (~40 MB)
// while the run goes on. It judges the work before the configuration (and the engine that reads it) is loaded, from
// the sizes of what the arguments name, with a walk that stops at POOL_MIN_BYTES: a bound of what discovery will
// find, not a second discovery.
// Its own module, light, so that bin.ts can decide before loading the engine.






/**
 * The V8 flags of the main process of a pool run. `--single-threaded-gc`, as the children have it: on a machine whose
 * cores all lint, V8's helper threads for garbage collection only compete with the other linting process for cores.
 * Alone it made the process's heap grow further between full collections (150 files of the corpus in one process:
 * peak RSS 288 MB, 254 MB without flags); `--heap-growing-percent` (the next full collection once the heap has grown
 * by that much over what survived the last) brings it down: 200 MB at 200% or 100% in that process; on the program
 * audit (750 files, the waiting first process included) 422 MB at 200%, 403 MB at 100%, 401 MB before this restart
 * (without the first process and without flags), for about the same CPU. The main process has no heap limit: it
 * lints what is too big for a child's heap.
 */
const MAIN_EXEC_ARGV = ['--single-threaded-gc', '--heap-growing-percent=100'];
/**
 * The most entries (files and folders) the estimate looks at before it takes a run as big: it bounds the first
 * process's walk of a large tree with small files. A repository of idea lists holds a few hundred.
 */
const ESTIMATE_MAX_ENTRIES = 5000;
/**
 * Whether the CLI should start itself again with MAIN_EXEC_ARGV: a run that lints files (not --help, --version,
 * standard input, a usage error or --fix, which lints in process), on more than one core unless IDEA_LINT_WORKERS
 * says one process, not already started with the flags, and with work enough for a pool (worthAPool), judged before
 * discovery (which needs the configuration, hence the engine) by estimateBytes: at least the bytes the run will lint.
 * IDEA_LINT_WORKERS of 2 or more makes a pool whatever the work, so a restart too; one named file never makes one. A
 * wrong guess costs one start of Node (~40 ms) or the GC flags, never a different report.
 */
function shouldReexec(input) {
    if (MAIN_EXEC_ARGV.every((flag) => input.execArgv.includes(flag)))
        return false;
    const workers = input.env.IDEA_LINT_WORKERS;
    if (workers !== undefined && workers !== '' && (!/^\d+$/.test(workers) || Number(workers) <= 1))
        return false;
    const told = workers !== undefined && workers !== '';
    if ((input.cores ?? (0,external_node_os_.availableParallelism)()) <= 1 && !told)
        return false;
    let options;
    try {
        options = parseCliArgs(input.argv);
    }
    catch {
        return false;
    }
    if (options.help || options.version || options.stdin || options.fix || options.fixDryRun)
        return false;
    if (told)
        return true;
    const tree = input.tree ?? realTree;
    // One named file is linted in this process whatever its size: a pool needs two files.
    if (options.patterns.length === 1 && tree.kind((0,external_node_path_.resolve)(input.cwd, options.patterns[0])).type === 'file')
        return false;
    return (0,pool_flag/* worthAPool */.g7)(estimateBytes(options.patterns, input.cwd, tree));
}
/**
 * An upper bound of the bytes a run over `patterns` (none: the configured files, under `cwd`) will lint, without
 * the configuration: a named file counts its size; a folder every file under it (as discovery walks it: not into
 * node_modules, .git or linked folders), idea file or not; a glob every file under its fixed part (`docs/**` → docs).
 * Stops as soon as the sum reaches POOL_MIN_BYTES, or past ESTIMATE_MAX_ENTRIES entries (then POOL_MIN_BYTES: a big
 * tree): the decision needs no more, and the first process stays light.
 */
function estimateBytes(patterns, cwd, tree) {
    let bytes = 0;
    let entries = 0;
    const seen = new Set();
    const pending = [];
    const roots = patterns.length === 0 ? [cwd] : patterns.map((pattern) => (0,external_node_path_.resolve)(cwd, fixedPart(pattern)));
    for (const root of roots) {
        if (seen.has(root))
            continue;
        seen.add(root);
        const kind = tree.kind(root);
        if (kind.type === 'file')
            bytes += kind.size;
        else if (kind.type === 'folder')
            pending.push(root);
        if (bytes >= pool_flag/* POOL_MIN_BYTES */.mW)
            return bytes;
    }
    // A folder named inside another named folder is counted twice: an upper bound still.
    while (pending.length > 0) {
        const folder = pending.pop();
        for (const entry of tree.list(folder)) {
            entries += 1;
            if (entries > ESTIMATE_MAX_ENTRIES)
                return Math.max(bytes, pool_flag/* POOL_MIN_BYTES */.mW);
            if (entry.folder) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    pending.push((0,external_node_path_.join)(folder, entry.name));
                continue;
            }
            const kind = tree.kind((0,external_node_path_.join)(folder, entry.name));
            if (kind.type === 'file')
                bytes += kind.size;
            if (bytes >= pool_flag/* POOL_MIN_BYTES */.mW)
                return bytes;
        }
    }
    return bytes;
}
// As discovery (find-files.ts): never worth a walk.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * A pattern up to its first path segment with a glob's special character (the whole pattern when it has none): a
 * folder that holds everything the glob can match. Conservative: `a[b].md` is taken for a glob (its folder is
 * walked), and a leading `!` or `(` makes the fixed part empty (the current folder).
 */
function fixedPart(pattern) {
    const segments = pattern.split(/[/\\]/);
    const first = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
    if (first === -1)
        return pattern;
    const fixed = segments.slice(0, first).join('/');
    return fixed === '' && pattern.startsWith('/') ? '/' : fixed || '.';
}
const realTree = {
    kind(path) {
        try {
            const stats = (0,external_node_fs_namespaceObject.statSync)(path);
            if (stats.isFile())
                return { type: 'file', size: stats.size };
            return stats.isDirectory() ? { type: 'folder' } : { type: 'other' };
        }
        catch {
            return { type: 'other' };
        }
    },
    list(folder) {
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(folder, { withFileTypes: true }).map((entry) => ({
                name: entry.name,
                folder: entry.isDirectory(),
            }));
        }
        catch {
            return [];
        }
    },
};
/**
 * Runs `script` with `argv` in a new Node process started with MAIN_EXEC_ARGV (after this process's own flags),
 * standard streams shared; this process ends as it does: with its exit code, or killed by the same signal. The
 * signals a user or a runner sends this process (SIGINT, SIGTERM, SIGHUP) are passed on to it.
 */
function reexec(script, argv) {
    // This process's own flags go on, but the inspector's: its port is this process's.
    const own = process.execArgv.filter((flag) => !/^--inspect(?:-brk|-port|-wait)?(?:=|$)/.test(flag));
    const child = (0,external_node_child_process_.spawn)(process.execPath, [...own, ...MAIN_EXEC_ARGV, script, ...argv], {
        stdio: 'inherit',
    });
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const pass = (signal) => {
        child.kill(signal);
    };
    for (const signal of signals)
        process.on(signal, pass);
    child.on('error', (error) => {
        process.stderr.write(`idea-lint: could not start the linting process: ${error.message}\n`);
        process.exitCode = 2;
    });
    child.on('exit', (code, signal) => {
        for (const each of signals)
            process.off(each, pass);
        if (signal)
            process.kill(process.pid, signal);
        else
            process.exitCode = code ?? 2;
    });
    return child;
}

;// CONCATENATED MODULE: ./src/cli/bin.ts
// CLI stage: the executable. The only CLI module that touches `process`; everything else is main().
// Its static imports stay light (main.ts answers --help and --version before loading the run): ncc bundles what is
// loaded with import() into chunks beside dist/cli.js, which the answers that need no engine never read.




const script = (0,external_node_url_.fileURLToPath)(import.meta.url);
if (process.argv[2] === pool_flag/* POOL_CHILD_FLAG */.nD)
    runChild();
else if (shouldReexec({ argv: process.argv.slice(2), env: process.env, execArgv: process.execArgv, cwd: process.cwd() }))
    reexec(script, process.argv.slice(2));
else
    runCli();
function runChild() {
    // The parent may send the settings and a file while the engine loads; Node drops IPC messages nobody listens to,
    // so keep them until the child's own listener takes over.
    const early = [];
    const keep = (message) => {
        early.push(message);
    };
    process.on('message', keep);
    void Promise.all(/* import() */[__nccwpck_require__.e(992), __nccwpck_require__.e(726), __nccwpck_require__.e(781)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7781)).then(({ runPoolChild }) => {
        process.off('message', keep);
        runPoolChild(process, early);
    });
}
function runCli() {
    // A reader that closes early (`idea-lint -f json . | head`) makes the next write fail with EPIPE, which Node throws
    // as an unhandled 'error' event with a stack trace. The report is incomplete then, so say so and exit 2, never 0.
    process.stdout.on('error', (error) => {
        const reason = error.code === 'EPIPE' ? 'the reader closed it' : (error.code ?? error.message);
        process.stderr.write(`idea-lint: could not write the report to the output (${reason}); the run stopped.\n`);
        process.exit(2);
    });
    main({
        argv: process.argv.slice(2),
        cwd: process.cwd(),
        env: process.env,
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        now: new Date(),
        worker: script,
    }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        // A bug, not a user error: one line, exit 2; the stack only when the runner's step debug is on.
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`idea-lint: unexpected error: ${message.split('\n')[0]}\n`);
        if (process.env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        process.exitCode = 2;
    });
}

