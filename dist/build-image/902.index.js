export const id = 902;
export const ids = [902];
export const modules = {

/***/ 3902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildAndPush: () => (/* binding */ buildAndPush)
});

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __webpack_require__(3189);
// EXTERNAL MODULE: ./src/auth.ts
var auth = __webpack_require__(3454);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/context.ts + 2 modules
var context = __webpack_require__(7014);
// EXTERNAL MODULE: ./src/filesync.ts
var filesync = __webpack_require__(4765);
// EXTERNAL MODULE: ../../packages/shared/src/util/time.ts
var time = __webpack_require__(7297);
;// CONCATENATED MODULE: ../../packages/shared/src/util/retry.ts

/** Exponential backoff with full jitter; a server's Retry-After wins over the computed delay. */
function backoffDelay(attempt, opts) {
    const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
    const r = (opts.random ?? Math.random)();
    return Math.round(cap / 2 + (cap / 2) * r);
}
async function retry(fn, opts) {
    const sleep = opts.sleep ?? time/* realSleep */.uk;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (attempt >= opts.attempts)
                throw error;
            const verdict = opts.retryable(error, attempt);
            if (verdict === false)
                throw error;
            const delay = verdict === true ? backoffDelay(attempt, opts) : verdict.afterMs;
            opts.onRetry?.(error, attempt, delay);
            await sleep(delay);
        }
    }
}

// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/stream.ts
var src_stream = __webpack_require__(3844);
;// CONCATENATED MODULE: ./src/push.ts
/**
 * Pushing tags: one push per tag (idempotent, so a whole push is what gets retried), the digest taken
 * from the push stream's aux line and checked against RepoDigests, transient registry failures retried
 * with backoff and jitter, permanent ones explained and never retried.
 */




const PERMANENT = [
    [
        /repository name must be lowercase|must be lowercase/i,
        'The registry rejected the repository name: it must be lowercase. Use lowercase image names (e.g. `${{ github.repository }}` lower-cased).',
    ],
    [
        /invalid reference format|invalid tag|invalid reference/i,
        'The reference is not valid for the engine or registry. Check the tag: letters, digits, `_`, `.` and `-`, at most 128 characters, not starting with `.` or `-`.',
    ],
    [
        /\bunauthorized\b|authentication required|\b401\b|incorrect username or password|no basic auth credentials/i,
        'The registry answered 401 Unauthorized: no credentials were sent or they were refused. Set `username` and `password` (or log in before this step) for this registry.',
    ],
    [
        /\bdenied\b|\b403\b|forbidden|insufficient_scope/i,
        'The registry denied the push: the credentials are valid but may not push to this repository. Check the token scopes (e.g. `packages: write` for ghcr.io) and the repository name.',
    ],
    [
        /name unknown|repository name not known|NAME_UNKNOWN/i,
        'The registry does not know this repository name (name unknown). Create the repository first (e.g. ECR, Artifactory) or check its spelling.',
    ],
    [
        /An image does not exist locally with the tag|no such image/i,
        'The engine has no image with this tag: the build did not tag it. This is a bug if the build succeeded.',
    ],
];
const TRANSIENT = [
    [/\b429\b|toomanyrequests|too many requests/i, 'The registry is rate-limiting (429).'],
    [
        /\b5\d\d\b|internal server error|service unavailable|bad gateway|gateway time-?out/i,
        'The registry answered with a server error (5xx).',
    ],
    [/blob upload unknown|BLOB_UPLOAD_UNKNOWN/i, 'The registry lost a blob upload (blob upload unknown).'],
    [
        /timeout|timed out|deadline exceeded|ECONNRESET|connection reset|connection refused|ECONNREFUSED|unexpected EOF|\bEOF\b|broken pipe|EPIPE|socket hang up|i\/o timeout|TLS handshake/i,
        'The connection to the registry failed (reset, refused, timed out or cut short).',
    ],
];
function classifyPushError(message, statusCode) {
    for (const [re, explanation] of PERMANENT)
        if (re.test(message))
            return { retryable: false, explanation };
    for (const [re, explanation] of TRANSIENT)
        if (re.test(message))
            return { retryable: true, explanation };
    if (statusCode !== undefined && statusCode >= 500)
        return { retryable: true, explanation: 'The engine answered with a server error.' };
    return {
        retryable: false,
        explanation: 'The push failed for a reason this action does not know to be transient.',
    };
}
/** The step was cancelled (the runner sent SIGINT/SIGTERM): said as such, not as a push failure. */
function cancelled(signal) {
    const why = signal.reason instanceof Error ? signal.reason.message : 'cancelled';
    return new errors/* UserError */.yo(`Stopped: the workflow was cancelled (${why}).`);
}
class PushError extends Error {
    kind;
    lastLines;
    constructor(message, kind, lastLines = []) {
        super(message);
        this.kind = kind;
        this.lastLines = lastLines;
    }
}
/** Pushes one tag, retrying transient failures; returns the digest the registry reported. */
async function pushTag(ref, auth, o) {
    let attempts = 0;
    const outcome = await retry(async (attempt) => {
        attempts = attempt;
        const reader = new src_stream/* PushStreamReader */.Mw((line) => o.logger.info(line));
        let stream;
        try {
            stream = await o.engine.push(ref.repository, ref.tag, auth, o.signal);
            for await (const m of (0,src_stream/* jsonLines */.i7)(stream))
                reader.push(m);
        }
        catch (e) {
            if (o.signal?.aborted)
                throw cancelled(o.signal);
            const msg = e instanceof Error ? e.message : String(e);
            throw new PushError(msg, classifyPushError(msg, e instanceof engine/* EngineHttpError */.vU ? e.statusCode : undefined));
        }
        const out = reader.outcome();
        if (out.error !== undefined)
            throw new PushError(out.error, classifyPushError(out.error), out.lastLines);
        if (!out.digest)
            throw new PushError('the push stream ended without a digest (no aux line): the connection to the engine was cut short', { retryable: true, explanation: 'The push stream ended early.' }, out.lastLines);
        return out;
    }, {
        attempts: o.attempts,
        baseDelayMs: o.baseDelayMs ?? 2000,
        maxDelayMs: o.maxDelayMs ?? 30_000,
        ...(o.sleep ? { sleep: (ms) => o.sleep(ms, o.signal) } : {}),
        ...(o.random ? { random: o.random } : {}),
        retryable: (e) => !o.signal?.aborted && e instanceof PushError && e.kind.retryable,
        onRetry: (e, attempt, delay) => o.logger.warning(`Push of ${ref.repository}:${ref.tag} failed (attempt ${attempt}/${o.attempts}): ${(0,errors/* describeThrown */.YI)(e)} — ${e.kind.explanation} Retrying in ${(delay / 1000).toFixed(1)}s.`),
    }).catch((e) => {
        if (e instanceof PushError) {
            const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
            throw new errors/* UserError */.yo(`Push of ${ref.repository}:${ref.tag} failed${tries}: ${e.message}`, {
                hint: e.kind.explanation,
            });
        }
        throw e;
    });
    return {
        ref,
        digest: outcome.digest,
        size: outcome.size,
        attempts,
        layersPushed: outcome.layersPushed,
        layersExisting: outcome.layersExisting,
    };
}
/** Every pushed digest must be among the image's RepoDigests; otherwise the registry holds something else. */
function checkRepoDigests(pushed, repoDigests) {
    const have = new Set(repoDigests);
    return pushed
        .filter((p) => !have.has(`${p.ref.repository}@${p.digest}`))
        .map((p) => `${p.ref.repository}:${p.ref.tag}: the push reported ${p.digest}, but the engine's RepoDigests list ${repoDigests.filter((d) => d.startsWith(`${p.ref.repository}@`)).join(', ') || 'nothing'} for this repository`);
}

