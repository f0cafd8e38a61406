import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ CATALOGUE),
  h: () => (/* binding */ RISK_NAMES)
});

;// CONCATENATED MODULE: ./src/dast/catalogue/meta.ts
const m = (pluginId, name, risk, confidence, cwe, wasc, description, solution, extra = {}) => ({ pluginId, name, risk, confidence, cwe, wasc, description, solution, ...extra });

;// CONCATENATED MODULE: ./src/dast/catalogue/caching.ts
/** Metadata of the rules for caching (../rules/caching.ts). */

const CACHING = {
    '10015': m('10015', 'Re-examine Cache-control Directives', 0, 1, 525, 13, 'Cache-Control does not prevent caching of a possibly sensitive HTTPS response.', 'Set Cache-Control: no-cache, no-store, must-revalidate where content is sensitive.', { noisy: true }),
    '10049-1': m('10049', 'Non-Storable Content', 0, 2, 524, 13, 'The response cannot be stored by a cache.', 'None needed if the content is sensitive.', { noisy: true }),
    '10049-2': m('10049', 'Storable but Non-Cacheable Content', 0, 2, 524, 13, 'The response can be stored but must be revalidated before reuse.', 'None needed if intended.', { noisy: true }),
    '10049-3': m('10049', 'Storable and Cacheable Content', 0, 2, 524, 13, 'The response can be stored and served from a cache without revalidation.', 'Use Cache-Control: no-store for sensitive content.', { noisy: true }),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/cookies.ts
/** Metadata of the rules for cookies and session tokens (../rules/cookies.ts). */

const COOKIES = {
    '10054-1': m('10054', 'Cookie without SameSite Attribute', 1, 2, 1275, 13, 'A cookie was set without a SameSite attribute, so it can be sent with cross-site requests.', 'Set SameSite=Lax or Strict on every cookie.'),
    '10054-2': m('10054', 'Cookie with SameSite Attribute None', 1, 2, 1275, 13, 'A cookie was set with SameSite=None.', 'Use SameSite=Lax or Strict unless cross-site use is intended.'),
    '10054-3': m('10054', 'Cookie with Invalid SameSite Attribute', 1, 2, 1275, 13, 'A cookie has a SameSite value other than Strict, Lax or None.', 'Use Strict or Lax.'),
    '10010': m('10010', 'Cookie No HttpOnly Flag', 1, 2, 1004, 13, 'A cookie was set without HttpOnly, so scripts can read it.', 'Set HttpOnly on every cookie scripts do not need.'),
    '10011': m('10011', 'Cookie Without Secure Flag', 1, 2, 614, 13, 'A cookie was set over HTTPS without the Secure flag.', 'Set Secure on every cookie sent over HTTPS.'),
    '10112': m('10112', 'Session Management Response Identified', 0, 2, 0, 0, 'The response contains a session management token (a cookie, an Authorization or X-CSRF-Token header, or a token in a JSON body).', 'Informational, nothing to fix.'),
    '90033': m('90033', 'Loosely Scoped Cookie', 0, 1, 565, 15, 'A cookie is scoped to a parent domain of the host that set it, so every subdomain of that parent receives it.', 'Scope cookies to the fully qualified host name (omit Domain, or set it to the host).'),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/csp.ts
/** Metadata of the rules for Content Security Policy (../rules/csp.ts). */

const CSP = {
    '10038-1': m('10038', 'Content Security Policy (CSP) Header Not Set', 2, 3, 693, 15, 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate cross-site scripting and data injection attacks.', 'Configure the web server to set the Content-Security-Policy header.'),
    '10038-2': m('10038', 'Obsolete Content Security Policy (CSP) Header Found', 0, 3, 693, 15, 'The "X-Content-Security-Policy" and "X-WebKit-CSP" headers are obsolete and no longer recommended.', 'Set the standard Content-Security-Policy header instead.'),
    '10038-3': m('10038', 'Content Security Policy (CSP) Report-Only Header Found', 0, 3, 693, 15, 'The response has a Content-Security-Policy-Report-Only header: the policy is reported, not enforced.', 'Enforce the policy with Content-Security-Policy once it is tested.'),
    '10055-1': m('10055', 'CSP: Wildcard Directive', 2, 3, 693, 15, 'A CSP directive allows any source (a wildcard) or is not defined with a fallback.', 'Restrict every directive to the sources you need.'),
    '10055-2': m('10055', 'CSP: script-src unsafe-inline', 2, 3, 693, 15, "script-src allows 'unsafe-inline'.", "Remove 'unsafe-inline'; use nonces or hashes."),
    '10055-3': m('10055', 'CSP: style-src unsafe-inline', 2, 3, 693, 15, "style-src allows 'unsafe-inline'.", "Remove 'unsafe-inline' from style-src."),
    '10055-4': m('10055', 'CSP: Notices', 1, 3, 693, 15, 'The CSP has unknown or malformed directives.', 'Fix the policy syntax.'),
    '10055-5': m('10055', 'CSP: Malformed Policy (Non-ASCII)', 2, 3, 693, 15, 'The CSP contains non-ASCII characters.', 'Use only ASCII in the policy.'),
    '10055-6': m('10055', 'CSP: Header & Meta', 0, 3, 693, 15, 'The CSP is set both as a header and through a META tag.', 'Set the policy in one place.'),
    '10055-7': m('10055', 'CSP: Meta Policy Invalid Directive', 2, 3, 693, 15, 'A META-delivered CSP uses a directive that META policies do not support (frame-ancestors, report-uri, sandbox).', 'Move the policy to a header.'),
    '10055-8': m('10055', 'CSP: script-src unsafe-hashes', 2, 3, 693, 15, "script-src allows 'unsafe-hashes'.", "Remove 'unsafe-hashes'."),
    '10055-9': m('10055', 'CSP: style-src unsafe-hashes', 2, 3, 693, 15, "style-src allows 'unsafe-hashes'.", "Remove 'unsafe-hashes'."),
    '10055-10': m('10055', 'CSP: script-src unsafe-eval', 2, 3, 693, 15, "script-src allows 'unsafe-eval'.", "Remove 'unsafe-eval'."),
    '10055-13': m('10055', 'CSP: Failure to Define Directive with No Fallback', 2, 3, 693, 15, 'The CSP does not define a directive that has no fallback to default-src (form-action, frame-ancestors).', 'Define form-action and frame-ancestors.'),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/headers.ts
/** Metadata of the rules for security headers (../rules/headers.ts). */

const HEADERS = {
    '10020-1': m('10020', 'Missing Anti-clickjacking Header', 2, 2, 1021, 15, 'The response does not protect against clickjacking: it has neither Content-Security-Policy with "frame-ancestors" nor X-Frame-Options.', 'Set Content-Security-Policy: frame-ancestors, or X-Frame-Options: DENY or SAMEORIGIN.'),
    '10020-2': m('10020', 'Multiple X-Frame-Options Header Entries', 2, 2, 1021, 15, 'More than one X-Frame-Options header was sent; browsers may ignore them all.', 'Send exactly one X-Frame-Options header.'),
    '10020-3': m('10020', 'X-Frame-Options Defined via META (Non-compliant with Spec)', 2, 2, 1021, 15, 'X-Frame-Options set through a META tag has no effect.', 'Send X-Frame-Options as an HTTP header.'),
    '10020-4': m('10020', 'X-Frame-Options Setting Malformed', 2, 2, 1021, 15, 'The X-Frame-Options header is not DENY or SAMEORIGIN.', 'Use DENY or SAMEORIGIN.'),
    '10021': m('10021', 'X-Content-Type-Options Header Missing', 1, 2, 693, 15, 'The anti-MIME-sniffing header X-Content-Type-Options was not set to "nosniff".', 'Set X-Content-Type-Options: nosniff on every response.'),
    '10035-1': m('10035', 'Strict-Transport-Security Header Not Set', 1, 3, 319, 15, 'HTTP Strict Transport Security (HSTS) is not set on an HTTPS response.', 'Send Strict-Transport-Security with a max-age.'),
    '10035-2': m('10035', 'Strict-Transport-Security Disabled', 1, 3, 319, 15, 'Strict-Transport-Security has max-age=0, which turns HSTS off.', 'Use a positive max-age.'),
    '10035-3': m('10035', 'Strict-Transport-Security Multiple Header Entries (Non-compliant with Spec)', 1, 3, 319, 15, 'More than one Strict-Transport-Security header was sent.', 'Send exactly one.'),
    '10035-4': m('10035', 'Strict-Transport-Security Header on Plain HTTP Response', 0, 3, 319, 15, 'Strict-Transport-Security over plain HTTP is ignored by browsers.', 'Send it over HTTPS only.'),
    '10035-5': m('10035', 'Strict-Transport-Security Missing Max-Age (Non-compliant with Spec)', 1, 3, 319, 15, 'Strict-Transport-Security has no max-age directive.', 'Add max-age.'),
    '10035-6': m('10035', 'Strict-Transport-Security Defined via META (Non-compliant with Spec)', 1, 3, 319, 15, 'Strict-Transport-Security set through a META tag has no effect.', 'Send it as an HTTP header.'),
    '10035-7': m('10035', 'Strict-Transport-Security Max-Age Malformed (Non-compliant with Spec)', 1, 3, 319, 15, 'The max-age of Strict-Transport-Security is not a plain number.', 'Use max-age=<seconds>.'),
    '10035-8': m('10035', 'Strict-Transport-Security Malformed Content (Non-compliant with Spec)', 1, 3, 319, 15, 'The Strict-Transport-Security header has malformed content.', 'Follow RFC 6797.'),
    '10036': m('10036', 'Server Leaks Version Information via "Server" HTTP Response Header Field', 1, 3, 497, 13, 'The web server leaks version information through the "Server" header.', 'Configure the server not to send its version (nginx: server_tokens off).'),
    '10037': m('10037', 'Server Leaks Information via "X-Powered-By" HTTP Response Header Field(s)', 1, 2, 497, 13, 'The server leaks the technology behind it through X-Powered-By.', 'Suppress X-Powered-By headers.'),
    '10098': m('10098', 'Cross-Domain Misconfiguration', 2, 2, 264, 14, 'Access-Control-Allow-Origin: * lets any site read the response.', 'Allow only the origins that need access.'),
    '10063-1': m('10063', 'Permissions Policy Header Not Set', 1, 2, 693, 15, 'Permissions-Policy is not set, so the page does not restrict browser features.', 'Set a Permissions-Policy header.'),
    '10063-2': m('10063', 'Deprecated Feature Policy Header Set', 1, 2, 16, 15, 'The deprecated Feature-Policy header is set instead of Permissions-Policy.', 'Use Permissions-Policy.'),
    '90004-1': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Resource-Policy is missing, same-site, or invalid.', 'Set Cross-Origin-Resource-Policy: same-origin (cross-origin for resources meant to be embedded anywhere).'),
    '90004-2': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Embedder-Policy is missing or invalid.', 'Set Cross-Origin-Embedder-Policy: require-corp.'),
    '90004-3': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Opener-Policy is missing or invalid.', 'Set Cross-Origin-Opener-Policy: same-origin.'),
    '10019': m('10019', 'Content-Type Header Missing', 0, 2, 345, 12, 'The Content-Type header was either missing or empty.', 'Ensure each page sets the specific and appropriate Content-Type for the content it delivers.'),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/info-leak.ts
/** Metadata of the rules for information leaks (../rules/info-leak.ts). */

const INFO_LEAK = {
    '10096': m('10096', 'Timestamp Disclosure - Unix', 1, 1, 497, 13, 'A Unix timestamp was disclosed by the application or web server.', 'Check that the timestamp is not sensitive and cannot be combined with other data.', { noisy: true }),
    '10027': m('10027', 'Information Disclosure - Suspicious Comments', 0, 1, 615, 13, 'The response contains comments that may help an attacker.', 'Remove comments that reveal internals before release.', { noisy: true }),
    '10009': m('10009', 'In Page Banner Information Leak', 1, 3, 497, 13, 'The server returned a version banner string in the response content (typically an error page). Such leaks let attackers target issues of that product and version.', 'Configure the server not to show its version on pages: custom error pages, and e.g. ServerSignature Off / ServerTokens Prod (Apache), server_tokens off (nginx).'),
    '10023': m('10023', 'Information Disclosure - Debug Error Messages', 1, 2, 200, 13, 'The response appears to contain an error or debug message of a platform (ASP.NET, PHP) or web server (IIS, Apache).', 'Disable debugging messages before pushing to production.'),
    '10033': m('10033', 'Directory Browsing', 2, 2, 548, 16, 'It is possible to view a listing of the directory contents, which may reveal hidden scripts, include files or backup files.', 'Configure the web server to disable directory browsing (nginx: autoindex off; Apache: Options -Indexes; lighttpd: dir-listing.activate = "disable").'),
    '90022': m('90022', 'Application Error Disclosure', 2, 2, 200, 13, 'The page contains an error or warning message that may disclose sensitive information, like the location of the file that produced an unhandled exception.', 'Use custom error pages; log the details on the server and show the user only a reference.'),
    '2': m('2', 'Private IP Disclosure', 1, 2, 497, 13, 'A private IP address (RFC 1918) was found in the response.', 'Remove private IP addresses from responses.'),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/input.ts
/** Metadata of the rules for forms and user input (../rules/input.ts). */

const INPUT = {
    '10202': m('10202', 'Absence of Anti-CSRF Tokens', 2, 1, 352, 9, 'No anti-CSRF token was found in an HTML form.', 'Add an unpredictable per-session token to every form.'),
    '10031': m('10031', 'User Controllable HTML Element Attribute (Potential XSS)', 0, 1, 20, 20, 'A query parameter controls the start of an HTML attribute value (or a URL scheme/host in it): a hot spot for cross-site scripting that needs manual review.', 'Validate all input and sanitize output before writing it to any HTML attribute.'),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/scripts.ts
/** Metadata of the rules for scripts in a page (../rules/scripts.ts). */

const SCRIPTS = {
    '10017': m('10017', 'Cross-Domain JavaScript Source File Inclusion', 1, 2, 829, 15, 'The page includes scripts from another domain.', 'Load scripts only from trusted sources you control.'),
    '90003': m('90003', 'Sub Resource Integrity Attribute Missing', 2, 3, 345, 15, 'A cross-origin script or stylesheet is loaded without an integrity attribute.', 'Add integrity (and crossorigin) attributes.'),
    '10109': m('10109', 'Modern Web Application', 0, 2, 0, 0, 'The application appears to be a modern web application: pages are built by scripts, which a crawler that does not run them cannot follow.', 'Informational, nothing to fix; scan what scripts load with a browser-driven crawler (ZAP Ajax spider) or list the URLs in sitemap.xml.'),
    '10110': m('10110', 'Dangerous JS Functions', 1, 1, 749, 0, "A dangerous JavaScript function (eval, or one that bypasses a framework's sanitizing, e.g. bypassSecurityTrustHtml) seems to be in use.", "Avoid these functions on data an attacker can influence; see the framework's security guide."),
};

;// CONCATENATED MODULE: ./src/dast/catalogue/index.ts







/** Keyed by alertRef (the plugin ID, or `<plugin>-<n>` for sub-alerts). */
const CATALOGUE = {
    ...CSP,
    ...HEADERS,
    ...INFO_LEAK,
    ...COOKIES,
    ...SCRIPTS,
    ...CACHING,
    ...INPUT,
};
const RISK_NAMES = ['Informational', 'Low', 'Medium', 'High'];


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5251);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(394);


await (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3189);

/**
 * `JSON.parse(text)`, or an Error saying "`what` is not JSON". With `positionOnly`, the message gives only
 * the byte position of the syntax error: JSON.parse's own message quotes the start of the text, and a file
 * the user points us at (`ingest`) may hold anything.
 */
function parseJson(text, what, o = {}) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        if (!o.positionOnly)
            throw new Error(`${what} is not JSON: ${(0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_0__/* .describeThrown */ .YI)(e)}`);
        const at = /position (\d+)/.exec((0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_0__/* .describeThrown */ .YI)(e))?.[1];
        throw new Error(`${what} is not JSON${at ? ` (syntax error at byte ${at})` : ''}.`);
    }
}


/***/ }),

/***/ 394:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __nccwpck_require__(8355);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
;// CONCATENATED MODULE: ./src/rules-file.ts

function parseRulesFile(text, file = 'rules file') {
    const levels = new Map();
    const outOfScope = [];
    const problems = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const fields = line.split('\t');
        if (fields.length < 3) {
            problems.push(`${file}:${i + 1}: expected at least 3 tab-separated fields (id, level, name or URL regex), found ${fields.length}.`);
            return;
        }
        const id = fields[0].trim();
        const level = fields[1].trim().toUpperCase();
        if (level === 'OUTOFSCOPE') {
            try {
                outOfScope.push({
                    ids: id === '*' ? '*' : id.split(',').map((s) => s.trim()),
                    url: new RegExp(fields[2].trim()),
                });
            }
            catch (e) {
                problems.push(`${file}:${i + 1}: bad URL regex: ${(0,errors/* describeThrown */.YI)(e)}`);
            }
        }
        else if (['IGNORE', 'INFO', 'WARN', 'FAIL', 'PASS'].includes(level)) {
            levels.set(id, level === 'PASS' ? 'INFO' : level);
        }
        else {
            problems.push(`${file}:${i + 1}: unknown level "${fields[1]}"; use IGNORE, INFO, WARN, FAIL or OUTOFSCOPE.`);
        }
    });
    if (problems.length)
        throw new Error(problems.join('\n'));
    return { levels, outOfScope };
}
/** The level configured for a finding: its exact rule ID (10020-1) first, then the plugin ID (10020). */
function levelFor(cfg, ruleId) {
    return cfg.levels.get(ruleId) ?? cfg.levels.get(ruleId.split('-')[0]);
}
function isOutOfScope(cfg, f) {
    const where = f.url ?? f.path;
    if (where === undefined)
        return false;
    const plugin = f.ruleId.split('-')[0];
    return cfg.outOfScope.some((s) => (s.ids === '*' || s.ids.includes(f.ruleId) || s.ids.includes(plugin)) && s.url.test(where));
}
/** Drops IGNORE and out-of-scope findings and stamps the rest with their configured level. */
function applyRules(cfg, findings) {
    if (!cfg)
        return { kept: findings, ignored: 0 };
    const kept = [];
    for (const f of findings) {
        const level = levelFor(cfg, f.ruleId);
        if (level === 'IGNORE' || isOutOfScope(cfg, f))
            continue;
        kept.push(level ? { ...f, ruleLevel: level } : f);
    }
    return { kept, ignored: findings.length - kept.length };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ../../packages/shared/src/sarif/sarif.ts
/** The parts of SARIF 2.1.0 that GitHub code scanning reads. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SARIF_VERSION = '2.1.0';
/** GitHub rejects runs with more results than this, and uploads over 10 MB gzipped. */
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
/** Builds one run: rules are de-duplicated by id and results point at them by index. */
class SarifRunBuilder {
    rules = [];
    ruleIndex = new Map();
    results = [];
    notifications = [];
    tool;
    automationId;
    constructor(tool, automationId) {
        this.tool = tool;
        this.automationId = automationId;
    }
    addRule(rule) {
        const known = this.ruleIndex.get(rule.id);
        if (known !== undefined)
            return known;
        this.rules.push(rule);
        this.ruleIndex.set(rule.id, this.rules.length - 1);
        return this.rules.length - 1;
    }
    addResult(result) {
        const idx = this.ruleIndex.get(result.ruleId);
        if (idx === undefined)
            throw new Error(`SARIF result for unknown rule ${result.ruleId}: add the rule first`);
        this.results.push({ ...result, ruleIndex: idx });
    }
    /** Tool errors that make the run incomplete (e.g. files a scanner could not parse). */
    addNotification(level, text) {
        this.notifications.push({ level, message: { text } });
    }
    build(executionSuccessful = true) {
        let results = this.results;
        const properties = {};
        if (results.length > MAX_RESULTS_PER_RUN) {
            const rank = { error: 0, warning: 1, note: 2, none: 3 };
            results = [...results]
                .sort((a, b) => rank[a.level ?? 'warning'] - rank[b.level ?? 'warning'])
                .slice(0, MAX_RESULTS_PER_RUN);
            properties.trimmedResults = this.results.length - MAX_RESULTS_PER_RUN;
            this.notifications.push({
                level: 'warning',
                message: {
                    text: `${this.results.length - MAX_RESULTS_PER_RUN} results left out: GitHub accepts at most ${MAX_RESULTS_PER_RUN} per run.`,
                },
            });
        }
        return {
            tool: { driver: { ...this.tool, rules: this.rules } },
            ...(this.automationId ? { automationDetails: { id: this.automationId } } : {}),
            results,
            invocations: [
                {
                    executionSuccessful,
                    ...(this.notifications.length ? { toolExecutionNotifications: this.notifications } : {}),
                },
            ],
            ...(Object.keys(properties).length ? { properties } : {}),
        };
    }
}
function sarifLog(runs) {
    return { $schema: SARIF_SCHEMA, version: SARIF_VERSION, runs };
}

;// CONCATENATED MODULE: ./src/findings.ts
/**
 * The one model every scanner and every ingested report is turned into; renderers (SARIF, comment,
 * annotations) and the gate read only this, never a tool's raw output.
 */
const SEVERITIES = ['high', 'medium', 'low', 'info'];
const CONFIDENCES = (/* unused pure expression or super */ null && (['high', 'medium', 'low']));
/** `problem` is a fatal or incomplete scan: the result is not a clean one. */
const makesIncomplete = (p) => p.fatal || p.incomplete === true;
const severityRank = { high: 3, medium: 2, low: 1, info: 0 };
const confidenceRank = { high: 3, medium: 2, low: 1 };
function bySeverity(a, b) {
    return (severityRank[b.severity] - severityRank[a.severity] ||
        confidenceRank[b.confidence] - confidenceRank[a.confidence] ||
        (a.path ?? a.url ?? '').localeCompare(b.path ?? b.url ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./src/sarif-output.ts
/**
 * Findings -> one SARIF 2.1.0 log with a run per scanner, the rule metadata GitHub reads (Bandit's own
 * SARIF lacks most of it), producer fingerprints and an automation category per run, trimmed to GitHub's
 * limits with a note instead of producing a file GitHub rejects.
 */



const FINGERPRINT_KEY = 'pipewright/v1';
const LEVEL = { high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY = {
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: undefined,
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' };
const cap = (s, n) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
function ruleFor(findings) {
    const f = findings[0];
    const worst = findings.reduce((a, b) => (severityRank[b.severity] > severityRank[a.severity] ? b : a));
    const best = findings.reduce((a, b) => b.confidence === 'high' ? b : a.confidence === 'high' ? a : b.confidence === 'medium' ? b : a);
    const sev = SECURITY_SEVERITY[worst.severity];
    const tags = [
        'security',
        f.kind === 'sast' ? 'sast' : 'dast',
        ...(f.rule.cwe ? [`external/cwe/cwe-${f.rule.cwe}`] : []),
    ];
    return {
        id: f.ruleId,
        name: cap(f.rule.name.replace(/(?:^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_, c) => c.toUpperCase()), 255) || f.ruleId,
        shortDescription: { text: cap(f.rule.shortDescription, 1024) },
        fullDescription: { text: cap(f.rule.fullDescription ?? f.rule.shortDescription, 1024) },
        help: {
            text: (f.rule.helpMarkdown ?? f.rule.shortDescription).replace(/[*`]/g, ''),
            markdown: f.rule.helpMarkdown ?? f.rule.shortDescription,
        },
        ...(f.rule.helpUri ? { helpUri: f.rule.helpUri } : {}),
        defaultConfiguration: { level: LEVEL[worst.severity] },
        properties: { tags, precision: PRECISION[best.confidence], ...(sev ? { 'security-severity': sev } : {}) },
    };
}
function resultFor(f, dastAnchor) {
    const base = {
        ruleId: f.ruleId,
        level: LEVEL[f.severity],
        partialFingerprints: { primaryLocationLineHash: f.fingerprint, [FINGERPRINT_KEY]: f.fingerprint },
        ...(f.baseline
            ? { baselineState: f.baseline === 'new' ? 'new' : 'unchanged' }
            : {}),
    };
    if (f.kind === 'sast' && f.path) {
        return {
            ...base,
            message: { text: f.message },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: f.line ?? 1,
                            ...(f.endLine ? { endLine: f.endLine } : {}),
                            ...(f.column ? { startColumn: f.column } : {}),
                            ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                        },
                    },
                },
            ],
            properties: { severity: f.severity, confidence: f.confidence },
        };
    }
    // URL findings point at a real repository file (line 1) so GitHub can show them; the URL is in the message.
    const where = `${f.method ?? 'GET'} ${f.url ?? ''}${f.param ? ` (parameter: ${f.param})` : ''}`;
    return {
        ...base,
        message: { text: `${f.rule.name}. ${where}${f.evidence ? `\nEvidence: ${f.evidence}` : ''}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(dastAnchor), uriBaseId: '%SRCROOT%' },
                    region: { startLine: 1 },
                },
                logicalLocations: [{ name: f.url ?? '', fullyQualifiedName: where, kind: 'resource' }],
            },
        ],
        properties: {
            severity: f.severity,
            confidence: f.confidence,
            url: f.url,
            method: f.method ?? 'GET',
            ...(f.param ? { param: f.param } : {}),
            ...(f.evidence ? { evidence: f.evidence } : {}),
        },
    };
}
function buildRun(g, dastAnchor) {
    const b = new SarifRunBuilder(g.tool, g.category);
    const byRule = new Map();
    for (const f of g.findings) {
        const list = byRule.get(f.ruleId);
        if (list)
            list.push(f);
        else
            byRule.set(f.ruleId, [f]);
    }
    for (const list of byRule.values())
        b.addRule(ruleFor(list));
    for (const f of g.findings)
        b.addResult(resultFor(f, dastAnchor));
    for (const p of g.problems)
        b.addNotification('error', p);
    return b.build(g.executionSuccessful);
}
/** Serialises and, while the gzipped size is over the limit, drops the least severe results with a note. */
function buildSarif(groups, dastAnchor, maxGzipped = MAX_GZIPPED_BYTES) {
    const log = sarifLog(groups.map((g) => buildRun(g, dastAnchor)));
    let text = JSON.stringify(log);
    const capped = log.runs.reduce((n, r) => n + Number(r.properties?.trimmedResults ?? 0), 0);
    let trimmed = 0;
    const rank = { error: 0, warning: 1, note: 2, none: 3 };
    while ((0,external_node_zlib_.gzipSync)(text).length > maxGzipped) {
        const total = log.runs.reduce((n, r) => n + r.results.length, 0);
        if (total === 0)
            break;
        const drop = Math.max(1, Math.ceil(total / 20));
        let left = drop;
        // Drop from the largest run first, least severe results last in each run's order.
        for (const run of [...log.runs].sort((a, b) => b.results.length - a.results.length)) {
            if (left === 0)
                break;
            run.results.sort((a, b) => rank[a.level ?? 'warning'] - rank[b.level ?? 'warning']);
            const n = Math.min(left, run.results.length);
            run.results.splice(run.results.length - n, n);
            left -= n;
            trimmed += n;
            const inv = run.invocations?.[0];
            if (inv) {
                inv.toolExecutionNotifications = [
                    ...(inv.toolExecutionNotifications ?? []).filter((x) => !x.message.text.startsWith('Trimmed to fit')),
                    {
                        level: 'warning',
                        message: {
                            text: `Trimmed to fit GitHub's 10 MB gzipped limit: ${trimmed} least severe results left out of this file.`,
                        },
                    },
                ];
            }
        }
        text = JSON.stringify(log);
    }
    return { log, text, trimmed: capped + trimmed };
}

// EXTERNAL MODULE: ./src/json.ts
var json = __nccwpck_require__(2386);
;// CONCATENATED MODULE: ./src/baseline.ts


const BASELINE_FORMAT = 'pipewright-security-scan-baseline/v1';
function parseBaseline(text, file) {
    const doc = (0,json/* parseJson */.q)(text, file);
    const d = doc;
    if (d.format === BASELINE_FORMAT && Array.isArray(d.findings))
        return new Set(d.findings.map((f) => f.fingerprint));
    if (Array.isArray(d.runs)) {
        const out = new Set();
        for (const run of d.runs)
            for (const r of run.results ?? []) {
                const fp = r.partialFingerprints?.[FINGERPRINT_KEY];
                if (fp)
                    out.add(fp);
            }
        return out;
    }
    throw new Error(`${file} is neither a pipewright baseline (format ${BASELINE_FORMAT}) nor a SARIF log.`);
}
function renderBaseline(findings) {
    const doc = {
        format: BASELINE_FORMAT,
        findings: findings
            .map((f) => ({
            fingerprint: f.fingerprint,
            ruleId: f.ruleId,
            kind: f.kind,
            where: f.kind === 'sast' ? `${f.path}:${f.line}` : `${f.method ?? 'GET'} ${f.url}`,
            severity: f.severity,
        }))
            .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/config.ts
/**
 * The inputs (spec and cross-checks) and everything the user gave, read and checked before any scan or
 * remote call: the rules file, the baseline and the reports to ingest. A bad file must not surface after a
 * long scan.
 */






const LEVELS = ['high', 'medium', 'low', 'none'];
/** GitHub's limit of runs per SARIF file. */
const MAX_RUNS = 20;
const CONFIDENCE = ['high', 'medium', 'low'];
const spec = {
    'sast-path': { type: 'path', mustExist: 'dir' },
    bandit: { type: 'string' },
    'bandit-version': {
        type: 'string',
        default: '1.9.4',
        pattern: /^\d+\.\d+\.\d+$/,
        patternHint: 'must be a version like 1.9.4',
    },
    python: { type: 'string', default: 'python3' },
    'bandit-config': { type: 'path', mustExist: 'file' },
    'skip-test-asserts': { type: 'boolean', default: true },
    'target-url': {
        type: 'string',
        pattern: /^https?:\/\/\S+$/,
        patternHint: 'must be an http:// or https:// URL',
    },
    'dast-max-depth': { type: 'integer', default: 5, min: 0, max: 50 },
    'dast-max-pages': { type: 'integer', default: 1000, min: 1, max: 100_000 },
    'dast-max-duration': { type: 'duration', default: '1m', minMs: 1000, maxMs: 6 * 3600_000 },
    'dast-concurrency': { type: 'integer', default: 8, min: 1, max: 64 },
    'dast-request-timeout': { type: 'duration', default: '10s', minMs: 100, maxMs: 300_000 },
    'dast-auth-header': {
        type: 'string',
        secret: true,
        pattern: /^[A-Za-z0-9-]+:\s*\S.*$/,
        patternHint: 'must be "Header-Name: value"',
    },
    'dast-cookie': { type: 'string', secret: true },
    'dast-max-instances': { type: 'integer', default: 10, min: 1, max: 10_000 },
    'dast-error-threshold': { type: 'integer', default: 50, min: 0, max: 100 },
    'dast-threshold': { type: 'enum', values: ['low', 'medium', 'high'], default: 'medium' },
    'dast-insecure-tls': { type: 'boolean', default: false },
    'dast-anchor-file': { type: 'string' },
    'rules-file': { type: 'path', mustExist: 'file' },
    ingest: { type: 'paths', mustExist: 'file' },
    'fail-on-sast': { type: 'enum', values: LEVELS, default: 'medium' },
    'fail-on-dast': { type: 'enum', values: LEVELS, default: 'medium' },
    'sast-confidence': { type: 'enum', values: CONFIDENCE, default: 'medium' },
    'dast-confidence': { type: 'enum', values: CONFIDENCE, default: 'medium' },
    'fail-on-scan-error': { type: 'boolean', default: true },
    'new-only': { type: 'boolean', default: false },
    baseline: { type: 'path' },
    'update-baseline': { type: 'boolean', default: false },
    'sarif-file': { type: 'path' },
    'findings-file': { type: 'path' },
    category: {
        type: 'string',
        default: 'security-scan',
        pattern: /^[\w./-]+$/,
        patternHint: 'letters, digits, . _ / - only',
    },
    'upload-sarif': { type: 'boolean', default: false },
    comment: { type: 'boolean', default: true },
    'max-annotations': { type: 'integer', default: 10, min: 0, max: 50 },
    'github-token': { type: 'string', secret: true },
};
function crossCheck(i) {
    const p = [];
    if (i.sastPath === undefined && i.targetUrl === undefined && (i.ingest ?? []).length === 0)
        p.push('give `sast-path`, `target-url`, `ingest`, or a combination.');
    if (i.updateBaseline && i.baseline === undefined)
        p.push('`update-baseline` needs `baseline` (the file to write).');
    if (i.newOnly && i.baseline === undefined)
        p.push('`new-only` needs `baseline` (a baseline file or the base branch SARIF).');
    if (i.uploadSarif && !i.githubToken)
        p.push('`upload-sarif` needs `github-token`.');
    return p;
}
async function readConfig(rt) {
    const i = rt.inputs(spec, crossCheck);
    const workspace = rt.context.workspace;
    const temp = rt.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const rel = (p) => external_node_path_default().relative(workspace, p).split((external_node_path_default()).sep).join('/');
    let rules;
    if (i.rulesFile) {
        try {
            rules = parseRulesFile((0,external_node_fs_.readFileSync)(i.rulesFile, 'utf8'), rel(i.rulesFile));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`The rules file is invalid:\n${(0,errors/* describeThrown */.YI)(e)}`, {
                hint: 'Lines are `<rule id>\\t<IGNORE|INFO|WARN|FAIL>\\t(<name>)` or `<ids>|*\\tOUTOFSCOPE\\t<url regex>`, tab-separated.',
            });
        }
    }
    let known;
    if (i.baseline && (0,external_node_fs_.existsSync)(i.baseline)) {
        try {
            known = parseBaseline((0,external_node_fs_.readFileSync)(i.baseline, 'utf8'), rel(i.baseline));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`The baseline cannot be read: ${(0,errors/* describeThrown */.YI)(e)}`, {
                hint: 'Point `baseline` at a file written by `update-baseline: true`, or at a SARIF file from this action.',
            });
        }
    }
    else if (i.newOnly) {
        rt.logger.warning(`The baseline ${i.baseline} does not exist yet: every finding counts as new.`, {
            title: 'security-scan: no baseline',
        });
    }
    // Confined to the workspace and RUNNER_TEMP and checked to exist by the input spec.
    const ingested = await readIngested(i.ingest ?? [], { workspace, rel, inputs: i });
    const runs = ingested.length + (i.sastPath ? 1 : 0) + (i.targetUrl ? 1 : 0);
    if (runs > MAX_RUNS) {
        throw new errors/* UserError */.yo(`${runs} scanner runs would go into one SARIF file; GitHub accepts at most ${MAX_RUNS}.`, {
            hint: 'Ingest fewer reports in this step (split them over several steps with different `category`).',
        });
    }
    const headers = {};
    if (i.dastAuthHeader) {
        const at = i.dastAuthHeader.indexOf(':');
        headers[i.dastAuthHeader.slice(0, at).trim()] = i.dastAuthHeader.slice(at + 1).trim();
    }
    if (i.dastCookie)
        headers.Cookie = i.dastCookie;
    return {
        ...i,
        workspace,
        temp,
        rel,
        rules,
        known,
        ingested,
        headers,
        policy: {
            failOn: { sast: i.failOnSast, dast: i.failOnDast },
            minConfidence: { sast: i.sastConfidence, dast: i.dastConfidence },
            newOnly: i.newOnly,
        },
        dastAnchor: i.dastAnchorFile ?? workflowFile(rt.env) ?? (i.rulesFile ? rel(i.rulesFile) : 'README.md'),
        sarifFile: external_node_path_default().resolve(workspace, i.sarifFile ?? external_node_path_default().join(temp, 'security-scan.sarif')),
        findingsFile: external_node_path_default().resolve(workspace, i.findingsFile ?? external_node_path_default().join(temp, 'security-scan-findings.json')),
    };
}
/** The reports to ingest, one run per SARIF run, each in its own category. */
async function readIngested(files, o) {
    const ingested = [];
    if (files.length === 0)
        return ingested;
    const { ingestReport } = await Promise.all(/* import() */[__nccwpck_require__.e(908), __nccwpck_require__.e(640), __nccwpck_require__.e(204)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6204));
    for (const file of files) {
        let parsed;
        try {
            parsed = ingestReport((0,external_node_fs_.readFileSync)(file, 'utf8'), o.rel(file), o.workspace, o.inputs.skipTestAsserts);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`\`ingest\`: ${(0,errors/* describeThrown */.YI)(e)}`);
        }
        parsed.forEach((outcome, n) => {
            const kind = outcome.findings.some((f) => f.kind === 'dast') ? 'dast' : 'sast';
            const name = outcome.tool.name.toLowerCase().replace(/[^\w.-]+/g, '-');
            // One category per run: GitHub rejects two runs of one tool with the same category in an upload.
            const base = external_node_path_default().basename(file).replace(/[^\w.-]+/g, '_');
            ingested.push({
                kind,
                category: `${o.inputs.category}/ingest/${name}/${base}${parsed.length > 1 ? `-run${n + 1}` : ''}/`,
                outcome,
            });
        });
    }
    return ingested;
}
/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
function workflowFile(env) {
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
    return m?.[1];
}

;// CONCATENATED MODULE: ./src/scanners.ts
/** The work: each scanner the inputs ask for, SAST then DAST, each loaded only when it runs. */


async function runScanners(cfg, deps) {
    const runs = [];
    if (cfg.sastPath)
        runs.push(await runSast(cfg, cfg.sastPath, deps));
    if (cfg.targetUrl)
        runs.push(await runDastScan(cfg, cfg.targetUrl, deps));
    return runs;
}
async function runSast(cfg, target, { logger, signal }) {
    const { runBandit } = await Promise.all(/* import() */[__nccwpck_require__.e(640), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8640));
    const outcome = await logger.group('Bandit (SAST)', () => runBandit({
        target,
        workspace: cfg.workspace,
        ...(cfg.bandit ? { bandit: cfg.bandit } : {}),
        version: cfg.banditVersion,
        python: cfg.python,
        venvRoot: external_node_path_default().join(cfg.temp, 'pipewright-venvs'),
        ...(cfg.banditConfig ? { config: cfg.banditConfig } : {}),
        skipTestAsserts: cfg.skipTestAsserts,
        timeoutMs: 30 * 60_000,
        logger,
        signal,
    }));
    logger.info(`Bandit: ${resultLine(outcome)}`);
    return { kind: 'sast', category: `${cfg.category}/sast/`, outcome };
}
async function runDastScan(cfg, target, deps) {
    const { runDast } = await __nccwpck_require__.e(/* import() */ 908).then(__nccwpck_require__.bind(__nccwpck_require__, 9908));
    const outcome = await deps.logger.group(`Passive DAST of ${target}`, () => runDast({
        target,
        maxDepth: cfg.dastMaxDepth,
        maxPages: cfg.dastMaxPages,
        maxDurationMs: cfg.dastMaxDuration,
        concurrency: cfg.dastConcurrency,
        requestTimeoutMs: cfg.dastRequestTimeout,
        headers: cfg.headers,
        maxInstancesPerRule: cfg.dastMaxInstances,
        maxErrorPercent: cfg.dastErrorThreshold,
        threshold: cfg.dastThreshold,
        logger: deps.logger,
        insecureTls: cfg.dastInsecureTls,
        now: deps.now,
        signal: deps.signal,
    }));
    deps.logger.info(`DAST: ${resultLine(outcome)}`);
    return {
        kind: 'dast',
        category: `${cfg.category}/dast/${new URL(target).host.replace(/[^\w.-]/g, '_')}/`,
        outcome,
    };
}
/** A scan's one-line result: "12 pages, 3 findings, 1 problem". */
function resultLine(o) {
    const pages = o.stats?.pages !== undefined ? `${(0,report_document/* plural */.LS)(Number(o.stats.pages), 'page')}, ` : '';
    const problems = o.problems.length ? `, ${(0,report_document/* plural */.LS)(o.problems.length, 'problem')}` : '';
    return `${pages}${(0,report_document/* plural */.LS)(o.findings.length, 'finding')}${problems}`;
}

// EXTERNAL MODULE: ./src/dast/catalogue/index.ts + 8 modules
var catalogue = __nccwpck_require__(1940);
;// CONCATENATED MODULE: ./src/gate.ts
/**
 * Which findings fail the step. Defaults users want: informational and low-confidence findings never
 * fail; noisy DAST rules (timestamps, comments, caching) warn only; `FAIL` in the rules file always fails;
 * with `new-only`, findings already in the baseline never fail.
 */





function markBaseline(findings, baseline) {
    return findings.map((f) => ({ ...f, baseline: baseline?.has(f.fingerprint) ? 'existing' : 'new' }));
}
function isNoisy(f) {
    return f.kind === 'dast' && catalogue/* CATALOGUE */.y[f.ruleId]?.noisy === true;
}
/** Why a finding does or does not fail the gate (undefined: it fails). */
function exemption(f, p) {
    if (p.newOnly && f.baseline === 'existing')
        return 'in the baseline';
    if (f.ruleLevel === 'FAIL')
        return undefined;
    if (f.ruleLevel === 'INFO')
        return 'INFO in the rules file';
    if (f.severity === 'info')
        return 'informational';
    if (f.ruleLevel !== 'WARN' && isNoisy(f))
        return 'noisy rule (warn only)';
    const threshold = p.failOn[f.kind];
    if (threshold === 'none' || severityRank[f.severity] < severityRank[threshold])
        return `below fail-on-${f.kind} (${threshold})`;
    if (confidenceRank[f.confidence] < confidenceRank[p.minConfidence[f.kind]])
        return 'confidence below the threshold';
    return undefined;
}
function evaluateGate(findings, p) {
    return {
        findings,
        failing: findings.filter((f) => exemption(f, p) === undefined),
        newCount: findings.filter((f) => f.baseline === 'new').length,
    };
}
/** Applies the rules file and the baseline to every run, then the gate. */
function judge(runs, o) {
    let ignored = 0;
    const groups = runs.map(({ kind, category, outcome }) => {
        const applied = applyRules(o.rules, outcome.findings);
        ignored += applied.ignored;
        return {
            tool: outcome.tool,
            kind,
            category,
            findings: markBaseline(applied.kept, o.known),
            problems: outcome.problems.map((p) => p.message),
            executionSuccessful: !outcome.problems.some((p) => p.fatal),
        };
    });
    const findings = groups.flatMap((g) => g.findings).sort(bySeverity);
    const problems = runs.flatMap((r) => r.outcome.problems);
    const gate = evaluateGate(findings, o.policy);
    const fatal = problems.filter((p) => p.fatal);
    const incomplete = problems.filter((p) => !p.fatal && makesIncomplete(p));
    const scanFailed = (fatal.length > 0 || incomplete.length > 0) && o.failOnScanError;
    const passed = gate.failing.length === 0 && !scanFailed;
    // A gate that passed on a scan that did not see everything is not a pass, even when it does not fail.
    const result = !passed ? 'failed' : fatal.length || incomplete.length ? 'incomplete' : 'passed';
    const health = runs.flatMap((r) => (r.outcome.health ? [r.outcome.health] : []));
    return {
        runs,
        groups,
        findings,
        problems,
        health,
        ignored,
        gate,
        fatal,
        incomplete,
        scanFailed,
        passed,
        result,
    };
}
/** Why the step fails: a scan that could not run or is incomplete, then findings that fail the gate. */
function gateError(r, p) {
    const { fatal, incomplete } = r;
    if (r.scanFailed) {
        const why = [...fatal, ...incomplete].map((x) => `${x.tool}: ${x.message}`).join('; ');
        return new errors/* UserError */.yo(fatal.length
            ? `${fatal.length === 1 ? '1 scan' : `${fatal.length} scans`} could not run${incomplete.length ? ` and ${(0,report_document/* plural */.LS)(incomplete.length, 'problem')} left a scan incomplete` : ''}: ${why}`
            : `The scan is incomplete, so a clean result would mean nothing: ${why}`, {
            hint: 'Fix the scanner or the target (see the scan health table in the job summary), or set `fail-on-scan-error: false` to report without failing (result is then `incomplete`).',
        });
    }
    if (!r.passed)
        return new errors/* UserError */.yo(`${r.gate.failing.length === 1 ? '1 finding fails' : `${(0,report_document/* plural */.LS)(r.gate.failing.length, 'finding')} fail`} the gate (fail-on-sast: ${p.failOn.sast}, fail-on-dast: ${p.failOn.dast}${p.newOnly ? ', new only' : ''}).`, {
            hint: 'Fix them, suppress reviewed ones (`# nosec B602`, or the rules file), or raise the thresholds.',
        });
    return undefined;
}

// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
;// CONCATENATED MODULE: ../../packages/shared/src/report/output-file.ts



/**
 * Writes a file for users to read or upload (SARIF, findings or metadata JSON, a report): the parent
 * folders are created and every secret in the registry (log/secrets.ts) is redacted first. The one way our
 * actions write such files, so none can forget the redaction.
 */
function writeOutputFile(file, text) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, (0,secrets/* redactKnown */.rA)(text));
}

;// CONCATENATED MODULE: ./src/files.ts



function writeFiles(cfg, r, logger) {
    const sarif = buildSarif(r.groups, cfg.dastAnchor);
    // Through the shared writer: every registered secret (a cookie a page echoed, ...) is redacted.
    writeOutputFile(cfg.sarifFile, sarif.text);
    const { passed, result, health, findings, problems } = r;
    writeOutputFile(cfg.findingsFile, `${JSON.stringify({ passed, result, health, findings, problems, ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}) }, null, 2)}\n`);
    if (cfg.updateBaseline && cfg.baseline) {
        writeOutputFile(cfg.baseline, renderBaseline(findings));
        logger.info(`Baseline written to ${cfg.rel(cfg.baseline)} (${findings.length} findings).`);
    }
    return sarif;
}

// EXTERNAL MODULE: ../../packages/shared/src/log/logger.ts
var log_logger = __nccwpck_require__(1982);
;// CONCATENATED MODULE: ./src/annotations.ts


const SEVERITY_RANK = { high: 0, medium: 1, low: 2, info: 3 };
const annotations_LEVELS = ['error', 'warning', 'notice'];
function levelOf(f, failing) {
    if (failing.has(f))
        return 'error';
    return f.severity === 'high' || f.severity === 'medium' ? 'warning' : 'notice';
}
/**
 * The `room` findings to annotate out of `list`: most severe first; within a severity, one finding per rule in
 * turn (file findings before URL findings), so ten findings of one rule do not hide every other rule.
 */
function pickSpread(list, room) {
    const picked = [];
    const tiers = new Map();
    for (const f of list) {
        const r = SEVERITY_RANK[f.severity] ?? 4;
        tiers.set(r, [...(tiers.get(r) ?? []), f]);
    }
    for (const r of [...tiers.keys()].sort((a, b) => a - b)) {
        const byRule = new Map();
        const onFile = (f) => (f.kind === 'sast' && f.path ? 0 : 1);
        for (const f of [...tiers.get(r)].sort((a, b) => onFile(a) - onFile(b)))
            byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
        const queues = [...byRule.values()];
        for (let i = 0; picked.length < room && queues.some((q) => q.length > i); i++)
            for (const q of queues)
                if (q[i] && picked.length < room)
                    picked.push(q[i]);
        if (picked.length >= room)
            break;
    }
    return picked;
}
/**
 * Annotations within GitHub's limits (10 per level per step; one error is kept for the gate's own failure):
 * failing findings as errors, other high/medium ones as warnings, the rest as notices, each level filled with
 * the most severe findings spread across rules, and at most `max` in total. Returns how many were annotated;
 * the rest are counted in the report.
 */
function annotate(logger, findings, failing, max) {
    let n = 0;
    for (const level of annotations_LEVELS) {
        const room = Math.min(logger.annotationsLeft?.(level) ?? log_logger/* ANNOTATIONS_PER_LEVEL */.eA - (level === 'error' ? 1 : 0), max - n);
        if (room <= 0)
            continue;
        for (const f of pickSpread(findings.filter((x) => levelOf(x, failing) === level), room)) {
            emit(logger, level, f);
            n++;
        }
    }
    return n;
}
function emit(logger, level, f) {
    const title = `${f.ruleId} ${f.rule.name} (${f.severity})`;
    if (f.kind === 'sast' && f.path) {
        logger[level](f.message, {
            title,
            file: f.path,
            ...(f.line ? { startLine: f.line } : {}),
            ...(f.endLine ? { endLine: f.endLine } : {}),
            ...(f.column && !f.endLine ? { startColumn: f.column } : {}),
            ...(f.endColumn && !f.endLine ? { endColumn: f.endColumn } : {}),
        });
    }
    else {
        logger[level](`${f.method ?? 'GET'} ${f.url}${f.param ? ` [${f.param}]` : ''}${f.evidence ? ` — evidence: ${f.evidence.slice(0, 200)}` : ''}`, { title });
    }
}
/** Each scanner problem as one annotation: a page not crawled is a notice; what fails the step, an error. */
function logProblems(logger, problems, failOnScanError) {
    for (const p of problems) {
        if (p.note)
            logger.notice(`${p.tool}: ${p.message}`, { title: 'security-scan: not crawled' });
        else
            logger[p.fatal || (makesIncomplete(p) && failOnScanError) ? 'error' : 'warning'](`${p.tool}: ${p.message}`, {
                title: p.fatal
                    ? 'security-scan: scan could not run'
                    : makesIncomplete(p)
                        ? 'security-scan: scan incomplete'
                        : 'security-scan: scan problem',
            });
    }
}

// EXTERNAL MODULE: ../../packages/shared/src/report/escape.ts
var report_escape = __nccwpck_require__(9489);
;// CONCATENATED MODULE: ./src/fixes.ts
/**
 * What a reviewer does about a finding: a one-line fix per rule, and how to suppress a reviewed one.
 * DAST fixes come from the rule catalogue; Bandit's JSON carries no fix, so the common tests have one
 * here (our wording) and the others point to Bandit's page for the test.
 */

const BANDIT_FIXES = {
    B101: 'Raise an exception on the failed check instead of `assert` (asserts are removed under `python -O`).',
    B102: 'Do not `exec` strings; dispatch on the input explicitly.',
    B103: 'Give files the narrowest mode they need (e.g. 0o600 or 0o644), never world-writable.',
    B104: 'Bind to a specific interface (e.g. 127.0.0.1) or make the address configurable.',
    B105: 'Read the secret from the environment or a secret store, not from the source.',
    B106: 'Read the secret from the environment or a secret store, not from the source.',
    B107: 'Read the secret from the environment or a secret store, not from the source.',
    B108: 'Use `tempfile.mkstemp()` / `tempfile.TemporaryDirectory()` instead of a fixed path in /tmp.',
    B110: 'Handle or log the exception instead of passing silently.',
    B112: 'Handle or log the exception instead of continuing silently.',
    B113: 'Pass `timeout=` to every `requests` call.',
    B201: 'Never run Flask with `debug=True` outside development.',
    B301: 'Do not unpickle untrusted data; use JSON or a signed format.',
    B303: 'Use SHA-256 or better (or `usedforsecurity=False` for non-security uses).',
    B307: 'Use `ast.literal_eval` or a real parser instead of `eval`.',
    B311: 'Use the `secrets` module for tokens, keys and passwords.',
    B324: 'Use SHA-256 or better (or `usedforsecurity=False` for non-security uses).',
    B404: 'Review every subprocess call: pass argument lists, never shell strings built from input.',
    B501: 'Keep `verify=True` (the default) on TLS requests.',
    B506: 'Use `yaml.safe_load`.',
    B602: 'Pass an argument list without `shell=True`; validate any input that goes into it.',
    B603: 'Use an absolute program path and validate any input in the argument list.',
    B604: 'Pass an argument list without `shell=True`; validate any input that goes into it.',
    B605: 'Use `subprocess.run([...])` with an argument list instead of a shell command string.',
    B607: 'Start programs by absolute path, not a name looked up in PATH.',
    B608: 'Use parameterised queries instead of SQL built from strings.',
    B701: 'Create the Jinja2 Environment with `autoescape=True` (or `select_autoescape()`).',
};
/** One line: how to fix what this rule reports (markdown; from our catalogue, never from tool output). */
function fixFor(f) {
    if (f.kind === 'dast')
        return catalogue/* CATALOGUE */.y[f.ruleId]?.solution;
    if (f.tool === 'Bandit')
        return BANDIT_FIXES[f.ruleId];
    return undefined;
}
/** How to suppress a reviewed instance or the whole rule (markdown with inline code). */
function suppressionFor(f) {
    const id = f.ruleId.replace(/[^\w.-]/g, '');
    const rules = `the rule with \`${id}<TAB>IGNORE\` in \`rules-file\``;
    if (f.tool === 'Bandit')
        return `\`# nosec ${id}\` on the line (reviewed instance), or ${rules}`;
    if (f.kind === 'dast')
        return `${rules}, or some URLs with \`${id}<TAB>OUTOFSCOPE<TAB><url regex>\``;
    return rules;
}

;// CONCATENATED MODULE: ./src/report.ts
/** The PR comment and job summary: counts by severity, new vs existing, scanner problems, top findings. */



/** The report of a result: one line per scanner run, then what was not annotated or was ignored. */
function reportInputOf(r, o) {
    const stats = r.runs.map(({ outcome }) => `${outcome.tool.name}${outcome.tool.version ? ` ${outcome.tool.version}` : ''}: ${(0,report_document/* plural */.LS)(outcome.findings.length, 'finding')}${outcome.stats?.pages !== undefined ? `, ${(0,report_document/* plural */.LS)(Number(outcome.stats.pages), 'page')}` : ''}`);
    if (o.annotated < r.findings.length)
        stats.push(`${(0,report_document/* plural */.LS)(r.findings.length - o.annotated, 'finding')} not annotated on their lines (GitHub shows 10 annotations per level per step; max-annotations: ${o.maxAnnotations})`);
    if (r.ignored)
        stats.push(`${r.ignored} ignored by the rules file`);
    return {
        findings: r.findings,
        failing: r.gate.failing,
        problems: r.problems,
        health: r.health,
        hasBaseline: o.hasBaseline,
        passed: r.passed,
        result: r.result,
        blobBase: o.blobBase,
        stats,
        ...(o.sarifTrimmed ? { sarifTrimmed: o.sarifTrimmed } : {}),
    };
}
/** Where file links point: the pull request's head commit, or the commit of the run. */
function blobBaseOf(c) {
    const pr = c.payload.pull_request;
    const sha = pr?.head?.sha ?? c.sha;
    return `${c.serverUrl}/${c.owner}/${c.repo}/blob/${sha}/`;
}
const ICON = { high: '🔴', medium: '🟠', low: '🟡', info: '🔵' };
function countsTable(findings, hasBaseline) {
    const rows = SEVERITIES.map((s) => {
        const of = findings.filter((f) => f.severity === s);
        const sast = of.filter((f) => f.kind === 'sast').length;
        const dast = of.filter((f) => f.kind === 'dast').length;
        const fresh = of.filter((f) => f.baseline === 'new').length;
        return [
            `${ICON[s]} ${s}`,
            String(sast),
            String(dast),
            ...(hasBaseline ? [String(fresh), String(of.length - fresh)] : []),
        ];
    });
    return (0,report_escape/* table */.tp)(['severity', 'SAST', 'DAST', ...(hasBaseline ? ['new', 'existing'] : [])], rows);
}
const n = report_document/* thousands */.oh;
/** Instances shown per rule group; the rest are counted (every instance is in the SARIF and findings-json). */
const LOCATIONS_PER_GROUP = 3;
/** Groups by scanner kind and rule; worst severity first, then most failing, then most instances. */
function groupFindings(findings, failing) {
    const groups = new Map();
    for (const f of [...findings].sort(bySeverity)) {
        const key = `${f.kind}\u0000${f.tool}\u0000${f.ruleId}`;
        let g = groups.get(key);
        if (!g) {
            g = { ruleId: f.ruleId, kind: f.kind, findings: [], failing: 0, fresh: 0 };
            groups.set(key, g);
        }
        g.findings.push(f);
        if (failing.has(f))
            g.failing++;
        if (f.baseline === 'new')
            g.fresh++;
    }
    const worst = (g) => Math.max(...g.findings.map((f) => severityRank[f.severity]));
    return [...groups.values()].sort((a, b) => worst(b) - worst(a) ||
        Number(b.failing > 0) - Number(a.failing > 0) ||
        b.findings.length - a.findings.length ||
        a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }));
}
/**
 * Where one instance is: a link to the line (SAST) or the request, inert (DAST). Each path segment is
 * percent-encoded whole (encodeURI would leave `#` and `?`, so a file named `a#1.py` linked to `a`).
 */
