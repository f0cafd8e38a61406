import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ credentialFor),
/* harmony export */   qH: () => (/* binding */ verifyCredentials),
/* harmony export */   uw: () => (/* binding */ registryConfig),
/* harmony export */   yJ: () => (/* binding */ CredentialHelperError)
/* harmony export */ });
/* unused harmony exports serverAddress, readDockerConfig, credentialFromHelper, registryAuthHeader */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3189);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9915);
/**
 * Registry credentials, handed to the engine per request (X-Registry-Auth for push, X-Registry-Config
 * for the build's pulls). Nothing is written to disk: an existing docker config is only read.
 */






function serverAddress(registry) {
    return registry === _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB */ .Xb ? _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB_AUTH_KEY */ .s1 : registry;
}
function normalizeHost(key) {
    const k = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    return k === 'index.docker.io' || k === 'registry-1.docker.io' ? _reference_js__WEBPACK_IMPORTED_MODULE_4__/* .DOCKER_HUB */ .Xb : k;
}
/** Reads $DOCKER_CONFIG/config.json or ~/.docker/config.json, if any (never written). */
function readDockerConfig(env) {
    const dir = env.DOCKER_CONFIG ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.HOME ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir(), '.docker');
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'config.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The credential for a registry host, from the inputs first, then the docker config; masked on the way. */
function credentialFor(registry, src) {
    const address = serverAddress(registry);
    if (src.explicit && normalizeHost(src.explicit.registry) === registry) {
        const { username, password } = src.explicit;
        maskPair(username, password, src.secret);
        return { username, password, serveraddress: address };
    }
    const config = readDockerConfig(src.env);
    // As the docker CLI: a per-registry helper first, then the default store, then the file's own auths.
    const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => normalizeHost(key) === registry)?.[1] ??
        config.credsStore;
    if (helper) {
        const fromHelper = credentialFromHelper(helper, address, src.env);
        if (fromHelper) {
            if (fromHelper.identitytoken)
                src.secret(fromHelper.identitytoken);
            else
                maskPair(fromHelper.username, fromHelper.password, src.secret);
            return fromHelper;
        }
    }
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        if (normalizeHost(key) !== registry)
            continue;
        if (entry.identitytoken) {
            src.secret(entry.identitytoken);
            return { identitytoken: entry.identitytoken, serveraddress: address };
        }
        let username = entry.username;
        let password = entry.password;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const i = decoded.indexOf(':');
            if (i > 0) {
                username = decoded.slice(0, i);
                password = decoded.slice(i + 1);
            }
            src.secret(entry.auth);
        }
        if (username && password) {
            maskPair(username, password, src.secret);
            return { username, password, serveraddress: address };
        }
    }
    return undefined;
}
/**
 * Asks a docker credential helper (`docker-credential-<name> get`, the server address on stdin, JSON
 * {ServerURL, Username, Secret} on stdout) as the docker CLI does. "Not found" (a non-zero exit) means no
 * credential; a helper that is missing or answers nonsense is an error naming it.
 */
function credentialFromHelper(name, serverAddress, env) {
    if (!/^[A-Za-z0-9_.-]+$/.test(name))
        throw new CredentialHelperError(`the docker config names the credential helper "${name}", which is not a helper name`);
    const program = `docker-credential-${name}`;
    let out;
    try {
        out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)(program, ['get'], {
            input: serverAddress,
            env,
            encoding: 'utf8',
            timeout: 30_000,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
    }
    catch (e) {
        const err = e;
        if (err.code === 'ENOENT')
            throw new CredentialHelperError(`the docker config uses the credential helper "${name}", but ${program} is not on PATH`);
        if (typeof err.status === 'number')
            return undefined; // "credentials not found"
        throw new CredentialHelperError(`${program} get failed: ${err.message}`);
    }
    let body;
    try {
        body = JSON.parse(out);
    }
    catch {
        throw new CredentialHelperError(`${program} get did not answer with JSON`);
    }
    if (!body.Secret)
        return undefined;
    // "<token>" as the user name marks an identity token (docker/cli credentials/native_store.go).
    if (body.Username === '<token>')
        return { identitytoken: body.Secret, serveraddress: serverAddress };
    if (!body.Username)
        return undefined;
    return { username: body.Username, password: body.Secret, serveraddress: serverAddress };
}
class CredentialHelperError extends Error {
}
function maskPair(username, password, secret) {
    secret(password);
    secret(`${username}:${password}`);
}
/** X-Registry-Auth: base64url JSON, as the engine expects. */
function registryAuthHeader(c) {
    if (!c)
        return undefined;
    return Buffer.from(JSON.stringify(c)).toString('base64url');
}
/** X-Registry-Config for the classic builder's pulls: every known credential by server address. */
function registryConfig(credentials) {
    const out = {};
    for (const c of credentials.values())
        if (c)
            out[c.serveraddress] = c;
    return out;
}
/**
 * Checks each registry's credentials through the engine's POST /auth (the login `docker login` does,
 * against the engine's own registry settings) before the context is sent: a wrong password is one clear
 * error naming the registry, with nothing built or pushed. Once per registry, never retried.
 */
async function verifyCredentials(engine, credentials, registries, logger) {
    for (const registry of registries) {
        const c = credentials.get(registry);
        if (!c)
            continue;
        try {
            await engine.checkAuth(c);
            logger.info(`Registry ${registry}: credentials accepted${c.username ? ` (user ${c.username})` : ''}.`);
        }
        catch (e) {
            const err = e;
            const who = c.username ? ` of user "${c.username}"` : ' (identity token)';
            const refused = err.statusCode === 401 ||
                /\b401\b|unauthorized|incorrect username or password/i.test(err.message ?? '');
            throw new _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(refused
                ? `The registry ${registry} refused the credentials${who}: ${err.message}. Nothing was built or pushed.`
                : `Could not check the credentials${who} with the registry ${registry}: ${err.message}. Nothing was built or pushed.`, {
                hint: refused
                    ? 'Check `username`/`password` (or the docker config / credential helper) for this registry; a token needs push rights (e.g. `packages: write` for ghcr.io).'
                    : 'Is the registry reachable from the Docker engine, and is its address right?',
            });
        }
    }
}


/***/ }),

/***/ 6196:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ planCache),
/* harmony export */   s: () => (/* binding */ pullCacheImages)
/* harmony export */ });
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9915);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3844);
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3189);



/** Validates the cache references before anything is contacted; throws the list of problems. */
function planCache(from, to) {
    const problems = [];
    const parse = (text, where) => {
        try {
            return (0,_reference_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(text, 'latest');
        }
        catch (e) {
            problems.push(`${where}: ${(0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .describeThrown */ .YI)(e)}`);
            return undefined;
        }
    };
    const fromRefs = from.map((f) => parse(f, '`cache-from`')).filter((r) => r !== undefined);
    const toRef = to ? parse(to, '`cache-to`') : undefined;
    return { plan: { from: fromRefs, to: toRef }, problems };
}
/** Pulls the cache images (classic builder); returns the references now present locally. */
async function pullCacheImages(engine, refs, credentials, logger) {
    const present = [];
    for (const r of refs) {
        const name = `${r.repository}:${r.tag}`;
        let error;
        try {
            for await (const m of (0,_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonLines */ .i7)(await engine.pull(name, credentials.get(r.registry))))
                if (m.error || m.errorDetail)
                    error = m.errorDetail?.message ?? m.error;
        }
        catch (e) {
            error = (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .describeThrown */ .YI)(e);
        }
        if (error)
            logger.info(`Cache image ${name} not used: ${error}`);
        else {
            logger.info(`Cache image ${name} pulled.`);
            present.push(name);
        }
    }
    return present;
}


/***/ }),

/***/ 7014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LB: () => (/* binding */ CONTEXT_MTIME),
  x$: () => (/* binding */ contextTar),
  bD: () => (/* binding */ emptyStats),
  nV: () => (/* binding */ planContext),
  ph: () => (/* binding */ walkContext)
});

// UNUSED EXPORTS: SMALL_FILE

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
;// CONCATENATED MODULE: ./src/dockerignore.ts
/**
 * .dockerignore with Docker's own semantics: a port of moby's `ignorefile.ReadAll` (parsing) and
 * `patternmatcher` (matching), including `MatchesUsingParentResults`, which the CLI's context walker uses.
 * No gitignore-style floating: `*.go` matches only at the root; `**` is needed to reach into directories.
 */


const BOM = '\uFEFF';
/** Parses .dockerignore text into moby's pattern list (`!`-prefixed for exceptions). */
function parseIgnoreFile(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        let line = i === 0 && raw.startsWith(BOM) ? raw.slice(1) : raw;
        // The comment check happens before trimming, as in moby: "  # x" is a pattern.
        if (line.startsWith('#'))
            return;
        line = line.trim();
        if (line === '')
            return;
        const invert = line.startsWith('!');
        if (invert)
            line = line.slice(1).trim();
        if (line.length > 0) {
            line = external_node_path_default().posix.normalize(line);
            if (line.length > 1 && line.endsWith('/'))
                line = line.slice(0, -1);
            if (line.length > 1 && line.startsWith('/'))
                line = line.slice(1);
        }
        out.push(invert ? `!${line}` : line);
    });
    return out;
}
class IgnorePatternError extends Error {
}
/** Go's filepath.Match syntax check (what moby runs against "." to reject bad patterns). */
function validateGlob(p) {
    const bad = (why) => `${why} in pattern "${p}"`;
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\') {
            if (i + 1 >= p.length)
                return bad('trailing backslash');
            i++;
        }
        else if (c === '[') {
            i++;
            if (p[i] === '^')
                i++;
            let ranges = 0;
            for (;;) {
                if (p[i] === ']' && ranges > 0)
                    break;
                const lo = escAt(p, i);
                if (lo === undefined)
                    return bad('malformed character class');
                i = lo;
                if (p[i] === '-') {
                    const hi = escAt(p, i + 1);
                    if (hi === undefined)
                        return bad('malformed character range');
                    i = hi;
                }
                ranges++;
            }
        }
    }
    return undefined;
}
/** Go's getEsc: reads one (possibly escaped) class character at i, returns the next index or undefined. */
function escAt(p, i) {
    if (i >= p.length || p[i] === '-' || p[i] === ']')
        return undefined;
    if (p[i] === '\\') {
        i++;
        if (i >= p.length)
            return undefined;
    }
    const cp = p.codePointAt(i);
    const next = i + (cp > 0xffff ? 2 : 1);
    return next >= p.length ? undefined : next;
}
const ESCAPE = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);
class Pattern {
    exclusion;
    cleaned;
    type = 'exact';
    re;
    constructor(cleaned, exclusion) {
        this.cleaned = cleaned;
        this.exclusion = exclusion;
        this.compile();
    }
    compile() {
        const chars = [...this.cleaned];
        let re = '^';
        let type = 'exact';
        for (let i = 0; i < chars.length; i++) {
            const ch = chars[i];
            const first = i === 0;
            if (ch === '*') {
                if (chars[i + 1] === '*') {
                    i++;
                    if (chars[i + 1] === '/')
                        i++;
                    if (i + 1 >= chars.length) {
                        if (type === 'exact')
                            type = 'prefix';
                        else {
                            re += '.*';
                            type = 'regexp';
                        }
                    }
                    else {
                        re += '(.*/)?';
                        type = 'regexp';
                    }
                    if (first)
                        type = 'suffix';
                }
                else {
                    re += '[^/]*';
                    type = 'regexp';
                }
            }
            else if (ch === '?') {
                re += '[^/]';
                type = 'regexp';
            }
            else if (ESCAPE.has(ch)) {
                re += `\\${ch}`;
            }
            else if (ch === '\\') {
                if (i + 1 < chars.length) {
                    re += `\\${chars[++i]}`;
                    type = 'regexp';
                }
                else
                    re += '\\\\';
            }
            else if (ch === '[' || ch === ']') {
                re += ch;
                type = 'regexp';
            }
            else {
                re += ch;
            }
        }
        this.type = type;
        if (type === 'regexp') {
            try {
                this.re = new RegExp(`${re}$`);
            }
            catch (e) {
                throw new IgnorePatternError(`invalid pattern "${this.cleaned}": ${(0,errors/* describeThrown */.YI)(e)}`);
            }
        }
    }
    match(p) {
        switch (this.type) {
            case 'exact':
                return p === this.cleaned;
            case 'prefix':
                return p.startsWith(this.cleaned.slice(0, -2));
            case 'suffix': {
                const suffix = this.cleaned.slice(2);
                if (p.endsWith(suffix))
                    return true;
                // **/foo matches "foo"
                return suffix.startsWith('/') && p === suffix.slice(1);
            }
            case 'regexp':
                return this.re.test(p);
        }
    }
}
/** Go's filepath.Dir: everything before the last slash, cleaned ("a/b/" -> "a/b", "a" -> "."). */
function goDir(p) {
    const dir = p.slice(0, p.lastIndexOf('/') + 1);
    if (dir === '')
        return '.';
    const clean = external_node_path_default().posix.normalize(dir);
    return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean;
}
class PatternMatcher {
    patterns;
    hasExclusions;
    constructor(list) {
        const patterns = [];
        for (const raw of list) {
            let p = raw.trim();
            if (p === '')
                continue;
            p = external_node_path_default().posix.normalize(p);
            if (p.length > 1 && p.endsWith('/'))
                p = p.slice(0, -1);
            let exclusion = false;
            if (p.startsWith('!')) {
                if (p.length === 1)
                    throw new IgnorePatternError('illegal exclusion pattern: "!"');
                exclusion = true;
                p = p.slice(1);
            }
            const problem = validateGlob(p);
            if (problem)
                throw new IgnorePatternError(`syntax error: ${problem}`);
            patterns.push(new Pattern(p, exclusion));
        }
        this.patterns = patterns;
        this.hasExclusions = patterns.some((p) => p.exclusion);
    }
    /** True when the path or one of its parent directories is excluded (the last matching pattern wins). */
    matches(file) {
        return this.matchesUsingParent(file, undefined).excluded;
    }
    /**
     * moby's MatchesUsingParentResults: a walker passes each directory's MatchInfo to its children,
     * so parents are not re-matched. Without parent info the parents are checked one by one.
     */
    matchesUsingParent(file, parent) {
        let matched = false;
        const info = new Array(this.patterns.length).fill(false);
        this.patterns.forEach((pattern, i) => {
            let match = parent ? parent[i] : false;
            if (!match) {
                if (pattern.exclusion !== matched)
                    return;
                match = pattern.match(file);
                if (!match && !parent) {
                    const dir = goDir(file);
                    if (dir !== '.') {
                        const parts = dir.split('/');
                        for (let j = 0; j < parts.length && !match; j++)
                            match = pattern.match(parts.slice(0, j + 1).join('/'));
                    }
                }
            }
            info[i] = match;
            if (match)
                matched = !pattern.exclusion;
        });
        return { excluded: matched, info };
    }
    /**
     * The walkers' pruning rule: an excluded directory is still walked when an exception pattern starts
     * with `dir/` (so `!dir/keep` works); BuildKit's walker also walks it for any wildcard exception (so a
     * double-star exception for `.go` files re-includes them inside an excluded directory); otherwise it is
     * skipped whole.
     */
    mustWalkExcludedDir(dir, walker = 'classic') {
        if (!this.hasExclusions)
            return false;
        const slash = `${dir}/`;
        return this.patterns.some((p) => p.exclusion &&
            (`${p.cleaned}/`.startsWith(slash) ||
                // BuildKit's fsutil walker cannot rule out a wildcard exception matching inside the directory.
                (walker === 'buildkit' && /[*?[\\]/.test(p.cleaned))));
    }
}

;// CONCATENATED MODULE: ./src/context.ts
/**
 * The build context as a deterministic, streamed tar: entries sorted the way Docker's walker visits them
 * (depth first, names sorted), mtime/uid/gid normalised so the same tree always gives the same bytes,
 * symlinks sent as links (never followed, so nothing outside the context is read), and the .dockerignore
 * rules applied on our side with the CLI's walker rules (`!.dockerignore` and `!<Dockerfile>` appended).
 */
// Synchronous fs calls on purpose: for tens of thousands of small entries they are several times faster
// than the promise API, and the generator still yields to the event loop between entries.






/** 1980-01-01T00:00:00Z (the ZIP epoch), the mtime of every entry: rebuilds of the same tree are identical. */
const CONTEXT_MTIME = new Date('1980-01-01T00:00:00Z');
/** Resolves which ignore file applies (Dockerfile.dockerignore next to the Dockerfile wins) and the patterns. */
function planContext(contextDir, dockerfileAbs, mode = 'classic') {
    const walker = mode === 'classic' ? 'classic' : 'buildkit';
    const relDf = external_node_path_default().relative(contextDir, dockerfileAbs);
    const inside = !relDf.startsWith('..') && !external_node_path_default().isAbsolute(relDf);
    const dockerfile = inside
        ? relDf.split((external_node_path_default()).sep).join('/')
        : `.pipewright-dockerfile-${external_node_path_default().basename(dockerfileAbs)}`;
    const specific = `${dockerfileAbs}.dockerignore`;
    const root = external_node_path_default().join(contextDir, '.dockerignore');
    const ignoreAbs = (0,external_node_fs_.existsSync)(specific) ? specific : (0,external_node_fs_.existsSync)(root) ? root : undefined;
    let patterns = ignoreAbs ? parseIgnoreFile((0,external_node_fs_.readFileSync)(ignoreAbs, 'utf8')) : [];
    const ignoreFile = ignoreAbs
        ? external_node_path_default().relative(contextDir, ignoreAbs).startsWith('..')
            ? ignoreAbs
            : external_node_path_default().relative(contextDir, ignoreAbs).split((external_node_path_default()).sep).join('/')
        : undefined;
    let matcher = compile(patterns, ignoreFile);
    // What the CLI does for the classic builder: the ignore file and the Dockerfile are always sent, even when
    // excluded, and the daemon removes the excluded ones before the build. BuildKit reads no .dockerignore
    // from an uploaded tar (we apply it here), so an excluded one is not sent; the Dockerfile is.
    const always = mode === 'session'
        ? []
        : [...(walker === 'classic' ? ['.dockerignore'] : []), ...(inside ? [dockerfile] : [])];
    const extra = always.filter((f) => matcher.matches(f)).map((f) => `!${f}`);
    if (extra.length) {
        patterns = [...patterns, ...extra];
        matcher = compile(patterns, ignoreFile);
    }
    let sentIgnore;
    if (!inside && walker === 'classic') {
        // docker/cli AddDockerfileToBuildContext: the Dockerfile's name is appended to the tar's .dockerignore.
        // Without a .dockerignore the one we add also names itself, so it does not land in the image either.
        const own = (0,external_node_fs_.existsSync)(root) ? (0,external_node_fs_.readFileSync)(root) : undefined;
        sentIgnore = Buffer.concat([own ?? Buffer.from('.dockerignore\n'), Buffer.from(`\n${dockerfile}\n`)]);
    }
    return {
        dir: contextDir,
        dockerfile,
        ...(inside ? {} : { externalDockerfile: dockerfileAbs }),
        ...(sentIgnore ? { sentIgnore } : {}),
        ...(ignoreFile ? { ignoreFile } : {}),
        patterns,
        matcher,
        walker,
        ...(mode === 'session' ? { session: true } : {}),
    };
}
function compile(patterns, file) {
    try {
        return new PatternMatcher(patterns);
    }
    catch (e) {
        if (e instanceof IgnorePatternError)
            throw new errors/* UserError */.yo(`${file ?? '.dockerignore'}: ${e.message}`, {
                hint: 'Docker would refuse this pattern too; fix the line (patterns use Go filepath.Match syntax).',
            });
        throw e;
    }
}
/** Walks the context in Docker's order, yielding what is sent. Never follows symlinks. */
async function* walkContext(plan, stats) {
    const { matcher } = plan;
    // Files with several links: the first name sent carries the data, later names are hard links to it.
    const seen = new Map();
    let ignoreSent = false;
    async function* walk(relDir, parent) {
        const absDir = relDir ? external_node_path_default().join(plan.dir, relDir) : plan.dir;
        const dirents = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const d of dirents) {
            const rel = relDir ? `${relDir}/${d.name}` : d.name;
            const abs = external_node_path_default().join(absDir, d.name);
            const { excluded, info } = matcher.matchesUsingParent(rel, parent);
            if (excluded) {
                // Excluded entries are not even stat'ed: only a directory an exception reaches into is walked.
                if (d.isDirectory() && matcher.mustWalkExcludedDir(rel, plan.walker))
                    yield* walk(rel, info);
                continue;
            }
            const st = (0,external_node_fs_.lstatSync)(abs);
            const mode = st.mode & 0o7777;
            if (st.isDirectory()) {
                yield { name: rel, type: 'directory', abs, mode, size: 0 };
                yield* walk(rel, info);
            }
            else if (st.isFile()) {
                if (rel === '.dockerignore' && plan.sentIgnore) {
                    ignoreSent = true;
                    yield {
                        name: rel,
                        type: 'file',
                        abs,
                        mode,
                        size: plan.sentIgnore.length,
                        content: plan.sentIgnore,
                    };
                    continue;
                }
                const key = `${st.dev}:${st.ino}`;
                const first = st.nlink > 1 ? seen.get(key) : undefined;
                if (first !== undefined) {
                    yield { name: rel, type: 'link', abs, mode, size: 0, linkname: first };
                    continue;
                }
                if (st.nlink > 1)
                    seen.set(key, rel);
                yield { name: rel, type: 'file', abs, mode, size: st.size };
            }
            else if (st.isSymbolicLink()) {
                yield { name: rel, type: 'symlink', abs, mode, size: 0, linkname: (0,external_node_fs_.readlinkSync)(abs) };
            }
            else {
                stats?.skippedSpecial.push(rel);
            }
        }
    }
    yield* walk('', undefined);
    if (plan.sentIgnore && !ignoreSent)
        yield {
            name: '.dockerignore',
            type: 'file',
            abs: external_node_path_default().join(plan.dir, '.dockerignore'),
            mode: 0o644,
            size: plan.sentIgnore.length,
            content: plan.sentIgnore,
        };
    if (plan.externalDockerfile && !plan.session) {
        const st = (0,external_node_fs_.lstatSync)(plan.externalDockerfile);
        yield { name: plan.dockerfile, type: 'file', abs: plan.externalDockerfile, mode: 0o644, size: st.size };
    }
}
function emptyStats() {
    return { files: 0, directories: 0, symlinks: 0, bytes: 0, skippedSpecial: [] };
}
/**
 * Streams the context as a tar: one file open at a time, so memory stays flat whatever the size.
 * `done` resolves with the counts once the last byte has been handed to the consumer.
 */