// EXTERNAL MODULE: ./src/protobuf.ts
var protobuf = __webpack_require__(6807);
;// CONCATENATED MODULE: ./src/buildkit-stream.ts
/**
 * BuildKit's build stream through the Engine API: progress arrives as `moby.buildkit.trace` lines whose
 * aux is a base64 protobuf `moby.buildkit.v1.StatusResponse` (vertexes, statuses, logs). We decode it
 * ourselves: dockerode's helper leaves RUN output base64-encoded, which hides secrets from log masking.
 */



/** Decodes one StatusResponse (fields 1 = vertexes, 3 = logs; statuses and warnings are skipped). */
function decodeStatus(buf) {
    const out = { vertexes: [], logs: [] };
    for (const f of (0,protobuf/* fields */.OA)(buf)) {
        if (f.no === 1 && f.bytes) {
            const v = {
                digest: '',
                name: '',
                cached: false,
                started: false,
                completed: false,
            };
            for (const g of (0,protobuf/* fields */.OA)(f.bytes)) {
                if (g.no === 1 && g.bytes)
                    v.digest = g.bytes.toString();
                else if (g.no === 3 && g.bytes)
                    v.name = g.bytes.toString();
                else if (g.no === 4)
                    v.cached = g.int === 1;
                else if (g.no === 5)
                    v.started = true;
                else if (g.no === 6)
                    v.completed = true;
                else if (g.no === 7 && g.bytes)
                    v.error = g.bytes.toString();
            }
            out.vertexes.push(v);
        }
        else if (f.no === 3 && f.bytes) {
            let vertex = '';
            let msg = Buffer.alloc(0);
            for (const g of (0,protobuf/* fields */.OA)(f.bytes)) {
                if (g.no === 1 && g.bytes)
                    vertex = g.bytes.toString();
                else if (g.no === 4 && g.bytes)
                    msg = Buffer.from(g.bytes);
            }
            out.logs.push({ vertex, msg });
        }
    }
    return out;
}
class BuildKitStreamReader extends src_stream/* LogStreamReader */.Yw {
    vertexes = new Map();
    imageId;
    error;
    failedStep;
    partial = new Map();
    failed(err) {
        this.error ??= err;
        this.failedStep ??= [...this.vertexes.values()].find((v) => v.error)?.name;
    }
    message(m) {
        if (m.id === 'moby.image.id' && m.aux && typeof m.aux === 'object') {
            const id = m.aux.ID;
            if (typeof id === 'string')
                this.imageId = id;
            return;
        }
        if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') {
            let ev;
            try {
                ev = decodeStatus(Buffer.from(m.aux, 'base64'));
            }
            catch (e) {
                this.line(`(unreadable BuildKit progress: ${(0,errors/* describeThrown */.YI)(e)})`);
                return;
            }
            this.trace(ev);
            return;
        }
        if (typeof m.stream === 'string')
            for (const l of m.stream.split('\n'))
                if (l.trim())
                    this.line(l);
    }
    trace(ev) {
        for (const v of ev.vertexes) {
            let known = this.vertexes.get(v.digest);
            if (!known) {
                known = {
                    n: this.vertexes.size + 1,
                    name: v.name,
                    cached: false,
                    started: false,
                    completed: false,
                    error: undefined,
                };
                this.vertexes.set(v.digest, known);
            }
            if (v.started && !known.started) {
                known.started = true;
                this.line(`#${known.n} ${known.name}`);
            }
            if (v.cached && !known.cached) {
                known.cached = true;
                this.line(`#${known.n} CACHED`);
            }
            if (v.error && !known.error) {
                known.error = v.error;
                this.failedStep ??= known.name;
                this.line(`#${known.n} ERROR: ${v.error}`);
            }
            else if (v.completed && !known.completed) {
                known.completed = true;
                if (!known.cached)
                    this.line(`#${known.n} DONE`);
            }
        }
        for (const l of ev.logs) {
            const n = this.vertexes.get(l.vertex)?.n ?? 0;
            const text = (this.partial.get(l.vertex) ?? '') + l.msg.toString('utf8');
            const lines = text.split(/\r?\n/);
            this.partial.set(l.vertex, lines.pop() ?? '');
            for (const t of lines)
                this.line(`#${n} ${t}`);
        }
    }
    outcome() {
        for (const [vertex, rest] of this.partial)
            if (rest)
                this.line(`#${this.vertexes.get(vertex)?.n ?? 0} ${rest}`);
        this.partial.clear();
        const steps = [...this.vertexes.values()].filter((v) => /^\[[^\]]*\d+\/\d+\]/.test(v.name));
        return {
            imageId: this.imageId,
            error: this.error,
            failedStep: this.failedStep,
            steps: steps.length,
            cachedSteps: steps.filter((v) => v.cached).length,
            lastLines: [...this.last],
        };
    }
}

