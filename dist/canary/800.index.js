export const id = 800;
export const ids = [800];
export const modules = {

/***/ 8957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ httpStatus),
/* harmony export */   z: () => (/* binding */ isReadOnlyRefusal)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3189);
/**
 * What a failed GitHub API call was, told from the error alone. Apart from client.ts so that the publishing path
 * can classify failures without loading Octokit (client.ts is imported on first use: cold start,
 * docs/performance.md).
 */

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(error) {
    const s = error?.status;
    return typeof s === 'number' ? s : undefined;
}
/** A fork PR's or read-only token's refusal: 403 "Resource not accessible by integration". */
function isReadOnlyRefusal(error) {
    return (httpStatus(error) === 403 &&
        /not accessible by integration|read-only|forbidden/i.test((0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeThrown */ .YI)(error)));
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ checkApiUrl),
/* harmony export */   t: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3189);

/** Ports fetch refuses outright (WHATWG fetch "bad port"): a request there can never succeed, so no retry loop. */
const BAD_PORTS = new Set([
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
    109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
    526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
    3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);
/** Refuses, before any request, an API URL that is not a URL or whose port fetch never opens. */
function checkApiUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GITHUB_API_URL "${url}" is not a URL.`);
    }
    if (u.port && BAD_PORTS.has(Number(u.port)))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Cannot reach the GitHub API at ${url}: port ${u.port} is one that fetch always refuses ("bad port").`, {
            hint: 'Point GITHUB_API_URL at the API of your GitHub (Enterprise) server.',
        });
}
/** The GitHub API base URL in force: the one given, else GITHUB_API_URL (as Octokit's default reads it), else github.com. */
function apiBaseUrl(given) {
    return given ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
}


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   jt: () => (/* binding */ redactRequest),
/* harmony export */   nG: () => (/* reexport safe */ _api_errors_js__WEBPACK_IMPORTED_MODULE_0__.n),
/* harmony export */   zx: () => (/* reexport safe */ _api_errors_js__WEBPACK_IMPORTED_MODULE_0__.z)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1582);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2847);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3510);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4491);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2812);
/* harmony import */ var _log_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4805);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9537);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8957);








/** Request options that are not a request's content: left as they are by the redaction hook. */
const NOT_CONTENT = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);
/**
 * The redaction boundary of the GitHub API: every parameter of every request (REST body fields such as
 * `body` and `title`, GraphQL `query` and `variables`) has every secret in the registry replaced by ***
 * before it is sent, whichever helper built it (sticky comments, labels, checks, ...).
 */
function redactRequest(options) {
    if (_log_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .secretRegistry */ .Ee.size === 0)
        return;
    for (const key of Object.keys(options))
        if (!NOT_CONTENT.has(key))
            options[key] = _log_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .secretRegistry */ .Ee.redactDeep(options[key]);
}
/**
 * The Octokit that @actions/github's getOctokit builds (core + REST methods + pagination), plus retry and
 * throttling. Built from the same @octokit packages directly because @actions/github's entry loads
 * @actions/http-client and undici eagerly for proxy support (+~50 ms per step, docs/performance.md);
 * with a proxy configured, @actions/github's proxy-aware fetch is loaded on first use instead.
 */
const PipewrightOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_3__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_4__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_5__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_6__/* .throttling */ .A);
/** A stand-in for a Bottleneck group that runs every job at once (for `spaceWrites: false`). */
const unspacedGroup = {
    key: () => ({
        schedule: (...args) => {
            const [first, ...rest] = args;
            const [fn, ...fnArgs] = (typeof first === 'function' ? args : rest);
            return Promise.resolve().then(() => fn(...fnArgs));
        },
    }),
};
/**
 * The Octokit of @actions/github (see above) with the retry plugin (5xx, network errors) and the throttling plugin
 * (429, primary and secondary rate limits, honouring Retry-After), both bounded by `retries`.
 */
