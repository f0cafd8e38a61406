export const id = 640;
export const ids = [640];
export const modules = {

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ parseBanditJson),
/* harmony export */   Fc: () => (/* binding */ isBanditJson),
/* harmony export */   MQ: () => (/* binding */ isTestPath)
/* harmony export */ });
/* unused harmony exports codeOfLines, describeTest */
/* harmony import */ var _found_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4422);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2386);


const SEV = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'info' };
const CONF = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'low' };
function isBanditJson(doc) {
    const d = doc;
    return (!!d &&
        typeof d === 'object' &&
        Array.isArray(d.results) &&
        (d.metrics !== undefined || d.errors !== undefined));
}
/** `code` is "N text\n" lines; keep the text of the flagged lines only. */
function codeOfLines(code, lines) {
    if (!code)
        return '';
    const wanted = new Set(lines);
    const out = [];
    for (const l of code.split('\n')) {
        const m = /^(\d+) ?(.*)$/.exec(l);
        if (m && wanted.has(Number(m[1])))
            out.push(m[2] ?? '');
    }
    return out.join('\n');
}
/**
 * @param relativize maps bandit's filename to a repo-relative path (bandit prints paths as given).
 * @param readLines optional reader of the real source lines (for the fingerprint, when `code` is absent).
 */
function parseBanditJson(text, relativize = (f) => f.replace(/^\.\//, ''), readLines) {
    const doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .q)(text, "Bandit's report");
    if (!isBanditJson(doc))
        throw new Error('not a Bandit JSON report (no `results` and `metrics`).');
    const problems = (doc.errors ?? []).map((e) => ({
        kind: 'sast',
        tool: 'Bandit',
        message: `${relativize(e.filename)}: ${e.reason}`,
        fatal: false,
    }));
    const findings = (doc.results ?? []).map((r) => {
        const path = relativize(r.filename);
        const range = r.line_range?.length ? r.line_range : [r.line_number];
        const cwe = r.issue_cwe && 'id' in r.issue_cwe && typeof r.issue_cwe.id === 'number' ? r.issue_cwe.id : undefined;
        const code = readLines?.(r.filename, range) ?? codeOfLines(r.code, range);
        const endLine = Math.max(...range);
        // Rule metadata is the same for every instance of a rule: never an instance's text (which may quote a
        // hardcoded secret, B105–B107) and never its location.
        return (0,_found_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactFoundSecret */ .gp)({
            kind: 'sast',
            tool: 'Bandit',
            ruleId: r.test_id,
            rule: {
                id: r.test_id,
                name: r.test_name,
                shortDescription: `${r.test_id} ${r.test_name}`,
                fullDescription: `${describeTest(r.test_name)} (Bandit ${r.test_id}).`,
                helpMarkdown: `**${r.test_id}: ${r.test_name}**${r.more_info ? `\n\nSee [Bandit's documentation](${r.more_info}).` : ''}\n\nSuppress a reviewed instance with \`# nosec ${r.test_id}\` on the line.`,
                ...(r.more_info ? { helpUri: r.more_info } : {}),
                ...(cwe !== undefined ? { cwe } : {}),
            },
            severity: SEV[r.issue_severity] ?? 'info',
            confidence: CONF[r.issue_confidence] ?? 'low',
            message: r.issue_text,
            path,
            line: r.line_number,
            ...(endLine > r.line_number ? { endLine } : {}),
            // Bandit's columns are 0-based; SARIF and annotations are 1-based.
            ...(typeof r.col_offset === 'number' ? { column: r.col_offset + 1 } : {}),
            ...(typeof r.end_col_offset === 'number' && endLine === r.line_number
                ? { endColumn: r.end_col_offset + 1 }
                : {}),
            code,
        });
    });
    const totals = doc.metrics?._totals ?? {};
    const failed = new Set((doc.errors ?? []).map((e) => e.filename));
    const files = new Set([...Object.keys(doc.metrics ?? {}).filter((k) => k !== '_totals'), ...failed]);
    return {
        files: files.size,
        failedFiles: failed.size,
        findings,
        problems,
        nosec: Math.round(Number(totals.nosec ?? 0)),
        skippedTests: Math.round(Number(totals.skipped_tests ?? 0)),
        loc: Math.round(Number(totals.loc ?? 0)),
    };
}
/** `subprocess_popen_with_shell_equals_true` -> `Subprocess popen with shell equals true`. */
function describeTest(name) {
    const words = name.replace(/_+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}
/** Test files, where `assert` is the point (B101 is skipped there by default). */
function isTestPath(p) {
    return /(^|\/)(tests?|testing)\//.test(p) || /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(p);
}


/***/ }),

