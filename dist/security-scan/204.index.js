export const id = 204;
export const ids = [204];
export const modules = {

/***/ 6204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ingestReport: () => (/* binding */ ingestReport)
/* harmony export */ });
/* unused harmony exports detectFormat, fromZapJson, fromSarif */
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1514);
/* harmony import */ var _found_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4422);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2386);
/* harmony import */ var _bandit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8640);
/* harmony import */ var _bandit_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8753);
/* harmony import */ var _dast_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9908);






function detectFormat(doc) {
    const d = doc;
    if (!d || typeof d !== 'object')
        return undefined;
    if ((0,_bandit_report_js__WEBPACK_IMPORTED_MODULE_3__/* .isBanditJson */ .Fc)(doc))
        return 'bandit';
    if (Array.isArray(d.site))
        return 'zap';
    if (Array.isArray(d.runs) && typeof d.version === 'string')
        return 'sarif';
    return undefined;
}
const stripHtml = (s) => (s ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
function fromZapJson(doc) {
    const findings = [];
    for (const site of doc.site)
        for (const a of site.alerts ?? []) {
            const ref = a.alertRef || a.pluginid || 'unknown';
            const risk = Math.min(3, Math.max(0, Number(a.riskcode ?? 0)));
            const conf = Number(a.confidence ?? 2);
            if (conf === 0)
                continue; // marked false positive in ZAP
            const name = a.alert ?? a.name ?? ref;
            const cwe = Number(a.cweid);
            for (const i of a.instances ?? [{ uri: site['@name'] ?? '' }]) {
                findings.push({
                    kind: 'dast',
                    tool: 'ZAP',
                    ruleId: ref,
                    rule: {
                        id: ref,
                        name,
                        shortDescription: name,
                        fullDescription: stripHtml(a.desc) || name,
                        helpMarkdown: `**${name}** (ZAP rule ${ref})\n\n${stripHtml(a.desc)}\n\n**Solution:** ${stripHtml(a.solution)}`,
                        helpUri: `https://www.zaproxy.org/docs/alerts/${ref}/`,
                        ...(cwe > 0 ? { cwe } : {}),
                    },
                    severity: _dast_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .RISK_TO_SEVERITY */ .CE[risk],
                    confidence: (0,_dast_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .zapConfidence */ .Gg)(conf),
                    message: `${name} at ${i.method ?? 'GET'} ${i.uri ?? ''}${i.param ? ` [${i.param}]` : ''}`,
                    url: i.uri ?? '',
                    method: i.method ?? 'GET',
                    ...(i.param ? { param: i.param } : {}),
                    ...(i.evidence ? { evidence: i.evidence } : {}),
                    ...(i.otherinfo ? { otherInfo: i.otherinfo } : {}),
                });
            }
        }
    return {
        findings: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .assignFingerprints */ .Dz)(findings),
        problems: [],
        tool: { name: 'ZAP', ...(doc['@version'] ? { version: doc['@version'] } : {}) },
    };
}
function severityOf(securitySeverity, level) {
    const s = Number(securitySeverity);
    if (securitySeverity !== undefined && !Number.isNaN(s))
        return s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'info';
    return level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'info';
}
/** One outcome per SARIF run (each keeps its own tool). Suppressed results are left out. */
function fromSarif(doc) {
    return doc.runs.map((run) => {
        const rules = run.tool.driver.rules ?? [];
        const findings = [];
        for (const r of run.results ?? []) {
            if (r.suppressions?.length)
                continue;
            const rule = (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ?? rules.find((x) => x.id === r.ruleId);
            const ruleId = r.ruleId ?? rule?.id ?? 'unknown';
            const loc = r.locations?.[0]?.physicalLocation;
            const uri = decodeURI(loc?.artifactLocation?.uri ?? '');
            const isUrl = /^https?:\/\//.test(uri);
            const cweTag = rule?.properties?.tags?.find((t) => /external\/cwe\/cwe-\d+/i.test(t));
            const precision = rule?.properties?.precision;
            const confidence = precision === 'very-high' || precision === 'high' ? 'high' : precision === 'low' ? 'low' : 'medium';
            findings.push((0,_found_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactFoundSecret */ .gp)({
                kind: isUrl ? 'dast' : 'sast',
                tool: run.tool.driver.name,
                ruleId,
                rule: {
                    id: ruleId,
                    name: rule?.name ?? ruleId,
                    shortDescription: rule?.shortDescription?.text ?? rule?.name ?? ruleId,
                    ...(rule?.fullDescription?.text ? { fullDescription: rule.fullDescription.text } : {}),
                    ...(rule?.help?.markdown || rule?.help?.text
                        ? { helpMarkdown: rule.help.markdown ?? rule.help.text }
                        : {}),
                    ...(rule?.helpUri ? { helpUri: rule.helpUri } : {}),
                    ...(cweTag ? { cwe: Number(/(\d+)$/.exec(cweTag)?.[1]) } : {}),
                },
                severity: severityOf(rule?.properties?.['security-severity'], r.level ?? rule?.defaultConfiguration?.level ?? 'warning'),
                confidence,
                message: r.message?.text ?? ruleId,
                ...(isUrl
                    ? { url: uri, method: 'GET' }
                    : { path: uri.replace(/^file:\/\//, '').replace(/^\.\//, '') }),
                ...(!isUrl && loc?.region?.startLine ? { line: loc.region.startLine } : {}),
                ...(!isUrl && loc?.region?.endLine ? { endLine: loc.region.endLine } : {}),
                ...(!isUrl && loc?.region?.startColumn ? { column: loc.region.startColumn } : {}),
                ...(loc?.region?.snippet?.text ? { code: loc.region.snippet.text } : {}),
            }));
        }
        return {
            findings: (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .assignFingerprints */ .Dz)(findings),
            problems: [],
            tool: {
                name: run.tool.driver.name,
                ...(run.tool.driver.version ? { version: run.tool.driver.version } : {}),
            },
        };
    });
}
/** Parses one ingested file into outcomes; throws with a readable reason when the format is unknown. */
function ingestReport(text, file, workspace, skipTestAsserts) {
    // JSON.parse's message quotes the start of the text: say where only, never what the file holds.
    const doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .q)(text, file, { positionOnly: true });
    switch (detectFormat(doc)) {
        case 'bandit':
            return [(0,_bandit_js__WEBPACK_IMPORTED_MODULE_2__/* .fromBanditReport */ .lg)(text, workspace, skipTestAsserts, { name: 'Bandit' }, file)];
        case 'zap':
            return [fromZapJson(doc)];
        case 'sarif':
            return fromSarif(doc);
        default:
            throw new Error(`${file} is not a Bandit JSON report, a ZAP JSON report or a SARIF log.`);
    }
}


/***/ })

};