function createGitHubClient(opts) {
    const retries = opts.retries ?? 3;
    const base = opts.retryAfterBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        opts.logger?.info(`GitHub ${kind} on ${options.method} ${options.url}; retry ${retryCount + 1}/${retries} in ${retryAfter}s`);
        return retryCount < retries;
    };
    const baseUrl = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_7__/* .apiBaseUrl */ .t)(opts.baseUrl);
    // A port fetch refuses ("bad port") can never answer: say so now instead of retrying for ~14 s.
    (0,_api_url_js__WEBPACK_IMPORTED_MODULE_7__/* .checkApiUrl */ .S)(baseUrl);
    const proxied = proxyFetch();
    const octokit = new PipewrightOctokit({
        auth: opts.token,
        baseUrl,
        userAgent: 'pipewright',
        ...(proxied ? { request: { fetch: proxied } } : {}),
        // 429 is the throttling plugin's: GitHub's 429s are rate limits (secondary: its message + Retry-After;
        // primary: x-ratelimit-remaining 0 + reset). Retried here too, they went out after 1, 4, 9 × base,
        // ignoring Retry-After, and the throttling plugin never saw them.
        retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: base,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(opts.spaceWrites === false
                ? { write: unspacedGroup, notifications: unspacedGroup }
                : {}),
        },
        log: {
            debug: (m) => opts.logger?.debug(m),
            info: (m) => opts.logger?.debug(m),
            warn: (m) => opts.logger?.debug(m),
            error: (m) => opts.logger?.debug(m),
        },
    });
    octokit.hook.before('request', (options) => redactRequest(options));
    return octokit;
}
/**
 * With a proxy configured (HTTPS_PROXY/HTTP_PROXY; NO_PROXY honoured), @actions/github's proxy-aware fetch,
 * loaded on the first request so steps without a proxy never load undici. Undefined when there is no proxy.
 */
function proxyFetch() {
    const env = process.env;
    if (!(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy))
        return undefined;
    let loaded;
    return async (input, init) => {
        loaded ??= __webpack_require__.e(/* import() */ 268).then(__webpack_require__.bind(__webpack_require__, 268)).then((u) => (u.defaults.request?.fetch ?? fetch));
        return (await loaded)(input, init);
    };
}


/***/ }),

/***/ 5800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LABEL_LENGTH: () => (/* reexport */ MAX_LABEL_LENGTH),
  apiBaseUrl: () => (/* reexport */ api_url/* apiBaseUrl */.t),
  checkApiUrl: () => (/* reexport */ api_url/* checkApiUrl */.S),
  checkLabelNames: () => (/* reexport */ checkLabelNames),
  createGitHubClient: () => (/* reexport */ client.createGitHubClient),
  headCommit: () => (/* reexport */ context/* headCommit */.Qo),
  httpStatus: () => (/* reexport */ client/* httpStatus */.nG),
  isReadOnlyRefusal: () => (/* reexport */ client/* isReadOnlyRefusal */.zx),
  loadGitHubClient: () => (/* reexport */ loadGitHubClient),
  publishToPullRequest: () => (/* reexport */ publishToPullRequest),
  readRunContext: () => (/* reexport */ context/* readRunContext */.$p),
  redactRequest: () => (/* reexport */ client/* redactRequest */.jt),
  requireRepository: () => (/* reexport */ context/* requireRepository */.Cc),
  resolvePullRequest: () => (/* reexport */ context/* resolvePullRequest */.DJ),
  stickyMarker: () => (/* reexport */ stickyMarker),
  syncOwnedLabels: () => (/* reexport */ syncOwnedLabels),
  uploadSarif: () => (/* reexport */ uploadSarif),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment),
  warnGitHubFailure: () => (/* reexport */ warnGitHubFailure)
});

// EXTERNAL MODULE: ../../packages/shared/src/github/client.ts
var client = __webpack_require__(3622);
// EXTERNAL MODULE: ../../packages/shared/src/github/api-url.ts
var api_url = __webpack_require__(9537);
;// CONCATENATED MODULE: ../../packages/shared/src/github/load-client.ts