async function contextTar(plan) {
    const tar = await __nccwpck_require__.e(/* import() */ 474).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6474, 19));
    const pack = tar.pack();
    const stats = emptyStats();
    const done = (async () => {
        try {
            for await (const e of walkContext(plan, stats)) {
                const header = {
                    // Directories end in "/", as in the tars Docker's own walker writes.
                    name: e.type === 'directory' ? `${e.name}/` : e.name,
                    mode: e.mode,
                    mtime: CONTEXT_MTIME,
                    uid: 0,
                    gid: 0,
                    uname: '',
                    gname: '',
                };
                if (e.type === 'directory') {
                    stats.directories++;
                    await entry(pack, { ...header, type: 'directory' });
                }
                else if (e.type === 'symlink') {
                    stats.symlinks++;
                    await entry(pack, { ...header, type: 'symlink', linkname: e.linkname });
                }
                else if (e.type === 'link') {
                    stats.files++;
                    await entry(pack, { ...header, type: 'link', linkname: e.linkname });
                }
                else if (e.content) {
                    stats.files++;
                    stats.bytes += e.content.length;
                    await entry(pack, { ...header, type: 'file', size: e.content.length }, e.content);
                }
                else {
                    stats.files++;
                    stats.bytes += e.size;
                    if (e.size <= SMALL_FILE) {
                        // One read and one entry: per-file stream set-up costs more than the read itself for small files.
                        const data = (0,external_node_fs_.readFileSync)(e.abs);
                        if (data.length !== e.size)
                            throw new Error(`${e.name} changed size while it was being sent`);
                        await entry(pack, { ...header, type: 'file', size: e.size }, data);
                    }
                    else {
                        const sink = pack.entry({ ...header, type: 'file', size: e.size });
                        await (0,promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(e.abs), sink);
                    }
                }
            }
            pack.finalize();
            return stats;
        }
        catch (error) {
            pack.destroy(error);
            throw error;
        }
    })();
    done.catch(() => undefined);
    // tar-stream emits a 512-byte header and each file as separate chunks; re-chunked to 64 KiB so the
    // HTTP upload is a few large writes instead of tens of thousands of tiny chunked-encoding frames.
    const out = pack.pipe(rechunk(64 * 1024));
    pack.on('error', (e) => out.destroy(e));
    return { stream: out, done };
}
function rechunk(size) {
    let parts = [];
    let len = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            parts.push(chunk);
            len += chunk.length;
            if (len >= size) {
                this.push(Buffer.concat(parts, len));
                parts = [];
                len = 0;
            }
            cb();
        },
        flush(cb) {
            if (len)
                this.push(Buffer.concat(parts, len));
            cb();
        },
    });
}
/** Resolves once the pack has taken the entry (tar-stream calls back after draining: backpressure). */
function entry(pack, header, data) {
    return new Promise((resolve, reject) => {
        const cb = (err) => (err ? reject(err) : resolve());
        if (data)
            pack.entry(header, data, cb);
        else
            pack.entry(header, cb);
    });
}
/** Files up to this size are read whole (bounded memory: one such buffer at a time); bigger ones are streamed. */
const SMALL_FILE = 1024 * 1024;


/***/ }),

/***/ 5243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ engineAddress),
/* harmony export */   m: () => (/* binding */ API_VERSION)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3189);
/**
 * Where the Docker Engine is (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) and which API version we
 * speak. A module of its own so that engine.ts and buildkit-session.ts can both use it without importing
 * each other.
 */



const API_VERSION = 'v1.41';
/** DOCKER_HOST (unix:// or tcp://), DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, as the docker CLI reads them. */
function engineAddress(env) {
    const host = env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock';
    if (host.startsWith('unix://')) {
        const socketPath = host.slice('unix://'.length) || '/var/run/docker.sock';
        return { socketPath, endpoint: `unix://${socketPath}` };
    }
    const m = /^(?:tcp|https?):\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(host);
    if (!m) {
        throw new _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`DOCKER_HOST="${host}" is not an engine address this action can use.`, {
            hint: 'Use unix:///path/to/docker.sock or tcp://host:port (ssh:// is not supported).',
        });
    }
    const tls = env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0';
    const out = {
        host: m[1].replace(/^\[|\]$/g, ''),
        port: Number(m[2] ?? (tls ? 2376 : 2375)),
        protocol: tls ? 'https' : 'http',
        endpoint: host,
    };
    if (tls) {
        const dir = env.DOCKER_CERT_PATH ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(env.HOME ?? '', '.docker');
        out.ca = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'ca.pem'));
        out.cert = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'cert.pem'));
        out.key = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'key.pem'));
    }
    return out;
}


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vU: () => (/* binding */ EngineHttpError),
  xn: () => (/* binding */ connectEngine)
});

// UNUSED EXPORTS: API_VERSION, apiTooOld, engineAddress, probeEngine

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/engine-address.ts
var engine_address = __nccwpck_require__(5243);
;// CONCATENATED MODULE: ./src/engine.ts
/**
 * The Docker Engine API through dockerode, pinned to API 1.41 (Engine 20.10). dockerode is loaded on
 * first use only (it pulls in docker-modem, ssh2 and gRPC), and only its transport is used: the build
 * context is our own tar stream, never dockerode's context handling.
 */





/** An HTTP-level failure from the engine (parameter errors, missing images); stream errors come in-band. */
class EngineHttpError extends Error {
    statusCode;
    constructor(message, statusCode, cause) {
        super(message, { cause });
        this.statusCode = statusCode;
    }
}
function wrap(e, what) {
    const err = e;
    const detail = err.json?.message ?? err.message ?? String(e);
    return new EngineHttpError(`${what}: ${detail}`, err.statusCode, e);
}
/**
 * dockerode pulls in docker-modem -> ssh2, whose bundled poly1305 (emscripten) reads the CommonJS free
 * variable `__dirname`, which an ESM bundle does not have: without it the import dies with a
 * ReferenceError. A global `__dirname` (the bundle's folder) is what that code expects. ssh2's native
 * add-ons are optional (it falls back to JS when they do not load), and no SSH or gRPC path is used.
 */
async function loadDockerode() {
    const g = globalThis;
    g.__dirname ??= external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    const mod = await __nccwpck_require__.e(/* import() */ 292).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5292, 23));
    return mod.default;
}
/**
 * GET /version with node:http, before dockerode (a 2 MB chunk with ssh2 and gRPC) is loaded: an engine
 * that is absent or too old fails fast, and only a reachable engine costs the client's load time.
 */
