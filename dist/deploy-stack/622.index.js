export const id = 622;
export const ids = [622];
export const modules = {

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony export redactRequest */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1582);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2847);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3510);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4491);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2812);
/* harmony import */ var _log_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4805);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9537);








/** Request options that are not a request's content: left as they are by the redaction hook. */
const NOT_CONTENT = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);
/**
 * The redaction boundary of the GitHub API: every parameter of every request (REST body fields such as
 * `body` and `title`, GraphQL `query` and `variables`) has every secret in the registry replaced by ***
 * before it is sent, whichever helper built it (sticky comments, labels, checks, ...).
 */
function redactRequest(options) {
    if (_log_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretRegistry */ .Ee.size === 0)
        return;
    for (const key of Object.keys(options))
        if (!NOT_CONTENT.has(key))
            options[key] = _log_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretRegistry */ .Ee.redactDeep(options[key]);
}
/**
 * The Octokit that @actions/github's getOctokit builds (core + REST methods + pagination), plus retry and
 * throttling. Built from the same @octokit packages directly because @actions/github's entry loads
 * @actions/http-client and undici eagerly for proxy support (+~50 ms per step, docs/performance.md);
 * with a proxy configured, @actions/github's proxy-aware fetch is loaded on first use instead.
 */
const PipewrightOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
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
    const baseUrl = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_6__/* .apiBaseUrl */ .t)(opts.baseUrl);
    // A port fetch refuses ("bad port") can never answer: say so now instead of retrying for ~14 s.
    (0,_api_url_js__WEBPACK_IMPORTED_MODULE_6__/* .checkApiUrl */ .S)(baseUrl);
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


/***/ })

};