/**
 * createGitHubClient with Octokit loaded on first use, for the paths that may never talk to GitHub (no token, not a
 * pull request, comments off): Octokit and its REST method table are ~170 kB that a bundle would otherwise compile
 * at every start (cold start, docs/performance.md). An API URL that can never answer is refused before anything
 * is loaded. Keep value imports of client.ts out of modules the actions import at start-up.
 */
async function loadGitHubClient(opts) {
    (0,api_url/* checkApiUrl */.S)((0,api_url/* apiBaseUrl */.t)(opts.baseUrl));
    const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3622));
    return createGitHubClient(opts);
}

// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var context = __webpack_require__(4938);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __webpack_require__(3189);
// EXTERNAL MODULE: ../../packages/shared/src/report/escape.ts
var report_escape = __webpack_require__(9489);
// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __webpack_require__(8355);
// EXTERNAL MODULE: ../../packages/shared/src/github/api-errors.ts
var api_errors = __webpack_require__(8957);
;// CONCATENATED MODULE: ../../packages/shared/src/github/sticky-comment.ts




/** The hidden marker that identifies our comment. The key is normalised so it cannot break the HTML comment. */
function stickyMarker(action, key) {
    const safe = (s) => s.replace(/[^\w./:@=+-]/g, '_');
    return (0,report_escape/* hiddenMarker */.z0)(`pipewright:${safe(action)}:${safe(key)}`);
}
async function listMarked(o, marker) {
    const all = (await o.client.paginate(o.client.rest.issues.listComments, {
        owner: o.pr.owner,
        repo: o.pr.repo,
        issue_number: o.pr.number,
        per_page: 100,
    }));
    // Our comments start with the marker. A marker further down is someone quoting our comment in a reply
    // (GitHub's "Quote reply" keeps the hidden HTML comment): not ours, never to be edited.
    return all.filter((c) => (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
}
/**
 * One comment per (action, key), found by a hidden marker — never by the author's login, which GitHub App
 * tokens do not have. Never touches a comment without our marker.
 *
 * Two runs racing may both create; after creating, the run re-reads, and every run whose comment is not the
 * oldest deletes its own and writes to the oldest instead, so exactly one remains.
 *
 * A read-only token (fork PRs) is not a failure: the caller gets `read-only` and a warning is logged.
 */
async function upsertStickyComment(o) {
    const marker = stickyMarker(o.action, o.key);
    const body = withinLimit(`${marker}\n${o.body}`);
    const { owner, repo } = o.pr;
    try {
        const existing = await listMarked(o, marker);
        const mode = o.mode ?? 'update';
        if (mode === 'update' && existing.length > 0) {
            const keep = existing[0];
            if (o.minimizeOutdated)
                await minimize(o, existing.slice(1));
            if (keep.body === body)
                return { status: 'unchanged', commentId: keep.id, url: keep.html_url };
            const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
            return { status: 'updated', commentId: data.id, url: data.html_url };
        }
        const { data: created } = await o.client.rest.issues.createComment({
            owner,
            repo,
            issue_number: o.pr.number,
            body,
        });
        if (mode === 'recreate') {
            await minimize(o, existing);
            return { status: 'created', commentId: created.id, url: created.html_url };
        }
        // Race check: another run may have created one between our list and our create.
        const after = await listMarked(o, marker);
        const oldest = after[0];
        if (oldest && oldest.id !== created.id) {
            await o.client.rest.issues.deleteComment({ owner, repo, comment_id: created.id });
            const { data } = await o.client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
            return { status: 'updated', commentId: data.id, url: data.html_url };
        }
        return { status: 'created', commentId: created.id, url: created.html_url };
    }
    catch (error) {
        if ((0,api_errors/* isReadOnlyRefusal */.z)(error)) {
            o.logger.warning('Could not write the pull request comment: the token is read-only (a pull request from a fork, or missing ' +
                '`pull-requests: write` permission). The report is in the job summary instead.', { title: `${o.action}: comment not written` });
            return { status: 'read-only' };
        }
        throw error;
    }
}
async function minimize(o, comments) {
    for (const c of comments) {
        try {
            await o.client.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { id: c.node_id });
        }
        catch (error) {
            o.logger.debug(`minimizing comment ${c.id} failed: ${(0,errors/* describeThrown */.YI)(error)}`);
        }
    }
}
function withinLimit(body) {
    return body.length <= report_document/* COMMENT_LIMIT */.W$ ? body : (0,report_document/* cutToLimit */.bH)(body, report_document/* COMMENT_LIMIT */.W$);
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/labels.ts

/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50;
function checkLabelNames(names) {
    return names
        .filter((n) => n.length > MAX_LABEL_LENGTH || n.trim() === '')
        .map((n) => `label "${n}" is empty or longer than ${MAX_LABEL_LENGTH} characters`);
}
/**
 * Makes the PR carry exactly `wanted` out of the labels this action owns; labels it does not own are left alone.
 * Returns what changed.
 */
async function syncOwnedLabels(client, pr, owned, wanted) {
    const bad = checkLabelNames([...owned, ...wanted]);
    if (bad.length)
        throw new errors/* UserError */.yo(bad.join('; '));
    const { owner, repo, number } = pr;
    const current = (await client.paginate(client.rest.issues.listLabelsOnIssue, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
    })).map((l) => l.name);
    // GitHub compares label names case-insensitively.
    const has = (list, l) => list.some((x) => x.toLowerCase() === l.toLowerCase());
    const removed = current.filter((l) => has(owned, l) && !has(wanted, l));
    const added = wanted.filter((l) => !has(current, l));
    for (const name of removed)
        await client.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
    if (added.length)
        await client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: added });
    return { added, removed };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __webpack_require__(4805);