async function probeEngine(a, timeoutMs = 15_000) {
    const http = a.protocol === 'https' ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    return new Promise((resolve, reject) => {
        const req = http.request({
            method: 'GET',
            path: `/${engine_address/* API_VERSION */.m}/version`,
            ...(a.socketPath ? { socketPath: a.socketPath } : { host: a.host, port: a.port }),
            ...(a.ca ? { ca: a.ca, cert: a.cert, key: a.key } : {}),
            timeout: timeoutMs,
        }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c) => (body += c));
            res.on('end', () => {
                if (res.statusCode !== 200) {
                    const msg = /"message"\s*:\s*"([^"]*)"/.exec(body)?.[1] ?? body.trim().slice(0, 200);
                    return reject(new EngineHttpError(`the engine at ${a.endpoint} answered ${res.statusCode}: ${msg}`, res.statusCode));
                }
                try {
                    resolve(JSON.parse(body));
                }
                catch {
                    reject(new EngineHttpError(`the engine at ${a.endpoint} sent an unreadable /version answer`, 200));
                }
            });
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000}s`)));
        req.on('error', (e) => reject(new EngineHttpError(`cannot reach the Docker engine at ${a.endpoint}: ${e.message}`, undefined, e)));
        req.end();
    });
}
/** Engine API 1.41 (Engine 20.10) or newer is needed. */
function apiTooOld(v) {
    const [maj = 0, min = 0] = (v.ApiVersion ?? '0.0').split('.').map(Number);
    return maj < 1 || (maj === 1 && min < 41);
}
async function connectEngine(env) {
    const address = (0,engine_address/* engineAddress */.Z)(env);
    const info = await probeEngine(address);
    if (apiTooOld(info))
        throw new errors/* UserError */.yo(`The Docker engine at ${address.endpoint} speaks API ${info.ApiVersion}; this action needs 1.41 (Docker 20.10) or newer.`);
    const Docker = await loadDockerode();
    const { endpoint, ...opts } = address;
    const docker = new Docker({ ...opts, version: engine_address/* API_VERSION */.m });
    return {
        endpoint,
        version: () => Promise.resolve(info),
        async build(context, params, registryConfig) {
            const options = {
                dockerfile: params.dockerfile,
                t: params.t ?? [],
                rm: true,
                forcerm: true,
                // A number, not the string "2": dockerode starts a session of its own for version === "2".
                version: params.session ? 2 : '1',
            };
            if (params.session)
                options.session = params.session;
            if (params.remote)
                options.remote = params.remote;
            if (params.signal)
                options.abortSignal = params.signal;
            if (params.target)
                options.target = params.target;
            if (params.buildargs && Object.keys(params.buildargs).length)
                options.buildargs = JSON.stringify(params.buildargs);
            if (params.labels && Object.keys(params.labels).length)
                options.labels = JSON.stringify(params.labels);
            if (params.cachefrom?.length)
                options.cachefrom = JSON.stringify(params.cachefrom);
            if (params.pull)
                options.pull = '1';
            if (params.nocache)
                options.nocache = true;
            if (params.platform)
                options.platform = params.platform;
            if (registryConfig && Object.keys(registryConfig).length)
                options.registryconfig = registryConfig;
            try {
                return (await docker.buildImage(context, options));
            }
            catch (e) {
                throw wrap(e, 'the engine refused the build');
            }
        },
        async tag(image, repository, tag) {
            try {
                await docker.getImage(image).tag({ repo: repository, tag });
            }
            catch (e) {
                throw wrap(e, `tagging ${repository}:${tag}`);
            }
        },
        async push(repository, tag, auth, signal) {
            try {
                // Always pass `tag`: without it the engine pushes every local tag of the repository.
                const opts = { tag };
                if (auth)
                    opts.authconfig = auth;
                if (signal)
                    opts.abortSignal = signal;
                return (await docker.getImage(repository).push(opts));
            }
            catch (e) {
                throw wrap(e, `pushing ${repository}:${tag}`);
            }
        },
        async startSession(services) {
            const { startSession } = await __nccwpck_require__.e(/* import() */ 37).then(__nccwpck_require__.bind(__nccwpck_require__, 1037));
            return startSession(address, services);
        },
        async pull(reference, auth) {
            try {
                return (await docker.pull(reference, auth ? { authconfig: auth } : {}));
            }
            catch (e) {
                throw wrap(e, `pulling ${reference}`);
            }
        },
        async exportImage(image) {
            try {
                return (await docker.getImage(image).get());
            }
            catch (e) {
                throw wrap(e, `exporting ${image}`);
            }
        },
        async removeImage(image) {
            try {
                await docker.getImage(image).remove({ noprune: false });
            }
            catch (e) {
                throw wrap(e, `removing ${image}`);
            }
        },
        async checkAuth(auth) {
            try {
                await docker.checkAuth({ ...auth });
            }
            catch (e) {
                const err = e;
                throw new EngineHttpError(err.json?.message ?? err.message ?? String(e), err.statusCode, e);
            }
        },
        async inspect(image) {
            try {
                return (await docker.getImage(image).inspect());
            }
            catch (e) {
                throw wrap(e, `inspecting ${image}`);
            }
        },
    };
}


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6294);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8857);


await (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ sourceInfo),
/* harmony export */   TT: () => (/* binding */ ociLabels),
/* harmony export */   nE: () => (/* binding */ isoSeconds)
/* harmony export */ });
function sourceInfo(ctx) {
    const p = ctx.payload;
    const pr = p.pull_request;
    const isPr = (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && pr !== undefined;
    const sha = (isPr ? pr.head?.sha : undefined) ?? ctx.sha;
    // pull_request_target runs with the base branch's ref (refs/heads/master): as in metadata-action, the
    // ref is the PR's, so no rule can tag (and overwrite) the base branch with a fork's code.
    const prNumber = isPr ? (pr.number ?? p.number) : undefined;
    const ref = ctx.eventName === 'pull_request_target' && prNumber !== undefined
        ? `refs/pull/${prNumber}/merge`
        : ctx.ref;
    // The commit time from the payload, as metadata-action reads it (the push's commits, then head_commit).
    const commitTime = p.commits?.find((c) => c.id === sha)?.timestamp ??
        (p.head_commit?.id === sha || (p.head_commit && !p.head_commit.id)
            ? p.head_commit?.timestamp
            : undefined);
    const baseRef = isPr
        ? pr.base?.ref
        : ref.startsWith('refs/tags/') && p.base_ref
            ? p.base_ref.replace(/^refs\/heads\//, '')
            : undefined;
    return {
        sha,
        ref,
        eventName: ctx.eventName,
        prNumber,
        headRef: isPr ? pr.head?.ref : undefined,
        baseRef,
        defaultBranch: p.repository?.default_branch,
        commitTime,
        repository: p.repository ?? {},
    };
}
/** The standard labels, sorted by name; user labels override them. Empty values are left out. */
function ociLabels(src, version, created, user = {}) {
    const r = src.repository;
    const base = {
        'org.opencontainers.image.created': created,
        'org.opencontainers.image.description': r.description ?? undefined,
        'org.opencontainers.image.licenses': r.license?.spdx_id && r.license.spdx_id !== 'NOASSERTION' ? r.license.spdx_id : undefined,
        'org.opencontainers.image.revision': src.sha || undefined,
        'org.opencontainers.image.source': r.html_url,
        'org.opencontainers.image.title': r.name,
        'org.opencontainers.image.url': r.html_url,
        'org.opencontainers.image.version': version,
    };
    const merged = {};
    for (const [k, v] of Object.entries({ ...base, ...user }))
        if (v !== undefined && v !== '')
            merged[k] = v;
    return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** ISO 8601 in UTC with second precision (what the label spec asks for), or undefined if unparsable. */
function isoSeconds(text) {
    if (!text)
        return undefined;
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 8857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: spec

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: ../../packages/shared/src/util/time.ts
var time = __nccwpck_require__(7297);
;// CONCATENATED MODULE: ../../node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function js_yaml_defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function js_yaml_defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function js_yaml_defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = js_yaml_defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = js_yaml_defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = js_yaml_defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = js_yaml_defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = js_yaml_defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = js_yaml_defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = js_yaml_defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var js_yaml_CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = js_yaml_defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: js_yaml_CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function js_yaml_load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ../../packages/shared/src/yaml/index.ts

/**
 * YAML parsing for inputs, parameter files, templates and kubeconfigs, with js-yaml: its bundle is less than
 * half of `yaml`'s and loads and parses a template in about 11 ms instead of 18 (bench note in
 * docs/performance.md, cold start) — a cost every action pays at start-up. The YAML 1.2 core schema: no
 * timestamps, no merge keys, `yes` is a string.
 */
class YamlSyntaxError extends Error {
    /** What is wrong, without the position. */
    reason;
    /** 1-based line of the problem, when known. */
    line;
    constructor(reason, line) {
        super(line ? `${reason} (line ${line})` : reason);
        this.name = 'YamlSyntaxError';
        this.reason = reason;
        this.line = line;
    }
}
function wrap(parse) {
    try {
        return parse();
    }
    catch (e) {
        const x = e;
        if (x?.name !== 'YAMLException')
            throw e;
        const line = typeof x.mark?.line === 'number' ? x.mark.line + 1 : undefined;
        throw new YamlSyntaxError(x.reason || String(x.message).split('\n')[0] || 'not valid YAML', line);
    }
}
/** One YAML document; duplicate keys are an error, at most 100 aliases. Empty text gives `null`. */
function parseYaml(text) {
    if (text.trim() === '')
        return null;
    return wrap(() => js_yaml_load(text, { schema: js_yaml_CORE_SCHEMA, maxAliases: 100 }));
}
/** CloudFormation's short-form tags become their long form: `!Ref X` → `{ Ref: X }`, `!Sub s` → `{ 'Fn::Sub': s }`. */
function longForm(data, tag) {
    const name = tag.replace(/^!/, '');
    return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: data };
}
const never = () => false;
let templateSchema;
/**
 * A CloudFormation template in YAML (or JSON, which is YAML): any local tag (`!Ref`, `!Sub`, `!GetAtt`, a
 * future one) is accepted and turned into its long form; duplicate keys are left for CloudFormation to
 * judge (the last value is kept here); at most 10,000 aliases (a template is at most 1 MB).
 */
function parseTemplateYaml(text) {
    templateSchema ??= CORE_SCHEMA.withTags(defineScalarTag('!', {
        matchByTagPrefix: true,
        resolve: (source, _explicit, tag) => longForm(source, tag),
        identify: never,
    }), defineSequenceTag('!', {
        matchByTagPrefix: true,
        create: (tag) => ({ tag, items: [] }),
        addItem: (c, item) => {
            c.items.push(item);
        },
        finalize: (c) => longForm(c.items, c.tag),
        identify: never,
    }), defineMappingTag('!', {
        matchByTagPrefix: true,
        create: (tag) => ({ tag, map: {} }),
        addPair: (c, key, value) => {
            c.map[String(key)] = value;
            return '';
        },
        has: (c, key) => Object.hasOwn(c.map, String(key)),
        keys: (r) => Object.keys(r),
        get: (r, key) => r[String(key)],
        finalize: (c) => longForm(c.map, c.tag),
        identify: never,
    }));
    const schema = templateSchema;
    if (text.trim() === '')
        return null;
    return wrap(() => load(text, { schema, json: true, maxAliases: 10_000 }));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/auth.ts
var auth = __nccwpck_require__(3454);
// EXTERNAL MODULE: ./src/cache.ts
var src_cache = __nccwpck_require__(6196);
;// CONCATENATED MODULE: ./src/commit-time.ts
/** The commit time of a SHA from the local checkout (no API call), for the `created` label. */
async function commitTimeFromGit(workspace, sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    const { execFile } = await __nccwpck_require__.e(/* import() */ 375).then(__nccwpck_require__.bind(__nccwpck_require__, 9375));
    try {
        const r = await execFile('git', ['-C', workspace, 'show', '-s', '--format=%cI', sha], {
            timeoutMs: 5000,
        });
        const t = r.stdout.trim();
        return r.exitCode === 0 && t ? t : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/context.ts + 2 modules
var src_context = __nccwpck_require__(7014);
// EXTERNAL MODULE: ./src/labels.ts
var labels = __nccwpck_require__(875);
// EXTERNAL MODULE: ./src/plan.ts + 6 modules
var plan = __nccwpck_require__(6832);
// EXTERNAL MODULE: ../../packages/shared/src/action/inputs.ts
var inputs = __nccwpck_require__(5491);
;// CONCATENATED MODULE: ./src/secrets.ts
/** BuildKit secrets from the `secrets`, `secret-files` and `secret-envs` inputs. */


/** Secret values by ID from the three inputs; every value (and its base64 forms) is masked first. */
function readSecrets(i, rt) {
    const out = new Map();
    const problems = [];
    for (const [id, value] of Object.entries(i.secrets ?? {}))
        out.set(id, Buffer.from(value));
    for (const [id, file] of Object.entries(i.secretFiles ?? {})) {
        try {
            const abs = (0,inputs/* confinePath */.ey)(file, rt.context.workspace, 'file', (why) => {
                throw new Error(why);
            });
            out.set(id, (0,external_node_fs_.readFileSync)(abs));
        }
        catch (e) {
            problems.push(`\`secret-files\`: ${id}: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
    }
    for (const [id, name] of Object.entries(i.secretEnvs ?? {})) {
        const v = rt.env[name];
        if (v === undefined || v === '')
            problems.push(`\`secret-envs\`: ${id}: the environment variable ${name} is not set.`);
        else
            out.set(id, Buffer.from(v));
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    for (const v of out.values())
        if (v.length)
            rt.secret(v.toString('utf8'));
    return out;
}

;// CONCATENATED MODULE: ./src/config.ts
/**
 * The inputs, their cross-checks, and the typed config: everything decided before the engine is contacted
 * (tags and tag rules, the Dockerfile, cache references, platforms, the context plan, registry credentials,
 * BuildKit secrets). Every mistake in the inputs is reported here.
 */











/** A platform as os/arch[/variant]. */
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const spec = {
    context: { type: 'path', default: '.', mustExist: 'dir' },
    dockerfile: { type: 'path', mustExist: 'file' },
    'build-args': { type: 'map', yaml: parseYaml },
    target: { type: 'string', pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, patternHint: 'a build stage name' },
    labels: { type: 'map', yaml: parseYaml },
    'oci-labels': { type: 'boolean', default: true },
    platform: {
        type: 'string',
        pattern: PLATFORM_RE,
        patternHint: 'one platform as os/arch[/variant], e.g. linux/amd64',
    },
    platforms: { type: 'list' },
    buildkit: { type: 'boolean', default: false },
    secrets: { type: 'map', yaml: parseYaml, secret: true },
    'secret-files': { type: 'map', yaml: parseYaml },
    'secret-envs': { type: 'map', yaml: parseYaml },
    pull: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    'cache-from': { type: 'list' },
    'cache-to': { type: 'string' },
    images: { type: 'list', commas: false },
    tags: { type: 'list', commas: false },
    flavor: { type: 'list', commas: false },
    push: { type: 'boolean', default: false },
    registry: { type: 'string' },
    username: { type: 'string' },
    password: { type: 'string', secret: true },
    'push-attempts': { type: 'integer', default: 4, min: 1, max: 10 },
    'push-retry-delay': { type: 'duration', default: '2s', minMs: 0, maxMs: 60_000 },
};
function crossCheck(x) {
    return [
        ...(x.username && !x.password ? ['`username` is set but `password` is empty.'] : []),
        ...(x.password && !x.username ? ['`password` is set but `username` is empty.'] : []),
        ...(!x.buildkit && (x.secrets || x.secretFiles || x.secretEnvs)
            ? [
                '`secrets`, `secret-files` and `secret-envs` need `buildkit: true` (the classic builder has no secret mounts).',
            ]
            : []),
        ...(x.platform && x.platforms?.length
            ? ['Give either `platform` (one) or `platforms` (a manifest list), not both.']
            : []),
    ];
}
/** Problems with `platforms`, found before anything is built. */
function checkPlatforms(platforms, refs, push) {
    const problems = [];
    for (const p of platforms)
        if (!PLATFORM_RE.test(p))
            problems.push(`\`platforms\`: "${p}" is not os/arch[/variant] (e.g. linux/arm64).`);
    if (new Set(platforms).size !== platforms.length)
        problems.push('`platforms` lists a platform twice.');
    if (!push)
        problems.push('`platforms` needs `push: true`: a multi-platform image is a manifest list in the registry (the engine cannot store one locally).');
    if (!refs.length)
        problems.push('`platforms` needs at least one tag.');
    return problems;
}
/** Reads the inputs and plans everything that needs no engine; `now` dates `{{date}}` tags. */
async function readConfig(rt, now) {
    const i = rt.inputs(spec, crossCheck);
    const payloadSrc = (0,labels/* sourceInfo */.AJ)(rt.context);
    // Outside push events the payload has no commit time: the checkout's commit gives it ({{commit_date}},
    // the `created` label). A local git call, no remote: awaited here only when a tag rule needs it,
    // otherwise it runs while the engine is contacted.
    const gitTime = payloadSrc.commitTime
        ? Promise.resolve(undefined)
        : commitTimeFromGit(rt.context.workspace, payloadSrc.sha);
    const needsCommitDate = [...(i.tags ?? []), ...(i.flavor ?? [])].some((l) => l.includes('commit_date'));
    const src = {
        ...payloadSrc,
        commitTime: payloadSrc.commitTime ?? (needsCommitDate ? await gitTime : undefined),
    };
    const tagPlan = (0,plan/* planTags */.Vd)({ images: i.images ?? [], tags: i.tags ?? [], flavor: i.flavor ?? [] }, src, now);
    if (i.push && tagPlan.refs.length === 0)
        throw new errors/* UserError */.yo('`push: true` but no tags: nothing to push.', {
            hint: 'Give `tags` (full references like ghcr.io/owner/app:1.0) or `images` with tag rules.',
        });
    for (const d of tagPlan.dropped)
        rt.logger.warning(`Tag rule ${d.rule} left out: ${d.reason}.`);
    const dockerfile = i.dockerfile ?? external_node_path_default().join(i.context, 'Dockerfile');
    if (i.dockerfile === undefined && !(0,external_node_fs_.existsSync)(dockerfile))
        throw new errors/* UserError */.yo(`No Dockerfile in the context (${dockerfile}).`, {
            hint: 'Add one, or point the `dockerfile` input at it (relative to the workspace).',
        });
    const cache = (0,src_cache/* planCache */._)(i.cacheFrom ?? [], i.cacheTo);
    if (cache.problems.length)
        throw new errors/* InputError */.dz(cache.problems);
    if (cache.plan.to && i.platforms?.length)
        throw new errors/* InputError */.dz([
            '`cache-to` is not supported with `platforms` (one cache image per platform would be needed).',
        ]);
    const platforms = i.platforms ?? [];
    // A multi-platform image is built with BuildKit (multi-platform.ts says why).
    const useBuildKit = i.buildkit || platforms.length > 0;
    // BuildKit reads the context through the session (filesync.ts), as buildx does.
    const context = (0,src_context/* planContext */.nV)(i.context, dockerfile, useBuildKit ? 'session' : 'classic');
    if (platforms.length) {
        const problems = checkPlatforms(platforms, tagPlan.refs, i.push);
        if (problems.length)
            throw new errors/* InputError */.dz(problems);
    }
    // Credentials for the tags' registries and the `registry` input: pushes (X-Registry-Auth) and the
    // classic builder's pulls of private FROM images (X-Registry-Config).
    const explicit = { registry: i.registry, username: i.username, password: i.password };
    let credentials;
    try {
        credentials = (0,plan/* planCredentials */.kJ)([...tagPlan.refs, ...cache.plan.from, ...(cache.plan.to ? [cache.plan.to] : [])], explicit, rt.env, rt.secret);
    }
    catch (e) {
        if (!(e instanceof auth/* CredentialHelperError */.yJ))
            throw e;
        throw new errors/* UserError */.yo(`Registry credentials: ${e.message}.`, {
            hint: 'Install the helper the docker config names (credHelpers/credsStore), or give `username`/`password`.',
        });
    }
    return {
        inputs: i,
        src,
        commitTime: src.commitTime ? Promise.resolve(src.commitTime) : gitTime,
        tagPlan,
        cache: cache.plan,
        platforms,
        useBuildKit,
        context,
        explicit,
        credentials,
        secrets: i.buildkit ? readSecrets(i, rt) : new Map(),
    };
}