;// CONCATENATED MODULE: ./src/build.ts
/**
 * One classic-builder build through POST /build: our context tar in, the JSON-lines stream read to the
 * end, the image ID from the aux line checked against the engine, the tags checked against RepoTags.
 */








async function buildImage(engine, logger, req, group = 'Build') {
    return logger.group(group, async () => {
        // BuildKit with a session-served context (filesync.ts) gets an empty body; otherwise our tar.
        const viaSession = Boolean(req.buildkit && req.context.session);
        const { stream: tar, done } = viaSession
            ? { stream: external_node_stream_.Readable.from([]), done: countContext(req.context) }
            : await (0,context/* contextTar */.x$)(req.context);
        const contextFailure = done.then(() => undefined, (e) => e);
        const reader = req.buildkit
            ? new BuildKitStreamReader((line) => logger.info(line))
            : new src_stream/* BuildStreamReader */.AR((line) => logger.info(line));
        let session;
        try {
            if (req.buildkit)
                session = await engine.startSession(viaSession
                    ? { ...req.buildkit, files: (dir, follow) => (0,filesync/* entriesFor */.aB)(req.context, dir, follow) }
                    : req.buildkit);
            const res = await engine.build(tar, {
                dockerfile: viaSession ? external_node_path_default().basename((0,filesync/* dockerfileAbs */.L$)(req.context)) : req.context.dockerfile,
                ...(viaSession ? { remote: 'client-session' } : {}),
                t: req.tags.map((r) => `${r.repository}:${r.tag}`),
                ...(req.target ? { target: req.target } : {}),
                buildargs: { ...req.buildArgs },
                labels: { ...req.labels },
                cachefrom: [...req.cacheFrom],
                pull: req.pull,
                nocache: req.noCache,
                ...(req.platform ? { platform: req.platform } : {}),
                ...(session ? { session: session.id } : {}),
                ...(req.signal ? { signal: req.signal } : {}),
            }, req.registryConfig);
            for await (const m of (0,src_stream/* jsonLines */.i7)(res))
                reader.push(m);
        }
        catch (e) {
            session?.close();
            tar.destroy();
            if (req.signal?.aborted)
                throw cancelled(req.signal);
            const ctxErr = await Promise.race([contextFailure, new Promise((r) => setTimeout(r, 50, undefined))]);
            if (ctxErr)
                throw contextError(ctxErr);
            throw new errors/* UserError */.yo(`The build request failed: ${(0,errors/* describeThrown */.YI)(e)}`, {
                hint: 'The engine refused the build parameters (platform, target, Dockerfile path) or the connection dropped.',
            });
        }
        session?.close();
        const out = reader.outcome();
        if (out.error !== undefined) {
            tar.destroy();
            const where = out.failedStep ? ` at ${out.failedStep}` : '';
            throw new errors/* UserError */.yo(`Build failed${where}: ${out.error}\nLast log lines:\n${out.lastLines.map((l) => `  ${l}`).join('\n')}`, {
                hint: buildHint(out.error),
            });
        }
        const ctxErr = await contextFailure;
        if (ctxErr)
            throw contextError(ctxErr);
        const stats = await done;
        if (!out.imageId)
            throw new errors/* UserError */.yo('The build stream ended without an image ID (no aux line): the engine connection was cut short.', {
                hint: 'Re-run the job; if it persists, check the engine log.',
            });
        const info = await engine.inspect(out.imageId);
        if (info.Id !== out.imageId)
            throw new errors/* UserError */.yo(`The engine reports image ${info.Id} for the built ID ${out.imageId}.`);
        const want = req.platform ?? req.expectedPlatform;
        if (want) {
            const [os, arch] = want.split('/');
            if (info.Os !== os || info.Architecture !== arch)
                throw new errors/* UserError */.yo(`The engine cannot build ${want}: it built a ${[info.Os, info.Architecture, info.Variant].filter(Boolean).join('/')} image instead.`, {
                    hint: `Engine 20.10's classic builder takes a local FROM image, or a cached layer, of another platform without a word. Make every FROM image available for ${want} (a multi-platform base image in a registry), or build with \`no-cache: true\`; RUN steps for a foreign architecture also need QEMU (binfmt_misc) on the engine host.`,
                });
        }
        const missing = req.tags
            .map((r) => `${r.repository}:${r.tag}`)
            .filter((t) => !(info.RepoTags ?? []).includes(t));
        if (missing.length)
            throw new errors/* UserError */.yo(`The engine did not tag the image with: ${missing.join(', ')}.`);
        logger.info(`Built ${out.imageId} (${out.steps} steps, ${out.cachedSteps} cached; context ${stats.files} files, ${stats.bytes} bytes)`);
        return {
            imageId: out.imageId,
            size: info.Size,
            steps: out.steps,
            cachedSteps: out.cachedSteps,
            context: stats,
        };
    });
}
function contextError(e) {
    return new errors/* UserError */.yo(`Could not read the build context: ${(0,errors/* describeThrown */.YI)(e)}`, {
        hint: 'A file in the context is unreadable or changed while it was sent; exclude it in .dockerignore.',
    });
}
function buildHint(error) {
    if (/Cannot locate specified Dockerfile|Dockerfile.*no such file/i.test(error))
        return 'The Dockerfile was not in the context sent; check the `dockerfile` input.';
    if (/failed to (?:compute cache key|walk)|COPY failed|no such file or directory/i.test(error))
        return 'A COPY/ADD source is missing from the context: check the path and that .dockerignore does not exclude it.';
    if (/pull access denied|manifest unknown|not found: manifest|dial tcp|lookup .* no such host/i.test(error))
        return 'The base image could not be pulled: check its name and registry credentials, or that the runner can reach the registry.';
    if (/returned a non-zero code/i.test(error))
        return 'A RUN instruction failed; its output is in the lines above.';
    if (/target stage .* could not be found|failed to reach build target/i.test(error))
        return 'The `target` input names a stage that is not in the Dockerfile.';
    return 'The Dockerfile step above failed; see the log lines.';
}
/** The counts of a session-served context (what the engine may ask for), for the summary. */
async function countContext(plan) {
    const stats = (0,context/* emptyStats */.bD)();
    for await (const e of (0,context/* walkContext */.ph)(plan, stats)) {
        if (e.type === 'directory')
            stats.directories++;
        else if (e.type === 'symlink')
            stats.symlinks++;
        else {
            stats.files++;
            stats.bytes += e.size;
        }
    }
    return stats;
}