function locationOf(f, blobBase) {
    if (f.kind === 'sast' && f.path) {
        const loc = `${f.path}:${f.line ?? 1}`;
        const target = `${blobBase}${f.path.split('/').map(encodeURIComponent).join('/')}#L${f.line ?? 1}${f.endLine ? `-L${f.endLine}` : ''}`;
        return (0,report_escape/* link */.nf)(loc, target).md;
    }
    return `${(0,report_escape/* inlineCode */.ti)(`${f.method ?? 'GET'} ${f.url ?? f.path ?? ''}`)}${f.param ? ` ${(0,report_escape/* inlineCode */.ti)(f.param)}` : ''}`;
}
/**
 * One rule group: a headline with counts, then (full) the first locations, the fix and how to suppress,
 * (condensed) the first locations only, (list) the headline only.
 */
function groupBlock(g, blobBase, hasBaseline, level) {
    const first = g.findings[0];
    const sev = first.severity;
    const count = g.findings.length;
    const tags = [
        (0,report_document/* plural */.LS)(count, 'instance'),
        ...(g.failing ? [`${n(g.failing)} failing ❌`] : []),
        ...(hasBaseline ? [`${n(g.fresh)} new`] : []),
    ];
    const head = `- ${ICON[sev]} **${sev}** ${(0,report_escape/* inlineCode */.ti)(g.ruleId)} ${(0,report_escape/* escapeMarkdown */.FV)(first.rule.name)} — ${tags.join(', ')}`;
    if (level === 'list')
        return head;
    const shown = g.findings.slice(0, LOCATIONS_PER_GROUP).map((f) => {
        const extra = f.kind === 'sast'
            ? `: ${(0,report_escape/* escapeMarkdown */.FV)(f.message)}`
            : f.evidence
                ? `, evidence ${(0,report_escape/* inlineCode */.ti)(f.evidence.slice(0, 120))}`
                : '';
        return `  - ${locationOf(f, blobBase)}${f.baseline === 'existing' && hasBaseline ? ' (existing)' : ''}${extra}`;
    });
    if (count > LOCATIONS_PER_GROUP)
        shown.push(`  - …and ${n(count - LOCATIONS_PER_GROUP)} more`);
    if (level === 'condensed')
        return [head, ...shown].join('\n');
    const fix = fixFor(first);
    return [
        head,
        ...shown,
        ...(fix ? [`  - **Fix:** ${fix}`] : []),
        `  - **Suppress:** ${suppressionFor(first)}`,
    ].join('\n');
}
/** Whether a scan ran completely, from the problems of its tool and kind. */
function stateOf(h, problems) {
    const mine = problems.filter((p) => p.kind === h.kind);
    if (mine.some((p) => p.fatal))
        return '❌ could not run';
    if (mine.some((p) => makesIncomplete(p)))
        return '⚠️ incomplete';
    return '✅ complete';
}
/** The scan health tables: what each scan really covered, before any finding. */
function healthTables(health, problems) {
    const dast = health.filter((h) => h.kind === 'dast');
    const sast = health.filter((h) => h.kind === 'sast');
    const out = [];
    if (dast.length)
        out.push((0,report_escape/* table */.tp)([
            'DAST target',
            'scan',
            'root',
            'pages',
            '2xx',
            '3xx',
            '4xx (401/403)',
            '5xx',
            'failed (time-outs)',
            'truncated',
        ], dast.map((h) => [
            (0,report_escape/* inlineCode */.ti)(h.target),
            stateOf(h, problems),
            h.rootStatus ? String(h.rootStatus) : 'no answer',
            n(h.pages),
            n(h.status['2xx']),
            n(h.status['3xx']),
            `${n(h.status['4xx'])} (${n(h.auth)})`,
            n(h.status['5xx']),
            `${n(h.failed)} (${n(h.timeouts)})`,
            h.truncatedPages
                ? `${(0,report_document/* plural */.LS)(h.truncatedPages, 'page')}, ${(0,report_document/* plural */.LS)(h.truncatedBytes, 'byte')} not scanned`
                : '0',
        ])));
    if (sast.length)
        out.push((0,report_escape/* table */.tp)(['SAST path', 'scan', 'Python files', 'parsed', 'failed to parse'], sast.map((h) => [(0,report_escape/* inlineCode */.ti)(h.path), stateOf(h, problems), n(h.files), n(h.parsed), n(h.failed)])));
    return out.join('\n\n');
}
function renderReport(r, limit, measure) {
    const failingSet = new Set(r.failing);
    const result = r.result ?? (r.passed ? 'passed' : 'failed');
    const incomplete = r.problems.some((p) => makesIncomplete(p) && !p.fatal);
    const failingText = r.failing.length === 1 ? '1 finding fails' : `${(0,report_document/* plural */.LS)(r.failing.length, 'finding')} fail`;
    const verdict = result === 'passed'
        ? `✅ **Passed**: ${(0,report_document/* plural */.LS)(r.findings.length, 'finding')}, none failing the gate.`
        : result === 'incomplete'
            ? `⚠️ **Incomplete**: ${(0,report_document/* plural */.LS)(r.findings.length, 'finding')}, none failing the gate, but a scan did not cover what it should (see below); \`fail-on-scan-error\` is off, so the step did not fail.`
            : r.failing.length === 0
                ? `❌ **Failed**: ${r.problems.some((p) => p.fatal) ? 'a scan could not run' : 'a scan is incomplete'}, so no finding (or the lack of one) can be trusted.`
                : `❌ **Failed**: ${failingText} the gate${r.problems.some((p) => p.fatal) ? ', and a scan could not run' : incomplete ? ', and a scan is incomplete' : ''}.`;
    const header = [
        `### 🛡️ security-scan`,
        verdict,
        ...(r.health?.length ? [healthTables(r.health, r.problems)] : []),
        countsTable(r.findings, r.hasBaseline),
        ...(r.stats.length ? [`<sub>${r.stats.map(report_escape/* escapeMarkdown */.FV).join(' · ')}</sub>`] : []),
    ].join('\n\n');
    const problems = (0,report_document/* itemsSection */.mJ)({
        heading: '#### ⚠️ Scanner problems and what was not scanned',
        items: r.problems,
        renderItem: (p) => `- ${p.fatal ? '**could not run**' : makesIncomplete(p) ? '**incomplete**' : p.note ? 'not crawled' : 'partial'}: ${(0,report_escape/* escapeMarkdown */.FV)(p.tool)}: ${(0,report_escape/* escapeMarkdown */.FV)(p.message)}`,
        counts: () => `${(0,report_document/* plural */.LS)(r.problems.length, 'scanner problem')}.`,
        what: 'scanner problems',
    });
    const groups = groupFindings(r.findings, failingSet);
    const section = (heading, kind, what) => {
        const items = groups.filter((g) => g.kind === kind);
        return (0,report_document/* itemsSection */.mJ)({
            heading,
            items,
            renderItem: (g, level) => groupBlock(g, r.blobBase, r.hasBaseline, level),
            counts: () => `${(0,report_document/* plural */.LS)(items.length, 'rule')}, ${(0,report_document/* plural */.LS)(items.reduce((a, g) => a + g.findings.length, 0), 'instance')}.`,
            what,
            leavesOut: { condensed: `fixes and suppressions of ${what}`, list: `the locations of ${what}` },
        });
    };
    const doc = (0,report_document/* renderDocument */.yQ)({
        header,
        sections: [
            problems,
            section('#### SAST findings, by rule', 'sast', 'SAST rules'),
            section('#### DAST findings, by rule', 'dast', 'DAST rules'),
        ],
        omittedNote: (o) => `_Left out to fit GitHub's size limit: ${o.join('; ')}. ${r.sarifTrimmed ? `Every finding is in the findings-json output; the SARIF file left out ${n(r.sarifTrimmed)} of them._` : 'Every finding is in the SARIF file and the findings-json output._'}`,
        ...(r.sarifTrimmed
            ? {
                footer: `<sub>${(0,report_escape/* escapeMarkdown */.FV)(`${r.sarifTrimmed === 1 ? '1 result was' : `${(0,report_document/* plural */.LS)(r.sarifTrimmed, 'result')} were`} left out of the SARIF file (GitHub accepts at most 25,000 per run and 10 MB gzipped; the least severe go first). Every finding is in the findings-json output.`)}</sub>`,
            }
            : {}),
    }, limit, measure);
    return doc.text;
}