/***/ 8640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lg: () => (/* binding */ fromBanditReport),
  runBandit: () => (/* binding */ runBandit)
});

// UNUSED EXPORTS: banditArgs, findBanditConfig, installBandit, versionFromVenv

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __webpack_require__(3189);
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

// EXTERNAL MODULE: ./src/bandit-report.ts
var bandit_report = __webpack_require__(8753);
// EXTERNAL MODULE: ./src/fingerprint.ts
var fingerprint = __webpack_require__(1514);
;// CONCATENATED MODULE: ./src/bandit.ts
/**
 * Runs Bandit: a given executable, or a pinned version installed into a venv (a system copy may be 1.6,
 * whose string checks never fire on Python >= 3.8). Bandit's exit code says little (files that failed
 * to parse still give 0), so the JSON's `errors[]` is what tells a partial scan.
 */







/** The config Bandit should read: explicit, else a pyproject.toml with a [tool.bandit] table (needs -c). */
function findBanditConfig(target, workspace) {
    for (const dir of [target, workspace]) {
        const p = external_node_path_default().join(dir, 'pyproject.toml');
        if ((0,external_node_fs_.existsSync)(p) && /^\s*\[tool\.bandit[\].]/m.test((0,external_node_fs_.readFileSync)(p, 'utf8')))
            return p;
    }
    return undefined;
}
function banditArgs(o) {
    const rel = external_node_path_default().relative(o.workspace, o.target) || '.';
    const config = o.config ?? findBanditConfig(o.target, o.workspace);
    // -r reads an INI `.bandit` in the target by itself; YAML/TOML need -c.
    const ini = config !== undefined && /(^|\/)\.bandit$/.test(config);
    return ['-r', rel, '-f', 'json', '-o', o.output, '-q', ...(config && !ini ? ['-c', config] : [])];
}
/** Installs bandit==version into a venv (reused when already there) and returns the executable. */
async function installBandit(o) {
    const venv = external_node_path_default().join(o.venvRoot, `bandit-${o.version}`);
    const exe = external_node_path_default().join(venv, 'bin', 'bandit');
    if ((0,external_node_fs_.existsSync)(exe)) {
        const v = await execFile(exe, ['--version'], { timeoutMs: 60_000 });
        if (v.exitCode === 0 && v.stdout.includes(`bandit ${o.version}`))
            return exe;
    }
    const py = await execFile(o.python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
        timeoutMs: 30_000,
    }).catch((e) => {
        throw new errors/* UserError */.yo(`Cannot run ${o.python} to install Bandit: ${(0,errors/* describeThrown */.YI)(e)}`, {
            hint: 'Add actions/setup-python (3.10 or later) before this step, or give `bandit` (a bandit executable).',
        });
    });
    const [maj, min] = py.stdout.trim().split('.').map(Number);
    if (py.exitCode !== 0 || maj === undefined || min === undefined || maj < 3 || (maj === 3 && min < 10)) {
        throw new errors/* UserError */.yo(`Bandit ${o.version} needs Python 3.10 or later; ${o.python} is ${py.stdout.trim() || 'not runnable'}.`, {
            hint: 'Use actions/setup-python with python-version: "3.12", or set `python`.',
        });
    }
    o.logger.info(`Installing bandit==${o.version} into ${venv}`);
    const steps = [
        [o.python, ['-m', 'venv', venv]],
        [
            external_node_path_default().join(venv, 'bin', 'python'),
            ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `bandit==${o.version}`],
        ],
    ];
    for (const [cmd, args] of steps) {
        const r = await execFile(cmd, args, {
            timeoutMs: o.timeoutMs,
            logger: o.logger,
            ...(o.signal ? { signal: o.signal } : {}),
        });
        if (r.exitCode !== 0) {
            (0,external_node_fs_.rmSync)(venv, { recursive: true, force: true });
            throw new errors/* UserError */.yo(`Installing Bandit failed (${external_node_path_default().basename(cmd)} ${args.slice(0, 2).join(' ')}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`, {
                hint: 'Check that PyPI is reachable from the runner, or give `bandit` (a bandit executable).',
            });
        }
    }
    return exe;
}
/**
 * Bandit's version from the venv it lives in (bin/bandit -> lib/python3.X/site-packages/bandit-V.dist-info),
 * which costs no Python start-up; undefined when the layout is different.
 */