// EXTERNAL MODULE: ./src/cache.ts
var src_cache = __webpack_require__(6196);
// EXTERNAL MODULE: ./src/labels.ts
var src_labels = __webpack_require__(875);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/reference.ts
var reference = __webpack_require__(9915);
;// CONCATENATED MODULE: ./src/registry-api.ts
/**
 * The few registry HTTP API (distribution v2) calls the engine cannot do for us: reading a manifest's
 * media type and putting a manifest list. Auth follows the registry's challenge (Basic, or a Bearer token
 * from the realm it names), with the same credentials the engine got in X-Registry-Auth.
 */


const MEDIA = {
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
};
class RegistryHttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The repository path inside the registry (`library/alpine` on Docker Hub). */
function repositoryPath(ref) {
    if (ref.registry === reference/* DOCKER_HUB */.Xb)
        return ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`;
    return ref.repository.slice(ref.registry.length + 1);
}
/** Plain HTTP for loopback registries (the engine treats 127.0.0.0/8 as insecure too); HTTPS otherwise. */
function registryBaseUrl(registry) {
    if (registry === reference/* DOCKER_HUB */.Xb)
        return 'https://registry-1.docker.io';
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const loopback = host === 'localhost' || /^127\./.test(host) || host === '::1';
    return `${loopback ? 'http' : 'https'}://${registry}`;
}
class RegistryClient {
    base;
    cred;
    fetchImpl;
    auth;
    constructor(registry, cred, fetchImpl = fetch) {
        this.base = registryBaseUrl(registry);
        this.cred = cred;
        this.fetchImpl = fetchImpl;
    }
    async send(method, path, scope, init = {}) {
        const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`;
        const go = () => this.fetchImpl(url, {
            method,
            headers: { ...(init.headers ?? {}), ...(this.auth ? { authorization: this.auth } : {}) },
            ...(init.body ? { body: init.body } : {}),
        });
        let res = await go();
        if (res.status === 401 && this.cred) {
            this.auth = await this.authorize(res.headers.get('www-authenticate') ?? '', scope);
            res = await go();
        }
        return res;
    }
    async authorize(challenge, scope) {
        const c = this.cred;
        if (!c)
            return undefined;
        const basic = c.username && c.password
            ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`
            : undefined;
        if (/^basic/i.test(challenge))
            return basic;
        if (!/^bearer/i.test(challenge))
            return basic;
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (!params.realm)
            return basic;
        const url = new URL(params.realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        url.searchParams.set('scope', scope);
        const headers = basic ? { authorization: basic } : {};
        let res;
        if (c.identitytoken) {
            res = await this.fetchImpl(params.realm, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({
                    grant_type: 'refresh_token',
                    refresh_token: c.identitytoken,
                    service: params.service ?? '',
                    scope,
                    client_id: 'pipewright',
                }).toString(),
            });
        }
        else
            res = await this.fetchImpl(url, { headers });
        if (!res.ok)
            throw new RegistryHttpError(`the registry's token service answered ${res.status}`, res.status);
        const body = (await res.json());
        const token = body.token ?? body.access_token;
        return token ? `Bearer ${token}` : basic;
    }
    /** HEAD a manifest: its digest, media type and size, as the registry serves it. */
    async headManifest(repo, reference) {
        const res = await this.send('HEAD', `/v2/${repo}/manifests/${reference}`, `repository:${repo}:pull`, {
            headers: { accept: Object.values(MEDIA).join(', ') },
        });
        if (!res.ok)
            throw await failure(res, `reading the manifest ${repo}:${reference}`);
        return {
            digest: res.headers.get('docker-content-digest') ?? '',
            mediaType: (res.headers.get('content-type') ?? '').split(';')[0],
            size: Number(res.headers.get('content-length') ?? 0),
        };
    }
    /** Whether the repository already holds a blob (HEAD /v2/<repo>/blobs/<digest>). */
    async blobExists(repo, digest) {
        const res = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull,push`);
        if (res.status === 404)
            return false;
        if (!res.ok)
            throw await failure(res, `checking the blob ${repo}@${digest}`);
        return true;
    }
    /** A monolithic blob upload: POST an upload session, then PUT the bytes with their digest. */
    async uploadBlob(repo, digest, body) {
        const start = await this.send('POST', `/v2/${repo}/blobs/uploads/`, `repository:${repo}:pull,push`);
        if (start.status !== 202)
            throw await failure(start, `starting a blob upload to ${repo}`);
        const location = start.headers.get('location');
        if (!location)
            throw new RegistryHttpError(`the registry gave no upload location for ${repo}`, 202);
        const url = new URL(location, `${this.base}/`);
        url.searchParams.set('digest', digest);
        const res = await this.send('PUT', url.toString(), `repository:${repo}:pull,push`, {
            headers: { 'content-type': 'application/octet-stream' },
            body,
        });
        if (res.status !== 201)
            throw await failure(res, `uploading the blob ${digest} to ${repo}`);
    }
    /** PUT a manifest (list) under a tag; returns its digest, checked against the registry's answer. */
    async putManifest(repo, reference, mediaType, body) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
        const res = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, `repository:${repo}:pull,push`, {
            headers: { 'content-type': mediaType },
            body,
        });
        if (!res.ok)
            throw await failure(res, `putting the manifest list ${repo}:${reference}`);
        const served = res.headers.get('docker-content-digest');
        if (served && served !== digest)
            throw new RegistryHttpError(`the registry stored ${repo}:${reference} as ${served}, not ${digest}`, res.status);
        return digest;
    }
}
async function failure(res, what) {
    let detail = '';
    try {
        const body = (await res.json());
        detail = (body.errors ?? [])
            .map((e) => `${(e.code ?? '').toLowerCase().replace(/_/g, ' ')}: ${e.message ?? ''}`)
            .join('; ');
    }
    catch {
        // HEAD answers have no body
    }
    return new RegistryHttpError(`${what}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`, res.status);
}
/** A Docker manifest list (or an OCI index when the platform manifests are OCI), entries in the given order. */
function manifestList(entries) {
    const oci = entries.every((e) => e.mediaType === MEDIA.ociManifest);
    const mediaType = oci ? MEDIA.ociIndex : MEDIA.dockerList;
    const doc = {
        schemaVersion: 2,
        mediaType,
        manifests: entries.map((e) => ({
            mediaType: e.mediaType,
            size: e.size,
            digest: e.digest,
            platform: {
                architecture: e.platform.architecture,
                os: e.platform.os,
                ...(e.platform.variant ? { variant: e.platform.variant } : {}),
            },
        })),
    };
    return { mediaType, body: Buffer.from(JSON.stringify(doc, null, 3)) };
}

;// CONCATENATED MODULE: ./src/push-by-digest.ts
/**
 * Pushing an image by digest only, with no tag: the engine's push needs a tag (and a tag pushed is a tag
 * left in the registry), so for the platform images of a manifest list the image is read from the engine
 * (GET /images/{id}/get, the `docker save` tar), its layers gzipped, and config, layers and a Docker
 * schema 2 manifest put through the registry API under the manifest's digest.
 */



const CONFIG_MEDIA = 'application/vnd.docker.container.image.v1+json';
const LAYER_MEDIA = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** The files of a `docker save` tar (legacy and OCI-layout forms both carry manifest.json). */
async function readSaveTar(stream) {
    const files = new Map();
    // Loaded here, not at start-up: only multi-platform pushes read a saved image (cold start, docs/performance.md).
    const { extract } = await __webpack_require__.e(/* import() */ 474).then(__webpack_require__.t.bind(__webpack_require__, 6474, 19));
    const ex = extract();
    const done = new Promise((resolve, reject) => {
        ex.on('entry', (header, body, next) => {
            const chunks = [];
            body.on('data', (c) => chunks.push(c));
            body.on('end', () => {
                if (header.type === 'file')
                    files.set(header.name.replace(/^\.\//, ''), Buffer.concat(chunks));
                next();
            });
            body.on('error', reject);
        });
        ex.on('finish', resolve);
        ex.on('error', reject);
        stream.on('error', reject);
    });
    stream.pipe(ex);
    await done;
    return files;
}
const sha256 = (b) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(b).digest('hex')}`;
async function pushImageByDigest(engine, client, repo, imageId) {
    const files = await readSaveTar(await engine.exportImage(imageId));
    const index = JSON.parse((files.get('manifest.json') ?? Buffer.from('[]')).toString('utf8'));
    const entry = index[0];
    const config = entry?.Config ? files.get(entry.Config) : undefined;
    if (!entry || !config)
        throw new Error(`the engine's export of ${imageId} has no image config`);
    if (sha256(config) !== imageId)
        throw new Error(`the engine exported a config ${sha256(config)} for image ${imageId}`);
    const layers = (entry.Layers ?? []).map((name) => {
        const raw = files.get(name);
        if (!raw)
            throw new Error(`the engine's export of ${imageId} lacks the layer ${name}`);
        // Already compressed (gzip magic) layers go as they are; plain tars are gzipped.
        const blob = raw[0] === 0x1f && raw[1] === 0x8b ? raw : (0,external_node_zlib_.gzipSync)(raw);
        return { blob, digest: sha256(blob) };
    });
    let uploaded = 0;
    for (const b of [{ blob: config, digest: imageId }, ...layers])
        if (!(await client.blobExists(repo, b.digest))) {
            await client.uploadBlob(repo, b.digest, b.blob);
            uploaded++;
        }
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA.dockerManifest,
        config: { mediaType: CONFIG_MEDIA, size: config.length, digest: imageId },
        layers: layers.map((l) => ({ mediaType: LAYER_MEDIA, size: l.blob.length, digest: l.digest })),
    }));
    const digest = await client.putManifest(repo, sha256(manifest), MEDIA.dockerManifest, manifest);
    const c = JSON.parse(config.toString('utf8'));
    return {
        digest,
        size: manifest.length,
        mediaType: MEDIA.dockerManifest,
        platform: {
            os: c.os ?? '',
            architecture: c.architecture ?? '',
            ...(c.variant ? { variant: c.variant } : {}),
        },
        layers: layers.length,
        uploaded,
    };
}