;// CONCATENATED MODULE: ./src/connect.ts
/**
 * The first remote step: contact the Docker engine and have it check the registry credentials, before
 * the context is sent. The commit time (a local git call started by config.ts) is awaited meanwhile.
 */


async function openEngine(cfg, deps) {
    const [engine, commitTime] = await Promise.all([
        deps.connect(deps.env).catch((e) => {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            throw new errors/* UserError */.yo((0,errors/* describeThrown */.YI)(e), {
                hint: 'Is the Docker engine running and DOCKER_HOST right? This action talks to the engine API directly (no docker CLI).',
            });
        }),
        cfg.commitTime,
    ]);
    const info = await engine.version();
    deps.logger.info(`Docker engine ${info.Version} (API ${info.ApiVersion}, ${info.Os}/${info.Arch}) at ${engine.endpoint}`);
    // Credentials before the context is sent: the registries pushed to, and the one `username` is for.
    const { inputs: i, tagPlan, cache, credentials } = cfg;
    const toCheck = [
        ...new Set([
            ...(i.push ? tagPlan.refs.map((r) => r.registry) : []),
            ...(cache.to ? [cache.to.registry] : []),
            ...(i.username
                ? [...credentials.keys()].filter((r) => credentials.get(r)?.username === i.username)
                : []),
        ]),
    ];
    await (0,auth/* verifyCredentials */.qH)(engine, credentials, toCheck, deps.logger);
    return { engine, info, commitTime };
}

// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __nccwpck_require__(2558);
;// CONCATENATED MODULE: ./src/outputs.ts
function setOutputs(outputs, r) {
    const tags = r.refs.map((ref) => `${ref.repository}:${ref.tag}`);
    const first = tags[0];
    const firstDigest = first ? r.digests[first] : undefined;
    const imageRef = r.refs[0] && firstDigest ? `${r.refs[0].repository}@${firstDigest}` : null;
    outputs.set('image-id', r.built.imageId);
    outputs.set('digest', firstDigest ?? '');
    outputs.set('image-ref', imageRef ?? '');
    outputs.setJson('digests', r.digests);
    outputs.set('tags', tags.join('\n'));
    outputs.set('version', r.version ?? '');
    outputs.set('labels', Object.entries(r.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'));
    outputs.setJson('metadata', {
        imageId: r.built.imageId,
        digest: firstDigest ?? null,
        imageRef,
        platforms: r.platforms,
        tags,
        digests: r.digests,
        version: r.version ?? null,
        labels: r.labels,
        size: r.built.size,
        steps: r.built.steps,
        cachedSteps: r.built.cachedSteps,
        context: {
            files: r.built.context.files,
            bytes: r.built.context.bytes,
            ignoreFile: r.ignoreFile ?? null,
        },
    });
}

;// CONCATENATED MODULE: ../../packages/shared/src/report/escape.ts
/**
 * Escaping of untrusted text (resource names, branch names, tool output) by the context it lands in. GitHub
 * renders comments and job summaries with cmark-gfm (table, strikethrough, autolink, tagfilter) and then links
 * @mentions and issue references (#1, GH-1, owner/repo#1) in text outside <pre>, <code> and <a>. Each context
 * needs its own escaping, and only that:
 *
 * | context                                   | builder                         | type       |
 * |-------------------------------------------|---------------------------------|------------|
 * | markdown inline text (paragraph, list)    | escapeMarkdown                  | MdInline   |
 * | code span in markdown (copyable values)   | inlineCode                      | MdInline   |
 * | table cell                                | table() escapes the pipes       | MdBlock    |
 * | HTML block (`<summary>`, `<code>` in HTML)| htmlText, htmlCode              | HtmlText   |
 * | fenced code block                         | codeBlock                       | MdBlock    |
 * | link target                               | link                            | Inline     |
 *
 * Markdown is not parsed inside an HTML block (CommonMark "HTML blocks"), so a backslash escape there shows
 * literally: HTML text gets entities only. Text meant to be copied (addresses, output values, digests) goes in
 * code (inlineCode/htmlCode), where no mention, issue reference or autolink forms, so it is shown and copied
 * exactly. In prose, a U+2060 WORD JOINER (invisible) after `@`, `#` or `GH-` keeps mentions and references
 * from forming.
 *
 * `Inline` fragments render in both contexts, so a title used both in a list (markdown) and in a `<summary>`
 * (HTML) is built once and each container picks the right rendering.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const WJ = '\u2060';
/** HTML entities for `& < > " '` (text or attribute value in HTML). Nothing else: see htmlText for prose. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
/**
 * Keeps GitHub's mention and issue-reference filters from linking: a word joiner after `@` before a name,
 * after `#` before a digit, after `GH-` before a digit. Invisible; only prose gets it, never code.
 */
function breakReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${WJ}`)
        .replace(/#(?=\d)/g, `#${WJ}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${WJ}`);
}
const oneLine = (text) => text.replace(/\r\n?|\n/g, ' ');
/**
 * Markdown inline text: a backslash before every ASCII punctuation character that markdown, HTML, entities,
 * tables or autolinks could use (CommonMark lets any ASCII punctuation be escaped; the reader sees the character
 * alone), references kept from linking, and newlines turned into spaces (inline text never starts a block).
 */
function escapeMarkdown(text) {
    return breakReferences(oneLine(text)).replace(/[\\`*_{}[\]()#+\-.!|~<>&:$]/g, (c) => `\\${c}`);
}
/** A table cell's text (the same as inline text: table() escapes pipes in every cell). */
function tableCell(text) {
    return escapeMarkdown(text);
}
/**
 * A code span: shown and copied exactly (no mention, reference or autolink forms in code). The backtick fence is
 * longer than any backtick run inside; a space pads content that starts or ends with a backtick or with spaces
 * at both ends (CommonMark strips one such pair). Newlines become spaces, as in any code span.
 */
function inlineCode(text) {
    const body = oneLine(text);
    if (body === '')
        return '<code></code>';
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .*[^ ].* $/.test(body);
    return `${fence}${pad ? ' ' : ''}${body}${pad ? ' ' : ''}${fence}`;
}
/** Text for inside an HTML block (`<summary>…</summary>`): entities only, references kept from linking. */
function htmlText(text) {
    return escapeHtml(breakReferences(oneLine(text)));
}
/** `<code>` for inside an HTML block: entities only, shown and copied exactly. */
function htmlCode(text) {
    return `<code>${escapeHtml(oneLine(text))}</code>`;
}
/** A fenced block whose fence is longer than any backtick run in the content, so it cannot be closed early. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    return `${fence}${lang.replace(/[^\w+-]/g, '')}\n${body}\n${fence}`;
}
/**
 * A GFM table. Cells are inline markdown (escapeMarkdown, inlineCode, Inline fragments, or trusted literals);
 * every `|` in them is escaped here, which GFM undoes before parsing the cell, inside code spans too (GFM spec,
 * tables: "include a pipe in a cell's content by escaping it, including inside other inline spans"). Header
 * cells must say what the column is: GitHub shows an empty header row as a blank first row.
 */
function table(headers, rows) {
    const cell = (c) => oneLine(typeof c === 'string' ? c : c.md).replace(/\|/g, '\\|');
    for (const r of rows) {
        if (r.length !== headers.length)
            throw new Error(`table: a row has ${r.length} cells for ${headers.length} columns`);
    }
    const head = `| ${headers.map(cell).join(' | ')} |\n|${headers.map(() => '---').join('|')}|`;
    return [head, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/**
 * `<details>` with a summary and a markdown body. The summary is in an HTML block, where markdown is not parsed:
 * pass an Inline fragment (rendered as HTML here) or HtmlText/trusted plain text — never escapeMarkdown output.
 */
function details(summaryHtml, body, open = false) {
    const summary = typeof summaryHtml === 'string' ? summaryHtml : summaryHtml.html;
    return `<details${open ? ' open' : ''}><summary>${oneLine(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A hidden marker for finding our own comments; the key is restricted so it cannot close the comment. */
function hiddenMarker(text) {
    return `<!-- ${text.replace(/--/g, '−−').replace(/[<>]/g, '')} -->`;
}
/** Inline content that knows its markdown and its HTML rendering (each computed once, on first use). */
class Inline {
    #md;
    #html;
    #parts;
    constructor(parts) {
        this.#parts = parts;
    }
    /** For a paragraph, list item, heading or table cell. */
    get md() {
        return (this.#md ??= this.#parts.map(partMd).join(''));
    }
    /** For inside an HTML block (`<summary>`). */
    get html() {
        return (this.#html ??= this.#parts.map(partHtml).join(''));
    }
    toString() {
        return this.md;
    }
}
function partMd(p) {
    if (p instanceof Inline)
        return p.md;
    if ('text' in p)
        return escapeMarkdown(p.text);
    if ('code' in p)
        return inlineCode(p.code);
    if ('strong' in p)
        return `**${p.strong.md}**`;
    if ('link' in p)
        return `[${p.link.md}](${p.target})`;
    return p.trusted;
}
function partHtml(p) {
    if (p instanceof Inline)
        return p.html;
    if ('text' in p)
        return htmlText(p.text);
    if ('code' in p)
        return htmlCode(p.code);
    if ('strong' in p)
        return `<strong>${p.strong.html}</strong>`;
    if ('link' in p)
        return `<a href="${escapeHtml(p.target)}">${p.link.html}</a>`;
    return p.trusted;
}
/**
 * Builds an Inline fragment: the template's literal parts are trusted plain text written in our code (no markup
 * and no `& < > * _ [ ] \` characters, so they read the same in markdown and HTML); interpolated strings are
 * untrusted text and escaped for the context; interpolated fragments (code(), strong(), link()) are inserted.
 *
 *     inline`${code(address)} will be ${verb} — ${reason}`
 */
function inline(strings, ...values) {
    const parts = [];
    strings.forEach((s, i) => {
        if (s)
            parts.push({ trusted: s });
        if (i < values.length) {
            const v = values[i];
            parts.push(v instanceof Inline ? v : { text: String(v) });
        }
    });
    return new Inline(parts);
}
/** Untrusted text as an Inline fragment. */
function escape_text(s) {
    return new Inline([{ text: s }]);
}
/** Untrusted text shown as code (copyable exactly): a code span in markdown, `<code>` in HTML. */
function code(s) {
    return new Inline([{ code: s }]);
}
/** Bold. */
function strong(x) {
    return new Inline([{ strong: typeof x === 'string' ? escape_text(x) : x }]);
}
/**
 * A link to an http(s) URL; any other URL (javascript:, data:, relative) is shown as text, never linked. The target
 * is percent-encoded where markdown or HTML could read a character as syntax.
 */
function escape_link(label, url) {
    const l = typeof label === 'string' ? escape_text(label) : label;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return l;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return l;
    const target = u.href.replace(/[()<>"'`\\|[\]\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return new Inline([{ link: l, target }]);
}

// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __nccwpck_require__(8355);
;// CONCATENATED MODULE: ./src/report.ts
/** The job summary: what was built, the tags and their digests, size, duration and cache use. */


function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
function renderSummary(r) {
    const out = [];
    out.push(`### build-image: ${r.pushed ? 'built and pushed' : 'built'} ${inlineCode(r.imageId.slice(0, 19))}`);
    out.push(table(['Image size', 'Duration', 'Steps (cached)', 'Context sent'], [
        [
            formatBytes(r.sizeBytes),
            (0,time/* formatDuration */.a3)(r.durationMs),
            `${r.steps} (${r.cachedSteps} cached)`,
            `${(0,report_document/* plural */.LS)(r.context.files, 'file')}, ${formatBytes(r.context.bytes)}${r.context.ignoreFile ? ` (after ${inlineCode(r.context.ignoreFile)})` : ''}`,
        ],
    ]));
    if (r.tags.length) {
        out.push(table(['Tag', 'Digest'], r.tags.map((t) => [
            inlineCode(t.ref),
            t.digest
                ? `${inlineCode(t.digest)}${t.attempts > 1 ? ` (after ${t.attempts} attempts)` : ''}`
                : r.pushed
                    ? '—'
                    : 'not pushed',
        ])));
    }
    else
        out.push('_No tags: the image was built but not tagged._');
    if (r.platforms.length)
        out.push(table(['Platform', 'Image ID', 'Platform manifest'], r.platforms.map((p) => [
            inlineCode(p.platform),
            inlineCode(p.imageId.slice(0, 19)),
            p.digest ? inlineCode(p.digest) : '—',
        ])));
    if (r.dropped.length)
        out.push(`Tags left out:\n\n${r.dropped.map((d) => `- ${inlineCode(d.rule)}: ${escapeMarkdown(d.reason)}`).join('\n')}`);
    if (r.context.skippedSpecial.length)
        out.push(`Not sent (sockets, pipes or devices): ${r.context.skippedSpecial.slice(0, 20).map(inlineCode).join(', ')}${r.context.skippedSpecial.length > 20 ? ` …and ${r.context.skippedSpecial.length - 20} more` : ''}`);
    const labels = Object.entries(r.labels);
    if (labels.length)
        out.push(details(`Labels (${labels.length})`, codeBlock(labels.map(([k, v]) => `${k}=${v}`).join('\n'))));
    return `${out.join('\n\n')}\n`;
}
/** The job summary of a run that took `durationMs`. */
function renderReport(r, durationMs) {
    return renderSummary({
        imageId: r.built.imageId,
        sizeBytes: r.built.size,
        durationMs,
        steps: r.built.steps,
        cachedSteps: r.built.cachedSteps,
        context: { ...r.built.context, ignoreFile: r.ignoreFile },
        tags: r.refs.map((ref) => {
            const p = r.pushed.find((x) => x.ref === ref);
            return {
                ref: `${ref.repository}:${ref.tag}`,
                digest: r.digests[`${ref.repository}:${ref.tag}`],
                attempts: p?.attempts ?? 0,
            };
        }),
        platforms: r.platforms,
        pushed: r.push,
        dropped: r.dropped,
        labels: r.labels,
    });
}

;// CONCATENATED MODULE: ./src/main.ts








const defaultDeps = {
    clock: time/* systemClock */.ml,
    sleep: time/* realSleep */.uk,
    random: Math.random,
    connect: engine/* connectEngine */.xn,
    fetch: (input, init) => fetch(input, init),
};
async function main(rt, deps = defaultDeps) {
    const started = deps.clock.now();
    // 1. Config: every input checked, and tags, labels' sources, cache references, the context plan and the
    // registry credentials worked out, before the engine is contacted.
    const cfg = await readConfig(rt, new Date(deps.clock.now()));
    // 2. The work: the engine checks the credentials, then the image is built, pushed, and cached.
    const conn = await openEngine(cfg, { connect: deps.connect, env: rt.env, logger: rt.logger });
    // Build, BuildKit session and push code is loaded only once an engine has answered.
    const { buildAndPush } = await __nccwpck_require__.e(/* import() */ 902).then(__nccwpck_require__.bind(__nccwpck_require__, 3902));
    const result = await buildAndPush(cfg, conn, {
        logger: rt.logger,
        env: rt.env,
        signal: rt.signal,
        secret: (value) => rt.secret(value),
        sleep: deps.sleep,
        random: deps.random,
        fetch: deps.fetch,
    });
    // 3. The report: the job summary.
    (0,summary/* writeJobSummary */.j)(renderReport(result, deps.clock.now() - started), rt.env);
    // 4. The outputs.
    setOutputs(rt.outputs, result);
}


/***/ }),

/***/ 6832:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yy: () => (/* binding */ credentialsForHost),
  kJ: () => (/* binding */ planCredentials),
  nH: () => (/* binding */ planLabels),
  Vd: () => (/* binding */ planTags)
});

// UNUSED EXPORTS: splitTagLines

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ./src/auth.ts
var auth = __nccwpck_require__(3454);
// EXTERNAL MODULE: ./src/labels.ts
var labels = __nccwpck_require__(875);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __nccwpck_require__(9915);
;// CONCATENATED MODULE: ./src/pep440.ts
/**
 * PEP 440 versions (https://peps.python.org/pep-0440/), for `type=pep440`: validity, the normalised form
 * ("cleaned" version) and the release numbers. The grammar is the one PEP 440's appendix B gives, case-
 * insensitive, with an optional leading `v`.
 */
const PEP440 = /^\s*v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
const PRE_LABEL = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
function parsePep440(text) {
    const m = PEP440.exec(text);
    if (!m)
        return undefined;
    const [, epoch, rel, preL, preN, postN1, postL, postN2, devL, devN, local] = m;
    const release = rel.split('.').map(Number);
    let version = epoch && Number(epoch) !== 0 ? `${Number(epoch)}!` : '';
    version += release.join('.');
    if (preL)
        version += `${PRE_LABEL[preL.toLowerCase()]}${Number(preN ?? 0)}`;
    const post = postN1 !== undefined || postL !== undefined;
    if (post)
        version += `.post${Number(postN1 ?? postN2 ?? 0)}`;
    if (devL)
        version += `.dev${Number(devN ?? 0)}`;
    if (local)
        version += `+${local.toLowerCase().replace(/[-_]/g, '.')}`;
    return { version, release, pre: preL !== undefined, post, dev: devL !== undefined };
}

;// CONCATENATED MODULE: ./src/semver.ts
/** node-semver's strict `valid()`: an optional leading `v`, no leading zeros; build metadata dropped. */
function parseSemver(text) {
    const m = /^\s*v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?\s*$/.exec(text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const version = `${major}.${minor}.${patch}${m[4] ? `-${m[4]}` : ''}`;
    return { raw: text, version, major, minor, patch, prerelease: m[4] };
}

;// CONCATENATED MODULE: ./src/dates.ts
/** The moment.js format tokens metadata-action's {{date}} patterns use, in a given IANA time zone. */
function formatDate(date, format, timeZone = 'UTC') {
    let parts;
    try {
        parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
            timeZone,
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
            hourCycle: 'h23',
        })
            .formatToParts(date)
            .map((p) => [p.type, p.value]));
    }
    catch {
        throw new Error(`unknown time zone "${timeZone}"`);
    }
    const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
    const tokens = {
        YYYY: parts.year,
        YY: parts.year.slice(-2),
        MM: parts.month,
        M: String(Number(parts.month)),
        DD: parts.day,
        D: String(Number(parts.day)),
        HH: parts.hour,
        H: String(Number(parts.hour)),
        hh: String(Number(parts.hour) % 12 || 12).padStart(2, '0'),
        h: String(Number(parts.hour) % 12 || 12),
        A: Number(parts.hour) < 12 ? 'AM' : 'PM',
        a: Number(parts.hour) < 12 ? 'am' : 'pm',
        mm: parts.minute,
        m: String(Number(parts.minute)),
        ss: parts.second,
        s: String(Number(parts.second)),
        SSS: ms,
    };
    // [text] is literal, as in moment.
    return format.replace(/\[([^\]]*)\]|YYYY|YY|SSS|MM|M|DD|D|HH|H|hh|h|mm|m|ss|s|A|a/g, (tok, literal) => (literal !== undefined ? literal : tokens[tok]));
}

;// CONCATENATED MODULE: ./src/tag-expressions.ts
/**
 * The event facts a tag rule reads, and the `{{…}}` expressions metadata-action allows in values,
 * prefixes, suffixes and `enable`; metadata-action's sanitising of a generated tag.
 */

/** metadata-action's tag sanitising: each run of characters a tag cannot hold becomes one `-`. */
function sanitizeTag(value) {
    return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
function branchOf(c) {
    return c.ref.startsWith('refs/heads/') ? c.ref.slice('refs/heads/'.length) : undefined;
}
function tagOf(c) {
    return c.ref.startsWith('refs/tags/') ? c.ref.slice('refs/tags/'.length) : undefined;
}
function prOf(c) {
    return /^refs\/pull\/([^/]+)\//.exec(c.ref)?.[1];
}
/**
 * `{{is_default_branch}}` as metadata-action defines it: the ref's branch is the repository's default
 * branch; `create`, `discussion`, `issues` and `schedule` events always run on the default branch's last
 * commit, so any ref counts there.
 */
function isDefaultBranch(c) {
    const branch = c.ref.replace(/^refs\/heads\//, '');
    if (branch === '')
        return false;
    if (c.defaultBranch !== undefined && branch === c.defaultBranch)
        return true;
    return /create|discussion|issues|schedule/.test(c.eventName);
}
/**
 * The `{{…}}` expressions metadata-action allows in values, prefixes, suffixes and `enable`. Names of
 * expressions that were empty for this event are pushed onto `empty` (so a tag that only became invalid
 * because of them can be left out with a reason).
 */
function expand(text, c, empty = []) {
    return text.replace(/\{\{\s*([a-z_]+)((?:\s+[^}]*)?)\s*\}\}/g, (whole, name, args) => {
        const value = evaluate(name, args, whole, c);
        if (value === '')
            empty.push(`{{${name}}}`);
        return value;
    });
}
function evaluate(name, args, whole, c) {
    switch (name) {
        case 'branch':
            return branchOf(c) ?? '';
        case 'tag':
            return tagOf(c) ?? '';
        case 'sha':
            return c.sha.slice(0, 7);
        case 'base_ref':
            return tagOf(c) !== undefined || prOf(c) !== undefined
                ? (c.baseRef ?? '').replace(/^refs\/heads\//, '')
                : '';
        case 'is_default_branch':
            return String(isDefaultBranch(c));
        case 'is_not_default_branch':
            return String(!isDefaultBranch(c));
        case 'date':
        case 'commit_date': {
            const m = /^\s*'([^']*)'(?:\s+tz='([^']*)')?\s*$/.exec(args);
            if (args.trim() !== '' && !m)
                throw new Error(`cannot read ${whole}: write {{${name} 'YYYYMMDD' tz='UTC'}}`);
            const when = name === 'date' ? c.now : c.commitDate;
            if (!when)
                return '';
            return formatDate(when, m?.[1] ?? 'YYYYMMDD', m?.[2] ?? 'UTC');
        }
        default:
            throw new Error(`unknown expression ${whole}`);
    }
}

;// CONCATENATED MODULE: ./src/tag-syntax.ts
/**
 * The syntax of docker/metadata-action's `images:`, `tags:` and `flavor:` inputs: each line read into a
 * rule, a flavor or an image name, with a message naming what is wrong. What the rules yield for an event
 * is tag-rules.ts.
 */

/** metadata-action's default priorities (README, "priority attribute"). */
const PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
const DEFAULT_RULES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr',
];
/** Splits `a=1,b="x,y"` on commas outside double quotes (metadata-action parses these lines as CSV). */
function csv(line) {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"') {
            if (quoted && line[i + 1] === '"') {
                cur += '"';
                i++;
            }
            else
                quoted = !quoted;
        }
        else if (c === ',' && !quoted) {
            out.push(cur.trim());
            cur = '';
        }
        else
            cur += c;
    }
    if (quoted)
        throw new Error(`unclosed quote in "${line}"`);
    out.push(cur.trim());
    return out.filter((s) => s !== '');
}
const KNOWN_ATTRS = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
const VERSION_TOKENS = /\{\{\s*([a-z_]+)\s*\}\}/g;
/** A `/re/flags` pattern (metadata-action's type=match) or a plain regular expression. */
function matchRegExp(pattern) {
    const slashed = /^\/(.+)\/(.*)$/.exec(pattern);
    return slashed ? new RegExp(slashed[1], slashed[2]) : new RegExp(pattern);
}
/**
 * Parses one `tags` rule line; throws a message naming what is wrong. As in metadata-action, a field
 * without `=` is the value (`type=raw,foo` is `type=raw,value=foo`).
 */
function parseRule(line) {
    const attrs = {};
    for (const part of csv(line)) {
        const i = part.indexOf('=');
        if (i < 0)
            attrs.value = part;
        else if (i === 0)
            throw new Error(`"${part}" in "${line}" is not key=value`);
        else
            attrs[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
    }
    const type = (attrs.type ?? 'raw');
    if (!(type in PRIORITY))
        throw new Error(`"${line}": type=${type} is not supported (use schedule, semver, pep440, match, edge, ref, raw or sha)`);
    delete attrs.type;
    const allowed = new Set([...KNOWN_ATTRS[type], 'enable', 'priority', 'prefix', 'suffix']);
    for (const k of Object.keys(attrs))
        if (!allowed.has(k))
            throw new Error(`"${line}": type=${type} has no attribute "${k}"`);
    if (type === 'ref' && !['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
        throw new Error(`"${line}": type=ref needs event=branch, event=tag or event=pr`);
    if (type === 'raw' && attrs.value === undefined)
        throw new Error(`"${line}": type=raw needs value=`);
    if (type === 'match') {
        if (!attrs.pattern)
            throw new Error(`"${line}": type=match needs pattern=`);
        try {
            matchRegExp(attrs.pattern);
        }
        catch (e) {
            throw new Error(`"${line}": pattern is not a valid regular expression (${(0,errors/* describeThrown */.YI)(e)})`);
        }
        if (attrs.group !== undefined && !/^\d+$/.test(attrs.group))
            throw new Error(`"${line}": group must be a capture group number`);
    }
    if (type === 'semver' && attrs.match !== undefined) {
        try {
            new RegExp(attrs.match);
        }
        catch (e) {
            throw new Error(`"${line}": match is not a valid regular expression (${(0,errors/* describeThrown */.YI)(e)})`);
        }
    }
    if ((type === 'semver' || type === 'pep440') && attrs.pattern !== undefined)
        for (const [, name] of attrs.pattern.matchAll(VERSION_TOKENS))
            if (!['raw', 'version', 'major', 'minor', 'patch'].includes(name))
                throw new Error(`"${line}": {{${name}}} is not a ${type} expression (raw, version, major, minor, patch)`);
    if (type === 'sha' && attrs.format !== undefined && !['short', 'long'].includes(attrs.format))
        throw new Error(`"${line}": format must be short or long`);
    let priority = PRIORITY[type];
    if (attrs.priority !== undefined) {
        if (!/^-?\d+$/.test(attrs.priority))
            throw new Error(`"${line}": priority must be a whole number`);
        priority = Number(attrs.priority);
    }
    return { type, attrs, priority, source: line };
}
function parseFlavor(lines) {
    const f = { latest: 'auto', prefix: '', prefixOnLatest: false, suffix: '', suffixOnLatest: false };
    for (const line of lines) {
        let onlatestFor;
        for (const part of csv(line)) {
            const i = part.indexOf('=');
            if (i <= 0)
                throw new Error(`flavor line "${line}" is not key=value`);
            const key = part.slice(0, i).trim().toLowerCase();
            const value = part.slice(i + 1).trim();
            if (key === 'latest') {
                if (!['auto', 'true', 'false'].includes(value))
                    throw new Error(`flavor latest=${value}: use auto, true or false`);
                f.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                f[key] = value;
                onlatestFor = key;
            }
            else if (key === 'onlatest') {
                if (!['true', 'false'].includes(value))
                    throw new Error(`flavor line "${line}": onlatest must be true or false`);
                if (onlatestFor === 'prefix')
                    f.prefixOnLatest = value === 'true';
                else if (onlatestFor === 'suffix')
                    f.suffixOnLatest = value === 'true';
                else
                    throw new Error(`flavor line "${line}": onlatest goes after prefix= or suffix=`);
            }
            else
                throw new Error(`flavor "${key}" is not supported (latest, prefix, suffix)`);
        }
    }
    return f;
}
/**
 * The `images` input as metadata-action reads it: one image per line, `name=…,enable=true|false`
 * attributes, or (old form) a single line of comma-separated names. Names are lower-cased.
 */
function parseImages(lines) {
    const plain = (line) => csv(line).every((f) => !f.includes('='));
    if (lines.length === 1 && plain(lines[0]))
        return csv(lines[0]).map((name) => ({ name: name.toLowerCase(), enable: true }));
    return lines.map((line) => {
        const image = { name: '', enable: true };
        for (const field of csv(line)) {
            const i = field.indexOf('=');
            if (i < 0) {
                image.name = field;
                continue;
            }
            const key = field.slice(0, i).trim().toLowerCase();
            const value = field.slice(i + 1).trim();
            if (key === 'name')
                image.name = value;
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw new Error(`"${line}": enable must be true or false`);
                image.enable = value === 'true';
            }
            else
                throw new Error(`"${line}": images have no attribute "${key}" (name, enable)`);
        }
        if (!image.name)
            throw new Error(`"${line}": the image name is empty`);
        return { ...image, name: image.name.toLowerCase() };
    });
}

;// CONCATENATED MODULE: ./src/tag-rules.ts
/**
 * A tag engine that accepts docker/metadata-action's `images:`, `tags:` and `flavor:` syntax
 * (type=schedule|semver|pep440|match|edge|ref|raw|sha, enable/priority/prefix/suffix, latest=auto) and
 * follows its documented rules, computed from the event alone:
 * - every generated value (prefix + value + suffix, `latest` too) is sanitised: runs of characters outside
 *   `[a-zA-Z0-9._-]` become `-` (`feature/new-ui` → `feature-new-ui`);
 * - on `pull_request_target` the ref is the PR's (`refs/pull/N/merge`, see labels.ts), never the base branch.
 * Differences on purpose: PR builds use the PR head SHA (not the merge SHA), `latest` follows the
 * repository's real default branch, and a rule whose value is empty, or which only becomes an invalid tag
 * because an expression in it is empty for this event, is left out and reported instead of producing `-foo`.
 * The lines are read by tag-syntax.ts; `{{…}}` expressions and sanitising are tag-expressions.ts.
 */





function fill(pattern, v) {
    return pattern.replace(VERSION_TOKENS, (_, k) => String(v[k] ?? ''));
}
/** A pattern that is exactly `{{raw}}` (metadata-action's isRawStatement). */
function isRaw(pattern) {
    return /^\{\{\s*raw\s*\}\}$/.test(pattern);
}
/** The tag name (semver, pep440) or value= a version rule reads; `/` becomes `-` as in metadata-action. */
function versionSource(a, c, empty) {
    if (a.value !== undefined && a.value !== '')
        return expand(a.value, c, empty);
    return tagOf(c)?.replace(/\//g, '-');
}
/** What a rule yields for this event: a value (before flavor), or undefined when it does not fire. */
function produce(rule, c, empty) {
    const a = rule.attrs;
    switch (rule.type) {
        case 'schedule':
            return /schedule/.test(c.eventName)
                ? { value: expand(a.pattern ?? 'nightly', c, empty), latest: false }
                : undefined;
        case 'semver': {
            const source = versionSource(a, c, empty);
            if (!source)
                return undefined;
            let candidate = source;
            if (a.match) {
                const m = new RegExp(a.match).exec(source);
                if (!m)
                    return undefined;
                candidate = m[1] ?? m[0];
            }
            const v = parseSemver(candidate);
            if (!v)
                return undefined;
            const pattern = a.pattern ?? '{{version}}';
            // A prerelease never gets the shortened forms ({{major}}, {{major}}.{{minor}}): only its full version.
            if (v.prerelease)
                return { value: isRaw(pattern) ? v.raw : v.version, latest: false };
            return {
                value: fill(pattern, {
                    raw: v.raw,
                    version: v.version,
                    major: v.major,
                    minor: v.minor,
                    patch: v.patch,
                }),
                latest: true,
            };
        }
        case 'pep440': {
            const source = versionSource(a, c, empty);
            if (!source)
                return undefined;
            const v = parsePep440(source);
            if (!v)
                return undefined;
            const pattern = a.pattern ?? '{{version}}';
            // Pre-, post- and dev releases only get their full (normalised) version, or {{raw}}.
            if (v.pre || v.post || v.dev)
                return { value: isRaw(pattern) ? source : v.version, latest: false };
            const [major = 0, minor = 0, patch = 0] = v.release;
            return { value: fill(pattern, { raw: source, version: v.version, major, minor, patch }), latest: true };
        }
        case 'match': {
            const source = a.value !== undefined && a.value !== '' ? expand(a.value, c, empty) : tagOf(c);
            if (!source)
                return undefined;
            const m = matchRegExp(a.pattern).exec(source);
            if (!m)
                return undefined;
            const value = m[Number(a.group ?? '0')];
            return value === undefined ? undefined : { value, latest: true };
        }
        case 'edge': {
            const branch = branchOf(c);
            const want = a.branch || c.defaultBranch;
            return branch !== undefined && branch === want ? { value: 'edge', latest: false } : undefined;
        }
        case 'ref': {
            if (a.event === 'branch') {
                const b = branchOf(c);
                return b === undefined ? undefined : { value: b, latest: false };
            }
            if (a.event === 'tag') {
                const t = tagOf(c);
                return t === undefined ? undefined : { value: t, latest: true };
            }
            const n = prOf(c);
            return n === undefined ? undefined : { value: n, latest: false };
        }
        case 'raw':
            return { value: expand(a.value, c, empty), latest: false };
        case 'sha':
            return c.sha ? { value: a.format === 'long' ? c.sha : c.sha.slice(0, 7), latest: false } : undefined;
    }
}
const DEFAULT_PREFIX = { sha: 'sha-', 'ref-pr': 'pr-' };
function computeTags(rules, flavor, c) {
    const sorted = [...rules].sort((x, y) => y.priority - x.priority);
    const values = [];
    const dropped = [];
    let version;
    let versionLatest = false;
    for (const rule of sorted) {
        const enable = rule.attrs.enable === undefined ? 'true' : expand(rule.attrs.enable, c).trim();
        if (enable !== 'true' && enable !== 'false')
            throw new Error(`${rule.source}: enable must be true or false, got "${enable}"`);
        if (enable === 'false')
            continue;
        const empty = [];
        const p = produce(rule, c, empty);
        if (!p)
            continue;
        if (p.value === '') {
            dropped.push({
                rule: rule.source,
                reason: empty.length
                    ? `${[...new Set(empty)].join(', ')} is empty for this event`
                    : 'its value is empty for this event',
            });
            continue;
        }
        // A rule's own prefix (sha- and pr- by default, as in metadata-action) wins over the flavor's.
        const ownPrefix = rule.attrs.prefix ?? DEFAULT_PREFIX[rule.type === 'ref' ? `ref-${rule.attrs.event}` : rule.type];
        const prefix = expand(ownPrefix ?? flavor.prefix, c, empty);
        const suffix = expand(rule.attrs.suffix ?? flavor.suffix, c, empty);
        const value = sanitizeTag(`${prefix}${p.value}${suffix}`);
        const problem = (0,reference/* tagProblem */.qH)(value);
        if (problem && empty.length) {
            dropped.push({
                rule: rule.source,
                reason: `${[...new Set(empty)].join(', ')} is empty for this event, which would give the invalid tag "${value}" (${problem})`,
            });
            continue;
        }
        if (version === undefined) {
            version = value;
            versionLatest = p.latest;
        }
        if (!values.includes(value))
            values.push(value);
    }
    const latest = version !== undefined && (flavor.latest === 'auto' ? versionLatest : flavor.latest === 'true');
    if (latest) {
        const v = sanitizeTag(`${flavor.prefixOnLatest ? expand(flavor.prefix, c) : ''}latest${flavor.suffixOnLatest ? expand(flavor.suffix, c) : ''}`);
        if (!values.includes(v))
            values.push(v);
    }
    return { version, values, latest, dropped };
}

;// CONCATENATED MODULE: ./src/plan.ts
/**
 * Everything decided before the engine is contacted: the tags (explicit and from rules), the labels, the
 * registry credentials. Pure apart from reading the docker config; every mistake is reported here.
 */






/** Splits the `tags` lines: `type=…` lines are rules, the rest comma-separated explicit references. */
function splitTagLines(lines) {
    const rules = [];
    const explicit = [];
    for (const line of lines) {
        if (/^\s*type\s*=/.test(line))
            rules.push(line.trim());
        else
            explicit.push(...line
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== ''));
    }
    return { rules, explicit };
}
function planTags(inputs, src, now) {
    const problems = [];
    const { rules: ruleLines, explicit } = splitTagLines(inputs.tags);
    let imageNames = [];
    try {
        imageNames = parseImages(inputs.images.map((i) => i.trim()).filter((i) => i !== ''));
    }
    catch (e) {
        problems.push(`\`images\`: ${(0,errors/* describeThrown */.YI)(e)}`);
    }
    const images = [...new Set(imageNames.filter((i) => i.enable).map((i) => i.name))];
    if (ruleLines.length && !imageNames.length)
        problems.push('`tags` has `type=` rules but `images` is empty: the rules need image names to tag.');
    const refs = [];
    const seen = new Set();
    const add = (text, where) => {
        try {
            // Without a tag, `latest` (what the docker CLI and build-push-action default to).
            const r = (0,reference/* parseImageRef */.Q)(text, 'latest');
            const key = `${r.repository}:${r.tag}`;
            if (!seen.has(key)) {
                seen.add(key);
                refs.push(r);
            }
        }
        catch (e) {
            problems.push(`${where}: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
    };
    for (const t of explicit)
        add(t, '`tags`');
    const rules = [];
    const lines = imageNames.length && !ruleLines.length ? DEFAULT_RULES : ruleLines;
    for (const line of lines) {
        try {
            rules.push(parseRule(line));
        }
        catch (e) {
            problems.push(`\`tags\`: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
    }
    let flavor;
    try {
        flavor = parseFlavor(inputs.flavor);
    }
    catch (e) {
        problems.push(`\`flavor\`: ${(0,errors/* describeThrown */.YI)(e)}`);
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    let computed = { version: undefined, values: [], latest: false, dropped: [] };
    if (imageNames.length) {
        try {
            computed = computeTags(rules, flavor, {
                eventName: src.eventName,
                ref: src.ref,
                sha: src.sha,
                defaultBranch: src.defaultBranch,
                baseRef: src.baseRef,
                commitDate: src.commitTime ? new Date(src.commitTime) : undefined,
                now,
            });
        }
        catch (e) {
            throw new errors/* InputError */.dz([`\`tags\`: ${(0,errors/* describeThrown */.YI)(e)}`]);
        }
    }
    for (const image of images)
        for (const v of computed.values)
            add(`${image}:${v}`, '`tags` (generated)');
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    return {
        refs,
        version: computed.version ?? refs[0]?.tag,
        latest: computed.latest,
        dropped: computed.dropped,
        rulesUsed: imageNames.length > 0,
    };
}
function planLabels(src, version, created, user, oci) {
    return oci ? (0,labels/* ociLabels */.TT)(src, version, created, user) : { ...user };
}
/** One credential per registry the tags push to (X-Registry-Auth), from the inputs or the docker config. */
function planCredentials(refs, explicit, env, secret) {
    const registry = explicit.registry ? (0,reference/* splitRegistry */.K0)(`${explicit.registry}/x`).registry : refs[0]?.registry;
    const registries = [...new Set([...refs.map((r) => r.registry), ...(registry ? [registry] : [])])];
    const source = {
        env,
        secret,
        ...(explicit.username && explicit.password && registry
            ? { explicit: { registry, username: explicit.username, password: explicit.password } }
            : {}),
    };
    return new Map(registries.map((r) => [r, (0,auth/* credentialFor */.FX)(r, source)]));
}
/** Credentials for a host BuildKit asks about (registry-1.docker.io is Docker Hub). */
function credentialsForHost(host, explicit, env, secret) {
    const registry = host === 'registry-1.docker.io' || host === 'index.docker.io' ? 'docker.io' : host;
    const target = explicit.registry ? (0,reference/* splitRegistry */.K0)(`${explicit.registry}/x`).registry : undefined;
    return (0,auth/* credentialFor */.FX)(registry, {
        env,
        secret,
        ...(explicit.username && explicit.password && target
            ? { explicit: { registry: target, username: explicit.username, password: explicit.password } }
            : {}),
    });
}


/***/ }),

/***/ 9915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ splitRegistry),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   qH: () => (/* binding */ tagProblem),
/* harmony export */   s1: () => (/* binding */ DOCKER_HUB_AUTH_KEY)
/* harmony export */ });
/* unused harmony exports TAG_RE, formatRef */
/**
 * Image references (distribution/reference grammar): `[registry[:port]/]path[:tag]`, validated before
 * anything is built so a bad tag never costs a build.
 */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST_RE = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const DOCKER_HUB = 'docker.io';