function versionFromVenv(exe) {
    try {
        const lib = external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().dirname((0,external_node_fs_.realpathSync)(exe))), 'lib');
        for (const py of (0,external_node_fs_.readdirSync)(lib).filter((d) => d.startsWith('python'))) {
            const site = external_node_path_default().join(lib, py, 'site-packages');
            const info = (0,external_node_fs_.existsSync)(site)
                ? (0,external_node_fs_.readdirSync)(site).find((d) => /^bandit-\d+\.\d+\.\d+\.dist-info$/.test(d))
                : undefined;
            if (info)
                return /^bandit-(\d+\.\d+\.\d+)/.exec(info)?.[1];
        }
    }
    catch {
        // not a venv layout
    }
    return undefined;
}
async function runBandit(o) {
    const exe = o.bandit ?? (await installBandit({ ...o, timeoutMs: Math.max(o.timeoutMs, 300_000) }));
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'pw-bandit-'));
    const output = external_node_path_default().join(dir, 'bandit.json');
    try {
        const args = banditArgs({
            target: o.target,
            workspace: o.workspace,
            output,
            ...(o.config ? { config: o.config } : {}),
        });
        // The version check runs alongside the scan: it costs a Python start-up, not worth waiting for.
        const known = versionFromVenv(exe);
        const started = Date.now();
        o.logger.info(`Bandit: scanning ${args[1]} with ${exe}`);
        const ticker = setInterval(() => o.logger.info(`Bandit: still scanning (${Math.round((Date.now() - started) / 1000)}s)`), o.progressEveryMs ?? 10_000);
        ticker.unref();
        const [v, scan] = await Promise.all([
            (known
                ? Promise.resolve({ stdout: `bandit ${known}` })
                : execFile(exe, ['--version'], { timeoutMs: 60_000 })).then((r) => ({ version: /bandit (\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] }), (error) => ({ error: error })),
            execFile(exe, args, {
                cwd: o.workspace,
                timeoutMs: o.timeoutMs,
                logger: o.logger,
                ...(o.signal ? { signal: o.signal } : {}),
            }).then((r) => ({ r }), (error) => ({ error: error })),
        ]);
        if ('error' in v || 'error' in scan) {
            const e = 'error' in v ? v.error : scan.error;
            throw new errors/* UserError */.yo(`Cannot run Bandit at ${exe}: ${e.message}`, {
                hint: 'Give the path of a bandit executable in `bandit`, or leave it empty to install one.',
            });
        }
        const { r } = scan;
        const tool = {
            name: 'Bandit',
            ...(v.version ? { version: v.version } : {}),
            informationUri: 'https://bandit.readthedocs.io/',
        };
        if (r.timedOut || (r.exitCode !== 0 && r.exitCode !== 1) || !(0,external_node_fs_.existsSync)(output)) {
            const why = r.timedOut
                ? `timed out after ${Math.round(o.timeoutMs / 1000)}s`
                : `exit code ${r.exitCode}`;
            const err = (r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n');
            return {
                findings: [],
                problems: [
                    {
                        kind: 'sast',
                        tool: 'Bandit',
                        message: `Bandit could not run (${why})${err ? `: ${err}` : ''}`,
                        fatal: true,
                    },
                ],
                tool,
            };
        }
        let outcome;
        try {
            outcome = fromBanditReport((0,external_node_fs_.readFileSync)(output, 'utf8'), o.workspace, o.skipTestAsserts, tool, args[1]);
        }
        catch (e) {
            // Bandit exited as if it had finished, but its report is cut or damaged (disk full, killed writer):
            // the result is unknown, which is a failed scan, not a clean one.
            const size = (0,external_node_fs_.statSync)(output).size;
            return {
                findings: [],
                problems: [
                    {
                        kind: 'sast',
                        tool: 'Bandit',
                        message: `Bandit's JSON report (${size} bytes) is truncated or damaged, so the result is unknown: ${(0,errors/* describeThrown */.YI)(e)}`,
                        fatal: true,
                    },
                ],
                tool,
            };
        }
        const h = outcome.health;
        o.logger.info(`Bandit: finished in ${Math.round((Date.now() - started) / 1000)}s: ${h && h.kind === 'sast' ? `${h.parsed} file(s) parsed, ${h.failed} failed, ` : ''}${outcome.findings.length} finding(s).`);
        return outcome;
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/** Bandit JSON (produced here or ingested) -> outcome, with the real source lines for fingerprints. */
function fromBanditReport(text, workspace, skipTestAsserts, tool = { name: 'Bandit' }, 
/** The scanned path as shown in the health table (an ingested report: its file name). */
scanned = '.') {
    const cache = new Map();
    const readLines = (file, lines) => {
        const abs = external_node_path_default().resolve(workspace, file);
        if (!cache.has(abs)) {
            try {
                cache.set(abs, (0,external_node_fs_.readFileSync)(abs, 'utf8').split(/\r?\n/));
            }
            catch {
                cache.set(abs, null);
            }
        }
        const src = cache.get(abs);
        return src ? lines.map((n) => src[n - 1] ?? '').join('\n') : undefined;
    };
    const relativize = (file) => {
        const abs = external_node_path_default().resolve(workspace, file);
        const rel = external_node_path_default().relative(workspace, abs);
        return (rel.startsWith('..') ? file : rel).split((external_node_path_default()).sep).join('/');
    };
    const parsed = (0,bandit_report/* parseBanditJson */.Cw)(text, relativize, readLines);
    const kept = parsed.findings.filter((f) => !(skipTestAsserts && f.ruleId === 'B101' && (0,bandit_report/* isTestPath */.MQ)(f.path ?? '')));
    const problems = [...parsed.problems];
    const ok = parsed.files - parsed.failedFiles;
    if (ok === 0)
        problems.push({
            kind: 'sast',
            tool: 'Bandit',
            message: parsed.files === 0
                ? `no Python file was found in ${scanned}: nothing was scanned (check \`sast-path\` and excludes in the Bandit config)`
                : `none of the ${parsed.files} Python file(s) in ${scanned} could be parsed, so nothing was scanned (Python 2 code, or syntax errors; Bandit needs code the Python running it can parse)`,
            fatal: false,
            incomplete: true,
        });
    return {
        findings: (0,fingerprint/* assignFingerprints */.Dz)(kept),
        problems,
        tool,
        health: { kind: 'sast', path: scanned, files: parsed.files, parsed: ok, failed: parsed.failedFiles },
        stats: {
            loc: parsed.loc,
            nosec: parsed.nosec,
            skippedTests: parsed.skippedTests,
            skippedAssertsInTests: parsed.findings.length - kept.length,
        },
    };
}


/***/ }),