;// CONCATENATED MODULE: ./src/outputs.ts
function setOutputs(outputs, r, files) {
    const count = (pred) => r.findings.filter(pred).length;
    outputs.set('total', r.findings.length);
    for (const s of ['high', 'medium', 'low', 'info'])
        outputs.set(s, count((f) => f.severity === s));
    outputs.set('sast-findings', count((f) => f.kind === 'sast'));
    outputs.set('dast-findings', count((f) => f.kind === 'dast'));
    outputs.set('new-findings', r.gate.newCount);
    outputs.set('failing', r.gate.failing.length);
    outputs.set('scan-errors', r.problems.filter((p) => !p.note).length);
    outputs.set('result', r.result);
    outputs.set('sarif-file', files.sarifFile);
    outputs.set('findings-json', files.findingsFile);
}

;// CONCATENATED MODULE: ./src/main.ts








async function main(rt) {
    // Everything the user gave is read and checked before any scan or remote call.
    const cfg = await readConfig(rt);
    // The work: each scanner, then ingested reports; suppressions, baseline and the gate.
    const deps = { logger: rt.logger, signal: rt.signal, now: () => Date.now() };
    const runs = [...(await runScanners(cfg, deps)), ...cfg.ingested];
    const result = judge(runs, cfg);
    const sarif = writeFiles(cfg, result, rt.logger);
    // The report: log, annotations, summary, comment, upload.
    logProblems(rt.logger, result.problems, cfg.failOnScanError);
    const annotated = annotate(rt.logger, result.findings, new Set(result.gate.failing), cfg.maxAnnotations);
    const report = reportInputOf(result, {
        annotated,
        maxAnnotations: cfg.maxAnnotations,
        hasBaseline: cfg.known !== undefined,
        blobBase: blobBaseOf(rt.context),
        sarifTrimmed: sarif.trimmed,
    });
    (0,summary/* writeJobSummary */.j)(renderReport(report, report_document/* SUMMARY_LIMIT */.Jt, report_document/* utf8Bytes */.dy), rt.env);
    if ((cfg.comment || cfg.uploadSarif) && cfg.githubToken) {
        const { publish } = await Promise.all(/* import() */[__nccwpck_require__.e(116), __nccwpck_require__.e(541)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7541));
        await publish({
            rt,
            token: cfg.githubToken,
            comment: cfg.comment ? renderReport(report, report_document/* COMMENT_LIMIT */.W$ - 200) : undefined,
            commentKey: cfg.category,
            sarif: cfg.uploadSarif ? sarif.text : undefined,
        });
    }
    setOutputs(rt.outputs, result, cfg);
    const failure = gateError(result, cfg.policy);
    if (failure)
        throw failure;
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

/***/ 5251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: REPORT_URL, coreOutputs, createRuntime, failStep

// EXTERNAL MODULE: ../../packages/shared/src/runner/core.ts + 2 modules
var core = __nccwpck_require__(1547);
// EXTERNAL MODULE: ../../packages/shared/src/log/logger.ts
var logger = __nccwpck_require__(1982);
// EXTERNAL MODULE: ../../packages/shared/src/log/secrets.ts
var secrets = __nccwpck_require__(4805);
// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
// EXTERNAL MODULE: ../../packages/shared/src/github/context.ts
var github_context = __nccwpck_require__(4938);
// EXTERNAL MODULE: ../../packages/shared/src/action/errors.ts
var errors = __nccwpck_require__(3189);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ../../packages/shared/src/util/time.ts
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

;// CONCATENATED MODULE: ../../packages/shared/src/action/inputs.ts




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
                def.type === 'duration' && def.default !== undefined ? parseDuration(def.default) : def.default;
            continue;
        }
        try {
            out[camelCase(name)] = parseOne(name, def, text, source.workspace, source.env.RUNNER_TEMP);
        }
        catch (e) {
            problems.push((0,errors/* describeThrown */.YI)(e));
        }
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    const inputs = out;
    const contradictions = crossCheck?.(inputs) ?? [];
    if (contradictions.length)
        throw new errors/* InputError */.dz(contradictions);
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
            const ms = parseDuration(text);
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
        return bad(`not a valid YAML map or K=V lines (${(0,errors/* describeThrown */.YI)(e).split('\n')[0]}).`);
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
        return { real: (0,external_node_fs_.realpathSync)(p), exists: true };
    }
    catch {
        const parent = external_node_path_default().dirname(p);
        if (parent === p)
            return { real: p, exists: false };
        return { real: external_node_path_default().join(realish(parent).real, external_node_path_default().basename(p)), exists: false };
    }
}
const inside = (root, p) => {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith(`..${(external_node_path_default()).sep}`) && rel !== '..' && !external_node_path_default().isAbsolute(rel));
};
/**
 * Resolves a path input and refuses anything outside the workspace and RUNNER_TEMP: `..`, absolute paths
 * elsewhere, and symlinks (anywhere on the way) that lead out. Throws an Error whose message says why; it
 * names paths only, never a file's contents. Returns the absolute (unresolved) path.
 */