;// CONCATENATED MODULE: ./src/multi-platform.ts
/**
 * Multi-platform images on an engine whose image store cannot hold an index (Engine 20.10), without side
 * effects on the engine or the registry:
 * - one **BuildKit** build per platform (the `platform` parameter takes one value). BuildKit keys its cache
 *   by platform, and its images are no cache candidates for the classic builder, whose cache ignores the
 *   platform: a classic arm64 build would leave layers a later plain `docker build` takes for amd64;
 * - each platform image is built untagged, pushed **by digest only** through the registry API
 *   (push-by-digest.ts), then removed from the engine: no `<tag>-linux-arm64` tags anywhere;
 * - the manifest list is put under every requested tag.
 */






async function buildMultiPlatform(o) {
    const byRepo = new Map();
    for (const r of o.refs)
        byRepo.set(r.repository, [...(byRepo.get(r.repository) ?? []), r]);
    const clients = new Map([...byRepo].map(([repository, refs]) => {
        const first = refs[0];
        return [
            repository,
            {
                client: new RegistryClient(first.registry, o.credentials.get(first.registry), o.fetchImpl),
                repo: repositoryPath(first),
            },
        ];
    }));
    const results = [];
    for (const platform of o.platforms) {
        let built;
        try {
            built = await buildImage(o.engine, o.logger, { ...o.request, buildkit: o.buildkit, tags: [], platform }, `Build ${platform}`);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo && !e.message.startsWith('The engine cannot build'))
                throw platformError(platform, e);
            throw e;
        }
        const pushed = new Map();
        try {
            await o.logger.group(`Push ${platform} by digest`, async () => {
                for (const [repository, { client, repo }] of clients) {
                    const p = await withRetry(o, `pushing ${platform} to ${repository}`, () => pushImageByDigest(o.engine, client, repo, built.imageId));
                    pushed.set(repository, p);
                    o.logger.info(`${repository}@${p.digest} (${platformName(p.platform)}; ${p.uploaded} of ${p.layers + 1} blobs uploaded)`);
                }
            });
        }
        finally {
            // The untagged platform image was ours; an image something else still uses is left alone.
            await o.engine.removeImage(built.imageId).catch((e) => {
                o.logger.debug(`kept ${built.imageId}: ${(0,errors/* describeThrown */.YI)(e)}`);
            });
        }
        results.push({ platform, built, pushed });
    }
    const lists = new Map();
    await o.logger.group('Manifest list', async () => {
        for (const [repository, refs] of byRepo) {
            const { client, repo } = clients.get(repository);
            const entries = results.map((r) => r.pushed.get(repository));
            const list = manifestList(entries);
            for (const ref of refs) {
                const digest = await withRetry(o, `putting ${repository}:${ref.tag}`, () => client.putManifest(repo, ref.tag, list.mediaType, list.body));
                lists.set(`${repository}:${ref.tag}`, digest);
                o.logger.info(`${repository}:${ref.tag}: manifest list ${digest} (${entries.map((e) => platformName(e.platform)).join(', ')})`);
            }
        }
    });
    return { platforms: results, lists };
}
function platformName(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
async function withRetry(o, what, fn) {
    return retry(fn, {
        attempts: o.attempts,
        baseDelayMs: o.baseDelayMs,
        maxDelayMs: 30_000,
        sleep: (ms) => o.sleep(ms, o.signal),
        random: o.random,
        retryable: (e) => {
            if (e instanceof RegistryHttpError)
                return e.status === undefined || e.status === 429 || e.status >= 500;
            return classifyPushError((0,errors/* describeThrown */.YI)(e)).retryable || e.name === 'TypeError';
        },
        onRetry: (e, attempt, delay) => o.logger.warning(`${what} failed (attempt ${attempt}/${o.attempts}): ${(0,errors/* describeThrown */.YI)(e)}. Retrying in ${(delay / 1000).toFixed(1)}s.`),
    }).catch((e) => {
        if (e instanceof RegistryHttpError) {
            const kind = classifyPushError(`${e.message} ${e.status ?? ''}`, e.status);
            throw new errors/* UserError */.yo(`Manifest list: ${e.message}`, { hint: kind.explanation });
        }
        throw e;
    });
}
function platformError(platform, e) {
    const foreign = /exec format error|exec user process caused|no match for platform|does not match the specified platform|load metadata for/i.test(e.message);
    return new errors/* UserError */.yo(`The engine could not build ${platform}: ${e.message}`, {
        hint: foreign
            ? `RUN steps for a foreign architecture need QEMU emulation on the engine host (binfmt_misc, e.g. tonistiigi/binfmt), and every FROM image must exist for ${platform} in a registry (each platform is built with BuildKit, which resolves FROM images per platform).`
            : (e.hint ?? 'See the build log above.'),
    });
}

// EXTERNAL MODULE: ./src/plan.ts + 6 modules
var plan = __webpack_require__(6832);
;// CONCATENATED MODULE: ./src/build-and-push.ts
/**
 * The work on a connected engine: build the image (or one per platform, joined into manifest lists),
 * push its tags, push the cache image. Returns everything the report and the outputs show.
 */








async function buildAndPush(cfg, conn, deps) {
    const { inputs: i, tagPlan, cache, credentials, platforms } = cfg;
    const { engine, info } = conn;
    const created = (0,src_labels/* isoSeconds */.nE)(conn.commitTime) ?? sourceDateEpoch(deps.env);
    if (!created)
        deps.logger.info('No commit time found (event payload, git): the `created` label is left out rather than set to now.');
    const labels = (0,plan/* planLabels */.nH)(cfg.src, tagPlan.version, created, i.labels ?? {}, i.ociLabels);
    const buildkit = cfg.useBuildKit ? sessionServices(cfg, deps) : undefined;
    const request = {
        context: cfg.context,
        ...(buildkit && !platforms.length ? { buildkit } : { registryConfig: (0,auth/* registryConfig */.uw)(credentials) }),
        labels,
        // BuildKit writes its cache metadata into the image config only when asked (inline cache).
        buildArgs: {
            ...(buildkit && cache.to ? { BUILDKIT_INLINE_CACHE: '1' } : {}),
            ...(i.buildArgs ?? {}),
        },
        target: i.target,
        pull: i.pull,
        noCache: i.noCache,
        cacheFrom: buildkit || !cache.from.length
            ? cache.from.map((r) => `${r.repository}:${r.tag}`)
            : await (0,src_cache/* pullCacheImages */.s)(engine, cache.from, credentials, deps.logger),
        signal: deps.signal,
    };
    const pushOptions = {
        engine,
        logger: deps.logger,
        sleep: deps.sleep,
        random: deps.random,
        attempts: i.pushAttempts,
        baseDelayMs: i.pushRetryDelay,
        signal: deps.signal,
    };
    let built;
    const pushed = [];
    let lists;
    let perPlatform = [];
    if (platforms.length) {
        const multi = await buildMultiPlatform({
            ...pushOptions,
            request,
            buildkit: buildkit,
            platforms,
            refs: tagPlan.refs,
            credentials,
            fetchImpl: deps.fetch,
        });
        built = multi.platforms[0].built;
        lists = multi.lists;
        perPlatform = multi.platforms.map((p) => ({
            platform: p.platform,
            imageId: p.built.imageId,
            digest: [...p.pushed.values()][0]?.digest,
        }));
    }
    else {
        built = await buildImage(engine, deps.logger, {
            ...request,
            tags: tagPlan.refs,
            platform: i.platform,
            expectedPlatform: `${info.Os}/${info.Arch}`,
        });
        if (i.push) {
            await deps.logger.group('Push', async () => {
                for (const ref of tagPlan.refs)
                    pushed.push(await pushTag(ref, credentials.get(ref.registry), pushOptions));
            });
            const after = await engine.inspect(built.imageId);
            const mismatches = checkRepoDigests(pushed, after.RepoDigests ?? []);
            if (mismatches.length)
                throw new errors/* UserError */.yo(`The pushed digests do not match the engine's record:\n${mismatches.join('\n')}`, {
                    hint: 'Something else pushed to these tags at the same time, or the registry rewrote the manifest.',
                });
        }
    }
    if (cache.to) {
        const to = cache.to;
        await deps.logger.group('Cache image', async () => {
            await engine.tag(built.imageId, to.repository, to.tag);
            await pushTag(to, credentials.get(to.registry), pushOptions);
        });
    }
    return {
        built,
        ignoreFile: cfg.context.ignoreFile,
        labels,
        refs: tagPlan.refs,
        version: tagPlan.version,
        dropped: tagPlan.dropped,
        push: i.push,
        pushed,
        digests: lists
            ? Object.fromEntries(lists)
            : Object.fromEntries(pushed.map((p) => [`${p.ref.repository}:${p.ref.tag}`, p.digest])),
        platforms: perPlatform,
    };
}
/** What the BuildKit session serves the engine: secrets by ID, registry credentials by host. */
function sessionServices(cfg, deps) {
    return {
        secret: (id) => cfg.secrets.get(id),
        credentials: (host) => {
            try {
                const c = (0,plan/* credentialsForHost */.Yy)(host, cfg.explicit, deps.env, deps.secret);
                return c?.username && c.password ? { username: c.username, secret: c.password } : undefined;
            }
            catch (e) {
                deps.logger.warning(`Registry credentials for ${host}: ${(0,errors/* describeThrown */.YI)(e)}`);
                return undefined;
            }
        },
        onCall: (method, detail) => deps.logger.debug(`session: ${method} ${detail}`),
    };
}
function sourceDateEpoch(env) {
    const s = env.SOURCE_DATE_EPOCH;
    return s && /^\d+$/.test(s)
        ? new Date(Number(s) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
        : undefined;
}


/***/ }),

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ dockerfileAbs),
/* harmony export */   aB: () => (/* binding */ entriesFor),
/* harmony export */   z5: () => (/* binding */ sendEntries)
/* harmony export */ });
/* unused harmony exports packet, readPacket, dockerfileDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _protobuf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6807);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7014);
/**
 * The build context through the BuildKit session instead of a tar upload (`remote=client-session`):
 * BuildKit's Dockerfile frontend then reads the Dockerfile from a source of its own ("dockerfile") and
 * the context ("context") with the .dockerignore exclusions applied, so a Dockerfile or .dockerignore that
 * excludes itself is read but never reaches COPY — as with buildx. We serve
 * `moby.filesync.v1.FileSync/DiffCopy` with fsutil's send protocol (tonistiigi/fsutil send.go/wire.proto):
 * one STAT packet per entry in walk order, an empty STAT to end, then DATA packets for each REQ (by the
 * entry's index), an empty DATA to end a file, FIN to finish.
 */