/** The key Docker uses for Docker Hub credentials. */
const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';
/** Why a tag is invalid, or undefined when it is fine. */
function tagProblem(tag) {
    if (tag === '')
        return 'the tag is empty';
    if (tag.length > 128)
        return `the tag is ${tag.length} characters long; the limit is 128`;
    if (/^[.-]/.test(tag))
        return `a tag cannot start with "${tag[0]}"`;
    if (!TAG_RE.test(tag)) {
        const bad = [...new Set(tag.replace(/[A-Za-z0-9_.-]/g, ''))].join('');
        return `a tag may only contain letters, digits, "_", "." and "-" (found ${JSON.stringify(bad)})`;
    }
    return undefined;
}
/** Splits the registry host off a name the way Docker does: a first part with "." or ":" or "localhost". */
function splitRegistry(name) {
    const i = name.indexOf('/');
    const first = i < 0 ? '' : name.slice(0, i);
    if (i >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost'))
        return { registry: first, path: name.slice(i + 1) };
    return { registry: DOCKER_HUB, path: name };
}
/** Parses and validates an image reference with a tag; throws a message naming the problem. */
function parseImageRef(text, defaultTag) {
    const ref = text.trim();
    if (ref.includes('@'))
        throw new Error(`"${ref}": a tag to build cannot carry a digest (@sha256:…)`);
    const lastSlash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    let name = ref;
    let tag = defaultTag;
    if (colon > lastSlash) {
        name = ref.slice(0, colon);
        tag = ref.slice(colon + 1);
    }
    if (tag === undefined)
        throw new Error(`"${ref}" has no tag; write it as name:tag (e.g. ${ref}:latest)`);
    const problem = tagProblem(tag);
    if (problem)
        throw new Error(`"${ref}": ${problem}`);
    const { registry, path } = splitRegistry(name);
    if (registry !== DOCKER_HUB && !HOST_RE.test(registry))
        throw new Error(`"${ref}": "${registry}" is not a valid registry host`);
    if (path === '')
        throw new Error(`"${ref}": the repository name is empty`);
    for (const part of path.split('/')) {
        if (part !== part.toLowerCase())
            throw new Error(`"${ref}": repository name must be lowercase ("${part}"); registries reject upper-case names`);
        if (!COMPONENT_RE.test(part))
            throw new Error(`"${ref}": "${part}" is not a valid repository name component (lowercase letters, digits, and single ".", "_", "__" or "-" separators)`);
    }
    const full = `${registry}/${path}`;
    if (full.length > 255)
        throw new Error(`"${ref}": the repository name is longer than 255 characters`);
    // Docker's familiar form (what RepoTags/RepoDigests show): no docker.io/ and no library/ on Docker Hub.
    const repository = registry === DOCKER_HUB ? path.replace(/^library\//, '') : full;
    return { registry, repository, tag };
}
function formatRef(r) {
    return `${r.repository}:${r.tag}`;
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ BuildStreamReader),
/* harmony export */   Mw: () => (/* binding */ PushStreamReader),
/* harmony export */   Yw: () => (/* binding */ LogStreamReader),
/* harmony export */   i7: () => (/* binding */ jsonLines)
/* harmony export */ });
/* unused harmony exports errorOf, KEEP_LINES */
/**
 * The Engine API's JSON-lines streams (build and push answer HTTP 200 and report errors inside the
 * stream). Every line is parsed; a line that is not JSON is kept as text rather than dropped, and any
 * `errorDetail`/`error` line is a failure, whatever came before or after it.
 */
/** Splits a byte stream into lines and parses each; tolerant of chunks cut anywhere (even inside UTF-8). */
async function* jsonLines(source) {
    const decoder = new TextDecoder();
    let buf = '';
    const parse = (line) => {
        const t = line.trim();
        if (t === '')
            return undefined;
        try {
            const v = JSON.parse(t);
            return v !== null && typeof v === 'object' ? v : { stream: `${t}\n` };
        }
        catch {
            return { stream: `${t}\n` };
        }
    };
    for await (const chunk of source) {
        buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        let nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            const m = parse(buf.slice(0, nl));
            buf = buf.slice(nl + 1);
            if (m)
                yield m;
        }
    }
    buf += decoder.decode();
    const last = parse(buf);
    if (last)
        yield last;
}
function errorOf(m) {
    if (m.errorDetail)
        return m.errorDetail.message ?? m.error ?? 'unknown error';
    if (m.error !== undefined)
        return m.error;
    return undefined;
}
const KEEP_LINES = 20;
/**
 * What every reader of an Engine API stream does: an error message (`errorOf`) is recorded by the reader and
 * logged as `ERROR: …`; every other message is the reader's own; each log line goes to `onLine` and the last
 * KEEP_LINES are kept for the failure message.
 */
class LogStreamReader {
    last = [];
    onLine;
    constructor(onLine = () => undefined) {
        this.onLine = onLine;
    }
    push(m) {
        const err = errorOf(m);
        if (err !== undefined) {
            this.failed(err);
            this.line(`ERROR: ${err}`);
            return;
        }
        this.message(m);
    }
    line(text) {
        this.last.push(text);
        if (this.last.length > KEEP_LINES)
            this.last.shift();
        this.onLine(text);
    }
}
class BuildStreamReader extends LogStreamReader {
    imageId;
    error;
    step;
    failedStep;
    steps = 0;
    cached = 0;
    partial = '';
    failed(err) {
        this.flush();
        if (this.error === undefined) {
            this.error = err;
            this.failedStep = this.step;
        }
    }
    message(m) {
        if (m.aux !== undefined && typeof m.aux === 'object' && m.aux !== null) {
            const id = m.aux.ID;
            if (typeof id === 'string')
                this.imageId = id;
        }
        if (typeof m.stream === 'string') {
            this.partial += m.stream;
            let nl;
            while ((nl = this.partial.indexOf('\n')) >= 0) {
                this.line(this.partial.slice(0, nl).replace(/\r$/, ''));
                this.partial = this.partial.slice(nl + 1);
            }
        }
        else if (typeof m.status === 'string') {
            // Pull progress during FROM (classic builder): keep only the final states, not every byte count.
            if (!m.progressDetail || m.progressDetail.total === undefined)
                this.line(m.id ? `${m.id}: ${m.status}` : m.status);
        }
    }
    line(text) {
        if (/^Step \d+\/\d+ : /.test(text)) {
            this.step = text;
            this.steps++;
        }
        else if (text.trim() === '---> Using cache') {
            this.cached++;
        }
        if (text.trim() === '')
            return;
        super.line(text);
    }
    flush() {
        if (this.partial !== '') {
            const p = this.partial;
            this.partial = '';
            this.line(p);
        }
    }
    outcome() {
        this.flush();
        return {
            imageId: this.imageId,
            error: this.error,
            failedStep: this.failedStep,
            steps: this.steps,
            cachedSteps: this.cached,
            lastLines: [...this.last],
        };
    }
}
class PushStreamReader extends LogStreamReader {
    out = {
        digest: undefined,
        size: undefined,
        tag: undefined,
        error: undefined,
        layersPushed: 0,
        layersExisting: 0,
    };
    failed(err) {
        this.out.error ??= err;
    }
    message(m) {
        if (m.aux && typeof m.aux === 'object') {
            const a = m.aux;
            if (typeof a.Digest === 'string')
                this.out.digest = a.Digest;
            if (typeof a.Tag === 'string')
                this.out.tag = a.Tag;
            if (typeof a.Size === 'number')
                this.out.size = a.Size;
        }
        if (typeof m.status === 'string') {
            if (m.status === 'Pushed')
                this.out.layersPushed++;
            if (m.status === 'Layer already exists' || m.status.startsWith('Mounted from'))
                this.out.layersExisting++;
            if (m.status !== 'Pushing' && m.status !== 'Preparing' && m.status !== 'Waiting')
                this.line(m.id ? `${m.id}: ${m.status}` : m.status);
        }
    }
    outcome() {
        return { ...this.out, lastLines: [...this.last] };
    }
}


/***/ }),

/***/ 3189:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YI: () => (/* binding */ describeThrown),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Two kinds of failure (codeql-action's ConfigurationError idea):
 * - UserError: the user can fix it (bad input, missing file, refused credentials). Printed without a stack.
 * - anything else is a bug: "unexpected error", stack at debug level, and a request for a report.
 */
class UserError extends Error {
    /** How to fix it, printed on its own line after the message. */
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
    }
}
/** Several input problems reported together, so a user fixes them in one round. */
class InputError extends UserError {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `${problems.length} invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`, { hint: 'Fix the `with:` block of this step; every input is documented in the action README.' });
        this.name = 'InputError';
        this.problems = problems;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** A readable description of any thrown value, including non-Error throws. */