/***/ 4422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gp: () => (/* binding */ redactFoundSecret)
/* harmony export */ });
/* unused harmony exports SECRET_QUOTING_RULES, secretHint */
/** Bandit's hardcoded-password tests: string assignment, function argument, argument default. */
const SECRET_QUOTING_RULES = new Set(['B105', 'B106', 'B107']);
/** Bandit's message: `Possible hardcoded password: '<value>'` (plugins/general_hardcoded_password.py). */
const QUOTED = /^(.*?: )'([\s\S]*)'$/;
function firstClass(c) {
    if (/[a-z]/.test(c))
        return 'a lowercase letter';
    if (/[A-Z]/.test(c))
        return 'an uppercase letter';
    if (/[0-9]/.test(c))
        return 'a digit';
    if (/\s/.test(c))
        return 'a space';
    return 'a symbol';
}
/** `[redacted: 8 characters, starts with a lowercase letter]`: nothing else of the value. */
function secretHint(value) {
    const chars = [...value];
    if (chars.length === 0)
        return '[redacted: empty]';
    return `[redacted: ${chars.length} character${chars.length === 1 ? '' : 's'}, starts with ${firstClass(chars[0])}]`;
}
/**
 * The value in a source line or evidence: inside either kind of quotes always; bare only when it is long
 * enough not to hit unrelated text (a one-letter password must not garble `password`).
 */
function scrub(text, value, hint) {
    if (!value)
        return text;
    let out = text;
    for (const q of ["'", '"'])
        out = out.split(`${q}${value}${q}`).join(`${q}${hint}${q}`);
    return value.length >= 4 ? out.split(value).join(hint) : out;
}
/**
 * The finding with the quoted secret replaced by its hint in the message, the source lines and the evidence.
 * Findings of other rules, and messages that quote nothing, are returned as they are.
 */
function redactFoundSecret(f) {
    if (!SECRET_QUOTING_RULES.has(f.ruleId))
        return f;
    const m = QUOTED.exec(f.message);
    if (!m)
        return f;
    const value = m[2];
    const hint = secretHint(value);
    return {
        ...f,
        message: `${m[1]}${hint}`,
        ...(f.code !== undefined ? { code: scrub(f.code, value, hint) } : {}),
        ...(f.evidence !== undefined ? { evidence: scrub(f.evidence, value, hint) } : {}),
    };
}


/***/ })

};