const PACKET = { STAT: 0, REQ: 1, DATA: 2, FIN: 3, ERR: 4 };
const MODE_DIR = 0x80000000;
const MODE_SYMLINK = 0x08000000;
const MTIME_NS = _context_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_MTIME */ .LB.getTime() * 1e6;
function statMessage(e) {
    const mode = e.kind === 'directory' ? MODE_DIR | e.mode : e.kind === 'symlink' ? MODE_SYMLINK | 0o777 : e.mode;
    return (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .encode */ .lF)([
        { no: 1, bytes: e.path },
        { no: 2, int: mode >>> 0 },
        { no: 5, int: e.kind === 'file' ? e.size : 0 },
        { no: 6, int: MTIME_NS },
        ...(e.linkname !== undefined ? [{ no: 7, bytes: e.linkname }] : []),
    ]);
}
function packet(type, p = {}) {
    return (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .encode */ .lF)([
        ...(type ? [{ no: 1, int: type }] : []),
        ...(p.stat ? [{ no: 2, bytes: p.stat }] : []),
        ...(p.id ? [{ no: 3, int: p.id }] : []),
        ...(p.data && p.data.length ? [{ no: 4, bytes: p.data }] : []),
    ]);
}
function readPacket(buf) {
    let type = 0;
    let id = 0;
    for (const f of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .fields */ .OA)(buf)) {
        if (f.no === 1 && f.int !== undefined)
            type = f.int;
        if (f.no === 3 && f.int !== undefined)
            id = f.int;
    }
    return { type, id };
}
/** The entries to send for one DiffCopy call: `followpaths` (what the frontend reads, e.g. the
 * Dockerfile or .dockerignore) straight from disk, or else the filtered context. */