function resolveConfined(text, roots, mustExist) {
    const candidates = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].flatMap((r) => {
        try {
            return [(0,external_node_fs_.realpathSync)(r)];
        }
        catch {
            return [];
        }
    });
    const abs = external_node_path_default().resolve(roots.base ?? roots.workspace, text);
    const { real, exists } = realish(abs);
    if (!candidates.some((root) => inside(root, real))) {
        const where = `the workspace (${candidates[0] ?? roots.workspace})${candidates[1] ? ` or RUNNER_TEMP (${candidates[1]})` : ''}`;
        const lexical = [roots.workspace, ...(roots.temp ? [roots.temp] : [])].some((r) => inside(external_node_path_default().resolve(r), abs));
        throw new Error(lexical
            ? `"${text}" leads through a symbolic link to ${real}, outside ${where}.`
            : `"${text}" is outside ${where}; give a path inside the workspace (relative to it) or under RUNNER_TEMP.`);
    }
    // Only now: whether a file outside exists is none of the input's business.
    if (!exists && mustExist)
        throw new Error(`"${text}" does not exist (looked for ${abs}).`);
    if (exists && (mustExist === 'file' || mustExist === 'dir')) {
        const st = (0,external_node_fs_.statSync)(real);
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
        return bad((0,errors/* describeThrown */.YI)(e));
    }
}

