export const id = 375;
export const ids = [375];
export const modules = {

/***/ 9375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execFile: () => (/* reexport */ execFile)
});

// UNUSED EXPORTS: displayCommand

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __webpack_require__(3189);
;// CONCATENATED MODULE: ../../packages/shared/src/exec/exec.ts


/** Quotes for display only: commands are always run from an argument array, never through a shell. */
function displayCommand(cmd, args, secrets = []) {
    const mask = (s) => secrets.reduce((acc, sec) => (sec ? acc.split(sec).join('***') : acc), s);
    const quote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
    return [cmd, ...args].map((a) => quote(mask(a))).join(' ');
}
/**
 * Runs a program with an argument array. @actions/exec has no time-out or abort, which long-running tools
 * (terraform, bandit) need, so this is built on child_process directly.
 */
function execFile(cmd, args, opts = {}) {
    const started = Date.now();
    opts.logger?.info(`[command]${displayCommand(cmd, args, opts.secrets)}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = [];
        const err = [];
        let timedOut = false;
        let killTimer;
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
            }, opts.timeoutMs);
        const echo = (chunk) => {
            if (opts.echoOutput && opts.logger)
                for (const line of chunk.toString('utf8').split('\n'))
                    if (line)
                        opts.logger.info(line);
        };
        child.stdout.on('data', (c) => {
            out.push(c);
            echo(c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            echo(c);
        });
        child.on('error', (e) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            if (e.code === 'ENOENT')
                reject(new errors/* UserError */.yo(`\`${cmd}\` was not found on PATH.`, {
                    hint: `Install ${cmd} in an earlier step, or point the action at it.`,
                }));
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            resolve({
                exitCode: code ?? -1,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut,
                durationMs: Date.now() - started,
            });
        });
        child.stdin.on('error', () => { });
        child.stdin.end(opts.input ?? '');
    });
}

;// CONCATENATED MODULE: ../../packages/shared/src/exec/index.ts



/***/ })

};