async function entriesFor(plan, dir, followPaths) {
    const root = dir === 'dockerfile' ? dockerfileDir(plan) : plan.dir;
    if (followPaths.length || dir === 'dockerfile') {
        const wanted = followPaths.length ? followPaths : [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dockerfileAbs(plan))];
        const out = new Map();
        for (const rel of wanted) {
            const clean = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rel).replace(/^\/+/, '');
            if (clean.startsWith('..'))
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, clean);
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
            }
            catch {
                continue;
            }
            const parts = clean.split('/');
            for (let i = 1; i < parts.length; i++) {
                const p = parts.slice(0, i).join('/');
                if (!out.has(p))
                    out.set(p, { path: p, kind: 'directory', abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, p), mode: 0o755, size: 0 });
            }
            if (st.isFile())
                out.set(clean, { path: clean, kind: 'file', abs, mode: st.mode & 0o7777, size: st.size });
            else if (st.isSymbolicLink())
                out.set(clean, {
                    path: clean,
                    kind: 'symlink',
                    abs,
                    mode: 0o777,
                    size: 0,
                    linkname: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs),
                });
        }
        return [...out.values()].sort((a, b) => comparePath(a.path, b.path));
    }
    const out = [];
    for await (const e of (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .walkContext */ .ph)(plan))
        out.push({
            path: e.name,
            kind: e.type,
            abs: e.abs,
            mode: e.mode,
            size: e.size,
            ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
        });
    return out;
}
/** fsutil's order: path components compared one by one. */
function comparePath(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
}
function dockerfileAbs(plan) {
    return plan.externalDockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(plan.dir, plan.dockerfile);
}
function dockerfileDir(plan) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dockerfileAbs(plan));
}
/** Runs the sender side of one DiffCopy stream. */
async function sendEntries(entries, send, receive) {
    for (const e of entries)
        await send(packet(PACKET.STAT, { stat: statMessage(e) }));
    await send(packet(PACKET.STAT));
    for (;;) {
        const msg = await receive();
        if (!msg)
            return;
        const p = readPacket(msg);
        if (p.type === PACKET.FIN) {
            await send(packet(PACKET.FIN));
            return;
        }
        if (p.type === PACKET.ERR)
            throw new Error('the engine reported an error while reading the context');
        if (p.type !== PACKET.REQ)
            continue;
        const e = entries[p.id];
        if (!e || e.kind !== 'file')
            throw new Error(`the engine asked for entry ${p.id}, which is no file`);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(e.abs, 'r');
        try {
            const buf = Buffer.alloc(32 * 1024);
            for (;;) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, null);
                if (n === 0)
                    break;
                // Awaited: the HTTP/2 stream's backpressure keeps memory flat for any context size.
                await send(packet(PACKET.DATA, { id: p.id, data: Buffer.from(buf.subarray(0, n)) }));
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        await send(packet(PACKET.DATA, { id: p.id }));
    }
}


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   lF: () => (/* binding */ encode)
/* harmony export */ });
/**
 * Just enough protobuf for the BuildKit session and trace messages: varints, length-delimited fields,
 * and skipping what we do not read. No schema compiler, no runtime dependency.
 */