;// CONCATENATED MODULE: ../../packages/shared/src/action/run-action.ts







const REPORT_URL = 'https://github.com/pipewright/pipewright/issues';
const coreOutputs = {
    set: (name, value) => core.setOutput(name, String(value)),
    setJson: (name, value) => core.setOutput(name, JSON.stringify(value)),
};
function createRuntime(env = process.env) {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted) {
            core.info(`Received ${sig}: cancelling.`);
            controller.abort(new Error(`cancelled (${sig})`));
        }
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const context = (0,github_context/* readRunContext */.$p)(env);
    return {
        env,
        logger: new logger/* CoreLogger */.US(),
        outputs: coreOutputs,
        context,
        signal: controller.signal,
        inputs: (spec, crossCheck) => getInputs(spec, { env, workspace: context.workspace, onSecret: (v) => (0,secrets/* registerSecret */.cl)(v) }, crossCheck),
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
        core.setFailed(`${thrown.message}${hint}`);
    }
    else {
        if (thrown instanceof Error && thrown.stack)
            logger.debug(thrown.stack);
        core.setFailed(`Unexpected error: ${(0,errors/* describeThrown */.YI)(thrown)}\nThis is a bug in pipewright. Please report it at ${REPORT_URL} with this log (re-run with debug logging for the stack).`);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 4938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   DJ: () => (/* binding */ resolvePullRequest)
/* harmony export */ });
/* unused harmony exports headCommit, requireRepository */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3189);


