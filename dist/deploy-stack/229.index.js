export const id = 229;
export const ids = [229];
export const modules = {

/***/ 3229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintTemplate: () => (/* binding */ lintTemplate)
});

// UNUSED EXPORTS: findCfnLint, parseFindings

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var action_errors = __webpack_require__(3189);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
                reject(new action_errors/* UserError */.yo(`\`${cmd}\` was not found on PATH.`, {
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

;// CONCATENATED MODULE: ./src/lint.ts
/**
 * cfn-lint before any API call: the linter CloudFormation users already trust, with the resource schemas it
 * ships (resource types, property names and values, per region). Its findings become annotations on the
 * template's lines; an error blocks the deploy.
 *
 * `cfn-lint --format json` prints a list of matches: `Level` (Error | Warning | Informational), `Rule.Id`,
 * `Message`, `Location.Start/End.{LineNumber, ColumnNumber}`. Its exit code is a bit mask (2 errors,
 * 4 warnings, 8 informational; 1 a fatal problem of cfn-lint itself).
 */




/** The cfn-lint on PATH, if any (the runner's PATH; nothing is installed by this action). */
function findCfnLint(env) {
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, process.platform === 'win32' ? 'cfn-lint.exe' : 'cfn-lint');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
/** Reads cfn-lint's JSON output; anything else is cfn-lint failing, not the template. */
function parseFindings(stdout) {
    const list = JSON.parse(stdout);
    if (!Array.isArray(list))
        throw new Error('not a list of matches');
    return list.map((m) => ({
        level: m.Level === 'Error' || m.Level === 'Warning' ? m.Level : 'Informational',
        rule: m.Rule?.Id ?? '?',
        message: m.Message ?? '',
        line: m.Location?.Start?.LineNumber ?? 1,
        column: m.Location?.Start?.ColumnNumber ?? 1,
        endLine: m.Location?.End?.LineNumber ?? m.Location?.Start?.LineNumber ?? 1,
        endColumn: m.Location?.End?.ColumnNumber ?? m.Location?.Start?.ColumnNumber ?? 1,
    }));
}
/**
 * Lints a local template (`file` absolute, `display` relative to the workspace: annotations point there).
 * Throws a UserError when cfn-lint finds errors, or when `lint: true` and cfn-lint is missing or fails.
 */
async function lintTemplate(o) {
    const { logger } = o;
    if (o.mode === 'false')
        return { ran: false, findings: [] };
    const bin = findCfnLint(o.env);
    if (!bin) {
        if (o.mode === 'true')
            throw new action_errors/* UserError */.yo('`lint: true`, but cfn-lint is not on PATH.', {
                hint: 'Install it in an earlier step (`pip install cfn-lint`), or set `lint: auto` to lint only where it is installed.',
            });
        logger.info('cfn-lint is not installed: the template is not linted (`lint: auto`).');
        return { ran: false, findings: [] };
    }
    const r = await execFile(bin, ['--format', 'json', '--regions', o.region, '--', o.file], {
        timeoutMs: 300_000,
        env: o.env,
        ...(o.signal ? { signal: o.signal } : {}),
    });
    let findings;
    try {
        if (r.timedOut || (r.exitCode & 1) === 1)
            throw new Error(r.timedOut ? 'timed out' : `exit code ${r.exitCode}`);
        findings = parseFindings(r.stdout);
    }
    catch (e) {
        const why = `cfn-lint could not lint ${o.display} (${(0,action_errors/* describeThrown */.YI)(e)}): ${r.stderr.trim().split('\n').slice(-3).join(' ') || 'no message'}`;
        if (o.mode === 'true')
            throw new action_errors/* UserError */.yo(why, { hint: 'Run cfn-lint on the template locally to see why.' });
        logger.warning(`${why}; deploying without it (\`lint: auto\`).`, {
            title: 'deploy-stack: cfn-lint failed',
        });
        return { ran: false, findings: [] };
    }
    for (const f of findings) {
        const props = {
            title: `cfn-lint ${f.rule}`,
            file: o.display,
            startLine: f.line,
            endLine: f.endLine,
            ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}),
        };
        const text = `${f.rule} ${f.message}`;
        if (f.level === 'Error')
            logger.error(text, props);
        else if (f.level === 'Warning')
            logger.warning(text, props);
        else
            logger.notice(text, props);
    }
    const errors = findings.filter((f) => f.level === 'Error');
    const warnings = findings.filter((f) => f.level === 'Warning').length;
    logger.info(`cfn-lint: ${errors.length} error(s), ${warnings} warning(s), ${findings.length - errors.length - warnings} informational in ${o.display}.`);
    if (errors.length)
        throw new action_errors/* UserError */.yo(`cfn-lint found ${errors.length} error${errors.length === 1 ? '' : 's'} in ${o.display}: the deploy is blocked.\n` +
            errors.map((f) => `  - line ${f.line}: ${f.rule} ${f.message}`).join('\n'), {
            hint: 'Fix them (the annotations point at the lines), or set `lint: false` to deploy without linting.',
        });
    return { ran: true, findings };
}


/***/ })

};
