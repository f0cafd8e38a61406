export const id = 514;
export const ids = [514];
export const modules = {

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
