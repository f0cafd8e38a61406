export const id = 509;
export const ids = [509];
export const modules = {

/***/ 8509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __webpack_require__(3189);
;// CONCATENATED MODULE: ../../packages/shared/src/github/api-errors.ts
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
        /not accessible by integration|read-only|forbidden/i.test((0,errors/* describeThrown */.YI)(error)));
}

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
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(622)]).then(__webpack_require__.bind(__webpack_require__, 3622));
    return createGitHubClient(opts);
}

// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var context = __webpack_require__(4938);
// EXTERNAL MODULE: ../../packages/shared/src/report/escape.ts
var report_escape = __webpack_require__(9489);
// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __webpack_require__(8355);
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
        if (isReadOnlyRefusal(error)) {
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
    const status = answered ? httpStatus(e) : undefined;
    if (isReadOnlyRefusal(e)) {
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

;// CONCATENATED MODULE: ./src/comment.ts


/**
 * The sticky PR comment: one per stack and region, updated in place on every run, through the shared publishing
 * path (a read-only token or a GitHub outage is one warning; the report is in the job summary). Loaded only when
 * a comment is due, so a plain deploy never loads Octokit. It never fails the step: the deployment's own
 * outcome (and error) must not be replaced by the comment's.
 */
async function commentOnPullRequest(rt, token, cfg, body) {
    try {
        await publishToPullRequest({
            context: rt.context,
            logger: rt.logger,
            token,
            action: 'deploy-stack',
            key: `${cfg.region}/${cfg.stackName}`,
            body,
        });
    }
    catch (error) {
        rt.logger.warning(`Could not write the pull request comment: ${(0,errors/* describeThrown */.YI)(error)}`, {
            title: 'deploy-stack: comment not written',
        });
    }
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


/***/ })

};