function describeThrown(thrown) {
    if (thrown instanceof Error)
        return thrown.message || thrown.name;
    // An Error from another realm (a vm context, as jest's test environment is) fails `instanceof Error`
    // but is still an error: read its message the same way.
    if (isErrorLike(thrown))
        return thrown.message || (typeof thrown.name === 'string' ? thrown.name : 'Error');
    if (typeof thrown === 'string')
        return thrown;
    try {
        return JSON.stringify(thrown) ?? String(thrown);
    }
    catch {
        return String(thrown);
    }
}
function isErrorLike(thrown) {
    return (typeof thrown === 'object' &&
        thrown !== null &&
        Object.prototype.toString.call(thrown) === '[object Error]' &&
        typeof thrown.message === 'string');
}


/***/ }),

/***/ 5491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs),
/* harmony export */   ey: () => (/* binding */ confinePath)
/* harmony export */ });
/* unused harmony exports inputEnvName, camelCase, parseList, parseMap, resolveConfined */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3189);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7297);




/** The environment variable the runner sets for an input: spaces become `_`, hyphens are kept, upper-cased. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Reads every input of the spec, validating all of them and reporting every problem at once.
 * `crossCheck` rejects contradictory combinations; it runs only when each input is valid on its own.
 */
function getInputs(spec, source, crossCheck) {
    const problems = [];
    const out = {};
    for (const [name, def] of Object.entries(spec)) {
        const raw = source.env[inputEnvName(name)];
        const text = raw === undefined ? '' : def.type === 'map' || def.type === 'list' ? raw : raw.trim();
        if (def.secret && text.trim() !== '')
            source.onSecret?.(text.trim());
        if (text.trim() === '') {
            if (def.required)
                problems.push(`\`${name}\` is required but was empty or not given.`);
            out[camelCase(name)] =
                def.type === 'duration' && def.default !== undefined ? (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(def.default) : def.default;
            continue;
        }
        try {
            out[camelCase(name)] = parseOne(name, def, text, source.workspace, source.env.RUNNER_TEMP);
        }
        catch (e) {
            problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeThrown */ .YI)(e));
        }
    }
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(problems);
    const inputs = out;
    const contradictions = crossCheck?.(inputs) ?? [];
    if (contradictions.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(contradictions);
    return inputs;
}
function parseOne(name, def, text, workspace, temp) {
    const bad = (why) => {
        throw new Error(`\`${name}\`: ${why}`);
    };
    switch (def.type) {
        case 'string':
            if (def.pattern && !def.pattern.test(text))
                bad(def.patternHint ?? `"${text}" does not match ${def.pattern}`);
            return text;
        case 'boolean':
            if (TRUE.has(text))
                return true;
            if (FALSE.has(text))
                return false;
            return bad(`"${text}" is not a boolean; use true or false.`);
        case 'integer': {
            if (!/^[+-]?\d+$/.test(text))
                bad(`"${text}" is not a whole number.`);
            const n = Number(text);
            if (def.min !== undefined && n < def.min)
                bad(`${n} is below the minimum of ${def.min}.`);
            if (def.max !== undefined && n > def.max)
                bad(`${n} is above the maximum of ${def.max}.`);
            return n;
        }
        case 'duration': {
            const ms = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(text);
            if (ms === undefined)
                return bad(`"${text}" is not a duration; write e.g. 90s, 5m, 1h30m or a number of seconds.`);
            if (def.minMs !== undefined && ms < def.minMs)
                bad(`${text} is shorter than the minimum of ${def.minMs / 1000}s.`);
            if (def.maxMs !== undefined && ms > def.maxMs)
                bad(`${text} is longer than the maximum of ${def.maxMs / 1000}s.`);
            return ms;
        }
        case 'enum':
            if (!def.values.includes(text))
                bad(`"${text}" is not one of: ${def.values.join(', ')}.`);
            return text;
        case 'list':
            return parseList(text, def.commas ?? true);
        case 'map':
            return parseMap(text, bad, def.yaml);
        case 'path':
            return confinePath(text, workspace, def.mustExist, bad, temp);
        case 'paths':
            return parseList(text, def.commas ?? true).map((p) => confinePath(p, workspace, def.mustExist, bad, temp));
    }
}
/** Newline-separated (and, unless disabled, comma-separated) items; blank items and `#` comment lines dropped. */
function parseList(text, commas = true) {
    return text
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => (commas ? line.split(',') : [line]))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** A YAML mapping (`k: v`) or `K=V` lines; values become strings. */
function parseMap(text, bad, parseYaml) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    if (lines.length && lines.every((l) => /^\s*[^=:\s]+=/.test(l))) {
        return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
    }
    let doc;
    try {
        doc = parseYaml(text);
    }
    catch (e) {
        return bad(`not a valid YAML map or K=V lines (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeThrown */ .YI)(e).split('\n')[0]}).`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return bad('expected a YAML map (`key: value`) or K=V lines.');
    const out = {};
    for (const [k, v] of Object.entries(doc)) {
        if (v !== null && typeof v === 'object')
            return bad(`the value of "${k}" must be a scalar, not a ${Array.isArray(v) ? 'list' : 'map'}.`);
        out[k] = v === null ? '' : String(v);
    }
    return out;
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to write). */
function realish(p) {
    try {
        return { real: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p), exists: true };
    }
    catch {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(p);
        if (parent === p)
            return { real: p, exists: false };
        return { real: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realish(parent).real, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(p)), exists: false };
    }
}
const inside = (root, p) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, p);
    return rel === '' || (!rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
};
/**
 * Resolves a path input and refuses anything outside the workspace and RUNNER_TEMP: `..`, absolute paths
 * elsewhere, and symlinks (anywhere on the way) that lead out. Throws an Error whose message says why; it
 * names paths only, never a file's contents. Returns the absolute (unresolved) path.
 */
function resolveConfined(text, roots, mustExist) {
    const candidates = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].flatMap((r) => {
        try {
            return [(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(r)];
        }
        catch {
            return [];
        }
    });
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(roots.base ?? roots.workspace, text);
    const { real, exists } = realish(abs);
    if (!candidates.some((root) => inside(root, real))) {
        const where = `the workspace (${candidates[0] ?? roots.workspace})${candidates[1] ? ` or RUNNER_TEMP (${candidates[1]})` : ''}`;
        const lexical = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].some((r) => inside(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(r), abs));
        throw new Error(lexical
            ? `"${text}" leads through a symbolic link to ${real}, outside ${where}.`
            : `"${text}" is outside ${where}; give a path inside the workspace (relative to it) or under RUNNER_TEMP.`);
    }
    // Only now: whether a file outside exists is none of the input's business.
    if (!exists && mustExist)
        throw new Error(`"${text}" does not exist (looked for ${abs}).`);
    if (exists && (mustExist === 'file' || mustExist === 'dir')) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
        if (mustExist === 'file' && !st.isFile())
            throw new Error(`"${text}" is not a file.`);
        if (mustExist === 'dir' && !st.isDirectory())
            throw new Error(`"${text}" is not a directory.`);
    }
    return abs;
}
/**
 * Resolves a path against the workspace and refuses anything that escapes it and RUNNER_TEMP (also through
 * symlinks); `bad` is called with the reason.
 */
function confinePath(text, workspace, mustExist, bad, temp = process.env.RUNNER_TEMP) {
    try {
        return resolveConfined(text, { workspace, temp }, mustExist);
    }
    catch (e) {
        return bad((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeThrown */ .YI)(e));
    }
}


/***/ }),

/***/ 6294:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: REPORT_URL, coreOutputs, createRuntime, failStep

// NAMESPACE OBJECT: ../../packages/shared/src/runner/core.ts
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getState: () => (getState),
  info: () => (info),
  notice: () => (notice),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/command.js
