import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ RISK_NAMES),
/* harmony export */   y: () => (/* binding */ CATALOGUE)
/* harmony export */ });
const m = (pluginId, name, risk, confidence, cwe, wasc, description, solution, extra = {}) => ({ pluginId, name, risk, confidence, cwe, wasc, description, solution, ...extra });
/** Keyed by alertRef (the plugin ID, or `<plugin>-<n>` for sub-alerts). */
const CATALOGUE = {
    '10038-1': m('10038', 'Content Security Policy (CSP) Header Not Set', 2, 3, 693, 15, 'Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate cross-site scripting and data injection attacks.', 'Configure the web server to set the Content-Security-Policy header.'),
    '10038-2': m('10038', 'Obsolete Content Security Policy (CSP) Header Found', 0, 3, 693, 15, 'The "X-Content-Security-Policy" and "X-WebKit-CSP" headers are obsolete and no longer recommended.', 'Set the standard Content-Security-Policy header instead.'),
    '10038-3': m('10038', 'Content Security Policy (CSP) Report-Only Header Found', 0, 3, 693, 15, 'The response has a Content-Security-Policy-Report-Only header: the policy is reported, not enforced.', 'Enforce the policy with Content-Security-Policy once it is tested.'),
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
    '10096': m('10096', 'Timestamp Disclosure - Unix', 1, 1, 497, 13, 'A Unix timestamp was disclosed by the application or web server.', 'Check that the timestamp is not sensitive and cannot be combined with other data.', { noisy: true }),
    '10027': m('10027', 'Information Disclosure - Suspicious Comments', 0, 1, 615, 13, 'The response contains comments that may help an attacker.', 'Remove comments that reveal internals before release.', { noisy: true }),
    '10054-1': m('10054', 'Cookie without SameSite Attribute', 1, 2, 1275, 13, 'A cookie was set without a SameSite attribute, so it can be sent with cross-site requests.', 'Set SameSite=Lax or Strict on every cookie.'),
    '10054-2': m('10054', 'Cookie with SameSite Attribute None', 1, 2, 1275, 13, 'A cookie was set with SameSite=None.', 'Use SameSite=Lax or Strict unless cross-site use is intended.'),
    '10054-3': m('10054', 'Cookie with Invalid SameSite Attribute', 1, 2, 1275, 13, 'A cookie has a SameSite value other than Strict, Lax or None.', 'Use Strict or Lax.'),
    '10010': m('10010', 'Cookie No HttpOnly Flag', 1, 2, 1004, 13, 'A cookie was set without HttpOnly, so scripts can read it.', 'Set HttpOnly on every cookie scripts do not need.'),
    '10011': m('10011', 'Cookie Without Secure Flag', 1, 2, 614, 13, 'A cookie was set over HTTPS without the Secure flag.', 'Set Secure on every cookie sent over HTTPS.'),
    '10017': m('10017', 'Cross-Domain JavaScript Source File Inclusion', 1, 2, 829, 15, 'The page includes scripts from another domain.', 'Load scripts only from trusted sources you control.'),
    '90003': m('90003', 'Sub Resource Integrity Attribute Missing', 2, 3, 345, 15, 'A cross-origin script or stylesheet is loaded without an integrity attribute.', 'Add integrity (and crossorigin) attributes.'),
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
    '10098': m('10098', 'Cross-Domain Misconfiguration', 2, 2, 264, 14, 'Access-Control-Allow-Origin: * lets any site read the response.', 'Allow only the origins that need access.'),
    '10202': m('10202', 'Absence of Anti-CSRF Tokens', 2, 1, 352, 9, 'No anti-CSRF token was found in an HTML form.', 'Add an unpredictable per-session token to every form.'),
    '10063-1': m('10063', 'Permissions Policy Header Not Set', 1, 2, 693, 15, 'Permissions-Policy is not set, so the page does not restrict browser features.', 'Set a Permissions-Policy header.'),
    '10063-2': m('10063', 'Deprecated Feature Policy Header Set', 1, 2, 16, 15, 'The deprecated Feature-Policy header is set instead of Permissions-Policy.', 'Use Permissions-Policy.'),
    '90004-1': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Resource-Policy is missing, same-site, or invalid.', 'Set Cross-Origin-Resource-Policy: same-origin (cross-origin for resources meant to be embedded anywhere).'),
    '90004-2': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Embedder-Policy is missing or invalid.', 'Set Cross-Origin-Embedder-Policy: require-corp.'),
    '90004-3': m('90004', 'Insufficient Site Isolation Against Spectre Vulnerability', 1, 2, 693, 14, 'Cross-Origin-Opener-Policy is missing or invalid.', 'Set Cross-Origin-Opener-Policy: same-origin.'),
    '10015': m('10015', 'Re-examine Cache-control Directives', 0, 1, 525, 13, 'Cache-Control does not prevent caching of a possibly sensitive HTTPS response.', 'Set Cache-Control: no-cache, no-store, must-revalidate where content is sensitive.', { noisy: true }),
    '10049-1': m('10049', 'Non-Storable Content', 0, 2, 524, 13, 'The response cannot be stored by a cache.', 'None needed if the content is sensitive.', { noisy: true }),
    '10049-2': m('10049', 'Storable but Non-Cacheable Content', 0, 2, 524, 13, 'The response can be stored but must be revalidated before reuse.', 'None needed if intended.', { noisy: true }),
    '10049-3': m('10049', 'Storable and Cacheable Content', 0, 2, 524, 13, 'The response can be stored and served from a cache without revalidation.', 'Use Cache-Control: no-store for sensitive content.', { noisy: true }),
    '10009': m('10009', 'In Page Banner Information Leak', 1, 3, 497, 13, 'The server returned a version banner string in the response content (typically an error page). Such leaks let attackers target issues of that product and version.', 'Configure the server not to show its version on pages: custom error pages, and e.g. ServerSignature Off / ServerTokens Prod (Apache), server_tokens off (nginx).'),
    '10019': m('10019', 'Content-Type Header Missing', 0, 2, 345, 12, 'The Content-Type header was either missing or empty.', 'Ensure each page sets the specific and appropriate Content-Type for the content it delivers.'),
    '10023': m('10023', 'Information Disclosure - Debug Error Messages', 1, 2, 200, 13, 'The response appears to contain an error or debug message of a platform (ASP.NET, PHP) or web server (IIS, Apache).', 'Disable debugging messages before pushing to production.'),
    '10031': m('10031', 'User Controllable HTML Element Attribute (Potential XSS)', 0, 1, 20, 20, 'A query parameter controls the start of an HTML attribute value (or a URL scheme/host in it): a hot spot for cross-site scripting that needs manual review.', 'Validate all input and sanitize output before writing it to any HTML attribute.'),
    '10033': m('10033', 'Directory Browsing', 2, 2, 548, 16, 'It is possible to view a listing of the directory contents, which may reveal hidden scripts, include files or backup files.', 'Configure the web server to disable directory browsing (nginx: autoindex off; Apache: Options -Indexes; lighttpd: dir-listing.activate = "disable").'),
    '10109': m('10109', 'Modern Web Application', 0, 2, 0, 0, 'The application appears to be a modern web application: pages are built by scripts, which a crawler that does not run them cannot follow.', 'Informational, nothing to fix; scan what scripts load with a browser-driven crawler (ZAP Ajax spider) or list the URLs in sitemap.xml.'),
    '10110': m('10110', 'Dangerous JS Functions', 1, 1, 749, 0, "A dangerous JavaScript function (eval, or one that bypasses a framework's sanitizing, e.g. bypassSecurityTrustHtml) seems to be in use.", "Avoid these functions on data an attacker can influence; see the framework's security guide."),
    '10112': m('10112', 'Session Management Response Identified', 0, 2, 0, 0, 'The response contains a session management token (a cookie, an Authorization or X-CSRF-Token header, or a token in a JSON body).', 'Informational, nothing to fix.'),
    '90022': m('90022', 'Application Error Disclosure', 2, 2, 200, 13, 'The page contains an error or warning message that may disclose sensitive information, like the location of the file that produced an unhandled exception.', 'Use custom error pages; log the details on the server and show the user only a reference.'),
    '90033': m('90033', 'Loosely Scoped Cookie', 0, 1, 565, 15, 'A cookie is scoped to a parent domain of the host that set it, so every subdomain of that parent receives it.', 'Scope cookies to the fully qualified host name (omit Domain, or set it to the host).'),
    '2': m('2', 'Private IP Disclosure', 1, 2, 497, 13, 'A private IP address (RFC 1918) was found in the response.', 'Remove private IP addresses from responses.'),
};
const RISK_NAMES = ['Informational', 'Low', 'Medium', 'High'];


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8913);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2764);


