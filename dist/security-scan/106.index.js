export const id = 106;
export const ids = [106];
export const modules = {

/***/ 3106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CE: () => (/* binding */ RISK_TO_SEVERITY),
  runDast: () => (/* binding */ runDast),
  Gg: () => (/* binding */ zapConfidence)
});

// UNUSED EXPORTS: DAST_TOOL, alertToFinding, ruleInfoFor

// EXTERNAL MODULE: ./src/fingerprint.ts
var fingerprint = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/dast/catalogue.ts
var catalogue = __webpack_require__(3154);
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
function attr(tag, name) {
    const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
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



const MAX_BODY = 4 * 1024 * 1024;
const SKIP_EXT = /\.(png|jpe?g|gif|ico|webp|bmp|woff2?|ttf|otf|eot|mp[34]|webm|ogg|avi|mov|pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|dmg|iso|bin|wasm)$/i;
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
            res.on('data', (c) => {
                if (size < MAX_BODY)
                    chunks.push(c);
                size += c.length;
            });
            res.on('end', () => {
                const headers = [];
                for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
                    headers.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
                const msg = {
                    url: url.href,
                    method: 'GET',
                    status: res.statusCode ?? 0,
                    headers,
                    body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
                    requestHeaders: Object.fromEntries(Object.entries(o.headers).map(([k, v]) => [k.toLowerCase(), v])),
                };
                resolve({ msg, ...(res.headers.location ? { location: res.headers.location } : {}) });
            });
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no response within ${o.requestTimeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
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
    const result = { pages: 0, failures: [] };
    let inFlight = 0;
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
    // The target first: if it cannot be fetched, nothing else is tried.
    const first = await fetchOnce(target, o, agent).then((ok) => ({ ok }), (e) => ({ error: e }));
    if ('error' in first) {
        agent.destroy();
        return { ...result, unreachable: `${target.href}: ${first.error.message}` };
    }
    seen.add(target.href);
    const handle = (f, depth) => {
        result.pages++;
        o.onResponse(f.msg);
        if (f.location && f.msg.status >= 300 && f.msg.status < 400)
            enqueue(new URL(f.location, f.msg.url).href, depth);
        const path = new URL(f.msg.url).pathname;
        if (path === '/robots.txt' && f.msg.status === 200)
            for (const s of robotsSeeds(f.msg.body, origin))
                enqueue(s, 1);
        else
            for (const l of extractLinks(f.msg))
                enqueue(l, path.endsWith('.xml') ? depth : depth + 1);
    };
    handle(first.ok, 0);
    for (const seed of [`${origin}/`, `${origin}/robots.txt`, `${origin}/sitemap.xml`])
        enqueue(seed, 0);
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
                    .then((f) => handle(f, next.depth), (e) => {
                    if (result.failures.length < 50)
                        result.failures.push({ url: next.url, reason: e.message });
                })
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
    agent.destroy();
    return result;
}

;// CONCATENATED MODULE: ./src/dast/rules.ts
/**
 * The passive rules: each looks at one response and returns alerts with ZAP's alertRefs. Pure: the clock
 * (for timestamp plausibility) comes in through the context.
 */

const hasBody = (m) => m.body.length > 0;
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
const cspMissing = (m) => {
    if (!isHtmlPage(m))
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
const antiClickjacking = (m) => {
    if (!isHtmlPage(m))
        return [];
    const { header: csp } = cspPolicies(m);
    if (csp.some((p) => parseCsp(p).has('frame-ancestors')))
        return [];
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
};
const xContentTypeOptions = (m) => {
    if (!hasBody(m) || m.status >= 300)
        return [];
    const v = header(m, 'x-content-type-options');
    if (v !== undefined && v.trim().toLowerCase() === 'nosniff')
        return [];
    return [
        { alertRef: '10021', param: 'x-content-type-options', ...(v !== undefined ? { evidence: v } : {}) },
    ];
};
const hsts = (m) => {
    const values = headerValues(m, 'strict-transport-security');
    if (!isHttps(m))
        return values.length ? [{ alertRef: '10035-4', evidence: values[0] }] : [];
    const meta = isHtml(m) ? metaHttpEquiv(m.body, 'Strict-Transport-Security') : [];
    if (meta.length)
        return [{ alertRef: '10035-6', evidence: meta[0] }];
    if (values.length === 0)
        return isRedirect(m) ? [] : [{ alertRef: '10035-1' }];
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
const serverHeader = (m) => {
    const v = header(m, 'server');
    if (v === undefined || v.trim() === '')
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
const TS_RE = /\b(?:1\d|2[0-2])\d{8}\b(?!%)/g;
const TS_IGNORED_HEADERS = new Set(['etag', 'set-cookie', 'x-request-id', 'content-length']);
const timestamps = (m, ctx) => {
    if (isImage(m) || (!isText(m) && !hasBody(m)))
        return [];
    const lo = ctx.nowMs / 1000 - 10 * 365.25 * 86400;
    const hi = Math.min(ctx.nowMs / 1000 + 10 * 365.25 * 86400, 2 ** 31 - 1);
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
        for (const s of m.body.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi))
            js(s[1] ?? '');
    }
    else if (isJavaScript(m))
        js(m.body);
    return out;
}
const suspiciousComments = (m) => {
    if (!isSuccess(m))
        return [];
    const comments = commentsOf(m);
    const out = [];
    for (const [word, re] of SUSPICIOUS_RE) {
        const hits = comments.filter((c) => re.test(c));
        if (hits.length === 0)
            continue;
        const first = hits[0].slice(0, 200);
        out.push({
            alertRef: '10027',
            param: word,
            evidence: first,
            otherInfo: `The following pattern was used: \\b${word}\\b and was detected ${hits.length} time(s), the first in: "${first}"`,
        });
    }
    return out;
};
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
    if (/^none$/i.test(v))
        return [{ alertRef: '10054-2', param: c.name, evidence: ev }];
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
const crossDomainScript = (m) => isHtml(m)
    ? tags(m.body, 'script').flatMap((t) => foreign(m, attr(t, 'src'))
        ? [{ alertRef: '10017', param: attr(t, 'src'), evidence: t }]
        : [])
    : [];
const subresourceIntegrity = (m) => {
    if (!isHtml(m))
        return [];
    const scripts = tags(m.body, 'script').filter((t) => foreign(m, attr(t, 'src')));
    const styles = tags(m.body, 'link').filter((t) => /stylesheet/i.test(attr(t, 'rel') ?? '') && foreign(m, attr(t, 'href')));
    return [...scripts, ...styles]
        .filter((t) => attr(t, 'integrity') === undefined)
        .map((t) => ({ alertRef: '90003', evidence: t }));
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
const crossDomain = (m) => {
    const v = header(m, 'access-control-allow-origin');
    return v?.trim() === '*' ? [{ alertRef: '10098', evidence: 'Access-Control-Allow-Origin: *' }] : [];
};
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
const antiCsrf = (m) => {
    if (!isHtmlPage(m))
        return [];
    const out = [];
    for (const f of m.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
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
const siteIsolation = (m) => {
    if (!isSuccess(m))
        return [];
    const out = [];
    const corp = header(m, 'cross-origin-resource-policy');
    if (corp === undefined || !/^(same-origin|same-site)$/i.test(corp.trim()))
        out.push({
            alertRef: '90004-1',
            param: 'Cross-Origin-Resource-Policy',
            ...(corp !== undefined ? { evidence: corp } : {}),
        });
    if (isHtml(m)) {
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
const cacheControl = (m) => {
    if (!isHttps(m) || !hasBody(m) || !isText(m) || isJavaScript(m) || isCss(m) || isImage(m) || isRedirect(m))
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
];
function runPassiveRules(m, ctx) {
    return PASSIVE_RULES.flatMap(([, rule]) => rule(m, ctx));
}


;// CONCATENATED MODULE: ./src/dast/scan.ts




const DAST_TOOL = {
    name: 'pipewright-dast',
    informationUri: 'https://github.com/pipewright/pipewright/tree/main/actions/security-scan',
};
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
    const risk = a.alertRef === '10036' && a.otherInfo?.startsWith('informational') ? 0 : meta.risk;
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
async function runDast(o) {
    const kept = new Map();
    const totals = new Map();
    const crawlResult = await crawl({
        ...o,
        onResponse: (m) => {
            for (const a of runPassiveRules(m, { nowMs: o.now() })) {
                totals.set(a.alertRef, (totals.get(a.alertRef) ?? 0) + 1);
                const list = kept.get(a.alertRef) ?? [];
                if (list.length < o.maxInstancesPerRule) {
                    list.push(alertToFinding({ ...a, url: m.url, method: m.method }));
                    kept.set(a.alertRef, list);
                }
            }
        },
    });
    const problems = [];
    if (crawlResult.unreachable)
        problems.push({
            kind: 'dast',
            tool: DAST_TOOL.name,
            message: `target unreachable: ${crawlResult.unreachable}`,
            fatal: true,
        });
    if (crawlResult.stoppedBy === 'time')
        problems.push({
            kind: 'dast',
            tool: DAST_TOOL.name,
            message: `crawl timed out after ${Math.round(o.maxDurationMs / 1000)}s with ${crawlResult.pages} pages fetched: the scan is incomplete`,
            fatal: false,
        });
    if (crawlResult.failures.length)
        problems.push({
            kind: 'dast',
            tool: DAST_TOOL.name,
            message: `${crawlResult.failures.length} request(s) failed, e.g. ${crawlResult.failures[0]?.url}: ${crawlResult.failures[0]?.reason}`,
            fatal: false,
        });
    const order = [...kept.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const findings = (0,fingerprint/* assignFingerprints */.Dz)(order.flatMap((k) => kept.get(k) ?? []));
    return {
        findings,
        problems,
        tool: DAST_TOOL,
        stats: {
            pages: crawlResult.pages,
            ...(crawlResult.stoppedBy ? { stoppedBy: crawlResult.stoppedBy } : {}),
            alertInstances: [...totals.values()].reduce((a, b) => a + b, 0),
        },
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
