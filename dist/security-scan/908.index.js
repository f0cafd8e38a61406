export const id = 908;
export const ids = [908,514];
export const modules = {

/***/ 9908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* binding */ RISK_TO_SEVERITY),
  runDast: () => (/* binding */ runDast),
  Gg: () => (/* binding */ zapConfidence)
});

// UNUSED EXPORTS: DAST_TOOL, alertToFinding, crawlHealth, ruleInfoFor

// EXTERNAL MODULE: ./src/fingerprint.ts
var fingerprint = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/dast/catalogue/index.ts + 8 modules
var catalogue = __webpack_require__(1940);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/dast/message.ts
function headerValues(m, name) {
    const n = name.toLowerCase();
    return m.headers.filter(([k]) => k === n).map(([, v]) => v);
}
function header(m, name) {
    return headerValues(m, name)[0];
}
function contentType(m) {
    return (header(m, 'content-type') ?? '').toLowerCase();
}
const isHttps = (m) => m.url.startsWith('https:');
const isSuccess = (m) => m.status >= 200 && m.status < 300;
const isRedirect = (m) => m.status >= 300 && m.status < 400;
const isHtml = (m) => contentType(m).includes('html');
const isJavaScript = (m) => /javascript|ecmascript/.test(contentType(m)) || /\.m?js$/.test(new URL(m.url).pathname);
const isCss = (m) => contentType(m).includes('text/css');
const isImage = (m) => contentType(m).startsWith('image/');
/** "HTML" in the rule table: text/html that is not a redirect or an error. */
const isHtmlPage = (m) => isHtml(m) && isSuccess(m);
const isText = (m) => /^text\/|json|javascript|xml|ecmascript/.test(contentType(m)) || contentType(m) === '';
/** `<meta http-equiv="NAME" content="...">` values in an HTML body. */
function metaHttpEquiv(body, name) {
    const out = [];
    for (const m of body.matchAll(/<meta\b[^>]*>/gi)) {
        const tag = m[0];
        const equiv = attr(tag, 'http-equiv');
        if (equiv?.toLowerCase() === name.toLowerCase())
            out.push(attr(tag, 'content') ?? '');
    }
    return out;
}
/** An attribute of one start tag, quoted or not; entities in it are not decoded beyond &amp;. */
const ATTR_RE = new Map();
function attr(tag, name) {
    let re = ATTR_RE.get(name);
    if (!re) {
        re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
        ATTR_RE.set(name, re);
    }
    const m = re.exec(tag);
    if (!m)
        return undefined;
    return (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
}
/** Start tags of an element, e.g. tags(body, 'script'). */
function tags(body, element) {
    return [...body.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

;// CONCATENATED MODULE: ./src/dast/crawler.ts
/**
 * A same-origin crawler with the budgets of ZAP's baseline spider: depth, pages, total time, and a
 * concurrency limit. Seeds from the target, the site root, robots.txt and sitemap.xml. Every response is
 * handed to `onResponse` as it arrives and then dropped, so memory stays flat however large the site.
 */



/** Bytes of a body the rules see; the rest is not read (the page is reported as partially scanned). */
const MAX_BODY = 4 * 1024 * 1024;
/** Redirects of the target itself that are followed to find the page the site really starts on. */
const MAX_ROOT_REDIRECTS = 10;
const SKIP_EXT = /\.(png|jpe?g|gif|ico|webp|bmp|woff2?|ttf|otf|eot|mp[34]|webm|ogg|avi|mov|pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|dmg|iso|bin|wasm)$/i;
class TimeoutError extends Error {
}
function fetchOnce(url, o, agent) {
    return new Promise((resolve, reject) => {
        const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const req = lib.request(url, {
            method: 'GET',
            agent,
            headers: { 'user-agent': 'pipewright-security-scan', accept: '*/*', ...o.headers },
            timeout: o.requestTimeoutMs,
            ...(url.protocol === 'https:' && o.insecureTls ? { rejectUnauthorized: false } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        }, (res) => {
            const chunks = [];
            let size = 0;
            let cut = false;
            const finish = () => {
                const headers = [];
                for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
                    headers.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
                const msg = {
                    url: url.href,
                    method: 'GET',
                    status: res.statusCode ?? 0,
                    statusLine: `HTTP/${res.httpVersion} ${res.statusCode ?? 0} ${res.statusMessage ?? ''}`.trim(),
                    headers,
                    body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
                    requestHeaders: Object.fromEntries(Object.entries(o.headers).map(([k, v]) => [k.toLowerCase(), v])),
                };
                if (cut) {
                    const declared = Number(res.headers['content-length']);
                    msg.truncated = {
                        scannedBytes: MAX_BODY,
                        ...(Number.isFinite(declared) && declared > MAX_BODY ? { totalBytes: declared } : {}),
                    };
                }
                resolve({ msg, ...(res.headers.location ? { location: res.headers.location } : {}) });
            };
            res.on('data', (c) => {
                if (cut)
                    return;
                chunks.push(c);
                size += c.length;
                // Past the limit the rest is not downloaded: the page is scanned as far as it was read.
                if (size > MAX_BODY) {
                    cut = true;
                    res.destroy();
                    finish();
                }
            });
            res.on('end', () => {
                if (!cut)
                    finish();
            });
            res.on('error', (e) => {
                if (!cut)
                    reject(e);
            });
        });
        req.on('timeout', () => req.destroy(new TimeoutError(`no response within ${o.requestTimeoutMs} ms`)));
        req.on('error', reject); // a no-op once the promise is settled (e.g. after a cut body)
        req.end();
    });
}
const isRedirectStatus = (s) => s >= 300 && s < 400;
/**
 * A successful HTML page with scripts but no link, form, frame or area to follow: what a single-page app
 * serves. The passive crawler does not run scripts, so what they would load is not scanned.
 */
function looksScriptOnly(m) {
    if (!contentType(m).includes('html') || m.status < 200 || m.status >= 300)
        return false;
    if (!/<script\b/i.test(m.body))
        return false;
    return !/<(a|form|iframe|frame|area)\b[^>]*\b(href|action|src)\s*=/i.test(m.body);
}
/** Same-origin links of an HTML page (a, link, script, img, iframe, form, area). */
function extractLinks(m) {
    const out = [];
    const ct = contentType(m);
    if (ct.includes('html')) {
        const base = /<base\b[^>]*>/i.exec(m.body);
        const baseHref = base ? attr(base[0], 'href') : undefined;
        let baseUrl = m.url;
        try {
            if (baseHref)
                baseUrl = new URL(baseHref, m.url).href;
        }
        catch {
            /* keep the page URL */
        }
        for (const t of m.body.matchAll(/<(a|link|script|img|iframe|frame|form|area|source)\b[^>]*>/gi)) {
            const v = attr(t[0], 'href') ?? attr(t[0], 'src') ?? attr(t[0], 'action');
            if (v !== undefined)
                out.push(new URL(v, baseUrl).href.replace(/#.*$/, ''));
        }
    }
    else if (ct.includes('xml') || /sitemap[^/]*\.xml$/.test(new URL(m.url).pathname)) {
        for (const x of m.body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi))
            out.push(x[1].replace(/&amp;/g, '&'));
    }
    return out;
}
/** Paths named in robots.txt (Allow/Disallow without wildcards) and its Sitemap lines. */
function robotsSeeds(body, origin) {
    const out = [];
    for (const line of body.split(/\r?\n/)) {
        const m = /^\s*(allow|disallow|sitemap)\s*:\s*(\S+)/i.exec(line.replace(/#.*$/, ''));
        if (!m)
            continue;
        const v = m[2].replace(/\*.*$/, '').replace(/\$$/, '');
        if (!v)
            continue;
        try {
            out.push(new URL(v, origin).href);
        }
        catch {
            /* not a URL */
        }
    }
    return out;
}
async function crawl(o) {
    const start = o.now();
    const target = new URL(o.target);
    const origin = target.origin;
    const agent = new (target.protocol === 'https:' ? (external_node_https_default()).Agent : (external_node_http_default()).Agent)({
        keepAlive: true,
        maxSockets: o.concurrency,
    });
    const seen = new Set();
    const queue = [];
    const result = {
        pages: 0,
        failures: [],
        failed: 0,
        timeouts: 0,
        rootStatus: 0,
        status: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
        auth: 0,
        truncated: [],
        truncatedBytes: 0,
        scriptOnlyPages: [],
    };
    let inFlight = 0;
    const fail = (url, e) => {
        result.failed++;
        if (e instanceof TimeoutError)
            result.timeouts++;
        if (result.failures.length < 50)
            result.failures.push({ url, reason: e.message });
    };
    const enqueue = (raw, depth) => {
        let u;
        try {
            u = new URL(raw);
        }
        catch {
            return;
        }
        u.hash = '';
        if (u.origin !== origin || depth > o.maxDepth || SKIP_EXT.test(u.pathname))
            return;
        if (seen.has(u.href))
            return;
        seen.add(u.href);
        queue.push({ url: u.href, depth });
    };
    const handle = (f, depth, followRedirect = true) => {
        result.pages++;
        const s = f.msg.status;
        const cls = s >= 500 ? '5xx' : s >= 400 ? '4xx' : s >= 300 ? '3xx' : s >= 200 ? '2xx' : undefined;
        if (cls)
            result.status[cls]++;
        if (s === 401 || s === 403 || s === 407)
            result.auth++;
        if (f.msg.truncated) {
            result.truncated.push({ url: f.msg.url, bytes: f.msg.truncated.totalBytes });
            result.truncatedBytes +=
                (f.msg.truncated.totalBytes ?? f.msg.truncated.scannedBytes) - f.msg.truncated.scannedBytes;
        }
        o.onResponse(f.msg);
        if (looksScriptOnly(f.msg) && result.scriptOnlyPages.length < 20)
            result.scriptOnlyPages.push(f.msg.url);
        if (followRedirect && f.location && isRedirectStatus(f.msg.status))
            enqueue(new URL(f.location, f.msg.url).href, depth);
        const path = new URL(f.msg.url).pathname;
        if (path === '/robots.txt' && f.msg.status === 200)
            for (const s of robotsSeeds(f.msg.body, origin))
                enqueue(s, 1);
        else
            for (const l of extractLinks(f.msg))
                enqueue(l, path.endsWith('.xml') ? depth : depth + 1);
    };
    // The target first, and its same-origin redirects: if it cannot be fetched, nothing else is tried.
    let root = target;
    for (let hop = 0;; hop++) {
        seen.add(root.href);
        const got = await fetchOnce(root, o, agent).then((ok) => ({ ok }), (e) => ({ error: e }));
        if ('error' in got) {
            fail(root.href, got.error);
            if (hop === 0) {
                agent.destroy();
                return { ...result, unreachable: `${target.href}: ${got.error.message}` };
            }
            break;
        }
        result.rootStatus = got.ok.msg.status;
        let next;
        try {
            if (isRedirectStatus(got.ok.msg.status) && got.ok.location && hop < MAX_ROOT_REDIRECTS)
                next = new URL(got.ok.location, root);
        }
        catch {
            /* not a URL: not followed */
        }
        if (next)
            next.hash = '';
        const follow = next !== undefined && next.origin === origin && !seen.has(next.href);
        handle(got.ok, 0, !follow);
        if (!follow || !next)
            break;
        root = next;
    }
    for (const seed of [`${origin}/`, `${origin}/robots.txt`, `${origin}/sitemap.xml`])
        enqueue(seed, 0);
    const progress = o.onProgress &&
        setInterval(() => o.onProgress?.({ pages: result.pages, queued: queue.length, inFlight, elapsedMs: o.now() - start }), o.progressEveryMs ?? 10_000);
    progress?.unref();
    await new Promise((done) => {
        const pump = () => {
            if (o.signal?.aborted)
                result.stoppedBy = 'cancelled';
            else if (o.now() - start > o.maxDurationMs)
                result.stoppedBy = 'time';
            else if (result.pages + inFlight >= o.maxPages && queue.length)
                result.stoppedBy = 'pages';
            const stopping = result.stoppedBy !== undefined;
            while (!stopping && inFlight < o.concurrency && queue.length && result.pages + inFlight < o.maxPages) {
                const next = queue.shift();
                inFlight++;
                fetchOnce(new URL(next.url), o, agent)
                    .then((f) => handle(f, next.depth), (e) => fail(next.url, e))
                    .finally(() => {
                    inFlight--;
                    pump();
                });
            }
            if (inFlight === 0 && (stopping || queue.length === 0 || result.pages >= o.maxPages)) {
                if (!stopping && queue.length && result.pages >= o.maxPages)
                    result.stoppedBy = 'pages';
                done();
            }
        };
        pump();
    });
    if (progress)
        clearInterval(progress);
    agent.destroy();
    return result;
}

;// CONCATENATED MODULE: ./src/dast/rules/rule.ts
const low = (ctx) => ctx.threshold === 'low';
const high = (ctx) => ctx.threshold === 'high';
const hasBody = (m) => m.body.length > 0;

;// CONCATENATED MODULE: ./src/dast/rules/caching.ts
/** Caching: the Cache-Control of HTTPS content (ZAP 10015) and RFC 7234 storability (ZAP 10049). */


// ZAP: MEDIUM/HIGH consider non-error, non-redirect text responses (not JS/CSS); LOW every response.
const cacheControl = (m, ctx) => {
    if (!isHttps(m) || !hasBody(m))
        return [];
    if (!low(ctx) && (!isText(m) || isJavaScript(m) || isCss(m) || isImage(m) || m.status >= 300))
        return [];
    const cc = headerValues(m, 'cache-control').join(',').toLowerCase();
    const ok = ['no-store', 'no-cache', 'must-revalidate'].every((d) => cc.includes(d));
    return ok ? [] : [{ alertRef: '10015', param: 'cache-control', ...(cc ? { evidence: cc } : {}) }];
};
const CACHEABLE_BY_DEFAULT = new Set([200, 203, 204, 206, 300, 301, 404, 405, 410, 414, 501]);
function parseCacheControl(values) {
    const out = new Map();
    for (const part of values.join(',').split(',')) {
        const i = part.indexOf('=');
        const k = (i < 0 ? part : part.slice(0, i)).trim().toLowerCase();
        if (k && !out.has(k))
            out.set(k, i < 0
                ? ''
                : part
                    .slice(i + 1)
                    .trim()
                    .replace(/"/g, ''));
    }
    return out;
}
/** RFC 7234 classification: exactly one of 10049-1/-2/-3 per response. */
function classifyCaching(m) {
    const list = headerValues(m, 'cache-control');
    const cc = parseCacheControl(list);
    const ev = list.length ? { evidence: list.join(', ') } : {};
    const authorized = m.requestHeaders?.authorization !== undefined;
    if (!['GET', 'HEAD'].includes(m.method) ||
        cc.has('no-store') ||
        cc.has('private') ||
        (authorized && !cc.has('public') && !cc.has('s-maxage') && !cc.has('must-revalidate')))
        return { alertRef: '10049-1', ...ev };
    const ageText = cc.get('s-maxage') ?? cc.get('max-age');
    const maxAge = ageText === undefined ? undefined : Number(ageText);
    const expires = header(m, 'expires');
    const explicit = maxAge !== undefined || expires !== undefined;
    if (!explicit && !CACHEABLE_BY_DEFAULT.has(m.status) && !cc.has('public'))
        return { alertRef: '10049-1', ...ev };
    const date = Date.parse(header(m, 'date') ?? '');
    const expired = maxAge !== undefined
        ? !(maxAge > 0)
        : expires !== undefined
            ? !(Date.parse(expires) > (Number.isNaN(date) ? 0 : date))
            : false;
    if (cc.has('no-cache') || expired)
        return { alertRef: '10049-2', ...ev };
    return {
        alertRef: '10049-3',
        ...ev,
        ...(explicit ? {} : { otherInfo: 'No explicit freshness lifetime: caches may use a heuristic one.' }),
    };
}
const storableCacheable = (m) => [classifyCaching(m)];

;// CONCATENATED MODULE: ./src/dast/rules/cookies.ts
/** Cookies and session tokens: SameSite, HttpOnly, Secure, session management, loosely scoped cookies. */


function parseSetCookie(raw) {
    const [pair = '', ...rest] = raw.split(';');
    const name = pair.split('=')[0]?.trim() ?? '';
    const attrs = new Map();
    for (const a of rest) {
        const i = a.indexOf('=');
        const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
        if (k)
            attrs.set(k, i < 0 ? '' : a.slice(i + 1).trim());
    }
    return { name, attrs, raw };
}
function liveCookies(m, nowMs) {
    return headerValues(m, 'set-cookie')
        .map(parseSetCookie)
        .filter((c) => {
        const maxAge = c.attrs.get('max-age');
        if (maxAge !== undefined && Number(maxAge) <= 0)
            return false;
        const exp = c.attrs.get('expires');
        return !(exp !== undefined && Date.parse(exp) < nowMs);
    });
}
const sameSite = (m, ctx) => liveCookies(m, ctx.nowMs).flatMap((c) => {
    const v = c.attrs.get('samesite');
    const ev = `Set-Cookie: ${c.name}`;
    if (v === undefined)
        return [{ alertRef: '10054-1', param: c.name, evidence: ev }];
    // ZAP: SameSite=None is not reported at HIGH.
    if (/^none$/i.test(v))
        return high(ctx) ? [] : [{ alertRef: '10054-2', param: c.name, evidence: ev }];
    if (!/^(strict|lax)$/i.test(v))
        return [{ alertRef: '10054-3', param: c.name, evidence: ev }];
    return [];
});
const httpOnly = (m, ctx) => liveCookies(m, ctx.nowMs)
    .filter((c) => !c.attrs.has('httponly'))
    .map((c) => ({ alertRef: '10010', param: c.name, evidence: `Set-Cookie: ${c.name}` }));
const secureFlag = (m, ctx) => isHttps(m)
    ? liveCookies(m, ctx.nowMs)
        .filter((c) => !c.attrs.has('secure'))
        .map((c) => ({ alertRef: '10011', param: c.name, evidence: `Set-Cookie: ${c.name}` }))
    : [];
/**
 * ZAP 10112: a response that hands out a session token: an Authorization or X-CSRF-Token header, a cookie
 * whose value has 10+ characters, or a JSON body with an "accesstoken"/"token" field. Not on images, fonts,
 * CSS or JavaScript.
 */
const sessionManagement = (m) => {
    if (isImage(m) || isCss(m) || isJavaScript(m) || /font/.test(contentType(m)))
        return [];
    const tokens = [];
    for (const h of ['authorization', 'x-csrf-token'])
        if (headerValues(m, h).length)
            tokens.push(h === 'authorization' ? 'Authorization' : 'X-CSRF-Token');
    for (const raw of headerValues(m, 'set-cookie')) {
        const eq = raw.indexOf('=');
        const value = (raw.slice(eq + 1).split(';')[0] ?? '').trim();
        if (eq > 0 && value.length >= 10)
            tokens.push(raw.slice(0, eq).trim());
    }
    if (/json/.test(contentType(m)) && m.body.trim()) {
        try {
            const doc = JSON.parse(m.body);
            if (doc && typeof doc === 'object' && !Array.isArray(doc))
                for (const k of Object.keys(doc))
                    if (['accesstoken', 'token'].includes(k.toLowerCase()))
                        tokens.push(k);
        }
        catch {
            /* not JSON after all */
        }
    }
    if (tokens.length === 0)
        return [];
    const first = tokens[0];
    return [{ alertRef: '10112', param: first, evidence: first, otherInfo: tokens.join('\n') }];
};
/**
 * ZAP 90033: a cookie whose Domain is a parent of the host that set it (or another domain altogether),
 * so every sibling subdomain receives it. Host-only cookies (no Domain) are fine.
 */
function looselyScoped(domain, host) {
    const d = domain.toLowerCase().replace(/^\./, '');
    const h = host.toLowerCase();
    if (!d || d === h)
        return false;
    const dl = d.split('.');
    const hl = h.split('.');
    // A different registrable end (last two labels) is "loosely scoped" too.
    if (dl.at(-1) !== hl.at(-1) || dl.length < 2 || hl.length < 2 || dl.at(-2) !== hl.at(-2))
        return true;
    return dl.length < hl.length && h.endsWith(`.${d}`);
}
const cookieLooselyScoped = (m) => {
    let host;
    try {
        host = new URL(m.url).hostname;
    }
    catch {
        return [];
    }
    if (/^[\d.]+$|^\[/.test(host))
        return []; // an IP address has no parent domain
    const loose = headerValues(m, 'set-cookie')
        .map(parseSetCookie)
        .filter((c) => looselyScoped(c.attrs.get('domain') ?? '', host));
    if (loose.length === 0)
        return [];
    return [
        {
            alertRef: '90033',
            param: loose.map((c) => c.name).join(', '),
            otherInfo: `The origin domain used for comparison was: \n${host}\n${loose.map((c) => `${c.name}; Domain=${c.attrs.get('domain')}`).join('\n')}`,
        },
    ];
};

;// CONCATENATED MODULE: ./src/dast/rules/csp.ts
/** Content Security Policy: a missing policy (ZAP 10038) and the weaknesses of a present one (ZAP 10055). */


function cspPolicies(m) {
    return {
        header: headerValues(m, 'content-security-policy'),
        meta: isHtml(m) ? metaHttpEquiv(m.body, 'Content-Security-Policy') : [],
    };
}
/** Directive name -> source list (lower-cased); the first occurrence of a directive wins, as in browsers. */
function parseCsp(policy) {
    const out = new Map();
    for (const part of policy.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (!name)
            continue;
        const key = name.toLowerCase();
        if (!out.has(key))
            out.set(key, sources.map((s) => s.toLowerCase()));
    }
    return out;
}
// ZAP: redirects and non-HTML responses are ignored except at LOW.
const cspMissing = (m, ctx) => {
    if (low(ctx) ? !isText(m) || !hasBody(m) : !isHtmlPage(m))
        return [];
    const out = [];
    const { header: h, meta } = cspPolicies(m);
    if (h.length === 0 && meta.length === 0)
        out.push({ alertRef: '10038-1' });
    const obsolete = header(m, 'x-content-security-policy') ?? header(m, 'x-webkit-csp');
    if (obsolete !== undefined)
        out.push({ alertRef: '10038-2', param: 'X-Content-Security-Policy', evidence: obsolete });
    const ro = header(m, 'content-security-policy-report-only');
    if (ro !== undefined)
        out.push({ alertRef: '10038-3', param: 'Content-Security-Policy-Report-Only', evidence: ro });
    return out;
};
const DIRECTIVES = new Set([
    'default-src',
    'script-src',
    'style-src',
    'img-src',
    'connect-src',
    'font-src',
    'object-src',
    'media-src',
    'frame-src',
    'child-src',
    'worker-src',
    'manifest-src',
    'prefetch-src',
    'script-src-elem',
    'script-src-attr',
    'style-src-elem',
    'style-src-attr',
    'base-uri',
    'sandbox',
    'form-action',
    'frame-ancestors',
    'navigate-to',
    'report-uri',
    'report-to',
    'upgrade-insecure-requests',
    'block-all-mixed-content',
    'require-trusted-types-for',
    'trusted-types',
    'plugin-types',
    'referrer',
    'require-sri-for',
    'fenced-frame-src',
    'webrtc',
]);
const FETCH_FALLBACK = [
    'script-src',
    'style-src',
    'img-src',
    'connect-src',
    'frame-src',
    'font-src',
    'media-src',
    'object-src',
    'manifest-src',
    'worker-src',
];
const cspWeakness = (m) => {
    const { header: hs, meta } = cspPolicies(m);
    if (hs.length === 0 && meta.length === 0)
        return [];
    const out = [];
    if (hs.length && meta.length)
        out.push({ alertRef: '10055-6', evidence: meta[0] });
    for (const mp of meta)
        for (const d of ['frame-ancestors', 'report-uri', 'sandbox'])
            if (parseCsp(mp).has(d))
                out.push({ alertRef: '10055-7', param: d, evidence: mp });
    for (const policy of [...hs, ...meta]) {
        const p = parseCsp(policy);
        const ev = policy;
        if (/[^\x20-\x7e]/.test(policy))
            out.push({ alertRef: '10055-5', evidence: ev });
        const unknown = [...p.keys()].filter((d) => !DIRECTIVES.has(d));
        if (unknown.length)
            out.push({ alertRef: '10055-4', evidence: ev, otherInfo: `Unknown directives: ${unknown.join(', ')}` });
        const src = (d, fallback = true) => p.get(d) ?? (fallback ? p.get('default-src') : undefined);
        const wild = FETCH_FALLBACK.filter((d) => {
            const s = src(d);
            return s === undefined
                ? d === 'script-src' || d === 'style-src' || d === 'object-src'
                : s.some((x) => x === '*' || x === 'http:' || x === 'https:' || (x === 'data:' && d === 'script-src'));
        });
        if (wild.length)
            out.push({
                alertRef: '10055-1',
                evidence: ev,
                otherInfo: `Directives allowing any source or left undefined: ${wild.join(', ')}`,
            });
        const script = src('script-src') ?? [];
        const style = src('style-src') ?? [];
        if (script.includes("'unsafe-inline'"))
            out.push({ alertRef: '10055-2', param: 'script-src', evidence: ev });
        if (style.includes("'unsafe-inline'"))
            out.push({ alertRef: '10055-3', param: 'style-src', evidence: ev });
        if (script.includes("'unsafe-hashes'"))
            out.push({ alertRef: '10055-8', param: 'script-src', evidence: ev });
        if (style.includes("'unsafe-hashes'"))
            out.push({ alertRef: '10055-9', param: 'style-src', evidence: ev });
        if (script.includes("'unsafe-eval'"))
            out.push({ alertRef: '10055-10', param: 'script-src', evidence: ev });
        const noFallback = ['form-action', 'frame-ancestors'].filter((d) => !p.has(d));
        if (noFallback.length)
            out.push({
                alertRef: '10055-13',
                evidence: ev,
                otherInfo: `The directive(s): ${noFallback.join(', ')} are among the directives that do not fallback to default-src.`,
            });
    }
    return out;
};

;// CONCATENATED MODULE: ./src/dast/rules/headers.ts
/** Security headers of a response: framing, sniffing, HSTS, banners, CORS, permissions, site isolation, Content-Type. */



// ZAP: MEDIUM/HIGH look at non-error, non-redirect HTML; LOW at every text response. A CSP with
// frame-ancestors takes precedence: no alert, except at LOW where the issues are raised with LOW risk.
const antiClickjacking = (m, ctx) => {
    if (low(ctx) ? !isText(m) || !hasBody(m) : !isHtmlPage(m))
        return [];
    const { header: csp } = cspPolicies(m);
    const framed = csp.some((p) => parseCsp(p).has('frame-ancestors'));
    if (framed && !low(ctx))
        return [];
    if (framed)
        return antiClickjackingIssues(m).map((a) => ({ ...a, risk: 1 }));
    return antiClickjackingIssues(m);
};
function antiClickjackingIssues(m) {
    const xfo = headerValues(m, 'x-frame-options');
    const out = [];
    const meta = metaHttpEquiv(m.body, 'X-Frame-Options');
    if (meta.length)
        out.push({ alertRef: '10020-3', param: 'x-frame-options', evidence: meta[0] });
    if (xfo.length === 0) {
        if (!meta.length)
            out.push({ alertRef: '10020-1', param: 'x-frame-options' });
    }
    else if (xfo.length > 1) {
        out.push({ alertRef: '10020-2', param: 'x-frame-options', evidence: xfo.join(', ') });
    }
    else if (!/^\s*(deny|sameorigin)\s*$/i.test(xfo[0])) {
        out.push({ alertRef: '10020-4', param: 'x-frame-options', evidence: xfo[0] });
    }
    return out;
}
// ZAP: MEDIUM/HIGH skip error responses and redirects; LOW looks at every response.
const xContentTypeOptions = (m, ctx) => {
    if (!hasBody(m) || (!low(ctx) && m.status >= 300))
        return [];
    const v = header(m, 'x-content-type-options');
    if (v !== undefined && v.trim().toLowerCase() === 'nosniff')
        return [];
    return [
        { alertRef: '10021', param: 'x-content-type-options', ...(v !== undefined ? { evidence: v } : {}) },
    ];
};
// ZAP: redirects (to HTTPS on the same domain) are reported only at LOW.
const hsts = (m, ctx) => {
    const values = headerValues(m, 'strict-transport-security');
    if (!isHttps(m))
        return values.length ? [{ alertRef: '10035-4', evidence: values[0] }] : [];
    const meta = isHtml(m) ? metaHttpEquiv(m.body, 'Strict-Transport-Security') : [];
    if (meta.length)
        return [{ alertRef: '10035-6', evidence: meta[0] }];
    if (values.length === 0)
        return isRedirect(m) && !low(ctx) ? [] : [{ alertRef: '10035-1' }];
    if (values.length > 1)
        return [{ alertRef: '10035-3', evidence: values.join(', ') }];
    const v = values[0];
    if (/[^\x20-\x7e]/.test(v))
        return [{ alertRef: '10035-8', evidence: v }];
    const ma = /max-age\s*=\s*("?)([^;"]*)\1/i.exec(v);
    if (!ma)
        return [{ alertRef: '10035-5', evidence: v }];
    if (ma[1] === '"' || !/^\d+$/.test((ma[2] ?? '').trim()))
        return [{ alertRef: '10035-7', evidence: v }];
    if (Number(ma[2]) === 0)
        return [{ alertRef: '10035-2', evidence: v }];
    return [];
};
// ZAP: a Server header with a version; at LOW also one without (informational).
const serverHeader = (m, ctx) => {
    const v = header(m, 'server');
    if (v === undefined || v.trim() === '')
        return [];
    if (!/\d/.test(v) && !low(ctx))
        return [];
    return [
        {
            alertRef: '10036',
            evidence: v,
            ...(/\d/.test(v) ? {} : { otherInfo: 'informational: no version number' }),
        },
    ];
};
const xPoweredBy = (m) => headerValues(m, 'x-powered-by').map((v) => ({ alertRef: '10037', evidence: `X-Powered-By: ${v}` }));
const crossDomain = (m) => {
    const v = header(m, 'access-control-allow-origin');
    return v?.trim() === '*' ? [{ alertRef: '10098', evidence: 'Access-Control-Allow-Origin: *' }] : [];
};
const permissionsPolicy = (m) => {
    if ((!isHtml(m) && !isJavaScript(m)) || !isSuccess(m))
        return [];
    if (header(m, 'permissions-policy') !== undefined)
        return [];
    const fp = header(m, 'feature-policy');
    return fp !== undefined
        ? [{ alertRef: '10063-2', evidence: `Feature-Policy: ${fp}` }]
        : [{ alertRef: '10063-1' }];
};
/**
 * ZAP: 2xx only. CORP: not on CORS responses (any Access-Control-Allow-* header); same-origin and
 * cross-origin (explicitly shared) pass, same-site or anything else is reported. COEP/COOP: documents only
 * (text/html or application/xml).
 */
const siteIsolation = (m) => {
    if (!isSuccess(m))
        return [];
    const out = [];
    const cors = m.headers.some(([k]) => k.startsWith('access-control-allow-'));
    const corp = header(m, 'cross-origin-resource-policy');
    if (!cors && (corp === undefined || !/^(same-origin|cross-origin)$/i.test(corp.trim())))
        out.push({
            alertRef: '90004-1',
            param: 'Cross-Origin-Resource-Policy',
            ...(corp !== undefined ? { evidence: corp } : {}),
        });
    if (/^(text\/html|application\/xml)/.test(contentType(m))) {
        const coep = header(m, 'cross-origin-embedder-policy');
        if (coep === undefined || !/^(require-corp|credentialless)$/i.test(coep.trim()))
            out.push({
                alertRef: '90004-2',
                param: 'Cross-Origin-Embedder-Policy',
                ...(coep !== undefined ? { evidence: coep } : {}),
            });
        const coop = header(m, 'cross-origin-opener-policy');
        if (coop === undefined || !/^same-origin$/i.test(coop.trim()))
            out.push({
                alertRef: '90004-3',
                param: 'Cross-Origin-Opener-Policy',
                ...(coop !== undefined ? { evidence: coop } : {}),
            });
    }
    return out;
};
/** ZAP 10019: a response with a body but no Content-Type, or an empty one. */
const contentTypeMissing = (m) => {
    if (!hasBody(m))
        return [];
    const values = headerValues(m, 'content-type');
    if (values.length === 0)
        return [{ alertRef: '10019' }];
    return values
        .filter((v) => v.trim() === '')
        .map(() => ({ alertRef: '10019', param: '', otherInfo: 'Content-Type Header Empty' }));
};

;// CONCATENATED MODULE: ./src/dast/rules/scripts.ts
/** Scripts in a page: cross-domain includes, subresource integrity, modern-app hints, dangerous JS functions. */


/**
 * The contents of each closed script element, found with indexOf so that unclosed ones cannot make
 * it quadratic.
 */
function scriptContents(body) {
    const lower = body.toLowerCase();
    const out = [];
    for (let from = 0;;) {
        const start = lower.indexOf('<script', from);
        if (start < 0)
            return out;
        const open = lower.indexOf('>', start);
        if (open < 0)
            return out;
        const end = lower.indexOf('</script', open);
        if (end < 0)
            return out; // unclosed: not a script element's content (as before)
        out.push(body.slice(open + 1, end));
        from = end + 8;
    }
}
function foreign(m, ref) {
    if (!ref)
        return undefined;
    try {
        const u = new URL(ref, m.url);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== new URL(m.url).host
            ? u
            : undefined;
    }
    catch {
        return undefined;
    }
}
// ZAP: a script with a non-empty integrity attribute is not reported (the browser checks it).
const crossDomainScript = (m) => isHtml(m)
    ? tags(m.body, 'script').flatMap((t) => foreign(m, attr(t, 'src')) && !attr(t, 'integrity')?.trim()
        ? [{ alertRef: '10017', param: attr(t, 'src'), evidence: t }]
        : [])
    : [];
const subresourceIntegrity = (m) => {
    if (!isHtml(m))
        return [];
    const scripts = tags(m.body, 'script').filter((t) => foreign(m, attr(t, 'src')));
    const styles = tags(m.body, 'link').filter((t) => /stylesheet/i.test(attr(t, 'rel') ?? '') && foreign(m, attr(t, 'href')));
    return ([...scripts, ...styles]
        // An empty integrity attribute gives the browser nothing to check: as good as none.
        .filter((t) => !attr(t, 'integrity')?.trim())
        .map((t) => ({ alertRef: '90003', evidence: t })));
};
/** ZAP 10109: hints that the page is a modern (script-driven) web application. */
const modernApp = (m) => {
    if (!isHtml(m))
        return [];
    // Start tags only (linear); the evidence is the element up to its end tag, within 200 characters.
    const links = [...m.body.matchAll(/<a\b[^>]*>/gi)];
    const element = (x) => {
        const from = x.index ?? 0;
        const rest = m.body.slice(from, from + 200);
        const end = rest.search(/<\/a\s*>/i);
        return end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest;
    };
    if (links.length === 0) {
        const script = /<script\b[^>]*>/i.exec(m.body);
        if (!script)
            return noscript(m);
        const from = script.index;
        const rest = m.body.slice(from, from + 200);
        const end = rest.search(/<\/script\s*>/i);
        return [
            {
                alertRef: '10109',
                evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
                otherInfo: 'No links have been found while there are scripts, which is an indication that this is a modern web application.',
            },
        ];
    }
    for (const x of links) {
        const start = x[0];
        const href = attr(start, 'href');
        if (href === undefined || href === '' || href === '#')
            return [
                {
                    alertRef: '10109',
                    evidence: element(x),
                    otherInfo: 'Links have been found that do not have traditional href attributes, which is an indication that this is a modern web application.',
                },
            ];
        if (attr(start, 'target') === '_self')
            return [
                {
                    alertRef: '10109',
                    evidence: element(x),
                    otherInfo: "Links have been found with a target of '_self' - this is often used by modern frameworks to force a full page reload.",
                },
            ];
    }
    return noscript(m);
};
function noscript(m) {
    const at = m.body.search(/<noscript\b/i);
    if (at < 0)
        return [];
    const rest = m.body.slice(at, at + 200);
    const end = rest.search(/<\/noscript\s*>/i);
    return at >= 0
        ? [
            {
                alertRef: '10109',
                evidence: end >= 0 ? rest.slice(0, end + rest.slice(end).indexOf('>') + 1) : rest,
                otherInfo: 'A noScript tag has been found, which is an indication that the application works differently with JavaScript enabled compared to when it is not.',
            },
        ]
        : [];
}
/** ZAP 10110: calls of functions that bypass a framework's sanitising (and eval), in scripts. */
const DANGEROUS_JS = [
    'bypassSecurityTrustHtml',
    'bypassSecurityTrustScript',
    'bypassSecurityTrustStyle',
    'bypassSecurityTrustUrl',
    'bypassSecurityTrustResourceUrl',
    'trustAsHtml',
    'sce.trustAsHtml',
    'eval',
    'evalAsync',
].map((f) => new RegExp(`\\b\\$?${f.replace('.', '\\.')}\\s{0,5}\\(`, 'i'));
const dangerousJs = (m) => {
    if (!hasBody(m))
        return [];
    const find = (code) => {
        for (const re of DANGEROUS_JS) {
            const hit = re.exec(code);
            if (hit)
                return hit[0];
        }
        return undefined;
    };
    if (isHtml(m)) {
        for (const code of scriptContents(m.body)) {
            const hit = find(code);
            if (hit)
                return [{ alertRef: '10110', evidence: hit }];
        }
        return [];
    }
    if (!isJavaScript(m))
        return [];
    const hit = find(m.body);
    return hit ? [{ alertRef: '10110', evidence: hit }] : [];
};

;// CONCATENATED MODULE: ./src/dast/rules/info-leak.ts
/** What a response gives away: timestamps, suspicious comments, private IPs, banners, debug and application errors, directory listings. */



const TS_RE = /\b(?:1\d|2[0-2])\d{8}\b(?!%)/g;
const TS_IGNORED_HEADERS = new Set(['etag', 'set-cookie', 'x-request-id', 'content-length']);
const timestamps = (m, ctx) => {
    if (isImage(m) || (!isText(m) && !hasBody(m)))
        return [];
    // ZAP: within 10 years of now (1 year at HIGH; any at LOW), never beyond the Y2038 edge.
    const span = (high(ctx) ? 1 : low(ctx) ? 1000 : 10) * 365.25 * 86400;
    const lo = ctx.nowMs / 1000 - span;
    const hi = Math.min(ctx.nowMs / 1000 + span, 2 ** 31 - 1);
    const seen = new Set();
    const out = [];
    const scan = (text) => {
        for (const x of text.matchAll(TS_RE)) {
            const n = Number(x[0]);
            if (n < lo || n > hi || seen.has(x[0]))
                continue;
            seen.add(x[0]);
            out.push({
                alertRef: '10096',
                evidence: x[0],
                otherInfo: `${x[0]}, which evaluates to: ${new Date(n * 1000).toISOString()}`,
            });
        }
    };
    for (const [k, v] of m.headers)
        if (!TS_IGNORED_HEADERS.has(k))
            scan(v);
    if (isText(m))
        scan(m.body);
    return out;
};
const SUSPICIOUS = [
    'TODO',
    'FIXME',
    'BUG',
    'BUGS',
    'XXX',
    'QUERY',
    'DB',
    'ADMIN',
    'ADMINISTRATOR',
    'USER',
    'USERNAME',
    'SELECT',
    'WHERE',
    'FROM',
    'LATER',
    'DEBUG',
];
const SUSPICIOUS_RE = SUSPICIOUS.map((w) => [w, new RegExp(`\\b${w}\\b`, 'i')]);
function commentsOf(m) {
    const out = [];
    const js = (code) => {
        for (const c of code.matchAll(/\/\*[\s\S]*?\*\/|(?<![:"'\\])\/\/[^\n]*/g))
            out.push(c[0]);
    };
    if (isHtml(m)) {
        for (const c of m.body.matchAll(/<!--[\s\S]*?-->/g))
            out.push(c[0]);
        for (const code of scriptContents(m.body))
            js(code);
    }
    else if (isJavaScript(m))
        js(m.body);
    return out;
}
/**
 * ZAP: each comment is counted once, under the first pattern (in list order) it matches; one alert per
 * pattern, with the number of comments and the first of them.
 */
const suspiciousComments = (m) => {
    if (!isSuccess(m))
        return [];
    const byWord = new Map();
    for (const c of commentsOf(m)) {
        for (const [word, re] of SUSPICIOUS_RE) {
            const hit = re.exec(c);
            if (!hit)
                continue;
            const seen = byWord.get(word);
            if (seen)
                seen.count++;
            else
                byWord.set(word, { first: c.slice(0, 200), match: hit[0], count: 1 });
            break;
        }
    }
    return [...byWord].map(([word, { first, match, count }]) => ({
        alertRef: '10027',
        param: word,
        evidence: match,
        otherInfo: count === 1
            ? `The following pattern was used: \\b${word}\\b and was detected in the element starting with: "${first}", see evidence field for the suspicious comment/snippet.`
            : `The following pattern was used: \\b${word}\\b and was detected ${count} times, the first in the element starting with: "${first}", see evidence field for the suspicious comment/snippet.`,
    }));
};
const PRIVATE_IP = /\b(?:10\.(?:\d{1,3}\.){2}\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g;
const privateIp = (m) => {
    if (!isText(m) || isImage(m))
        return [];
    const host = new URL(m.url).hostname;
    const seen = new Set();
    for (const x of m.body.matchAll(PRIVATE_IP))
        if (x[0] !== host && x[0].split('.').every((o) => Number(o) <= 255))
            seen.add(x[0]);
    return [...seen].map((ip) => ({ alertRef: '2', evidence: ip }));
};
/** ZAP 10009: a server banner with a version in the body of an error page (at LOW, of a 2xx page too). */
const BANNERS = [
    /Tomcat\/\d\.\d\.\d{1,2}/i,
    /Apache\/\d\.\d\.\d{1,2}/i,
    /nginx\/\d\.\d{1,2}\.\d{1,2}/i,
    /Jetty:\/\/\d\.\d{1,2}/i,
    /squid\/\d\.\d{1,2}/i,
];
const inPageBanner = (m, ctx) => {
    if (!(m.status >= 400 && m.status < 600) && !(low(ctx) && isSuccess(m)))
        return [];
    for (const re of BANNERS) {
        const hit = re.exec(m.body);
        if (hit)
            return [{ alertRef: '10009', evidence: hit[0] }];
    }
    return [];
};
/**
 * ZAP 10023: known debug/error message fragments in a text body (JavaScript only at LOW). A subset of the
 * fragments in ZAP's debug-error-messages list, matched case-insensitively; the first one found is reported.
 */
const DEBUG_ERRORS = [
    'Error Occurred While Processing Request',
    'Internal Server Error',
    'test page for apache',
    'failed to open stream: HTTP request failed!',
    'Parse error: parse error, unexpected T_VARIABLE',
    'The script whose uid is',
    'PHP Parse error',
    'PHP Warning',
    'PHP Error',
    'Warning: Cannot modify header information - headers already sent',
    'mysqli error is',
    'mysql error is',
    '404 SC_NOT_FOUND',
    'ASP.NET_SessionId',
    'servlet error:',
    'Under construction',
    'Warning: Division by zero in',
    'Fatal error: Call to undefined function',
    'access denied for user',
    'incorrect syntax near',
    'Unclosed quotation mark before the character string',
    'customErrors mode',
    'This error page might contain sensitive information because ASP.NET',
].map((e) => e.toLowerCase());
const debugErrors = (m, ctx) => {
    if (!hasBody(m) || !isTextual(m) || (isJavaScript(m) && !low(ctx)))
        return [];
    const lower = m.body.toLowerCase();
    for (const e of DEBUG_ERRORS) {
        const at = lower.indexOf(e);
        if (at >= 0)
            return [{ alertRef: '10023', evidence: m.body.slice(at, at + e.length) }];
    }
    return [];
};
/** ZAP's "is text": a Content-Type naming text, JSON, XML or JavaScript. */
const isTextual = (m) => /text|json|xml|javascript|ecmascript/.test(contentType(m));
/**
 * ZAP 10033: the signature of a directory listing. Apache's, nginx's and lighttpd's listings all carry
 * `<title>Index of /path</title>` (ZAP's "Apache 2" pattern; the root listing "Index of /" does not match
 * it); IIS shows "[To Parent Directory]".
 */
const DIRECTORY_LISTINGS = [
    [/<title>Index of \/[^<]+?<\/title>/, 'Apache 2'],
    [/<pre><A\s+HREF\s*=\s*"\/[^>]*">\[To Parent Directory\]<\/A><br><br>/, 'Microsoft IIS'],
];
const directoryBrowsing = (m) => {
    for (const [re, server] of DIRECTORY_LISTINGS) {
        const hit = re.exec(m.body);
        if (hit)
            return [{ alertRef: '10033', evidence: hit[0], otherInfo: `Web server identified: ${server}` }];
    }
    return [];
};
/**
 * ZAP 90022: an HTTP 500 (LOW risk; not at HIGH), or a known application error string in any other
 * non-404 response (JavaScript and CSS only at LOW). A subset of the strings in ZAP's application_errors
 * list.
 */
const APP_ERRORS = [
    'Microsoft OLE DB Provider for ODBC Drivers',
    'Microsoft OLE DB Provider for SQL Server',
    'ODBC Microsoft Access Driver',
    'ODBC SQL Server Driver',
    'supplied argument is not a valid MySQL result',
    'You have an error in your SQL syntax',
    'Unclosed quotation mark before the character string',
    'java.lang.NumberFormatException: For input string:',
    'ERROR: parser: parse error at or near',
    'SQL command not properly ended',
    'unexpected end of SQL command',
    'Supplied argument is not a valid PostgreSQL result',
    'Error Occurred While Processing Request',
    'internal error',
    'ASP.NET is configured to show verbose error messages',
    'ASP.NET_SessionId',
    'Active Server Pages error',
    "Can't connect to local",
    'Error Diagnostic Information',
    'Error Report',
    'Internal Server Error',
    'Invalid procedure call or argument',
    'JDBC Driver',
    'Microsoft VBScript runtime error',
    'MySQL Error',
    'ODBC Error',
    'Oracle Error',
    'PHP Error',
    'PHP Parse error',
    'PHP Warning',
    'Parent Directory',
    'Warning: mysql_query()',
    'SyntaxError: Unexpected token',
];
const APP_ERROR_PATTERNS = [
    /ORA-\d{4,5}:\s/i,
    /<b>(Warning|Fatal\serror|Parse\serror)<\/b>:\s+.*?\sin\s<b>.*?<\/b>\son\sline\s<b>\d*?<\/b><br\s\/>/i,
];
const applicationErrors = (m, ctx) => {
    if (m.status === 500)
        return high(ctx) ? [] : [{ alertRef: '90022', evidence: m.statusLine ?? 'HTTP/1.1 500', risk: 1 }];
    if (m.status === 404 || /application\/wasm/.test(contentType(m)))
        return [];
    if ((isJavaScript(m) || isCss(m)) && !low(ctx))
        return [];
    for (const e of APP_ERRORS)
        if (m.body.includes(e))
            return [{ alertRef: '90022', evidence: e }];
    for (const re of APP_ERROR_PATTERNS) {
        const hit = re.exec(m.body);
        if (hit)
            return [{ alertRef: '90022', evidence: hit[0] }];
    }
    return [];
};

;// CONCATENATED MODULE: ./src/dast/rules/input.ts
/** Forms and user input: missing anti-CSRF tokens (ZAP 10202) and user-controlled attribute values (ZAP 10031). */


const CSRF_NAMES = [
    'csrf',
    'csrftoken',
    'csrf_token',
    '_csrf',
    '_csrfsecret',
    '__csrf_magic',
    'anticsrf',
    'csrfmiddlewaretoken',
    '_token',
    '__requestverificationtoken',
    'authenticity_token',
    'anoncsrf',
    'xsrf_token',
    '_xsrf',
    'x-csrf-token',
    '_wpnonce',
];
// ZAP (pscanrules v63): forms submitted with GET (the default method) are considered at LOW only.
const antiCsrf = (m, ctx) => {
    if (!isHtmlPage(m))
        return [];
    const out = [];
    for (const f of m.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
        const method = (attr(`<form${f[1] ?? ''}>`, 'method') ?? 'get').trim().toLowerCase();
        if (method === 'get' && !low(ctx))
            continue;
        const inputs = tags(f[2] ?? '', 'input');
        const names = inputs.map((i) => (attr(i, 'name') ?? attr(i, 'id') ?? '').toLowerCase());
        if (!names.some((n) => CSRF_NAMES.includes(n))) {
            out.push({
                alertRef: '10202',
                evidence: `<form${f[1] ?? ''}>`,
                otherInfo: `No known Anti-CSRF token [${CSRF_NAMES.join(', ')}] was found in the HTML form: [Form ${out.length + 1}: "${names.filter(Boolean).join('" "')}" ].`,
            });
        }
    }
    return out;
};
/**
 * ZAP 10031: a query parameter whose value (2+ characters) starts an attribute value of the page, or is
 * the scheme, host or query of a URL in it (hot spots for XSS). 200 HTML pages with query parameters only.
 */
const userControlledAttributes = (m) => {
    if (m.status !== 200 || !/text\/html|application\/xhtml/.test(contentType(m)))
        return [];
    let params;
    try {
        params = [...new URL(m.url).searchParams].map(([k, v]) => [k, v.toLowerCase()]);
    }
    catch {
        return [];
    }
    if (params.length === 0)
        return [];
    const out = [];
    for (const t of m.body.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)) {
        const element = t[1].toLowerCase();
        for (const a of (t[2] ?? '').matchAll(/([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
            const name = a[1].toLowerCase();
            let value = (a[2] ?? a[3] ?? a[4] ?? '').toLowerCase();
            const meta = element === 'meta' && name === 'content';
            if (meta && /^\s*?[0-9]+?\s*?;\s*?url\s*?=/.test(value))
                value = value.slice(value.indexOf('url=') + 4).trim();
            if (!value)
                continue;
            let url;
            if (value.indexOf('://') > 0) {
                try {
                    url = new URL(value);
                }
                catch {
                    continue;
                }
            }
            for (const [param, pv] of params) {
                const hit = meta
                    ? !value.includes('charset') && value.split(/[;=,]/).includes(pv)
                    : pv.length > 1 &&
                        (value.startsWith(pv) ||
                            (url !== undefined &&
                                (pv === url.protocol.slice(0, -1) ||
                                    pv === url.host ||
                                    pv === url.search.slice(1).split('/')[0])));
                if (hit) {
                    out.push({
                        alertRef: '10031',
                        param,
                        evidence: value.slice(0, 200),
                        otherInfo: `User-controlled HTML attribute values were found. The user input was found in: ${element} element, ${name} attribute; parameter ${param}=${pv}; the value: ${value.slice(0, 200)}`,
                    });
                    break;
                }
            }
        }
    }
    return out;
};

;// CONCATENATED MODULE: ./src/dast/rules/index.ts







/** The rules in reporting order; each is keyed by its plugin ID for `rules` selection. */
const PASSIVE_RULES = [
    ['10038', cspMissing],
    ['10020', antiClickjacking],
    ['10021', xContentTypeOptions],
    ['10035', hsts],
    ['10036', serverHeader],
    ['10037', xPoweredBy],
    ['10096', timestamps],
    ['10027', suspiciousComments],
    ['10054', sameSite],
    ['10010', httpOnly],
    ['10011', secureFlag],
    ['10017', crossDomainScript],
    ['90003', subresourceIntegrity],
    ['10055', cspWeakness],
    ['10098', crossDomain],
    ['10202', antiCsrf],
    ['10063', permissionsPolicy],
    ['90004', siteIsolation],
    ['10015', cacheControl],
    ['10049', storableCacheable],
    ['2', privateIp],
    ['10009', inPageBanner],
    ['10019', contentTypeMissing],
    ['10023', debugErrors],
    ['10031', userControlledAttributes],
    ['10033', directoryBrowsing],
    ['10109', modernApp],
    ['10110', dangerousJs],
    ['10112', sessionManagement],
    ['90022', applicationErrors],
    ['90033', cookieLooselyScoped],
];
function runPassiveRules(m, ctx) {
    return PASSIVE_RULES.flatMap(([, rule]) => rule(m, ctx));
}







;// CONCATENATED MODULE: ./src/dast/scan.ts




const DAST_TOOL = {
    name: 'pipewright-dast',
    informationUri: 'https://github.com/pipewright/pipewright/tree/main/actions/security-scan',
};
const MIB = 1024 * 1024;
const mib = (n) => `${(n / MIB).toFixed(1)} MiB`;
const RISK_TO_SEVERITY = ['info', 'low', 'medium', 'high'];
function zapConfidence(c) {
    return c >= 3 ? 'high' : c === 2 ? 'medium' : 'low';
}
function ruleInfoFor(alertRef, meta) {
    const plugin = alertRef.split('-')[0];
    return {
        id: alertRef,
        name: meta.name,
        shortDescription: meta.name,
        fullDescription: meta.description,
        helpMarkdown: `**${meta.name}** (ZAP rule ${alertRef})\n\n${meta.description}\n\n**Solution:** ${meta.solution}${meta.reference ? `\n\n${meta.reference}` : ''}`,
        helpUri: `https://www.zaproxy.org/docs/alerts/${plugin === alertRef ? plugin : alertRef}/`,
        ...(meta.cwe > 0 ? { cwe: meta.cwe } : {}),
    };
}
function alertToFinding(a) {
    const meta = catalogue/* CATALOGUE */.y[a.alertRef];
    if (!meta)
        throw new Error(`no catalogue entry for ${a.alertRef}`);
    // 10036 without a version number is informational only.
    const risk = a.risk ?? (a.alertRef === '10036' && a.otherInfo?.startsWith('informational') ? 0 : meta.risk);
    return {
        kind: 'dast',
        tool: DAST_TOOL.name,
        ruleId: a.alertRef,
        rule: ruleInfoFor(a.alertRef, meta),
        severity: RISK_TO_SEVERITY[risk],
        confidence: zapConfidence(meta.confidence),
        message: `${meta.name} (${catalogue/* RISK_NAMES */.h[risk]}) at ${a.method} ${a.url}${a.param ? ` [${a.param}]` : ''}`,
        url: a.url,
        method: a.method,
        ...(a.param ? { param: a.param } : {}),
        ...(a.evidence ? { evidence: a.evidence.slice(0, 500) } : {}),
        ...(a.otherInfo ? { otherInfo: a.otherInfo } : {}),
    };
}
/** The health of a crawl, and the problems that make its result incomplete. */
function crawlHealth(target, c, maxErrorPercent, maxDurationMs) {
    const requests = c.pages + c.failed;
    const errors = c.status['5xx'] + c.auth + c.status['3xx'] + c.failed;
    const errorPercent = requests ? Math.round((errors / requests) * 1000) / 10 : 0;
    const health = {
        kind: 'dast',
        target,
        rootStatus: c.rootStatus,
        pages: c.pages,
        status: { ...c.status },
        auth: c.auth,
        timeouts: c.timeouts,
        failed: c.failed,
        truncatedPages: c.truncated.length,
        truncatedBytes: c.truncatedBytes,
        errorPercent,
    };
    const problems = [];
    const problem = (message, incomplete = true, note = false) => problems.push({
        kind: 'dast',
        tool: DAST_TOOL.name,
        message,
        fatal: false,
        ...(incomplete ? { incomplete } : {}),
        ...(note ? { note } : {}),
    });
    if (c.unreachable) {
        problems.push({
            kind: 'dast',
            tool: DAST_TOOL.name,
            message: `target unreachable: ${c.unreachable}`,
            fatal: true,
        });
        return { health, problems };
    }
    if (c.rootStatus < 200 || c.rootStatus >= 300)
        problem(`the target answered ${c.rootStatus}${c.status['3xx'] && c.rootStatus >= 300 && c.rootStatus < 400 ? ' (its redirects do not end on a page of the site: a loop, or another origin)' : ''}, not a 2xx page: what was scanned is not the site${c.rootStatus === 401 || c.rootStatus === 403 ? ' (give `dast-auth-header` or `dast-cookie` to scan behind the login)' : ''}`);
    if (requests && errorPercent > maxErrorPercent)
        problem(`${errorPercent}% of ${requests} request(s) were errors, redirects or login walls (${c.status['5xx']} 5xx, ${c.auth} 401/403/407, ${c.status['3xx']} redirects, ${c.failed} failed), more than dast-error-threshold (${maxErrorPercent}%)`);
    if (c.truncated.length) {
        const first = c.truncated[0];
        problem(`${c.truncated.length} page(s) were over ${mib(MAX_BODY)}: only their first ${mib(MAX_BODY)} were scanned, so what follows (forms, scripts, comments) was not, e.g. ${first.url}${first.bytes ? ` (${mib(first.bytes)})` : ''}`);
    }
    if (c.stoppedBy === 'time')
        problem(`crawl timed out after ${Math.round(maxDurationMs / 1000)}s with ${c.pages} pages fetched: the scan is incomplete`);
    if (c.failed)
        problem(`${c.failed} request(s) failed${c.timeouts ? ` (${c.timeouts} time-outs)` : ''}, e.g. ${c.failures[0]?.url}: ${c.failures[0]?.reason}`, false);
    if (c.scriptOnlyPages.length)
        problem(`${c.scriptOnlyPages.length} page(s) look like a single-page app (scripts, but no link or form to follow), e.g. ${c.scriptOnlyPages[0]}: the passive scan does not run scripts, so pages and API calls they load were not crawled; list them in sitemap.xml or scan their URLs with ZAP's Ajax spider`, false, true);
    return { health, problems };
}
async function runDast(o) {
    const kept = new Map();
    const totals = new Map();
    let instances = 0;
    const crawlResult = await crawl({
        ...o,
        onResponse: (m) => {
            for (const a of runPassiveRules(m, { nowMs: o.now(), threshold: o.threshold ?? 'medium' })) {
                instances++;
                totals.set(a.alertRef, (totals.get(a.alertRef) ?? 0) + 1);
                const list = kept.get(a.alertRef) ?? [];
                if (list.length < o.maxInstancesPerRule) {
                    const partial = m.truncated
                        ? `The page was partially scanned: only its first ${mib(m.truncated.scannedBytes)}${m.truncated.totalBytes ? ` of ${mib(m.truncated.totalBytes)}` : ''} were read.`
                        : undefined;
                    list.push(alertToFinding({
                        ...a,
                        url: m.url,
                        method: m.method,
                        ...(partial ? { otherInfo: a.otherInfo ? `${a.otherInfo}\n${partial}` : partial } : {}),
                    }));
                    kept.set(a.alertRef, list);
                }
            }
        },
        ...(o.logger
            ? {
                onProgress: (p) => o.logger?.info(`DAST: ${p.pages} page(s) done, ${p.queued + p.inFlight} queued, ${instances} alert instance(s) so far (${Math.round(p.elapsedMs / 1000)}s)`),
            }
            : {}),
    });
    const { health, problems } = crawlHealth(o.target, crawlResult, o.maxErrorPercent ?? 50, o.maxDurationMs);
    o.logger?.info(`DAST: ${crawlResult.pages} page(s) fetched (2xx ${health.status['2xx']}, 3xx ${health.status['3xx']}, 4xx ${health.status['4xx']}, 5xx ${health.status['5xx']}), ${crawlResult.failed} failed, ${instances} alert instance(s).`);
    const order = [...kept.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const findings = (0,fingerprint/* assignFingerprints */.Dz)(order.flatMap((k) => kept.get(k) ?? []));
    return {
        findings,
        problems,
        tool: DAST_TOOL,
        stats: {
            pages: crawlResult.pages,
            ...(crawlResult.stoppedBy ? { stoppedBy: crawlResult.stoppedBy } : {}),
            alertInstances: instances,
        },
        health,
    };
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ assignFingerprints)
/* harmony export */ });
/* unused harmony exports normalizeCode, urlTemplate, fingerprintBase */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const sha = (parts) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
/** Code without whitespace differences, so re-indenting or moving a line keeps its identity. */
function normalizeCode(code) {
    return code
        .split(/\r?\n|\r/)
        .map((l) => l.replace(/#.*$/, '').replace(/\s+/g, ' ').trim())
        .filter((l) => l !== '')
        .join('\n');
}
/**
 * A URL template: scheme+host kept, query values dropped (names kept, sorted), and path segments that
 * look like ids (numbers, hex, uuids) replaced by `{id}` — /item/17 and /item/18 are the same endpoint.
 */
function urlTemplate(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    const segs = u.pathname
        .split('/')
        .map((s) => /^(\d+|[0-9a-f]{12,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(s)
        ? '{id}'
        : s);
    const names = [...new Set([...u.searchParams.keys()])].sort();
    return `${u.protocol}//${u.host}${segs.join('/')}${names.length ? `?${names.join('&')}` : ''}`;
}
/** SAST: rule + path + normalized code. DAST: rule (alertRef) + method + URL template + parameter. */
function fingerprintBase(f) {
    if (f.kind === 'sast')
        return sha(['sast', f.ruleId, f.path ?? '', normalizeCode(f.code ?? f.message)]);
    return sha(['dast', f.ruleId, (f.method ?? 'GET').toUpperCase(), urlTemplate(f.url ?? ''), f.param ?? '']);
}
/**
 * Gives every finding its fingerprint: the base hash plus `:n`, the n-th occurrence of the same base in
 * reading order, so two identical lines in one file stay two alerts (the way upload-sarif does it).
 */
function assignFingerprints(findings) {
    const seen = new Map();
    return findings.map((f) => {
        const base = fingerprintBase(f);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return { ...f, fingerprint: `${base}:${n}` };
    });
}


/***/ })

};