/** Everything the runner tells a step about its run, read from the environment and the event file. */
function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Pull request #${number} was not found in ${ctx.owner}/${ctx.repo}.`, {
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


/***/ }),

/***/ 1982:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ CoreLogger),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL)
/* harmony export */ });
/* unused harmony exports AnnotationBudget, MemoryLogger */
/* harmony import */ var _runner_core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1547);

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
        _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.debug(message);
    }
    info(message) {
        _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.info(message);
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
        _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.startGroup(name);
        try {
            return await fn();
        }
        finally {
            _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.endGroup();
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
            _runner_core_js__WEBPACK_IMPORTED_MODULE_0__[level](message, props);
        }
        else {
            const where = props?.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
            _runner_core_js__WEBPACK_IMPORTED_MODULE_0__.info(`${level}: ${message}${where}`);
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


/***/ }),

/***/ 4805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ secretRegistry),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   rA: () => (/* binding */ redactKnown)
/* harmony export */ });
/* unused harmony exports secretForms, credentialParts, SecretRegistry, addMask, redact */
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
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   bH: () => (/* binding */ cutToLimit),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   mJ: () => (/* binding */ itemsSection),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   yQ: () => (/* binding */ renderDocument)
/* harmony export */ });
/* unused harmony exports DETAIL_LEVELS, chars, joinWithin */
/**
 * A report of sections that each know how to degrade, so the whole stays within a byte budget:
 * full -> condensed -> list -> counts. What was left out is said at the end.
 *
 * Sections render lazily with a budget of their own, so a 10 MB report never materialises 10 MB per pass.
 */
const DETAIL_LEVELS = ['full', 'condensed', 'list', 'counts'];
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

/***/ 9489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/* unused harmony exports escapeHtml, tableCell, htmlText, htmlCode, codeBlock, details, Inline, inline, text, code, strong */
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
function text(s) {
    return new Inline([{ text: s }]);
}
/** Untrusted text shown as code (copyable exactly): a code span in markdown, `<code>` in HTML. */
function code(s) {
    return new Inline([{ code: s }]);
}
/** Bold. */
function strong(x) {
    return new Inline([{ strong: typeof x === 'string' ? text(x) : x }]);
}
/**
 * A link to an http(s) URL; any other URL (javascript:, data:, relative) is shown as text, never linked. The target
 * is percent-encoded where markdown or HTML could read a character as syntax.
 */
function link(label, url) {
    const l = typeof label === 'string' ? text(label) : label;
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

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getState: () => (/* binding */ getState),
  info: () => (/* binding */ info),
  notice: () => (/* binding */ notice),
  saveState: () => (/* binding */ saveState),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  warning: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/command.js
var command = __nccwpck_require__(2127);
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
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
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