await (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW);

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

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: spec, workflowFile

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

// EXTERNAL MODULE: ../../packages/shared/src/report/document.ts
var report_document = __nccwpck_require__(8355);
// EXTERNAL MODULE: ../../packages/shared/src/report/summary.ts
var summary = __nccwpck_require__(8560);
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

// EXTERNAL MODULE: ./src/dast/catalogue.ts
var catalogue = __nccwpck_require__(3154);
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

// EXTERNAL MODULE: ../../packages/shared/src/log/logger.ts
var log_logger = __nccwpck_require__(1982);
;// CONCATENATED MODULE: ./src/annotations.ts

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, info: 3 };
const LEVELS = ['error', 'warning', 'notice'];
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
    for (const level of LEVELS) {
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

;// CONCATENATED MODULE: ./src/main.ts












const main_LEVELS = ['high', 'medium', 'low', 'none'];
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
    'fail-on-sast': { type: 'enum', values: main_LEVELS, default: 'medium' },
    'fail-on-dast': { type: 'enum', values: main_LEVELS, default: 'medium' },
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
async function main(rt) {
    const i = rt.inputs(spec, crossCheck);
    const ws = rt.context.workspace;
    const temp = rt.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const rel = (p) => external_node_path_default().relative(ws, p).split((external_node_path_default()).sep).join('/');
    // Everything the user gave is read and checked before any scan or remote call.
    let rules;
    if (i.rulesFile) {
        try {
            rules = parseRulesFile((0,external_node_fs_.readFileSync)(i.rulesFile, 'utf8'), rel(i.rulesFile));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`The rules file is invalid:\n${e.message}`, {
                hint: 'Lines are `<rule id>\\t<IGNORE|INFO|WARN|FAIL>\\t(<name>)` or `<ids>|*\\tOUTOFSCOPE\\t<url regex>`, tab-separated.',
            });
        }
    }
    let baseline;
    if (i.baseline && (0,external_node_fs_.existsSync)(i.baseline)) {
        try {
            baseline = parseBaseline((0,external_node_fs_.readFileSync)(i.baseline, 'utf8'), rel(i.baseline));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`The baseline cannot be read: ${e.message}`, {
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
    const ingestFiles = i.ingest ?? [];
    // Reports to ingest are read now too: a bad file must not surface after a long scan.
    const ingested = [];
    if (ingestFiles.length) {
        const { ingestReport } = await Promise.all(/* import() */[__nccwpck_require__.e(106), __nccwpck_require__.e(640), __nccwpck_require__.e(204)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6204));
        for (const file of ingestFiles) {
            let parsed;
            try {
                parsed = ingestReport((0,external_node_fs_.readFileSync)(file, 'utf8'), rel(file), ws, i.skipTestAsserts);
            }
            catch (e) {
                throw new errors/* UserError */.yo(`\`ingest\`: ${e.message}`);
            }
            parsed.forEach((outcome, n) => {
                const kind = outcome.findings.some((f) => f.kind === 'dast') ? 'dast' : 'sast';
                const name = outcome.tool.name.toLowerCase().replace(/[^\w.-]+/g, '-');
                // One category per run: GitHub rejects two runs of one tool with the same category in an upload.
                const base = external_node_path_default().basename(file).replace(/[^\w.-]+/g, '_');
                ingested.push({
                    kind,
                    category: `${i.category}/ingest/${name}/${base}${parsed.length > 1 ? `-run${n + 1}` : ''}/`,
                    outcome,
                });
            });
        }
    }
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
    // The work: each scanner, then ingested reports.
    const outcomes = [];
    if (i.sastPath) {
        const { runBandit } = await Promise.all(/* import() */[__nccwpck_require__.e(640), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8640));
        const outcome = await rt.logger.group('Bandit (SAST)', () => runBandit({
            target: i.sastPath,
            workspace: ws,
            ...(i.bandit ? { bandit: i.bandit } : {}),
            version: i.banditVersion,
            python: i.python,
            venvRoot: external_node_path_default().join(temp, 'pipewright-venvs'),
            ...(i.banditConfig ? { config: i.banditConfig } : {}),
            skipTestAsserts: i.skipTestAsserts,
            timeoutMs: 30 * 60_000,
            logger: rt.logger,
            signal: rt.signal,
        }));
        rt.logger.info(`Bandit: ${resultLine(outcome)}`);
        outcomes.push({ kind: 'sast', category: `${i.category}/sast/`, outcome });
    }
    if (i.targetUrl) {
        const { runDast } = await __nccwpck_require__.e(/* import() */ 106).then(__nccwpck_require__.bind(__nccwpck_require__, 3106));
        const target = i.targetUrl;
        const outcome = await rt.logger.group(`Passive DAST of ${target}`, () => runDast({
            target,
            maxDepth: i.dastMaxDepth,
            maxPages: i.dastMaxPages,
            maxDurationMs: i.dastMaxDuration,
            concurrency: i.dastConcurrency,
            requestTimeoutMs: i.dastRequestTimeout,
            headers,
            maxInstancesPerRule: i.dastMaxInstances,
            maxErrorPercent: i.dastErrorThreshold,
            threshold: i.dastThreshold,
            logger: rt.logger,
            insecureTls: i.dastInsecureTls,
            now: () => Date.now(),
            signal: rt.signal,
        }));
        rt.logger.info(`DAST: ${resultLine(outcome)}`);
        outcomes.push({
            kind: 'dast',
            category: `${i.category}/dast/${new URL(target).host.replace(/[^\w.-]/g, '_')}/`,
            outcome,
        });
    }
    outcomes.push(...ingested);
    // Suppressions, baseline and the gate.
    let ignored = 0;
    const groups = outcomes.map(({ kind, category, outcome }) => {
        const applied = applyRules(rules, outcome.findings);
        ignored += applied.ignored;
        return {
            tool: outcome.tool,
            kind,
            category,
            findings: markBaseline(applied.kept, baseline),
            problems: outcome.problems.map((p) => p.message),
            executionSuccessful: !outcome.problems.some((p) => p.fatal),
        };
    });
    const findings = groups.flatMap((g) => g.findings).sort(bySeverity);
    const problems = outcomes.flatMap((o) => o.outcome.problems);
    const policy = {
        failOn: { sast: i.failOnSast, dast: i.failOnDast },
        minConfidence: { sast: i.sastConfidence, dast: i.dastConfidence },
        newOnly: i.newOnly,
    };
    const gate = evaluateGate(findings, policy);
    const fatal = problems.filter((p) => p.fatal);
    const incomplete = problems.filter((p) => !p.fatal && makesIncomplete(p));
    const scanFailed = (fatal.length > 0 || incomplete.length > 0) && i.failOnScanError;
    const passed = gate.failing.length === 0 && !scanFailed;
    // A gate that passed on a scan that did not see everything is not a pass, even when it does not fail.
    const result = !passed
        ? 'failed'
        : fatal.length || incomplete.length
            ? 'incomplete'
            : 'passed';
    const health = outcomes.flatMap((o) => (o.outcome.health ? [o.outcome.health] : []));
    // Files: SARIF, findings JSON, baseline.
    const dastAnchor = i.dastAnchorFile ?? workflowFile(rt.env) ?? (i.rulesFile ? rel(i.rulesFile) : 'README.md');
    const sarif = buildSarif(groups, dastAnchor);
    const sarifFile = external_node_path_default().resolve(ws, i.sarifFile ?? external_node_path_default().join(temp, 'security-scan.sarif'));
    const findingsFile = external_node_path_default().resolve(ws, i.findingsFile ?? external_node_path_default().join(temp, 'security-scan-findings.json'));
    // Through the shared writer: every registered secret (a cookie a page echoed, ...) is redacted.
    writeOutputFile(sarifFile, sarif.text);
    writeOutputFile(findingsFile, `${JSON.stringify({ passed, result, health, findings, problems, ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}) }, null, 2)}\n`);
    if (i.updateBaseline && i.baseline) {
        writeOutputFile(i.baseline, renderBaseline(findings));
        rt.logger.info(`Baseline written to ${rel(i.baseline)} (${findings.length} findings).`);
    }
    // The report: log, annotations, summary, comment, upload.
    for (const p of problems) {
        if (p.note)
            rt.logger.notice(`${p.tool}: ${p.message}`, { title: 'security-scan: not crawled' });
        else
            rt.logger[p.fatal || (makesIncomplete(p) && i.failOnScanError) ? 'error' : 'warning'](`${p.tool}: ${p.message}`, {
                title: p.fatal
                    ? 'security-scan: scan could not run'
                    : makesIncomplete(p)
                        ? 'security-scan: scan incomplete'
                        : 'security-scan: scan problem',
            });
    }
    const annotated = annotate(rt.logger, findings, new Set(gate.failing), i.maxAnnotations);
    const stats = outcomes.map(({ outcome }) => `${outcome.tool.name}${outcome.tool.version ? ` ${outcome.tool.version}` : ''}: ${(0,report_document/* plural */.LS)(outcome.findings.length, 'finding')}${outcome.stats?.pages !== undefined ? `, ${(0,report_document/* plural */.LS)(Number(outcome.stats.pages), 'page')}` : ''}`);
    if (annotated < findings.length)
        stats.push(`${(0,report_document/* plural */.LS)(findings.length - annotated, 'finding')} not annotated on their lines (GitHub shows 10 annotations per level per step; max-annotations: ${i.maxAnnotations})`);
    if (ignored)
        stats.push(`${ignored} ignored by the rules file`);
    const pr = rt.context.payload.pull_request;
    const sha = pr?.head?.sha ?? rt.context.sha;
    const reportInput = {
        findings,
        failing: gate.failing,
        problems,
        health,
        hasBaseline: baseline !== undefined,
        passed,
        result,
        blobBase: `${rt.context.serverUrl}/${rt.context.owner}/${rt.context.repo}/blob/${sha}/`,
        stats,
        ...(sarif.trimmed ? { sarifTrimmed: sarif.trimmed } : {}),
    };
    (0,summary/* writeJobSummary */.j)(renderReport(reportInput, report_document/* SUMMARY_LIMIT */.Jt, report_document/* utf8Bytes */.dy), rt.env);
    if ((i.comment || i.uploadSarif) && i.githubToken) {
        const { publish } = await Promise.all(/* import() */[__nccwpck_require__.e(116), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8555));
        await publish({
            rt,
            token: i.githubToken,
            comment: i.comment ? renderReport(reportInput, report_document/* COMMENT_LIMIT */.W$ - 200) : undefined,
            commentKey: i.category,
            sarif: i.uploadSarif ? sarif.text : undefined,
        });
    }
    // Outputs.
    const count = (pred) => findings.filter(pred).length;
    rt.outputs.set('total', findings.length);
    for (const s of ['high', 'medium', 'low', 'info'])
        rt.outputs.set(s, count((f) => f.severity === s));
    rt.outputs.set('sast-findings', count((f) => f.kind === 'sast'));
    rt.outputs.set('dast-findings', count((f) => f.kind === 'dast'));
    rt.outputs.set('new-findings', gate.newCount);
    rt.outputs.set('failing', gate.failing.length);
    rt.outputs.set('scan-errors', problems.filter((p) => !p.note).length);
    rt.outputs.set('result', result);
    rt.outputs.set('sarif-file', sarifFile);
    rt.outputs.set('findings-json', findingsFile);
    if (scanFailed) {
        const why = [...fatal, ...incomplete].map((p) => `${p.tool}: ${p.message}`).join('; ');
        throw new errors/* UserError */.yo(fatal.length
            ? `${fatal.length === 1 ? '1 scan' : `${fatal.length} scans`} could not run${incomplete.length ? ` and ${(0,report_document/* plural */.LS)(incomplete.length, 'problem')} left a scan incomplete` : ''}: ${why}`
            : `The scan is incomplete, so a clean result would mean nothing: ${why}`, {
            hint: 'Fix the scanner or the target (see the scan health table in the job summary), or set `fail-on-scan-error: false` to report without failing (result is then `incomplete`).',
        });
    }
    if (!passed)
        throw new errors/* UserError */.yo(`${gate.failing.length === 1 ? '1 finding fails' : `${(0,report_document/* plural */.LS)(gate.failing.length, 'finding')} fail`} the gate (fail-on-sast: ${i.failOnSast}, fail-on-dast: ${i.failOnDast}${i.newOnly ? ', new only' : ''}).`, {
            hint: 'Fix them, suppress reviewed ones (`# nosec B602`, or the rules file), or raise the thresholds.',
        });
}
/** A scan's one-line result: "12 pages, 3 findings, 1 problem". */
function resultLine(o) {
    const pages = o.stats?.pages !== undefined ? `${(0,report_document/* plural */.LS)(Number(o.stats.pages), 'page')}, ` : '';
    const problems = o.problems.length ? `, ${(0,report_document/* plural */.LS)(o.problems.length, 'problem')}` : '';
    return `${pages}${(0,report_document/* plural */.LS)(o.findings.length, 'finding')}${problems}`;
}
/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/x.yml@ref). */
function workflowFile(env) {
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
    return m?.[1];
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
    if (typeof thrown === 'string')
        return thrown;
    try {
        return JSON.stringify(thrown) ?? String(thrown);
    }
    catch {
        return String(thrown);
    }
}


/***/ }),

/***/ 8913:
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
            return parseMap(text, bad);
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
function parseMap(text, bad) {
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
/* unused harmony exports secretForms, credentialParts, SecretRegistry, redact */
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2127);
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
        for (const v of [value, ...credentialParts(value)]) {
            for (const form of secretForms(v)) {
                // A line of punctuation (`---`, `}}}` of a multi-line secret) would garble every table and rule.
                if (this.forms.has(form) || !/[\p{L}\p{N}]/u.test(form))
                    continue;
                this.forms.add(form);
                this.pattern = undefined;
                this.sink(form);
            }
        }
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
const addMask = (form) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_0__/* .issueCommand */ .L)('add-mask', {}, form);
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