function readVarint(buf, pos) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (pos >= buf.length)
            throw new Error('protobuf: truncated varint');
        const b = buf[pos++];
        result += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new Error('protobuf: varint too long');
    }
}
function* fields(buf) {
    let pos = 0;
    while (pos < buf.length) {
        const [key, p1] = readVarint(buf, pos);
        pos = p1;
        const no = Math.floor(key / 8);
        const wire = key & 7;
        if (wire === 0) {
            const [v, p2] = readVarint(buf, pos);
            pos = p2;
            yield { no, wire, int: v };
        }
        else if (wire === 2) {
            const [len, p2] = readVarint(buf, pos);
            if (p2 + len > buf.length)
                throw new Error('protobuf: truncated field');
            yield { no, wire, bytes: buf.subarray(p2, p2 + len) };
            pos = p2 + len;
        }
        else if (wire === 1) {
            pos += 8;
        }
        else if (wire === 5) {
            pos += 4;
        }
        else
            throw new Error(`protobuf: unsupported wire type ${wire}`);
    }
}
function varint(n) {
    const out = [];
    let v = n;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return Buffer.from(out);
}
/** Encodes length-delimited (string/bytes/message) and varint fields, in the given order. */
function encode(parts) {
    const chunks = [];
    for (const p of parts) {
        if ('int' in p) {
            chunks.push(varint(p.no * 8), varint(p.int));
        }
        else {
            const b = typeof p.bytes === 'string' ? Buffer.from(p.bytes) : p.bytes;
            chunks.push(varint(p.no * 8 + 2), varint(b.length), b);
        }
    }
    return Buffer.concat(chunks);
}
/** The first string (length-delimited) value of a field, if any. */
function stringField(buf, no) {
    for (const f of fields(buf))
        if (f.no === no && f.bytes)
            return f.bytes.toString('utf8');
    return undefined;
}


/***/ })

};