;// CONCATENATED MODULE: ../../packages/shared/src/github/code-scanning.ts


/**
 * Uploads a SARIF log through the code-scanning API (gzip + base64, as the API requires). Known secrets are
 * redacted before compression, where the request hook of client.ts can no longer see them.
 */
async function uploadSarif(client, repo, sarif, commitSha, ref) {
    const encoded = (0,external_node_zlib_.gzipSync)(Buffer.from((0,secrets/* redactKnown */.rA)(sarif), 'utf8')).toString('base64');
    const { data } = await client.rest.codeScanning.uploadSarif({
        owner: repo.owner,
        repo: repo.repo,
        commit_sha: commitSha,
        ref,
        sarif: encoded,
    });
    return { id: data.id };
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/publish.ts
/**
 * The one way an action publishes its report to a pull request. One behaviour for every action:
 * - a sticky comment per (action, key), updated in place (or re-posted, `recreate`);
 * - not a pull request run: nothing to do (the report is in the job summary);
 * - a read-only token (a fork's `pull_request`, missing `pull-requests: write`): one warning, step stays green;
 * - any other GitHub API failure, after the client's retries: one warning naming the HTTP status, step stays
 *   green — a GitHub outage is never "a bug in pipewright", and never fails a step whose work succeeded;
 * - a user mistake (an explicit `pr-number` that is not a pull request) is a UserError, as before.
 * The caller writes the job summary first, so the report is there whatever happens here.
 */





const READ_ONLY = 'the token is read-only (a pull request from a fork, or a workflow without `permissions: pull-requests: write`)';
async function publishToPullRequest(o) {
    const { logger, context: ctx } = o;
    const title = `${o.action}: comment not written`;
    if (!o.client && !o.token) {
        logger.warning('No `github-token`: the report is in the job summary only.', { title });
        return { status: 'no-token' };
    }
    let client;
    try {
        client = o.client ?? (await loadGitHubClient({ token: o.token, baseUrl: ctx.apiUrl, logger }));
    }
    catch (e) {
        // An API URL fetch can never reach (GITHUB_API_URL): the comment cannot be written, the step's work stands.
        return failed(o, e, 'connecting to the GitHub API');
    }
    let pr;
    if (o.pullRequest !== undefined)
        pr = o.pullRequest ?? undefined;
    else {
        try {
            pr = await (0,context/* resolvePullRequest */.DJ)(ctx, o.prNumber, client);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            return failed(o, e, 'finding the pull request of this run');
        }
    }
    if (!pr) {
        logger.info(`This ${ctx.eventName || 'run'} is not about a pull request: the report is in the job summary.`);
        return { status: 'not-a-pr' };
    }
    // A fork's pull_request run gets a read-only token: say so without a refused write. (pull_request_target
    // runs get a write token even for forks, so they try.)
    if (pr.isFork && ctx.eventName === 'pull_request') {
        logger.warning(`Could not write the pull request comment: ${READ_ONLY}. The report is in the job summary instead.`, { title });
        return { status: 'read-only' };
    }
    let result;
    try {
        if (o.body === undefined) {
            result = { status: 'skipped' };
        }
        else if (o.create === false && !(await hasComment(client, pr, stickyMarker(o.action, o.key)))) {
            logger.info('No earlier comment to bring up to date: no comment written.');
            result = { status: 'skipped' };
        }
        else {
            const r = await upsertStickyComment({
                client,
                pr,
                action: o.action,
                key: o.key,
                body: o.body,
                logger,
                ...(o.mode ? { mode: o.mode } : {}),
            });
            // upsertStickyComment has already warned about a read-only token.
            if (r.status === 'read-only')
                return { status: 'read-only' };
            logger.info(`Pull request comment ${r.status}${r.url ? `: ${r.url}` : ''}`);
            result = { status: r.status, ...(r.url ? { url: r.url } : {}) };
        }
    }
    catch (e) {
        return failed(o, e, 'writing the pull request comment');
    }
    if (o.also) {
        try {
            await o.also(client, pr);
        }
        catch (e) {
            if (e instanceof errors/* UserError */.yo)
                throw e;
            const f = warnGitHubFailure(logger, e, 'updating the pull request', {
                title: `${o.action}: pull request not updated`,
                fallback: 'The comment and the job summary have the report',
            });
            return { ...result, ...(f.httpStatus ? { httpStatus: f.httpStatus } : {}) };
        }
    }
    return result;
}
/**
 * A GitHub API failure as one warning (a read-only refusal, or the HTTP status after retries); never thrown, so
 * the step's own result stands. For the other writes an action makes beside its comment (SARIF upload, labels).
 */
function warnGitHubFailure(logger, e, doing, wording) {
    // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 without a response.
    const answered = e?.response !== undefined;
    const status = answered ? (0,api_errors/* httpStatus */.n)(e) : undefined;
    if ((0,api_errors/* isReadOnlyRefusal */.z)(e)) {
        logger.warning(`GitHub refused ${doing}: ${READ_ONLY}. ${wording.fallback}.`, { title: wording.title });
        return { status: 'read-only' };
    }
    const answer = status !== undefined ? `GitHub answered HTTP ${status}` : 'GitHub could not be reached';
    const detail = e?.message ?? String(e);
    logger.warning(`${answer} while ${doing} (after retries): ${detail}. ${wording.fallback}; re-run the job to retry.`, {
        title: wording.title,
    });
    logger.debug(`GitHub API failure: ${e?.stack ?? detail}`);
    return { status: 'failed', ...(status !== undefined ? { httpStatus: status } : {}) };
}
function failed(o, e, doing) {
    return warnGitHubFailure(o.logger, e, doing, {
        title: `${o.action}: comment not written`,
        fallback: 'The report is in the job summary',
    });
}
async function hasComment(client, pr, marker) {
    const all = (await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    }));
    return all.some((c) => (c.body ?? '').trimStart().startsWith(marker));
}

;// CONCATENATED MODULE: ../../packages/shared/src/github/index.ts










/***/ })

};