var command = __nccwpck_require__(2127);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/utils.js
var utils = __nccwpck_require__(3603);
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${(0,utils/* toCommandValue */.E)(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = (0,utils/* toCommandValue */.E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ../../packages/shared/src/runner/core.ts
/**
 * The runner protocol (workflow commands and file commands), from @actions/core's own modules.
 *
 * Why not `import * as core from '@actions/core'`: its index also loads the OIDC client, which pulls in
 * @actions/http-client and undici (~1 MB). Measured on Node 24 with ncc bundles (docs/performance.md):
 * a bundle of the index starts in ~80 ms, one of these modules in ~35 ms, against ~30 ms for `node -e 0`.
 * None of our actions use OIDC, so every step would pay that for nothing. The package's `exports` only
 * expose the index, hence the file paths; the imported modules are @actions/core's, unchanged.
 */





/*
 * The redaction boundary: every log line, annotation (message and title), group name and step output
 * written through this module has every secret in the registry (log/secrets.ts) replaced by ***, whoever
 * rendered it. `setSecret` (::add-mask::) and state are left alone: they are how secrets reach the runner.
 */
const core_text = (message) => (0,secrets/* redactKnown */.rA)(message instanceof Error ? message.toString() : message);
function props(p) {
    return p.title === undefined ? p : { ...p, title: (0,secrets/* redactKnown */.rA)(p.title) };
}
function debug(message) {
    (0,command/* issueCommand */.L)('debug', {}, core_text(message));
}
function info(message) {
    process.stdout.write(core_text(message) + (external_node_os_default()).EOL);
}
function error(message, p = {}) {
    (0,command/* issueCommand */.L)('error', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function warning(message, p = {}) {
    (0,command/* issueCommand */.L)('warning', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function notice(message, p = {}) {
    (0,command/* issueCommand */.L)('notice', (0,utils/* toCommandProperties */.k)(props(p)), core_text(message));
}
function startGroup(name) {
    (0,command/* issue */.s)('group', core_text(name));
}
function endGroup() {
    (0,command/* issue */.s)('endgroup');
}
function setSecret(secret) {
    (0,command/* issueCommand */.L)('add-mask', {}, secret);
}
function keyValue(file, legacy, name, value) {
    if (process.env[`GITHUB_${file}`]) {
        issueFileCommand(file, prepareKeyValueMessage(name, value));
    }
    else {
        process.stdout.write((external_node_os_default()).EOL);
        (0,command/* issueCommand */.L)(legacy, { name }, (0,utils/* toCommandValue */.E)(value));
    }
}
function setOutput(name, value) {
    keyValue('OUTPUT', 'set-output', name, core_text((0,utils/* toCommandValue */.E)(value)));
}
function saveState(name, value) {
    keyValue('STATE', 'save-state', name, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = (0,utils/* toCommandValue */.E)(value);
    keyValue('ENV', 'set-env', name, value);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: ../../packages/shared/src/log/logger.ts

/** GitHub shows at most 10 annotations per level per step (50 per job); the rest are dropped silently. */
const ANNOTATIONS_PER_LEVEL = 10;
/**
 * GitHub's per-level cap, with one error kept back for the step's own failure (what failed and what to do):
 * runAction's failStep writes it after everything else, so it must never be the 11th error GitHub drops.
 */
class AnnotationBudget {
    used = { error: 0, warning: 0, notice: 0 };
    dropped = { error: 0, warning: 0, notice: 0 };
    perLevel;
    constructor(perLevel = ANNOTATIONS_PER_LEVEL) {
        this.perLevel = perLevel;
    }
    cap(level) {
        return level === 'error' ? this.perLevel - 1 : this.perLevel;
    }
    /** How many more annotations of this level may be emitted. */
    left(level) {
        return Math.max(0, this.cap(level) - this.used[level]);
    }
    /** True when an annotation of this level may still be emitted; counts the overflow otherwise. */
    take(level) {
        if (this.used[level] < this.cap(level)) {
            this.used[level]++;
            return true;
        }
        this.dropped[level]++;
        return false;
    }
    overflow() {
        return { ...this.dropped };
    }
}
/** Logger on top of @actions/core's workflow commands. */
class CoreLogger {
    budget = new AnnotationBudget();
    debug(message) {
        debug(message);
    }
    info(message) {
        info(message);
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    async group(name, fn) {
        startGroup(name);
        try {
            return await fn();
        }
        finally {
            endGroup();
        }
    }
    overflow() {
        return this.budget.overflow();
    }
    annotationsLeft(level) {
        return this.budget.left(level);
    }
    annotate(level, message, props) {
        if (this.budget.take(level)) {
            core_namespaceObject[level](message, props);
        }
        else {
            const where = props?.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
            info(`${level}: ${message}${where}`);
        }
    }
}
/** In-memory logger for unit tests; applies the same annotation cap as the runner. */
class MemoryLogger {
    records = [];
    budget = new AnnotationBudget();
    debug(message) {
        this.records.push({ level: 'debug', message });
    }
    info(message) {
        this.records.push({ level: 'info', message });
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    async group(name, fn) {
        this.records.push({ level: 'group', message: name });
        return fn();
    }
    overflow() {
        return this.budget.overflow();
    }
    annotationsLeft(level) {
        return this.budget.left(level);
    }
    messages(level) {
        return this.records.filter((r) => !level || r.level === level).map((r) => r.message);
    }
    annotate(level, message, props) {
        if (this.budget.take(level))
            this.records.push({ level, message, ...(props ? { props } : {}) });
        else
            this.records.push({ level: 'info', message: `${level}: ${message}` });
    }
}

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ../../packages/shared/src/github/context.ts


/** Everything the runner tells a step about its run, read from the environment and the event file. */
function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: env.GITHUB_RUN_ID ?? '0',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        actor: env.GITHUB_ACTOR ?? '',
    };
}
function fromPayload(ctx, pr) {
    const full = `${ctx.owner}/${ctx.repo}`;
    const headRepo = pr.head?.repo?.full_name;
    return {
        owner: ctx.owner,
        repo: ctx.repo,
        number: pr.number,
        headSha: pr.head?.sha,
        headRef: pr.head?.ref,
        baseRef: pr.base?.ref,
        isFork: headRepo !== undefined && headRepo !== full,
    };
}
/**
 * Finds the pull request a run is about:
 * - pull_request / pull_request_target: from the payload, no API call;
 * - push: the open PR whose head is this commit, through GET /repos/{o}/{r}/commits/{sha}/pulls;
 * - issue_comment: the commented issue when it is a PR;
 * - workflow_dispatch and anything else: only the explicit `pr-number` input.
 * Returns undefined when the run is not about a PR.
 */
async function resolvePullRequest(ctx, explicitNumber, client) {
    const p = ctx.payload;
    if (explicitNumber !== undefined) {
        if (p.pull_request?.number === explicitNumber)
            return fromPayload(ctx, p.pull_request);
        return fetchPullRequest(ctx, explicitNumber, client);
    }
    if ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') &&
        p.pull_request?.number) {
        return fromPayload(ctx, p.pull_request);
    }
    if (ctx.eventName === 'issue_comment') {
        return p.issue?.pull_request && p.issue.number
            ? fetchPullRequest(ctx, p.issue.number, client)
            : undefined;
    }
    if (ctx.eventName === 'push' && client && ctx.sha) {
        const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: ctx.owner,
            repo: ctx.repo,
            commit_sha: ctx.sha,
        });
        const open = data.filter((pr) => pr.state === 'open');
        const pr = open.find((x) => x.head.sha === ctx.sha) ?? open[0];
        return pr ? fromPayload(ctx, pr) : undefined;
    }
    return undefined;
}
/**
 * A PR known only by number (issue_comment, workflow_dispatch with `pr-number`): GET /pulls/{n} gives its head
 * commit and whether it comes from a fork. Without a client, only the number is known.
 */
async function fetchPullRequest(ctx, number, client) {
    if (!client) {
        return {
            owner: ctx.owner,
            repo: ctx.repo,
            number,
            headSha: undefined,
            headRef: undefined,
            baseRef: undefined,
            isFork: false,
        };
    }
    try {
        const { data } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number });
        return fromPayload(ctx, data);
    }
    catch (error) {
        if (error?.status === 404) {
            throw new UserError(`Pull request #${number} was not found in ${ctx.owner}/${ctx.repo}.`, {
                hint: 'Check the `pr-number` input (it must be a pull request of this repository, not an issue).',
            });
        }
        throw error;
    }
}
/** The commit a PR build should describe: the PR head, not the merge commit. */
function headCommit(ctx, pr) {
    return pr?.headSha ?? ctx.sha;
}
function requireRepository(ctx) {
    if (!ctx.owner || !ctx.repo) {
        throw new UserError('GITHUB_REPOSITORY is not set, so the repository is unknown.', {
            hint: 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/repo.',
        });
    }
}

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: ../../packages/shared/src/action/inputs.ts
var inputs = __nccwpck_require__(5491);
;// CONCATENATED MODULE: ../../packages/shared/src/action/run-action.ts







const REPORT_URL = 'https://github.com/pipewright/pipewright/issues';
const coreOutputs = {
    set: (name, value) => setOutput(name, String(value)),
    setJson: (name, value) => setOutput(name, JSON.stringify(value)),
};
function createRuntime(env = process.env) {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted) {
            info(`Received ${sig}: cancelling.`);
            controller.abort(new Error(`cancelled (${sig})`));
        }
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const context = readRunContext(env);
    return {
        env,
        logger: new CoreLogger(),
        outputs: coreOutputs,
        context,
        signal: controller.signal,
        inputs: (spec, crossCheck) => (0,inputs/* getInputs */.GP)(spec, { env, workspace: context.workspace, onSecret: (v) => (0,secrets/* registerSecret */.cl)(v) }, crossCheck),
        secret: (v) => (0,secrets/* registerSecret */.cl)(v),
    };
}
/**
 * The entry of every action. Catches anything thrown — strings and other non-Errors included — so no
 * failure can leave a step green.
 */
async function runAction(main, rt = createRuntime()) {
    try {
        await main(rt);
    }
    catch (thrown) {
        failStep(thrown, rt.logger);
    }
    // Counted on success and failure alike: what did not fit GitHub's cap is said in the summary.
    const over = rt.logger.overflow();
    const dropped = over.error + over.warning + over.notice;
    if (dropped > 0) {
        const line = `${dropped} more annotations (${over.error} errors, ${over.warning} warnings, ${over.notice} notices) were logged as plain lines: GitHub shows at most 10 per level per step.`;
        rt.logger.info(line);
        (0,summary/* writeJobSummary */.j)(`\n> [!NOTE]\n> ${line}\n`, rt.env);
    }
}
function failStep(thrown, logger) {
    if ((0,errors/* isUserError */.iU)(thrown)) {
        const hint = thrown.hint ? `\n${thrown.hint}` : '';
        setFailed(`${thrown.message}${hint}`);
    }
    else {
        if (thrown instanceof Error && thrown.stack)
            logger.debug(thrown.stack);
        setFailed(`Unexpected error: ${(0,errors/* describeThrown */.YI)(thrown)}\nThis is a bug in pipewright. Please report it at ${REPORT_URL} with this log (re-run with debug logging for the stack).`);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   rA: () => (/* binding */ redactKnown)
/* harmony export */ });
/* unused harmony exports secretForms, credentialParts, SecretRegistry, addMask, secretRegistry, redact */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2127);
/**
 * The process-wide secret registry: every action feeds it every value it knows to be secret (inputs
 * declared secret, tokens, passwords, cookie and header credentials, NoEcho parameter values, Terraform
 * sensitive values, BuildKit secrets). Each derived form is registered with the runner's masker once
 * (`::add-mask::`), and the lowest output points of packages/shared — log lines, annotations, step outputs
 * and the job summary (runner/core.ts, report/summary.ts), every GitHub API request body (github/client.ts)
 * and the files we write for users (report/output-file.ts) — pass their text through `redactKnown`, so no
 * renderer can forget to.
 *
 * (No import of runner/core.ts here: core.ts imports this module for its redaction boundary.)
 */


/**
 * Every form a secret may show up in: the value, each of its lines, and the encodings tools print it in
 * (base64 of the value and of `user:value` pairs is registered by the caller, who knows the user).
 */
function secretForms(value) {
    const forms = new Set();
    const add = (s) => {
        if (s.trim().length >= 3)
            forms.add(s);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line.trim());
    add(Buffer.from(value).toString('base64'));
    add(Buffer.from(value).toString('base64url'));
    add(encodeURIComponent(value));
    add(JSON.stringify(value).slice(1, -1));
    return [...forms];
}
/** Cookie values shorter than this (`lang=en`) are not credentials; masking them would garble the log. */
const MIN_COOKIE_VALUE = 6;
/**
 * The credential parts of a header line, an auth value or a cookie string, each on its own, because a page
 * or a tool may echo the part without the rest: `Authorization: Bearer <token>` gives `Bearer <token>` and
 * `<token>`; `Basic <b64>` also gives `user:password` and the password; `a=<v1>; b=<v2>` gives v1 and v2.
 * The value itself is not among them.
 */
function credentialParts(value) {
    const parts = new Set();
    const text = value.trim();
    const header = /^[A-Za-z0-9-]+:[ \t]*(\S[^\r\n]*)$/.exec(text);
    const v = (header?.[1] ?? text).trim();
    if (header)
        parts.add(v);
    const scheme = /^([A-Za-z][\w-]*)[ \t]+(\S+)$/.exec(v);
    if (scheme) {
        const cred = scheme[2];
        parts.add(cred);
        if (/^basic$/i.test(scheme[1]) && /^[A-Za-z0-9+/]+={0,2}$/.test(cred)) {
            const decoded = Buffer.from(cred, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0 &&
                Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') === cred.replace(/=+$/, '')) {
                parts.add(decoded);
                parts.add(decoded.slice(colon + 1));
            }
        }
    }
    // Cookie strings: name=value pairs separated by `;`.
    if (/^[^=;\s]+=[^;]*(;\s*[^=;\s]+=[^;]*)*;?$/.test(v)) {
        for (const pair of v.split(';')) {
            const at = pair.indexOf('=');
            if (at < 0)
                continue;
            const cv = pair
                .slice(at + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (cv.length >= MIN_COOKIE_VALUE)
                parts.add(cv);
        }
    }
    parts.delete(text);
    parts.delete('');
    return [...parts];
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The one registry per process (see the top of this file). */
class SecretRegistry {
    forms = new Set();
    pattern;
    sink;
    constructor(sink) {
        this.sink = sink;
    }
    /**
     * Registers a secret: the value, its credential parts (header, auth scheme, cookie values) and every
     * encoded form of each. Each new form is sent to the runner's masker exactly once.
     */
    add(value) {
        if (!value || value.trim().length === 0)
            return;
        const fresh = [];
        for (const v of [value, ...credentialParts(value)]) {
            for (const form of secretForms(v)) {
                // A line of punctuation (`---`, `}}}` of a multi-line secret) would garble every table and rule.
                if (this.forms.has(form) || !/[\p{L}\p{N}]/u.test(form))
                    continue;
                this.forms.add(form);
                this.pattern = undefined;
                fresh.push(form);
            }
        }
        if (fresh.length === 0)
            return;
        if (this.sink.many)
            this.sink.many(fresh);
        else
            for (const form of fresh)
                this.sink(form);
    }
    /** True when the registry knows this exact form. */
    has(form) {
        return this.forms.has(form);
    }
    get size() {
        return this.forms.size;
    }
    /** Every known form replaced by `***` (longest first, so a value never leaves a tail of itself behind). */
    redact(text) {
        if (this.forms.size === 0 || !text)
            return text;
        this.pattern ??= new RegExp([...this.forms]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'), 'g');
        return text.replace(this.pattern, '***');
    }
    /** A copy of a JSON-like value with every string (keys included) redacted. */
    redactDeep(value) {
        if (this.forms.size === 0)
            return value;
        const walk = (v) => {
            if (typeof v === 'string')
                return this.redact(v);
            if (Array.isArray(v))
                return v.map(walk);
            if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
                const out = {};
                for (const [k, x] of Object.entries(v))
                    out[this.redact(k)] = walk(x);
                return out;
            }
            return v;
        };
        return walk(value);
    }
    /** Tests only: forget every form and send new ones to `sink`. */
    reset(sink = this.sink) {
        this.forms.clear();
        this.pattern = undefined;
        this.sink = sink;
    }
}
/** `::add-mask::` for one form (the runner then shows it as *** in the log). */
const addMask = (form) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, form);
/** The same lines as issueCommand writes (its escaping of the message), several in one write. */
addMask.many = (forms) => {
    let out = '';
    for (const f of forms)
        out += `::add-mask::${f.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${node_os__WEBPACK_IMPORTED_MODULE_0__.EOL}`;
    process.stdout.write(out);
};
const secretRegistry = new SecretRegistry(addMask);
/**
 * Registers a secret and its derived forms. Without a sink: with the process-wide registry (masked in the
 * log once, redacted at every output point). With a sink: each form is handed to it only (tests).
 */
function registerSecret(value, sink) {
    if (!value)
        return;
    if (sink) {
        for (const form of secretForms(value))
            sink(form);
        return;
    }
    secretRegistry.add(value);
}
/** Text with every secret the registry knows replaced by `***`: what every output point calls. */
function redactKnown(text) {
    return secretRegistry.redact(text);
}
/** Replaces every known secret form in text, for strings we write ourselves (comments, summaries, files). */
function redact(text, secrets) {
    const forms = [...secrets].flatMap(secretForms).sort((a, b) => b.length - a.length);
    let out = text;
    for (const f of forms)
        out = out.split(f).join('***');
    return out;
}


/***/ }),

/***/ 8355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   bH: () => (/* binding */ cutToLimit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes)
/* harmony export */ });
/* unused harmony exports DETAIL_LEVELS, COMMENT_LIMIT, chars, renderDocument, thousands, joinWithin, itemsSection */
/**
 * A report of sections that each know how to degrade, so the whole stays within a byte budget:
 * full -> condensed -> list -> counts. What was left out is said at the end.
 *
 * Sections render lazily with a budget of their own, so a 10 MB report never materialises 10 MB per pass.
 */
const DETAIL_LEVELS = (/* unused pure expression or super */ null && (['full', 'condensed', 'list', 'counts']));
/** GitHub's limit for an issue/PR comment body, hidden markers included. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT = 1024 * 1024;
const chars = (s) => s.length;
const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * Renders the document within `limit`. Every section first renders at `full`; a section that had to cut
 * itself above the `list` level is degraded one level (largest first) and everything re-rendered.
 * At `list` a section may end with "…and N more"; at `counts` it is as small as it gets.
 * Each section's budget keeps room for the `counts` form of every section after it.
 */
function renderDocument(doc, limit, measure = chars) {
    const sep = '\n\n';
    const reserve = 400 + measure(doc.footer ?? '') + measure(doc.header);
    const minSizes = doc.sections.map((s) => measure(s.render('counts', limit).text) + sep.length);
    const levelIdx = doc.sections.map(() => 0);
    const LIST = DETAIL_LEVELS.indexOf('list');
    const renderAll = () => {
        let remaining = limit - reserve;
        return doc.sections.map((s, i) => {
            const after = minSizes.slice(i + 1).reduce((a, b) => a + b, 0);
            const r = s.render(DETAIL_LEVELS[levelIdx[i]], Math.max(0, remaining - after - sep.length));
            remaining -= measure(r.text) + sep.length;
            return r;
        });
    };
    let parts = renderAll();
    for (;;) {
        let pick = -1;
        let biggest = -1;
        parts.forEach((p, i) => {
            if (p.truncated && levelIdx[i] < LIST && measure(p.text) > biggest) {
                biggest = measure(p.text);
                pick = i;
            }
        });
        if (pick < 0)
            break;
        levelIdx[pick] = levelIdx[pick] + 1;
        parts = renderAll();
    }
    const omitted = parts.flatMap((p) => (p.omitted ? [p.omitted] : []));
    const body = [doc.header, ...parts.map((p) => p.text).filter((t) => t !== '')];
    if (omitted.length) {
        body.push(doc.omittedNote
            ? doc.omittedNote(omitted)
            : `_Left out to fit GitHub's size limit: ${omitted.join('; ')}._`);
    }
    if (doc.footer)
        body.push(doc.footer);
    let text = body.join(sep);
    if (measure(text) > limit)
        text = cutToLimit(text, limit, measure);
    return { text, levels: levelIdx.map((i) => DETAIL_LEVELS[i]), omitted };
}
/** Last resort: cuts at a line boundary and says so. Never splits a surrogate pair. */
function cutToLimit(text, limit, measure = chars) {
    const note = "\n\n_…cut to fit GitHub's size limit._";
    let lo = 0;
    let hi = text.length;
    const budget = limit - measure(note);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(text.slice(0, mid)) <= budget)
            lo = mid;
        else
            hi = mid - 1;
    }
    let cut = text.slice(0, lo);
    const nl = cut.lastIndexOf('\n');
    if (nl > lo * 0.8)
        cut = cut.slice(0, nl);
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut + note;
}
/** 12345 -> "12,345" without Intl: the first toLocaleString call costs ~40 ms of ICU start-up. */
function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * Joins items (each already rendered) until maxChars, then "…and N more". Used by list-like sections
 * so they stop working as soon as the budget is spent.
 */
function joinWithin(items, total, maxChars, what, sep = '\n') {
    let text = '';
    let n = 0;
    const tailReserve = 60;
    for (const item of items) {
        const next = (n ? sep : '') + item;
        if (text.length + next.length > maxChars - tailReserve)
            break;
        text += next;
        n++;
    }
    if (n >= total)
        return { text };
    const more = total - n;
    // After list items or table rows a single newline would make the tail part of the last item (a lazy
    // continuation line) or a row of its own (GFM tables); a blank line makes it a paragraph of its own.
    const tail = `${n ? (sep === '\n' ? '\n\n' : sep) : ''}…and ${thousands(more)} more`;
    return { text: text + tail, omitted: `${thousands(more)} ${what}`, truncated: true };
}
/**
 * The common degradable section: a heading, then one entry per item rendered for the level
 * (full/condensed/list), or only the counts line at `counts`.
 */
function itemsSection(opts) {
    return {
        render(level, maxChars) {
            if (opts.items.length === 0)
                return { text: '' };
            const head = opts.heading ? `${opts.heading}\n\n` : '';
            if (level === 'counts') {
                const text = `${head}${opts.counts()}`;
                return text.length <= maxChars
                    ? { text, ...(opts.items.length ? { omitted: `the list of ${opts.what}` } : {}) }
                    : { text: '', omitted: `the list of ${opts.what}`, truncated: true };
            }
            const items = (function* () {
                for (const it of opts.items)
                    yield opts.renderItem(it, level);
            })();
            const r = joinWithin(items, opts.items.length, maxChars - head.length, opts.what, opts.sep ?? '\n');
            const levelNote = level === 'full' ? undefined : (opts.leavesOut?.[level] ?? `details of ${opts.what}`);
            const omitted = [levelNote, r.omitted].filter((x) => x !== undefined).join(', and ');
            return {
                text: head + r.text,
                ...(omitted ? { omitted } : {}),
                ...(r.truncated ? { truncated: true } : {}),
            };
        },
    };
}
/** "1 finding", "2 findings", "1,204 findings": the count with the noun it agrees with. */
function plural(count, one, many = `${one}s`) {
    return `${thousands(count)} ${count === 1 ? one : many}`;
}


/***/ }),

/***/ 8560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8355);
/* harmony import */ var _log_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4805);



/**
 * Appends markdown to the step's job summary (GITHUB_STEP_SUMMARY), never past GitHub's 1 MiB per step:
 * an over-size summary is rejected whole by the runner, so it is cut here with a note instead.
 * Returns false when there is no summary file (running outside Actions). Every secret in the registry is
 * redacted first (log/secrets.ts), whoever rendered the markdown.
 */
function writeJobSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    markdown = (0,_log_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactKnown */ .rA)(markdown);
    const text = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Bytes */ .dy)(markdown) > _document_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 2 ? (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .cutToLimit */ .bH)(markdown, _document_js__WEBPACK_IMPORTED_MODULE_2__/* .SUMMARY_LIMIT */ .Jt - 2, _document_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Bytes */ .dy) : markdown;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, text.endsWith('\n') ? text : `${text}\n`);
    return true;
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
const systemClock = { now: () => Date.now() };
const realSleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses "90", "90s", "1m30s", "500ms", "2h". A bare number is seconds (the unit users mean in YAML).
 * Returns milliseconds, or undefined when the text is not a duration.
 */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    let m;
    while ((m = re.exec(t)) !== null) {
        total += Number(m[1]) * UNITS[m[2]];
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== t.length)
        return undefined;
    return Math.round(total);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(s < 10 ? 1 : 0)}s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest ? `${m}m${rest}s` : `${m}m`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 2127:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3603);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ 		return "" + chunkId + ".index.js";
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
