export const id = 781;
export const ids = [781];
export const modules = {

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPoolChild: () => (/* binding */ runPoolChild)
/* harmony export */ });
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8648);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7726);
// CLI stage: a pool child (see pool.ts). Lints the files its parent sends, one at a time and in the order they
// came (the parent sends the next before the last is done), with the CLI's own lintPath, and sends each report
// back; exits when the parent disconnects. Its heap is limited by a V8 flag
// (see CHILD_MEMORY_MB).


/**
 * Serves the parent over the IPC channel `channel` (the child's `process`). `early` holds the messages that came
 * before this module was loaded (bin.ts loads it with import() and keeps them meanwhile), handled first, in order.
 */
function runPoolChild(channel, early = []) {
    let settings;
    // The file being linted (-1: none), and those sent after it, waiting their turn.
    let current = -1;
    const queue = [];
    const reply = (message) => {
        channel.send?.(message);
    };
    const onMessage = (message) => {
        if (message.type === 'init') {
            settings = { cwd: message.cwd, config: message.config };
            return;
        }
        const { index, path } = message;
        if (!settings) {
            reply({ index, error: describe(new Error('pool child: a file came before the settings')) });
            return;
        }
        queue.push({ index, path });
        if (current === -1)
            lintNext(settings);
    };
    const lintNext = (run) => {
        const file = queue.shift();
        if (!file)
            return;
        current = file.index;
        const done = (message) => {
            current = -1;
            reply(message);
            lintNext(run);
        };
        (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .lintPath */ .N)(file.path, run.cwd, run.config, _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rules */ .a).then((report) => done({ index: file.index, report }), (error) => done({ index: file.index, error: describe(error) }));
    };
    for (const message of early)
        onMessage(message);
    channel.on('message', onMessage);
    // An error thrown outside the file's promise (a bug) is that file's error, as it would be in process, and the
    // child exits once the parent has it: no stack trace on stderr, which the parent passes on.
    channel.on('uncaughtException', (error) => {
        const exit = () => channel.exit(1);
        if (channel.send)
            channel.send({ index: current, error: describe(error) }, exit);
        else
            exit();
    });
}
/** What the parent needs of an error to raise it again: a FileError stays one; the stack for RUNNER_DEBUG. */
function describe(error) {
    if (!(error instanceof Error))
        return { name: 'Error', message: String(error) };
    return { name: error.name, message: error.message, ...(error.stack !== undefined ? { stack: error.stack } : {}) };
}


/***/ })

};
