export const id = 809;
export const ids = [809];
export const modules = {

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ../../packages/shared/src/github/client.ts + 2 modules
var github_client = __webpack_require__(9213);
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
        if ((0,github_client/* isReadOnlyRefusal */.zx)(error)) {
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
            o.logger.debug(`minimizing comment ${c.id} failed: ${error.message}`);
        }
    }
}
function withinLimit(body) {
    return body.length <= report_document/* COMMENT_LIMIT */.W$ ? body : (0,report_document/* cutToLimit */.bH)(body, report_document/* COMMENT_LIMIT */.W$);
}

;// CONCATENATED MODULE: ./src/comment.ts

/**
 * The sticky PR comment: one per stack and region, updated in place on every run. Loaded only when a
 * comment is due, so a plain deploy never loads Octokit. A comment that cannot be written is a warning.
 */
async function commentOnPullRequest(rt, token, cfg, body) {
    const client = (0,github_client/* createGitHubClient */.LX)({ token, baseUrl: rt.context.apiUrl, logger: rt.logger });
    try {
        const pr = await (0,context/* resolvePullRequest */.DJ)(rt.context, undefined, client);
        if (!pr) {
            rt.logger.debug('Not a pull request run: no comment.');
            return;
        }
        const r = await upsertStickyComment({
            client,
            pr,
            action: 'deploy-stack',
            key: `${cfg.region}/${cfg.stackName}`,
            body,
            logger: rt.logger,
        });
        if (r.url)
            rt.logger.info(`Pull request comment ${r.status}: ${r.url}`);
    }
    catch (error) {
        rt.logger.warning(`Could not write the pull request comment: ${error.message}`, {
            title: 'deploy-stack: comment not written',
        });
    }
}


/***/ })

};
