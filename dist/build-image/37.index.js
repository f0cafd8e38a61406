export const id = 37;
export const ids = [37];
export const modules = {

/***/ 1037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startSession: () => (/* binding */ startSession)
/* harmony export */ });
/* unused harmony exports SESSION_METHODS, handleCall */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2467);
/* harmony import */ var node_http2__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http2__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_address_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5243);
/* harmony import */ var _protobuf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6807);
/* harmony import */ var _filesync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4765);
/* harmony import */ var _pipewright_shared_action__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3189);
/**
 * A BuildKit session without buildx: POST /session upgrades the connection to h2c, and on it *we* are
 * the gRPC server the daemon calls. Served: health (without it the daemon drops the session after ~1 s),
 * registry credentials per host, and secrets for `RUN --mount=type=secret`. Anything else answers
 * UNIMPLEMENTED, which BuildKit treats as "not offered".
 */







const DIFF_COPY = '/moby.filesync.v1.FileSync/DiffCopy';
const SESSION_METHODS = [
    '/grpc.health.v1.Health/Check',
    '/moby.filesync.v1.Auth/Credentials',
    '/moby.buildkit.secrets.v1.Secrets/GetSecret',
];
const GRPC = { OK: 0, NOT_FOUND: 5, UNIMPLEMENTED: 12 };
function frame(message) {
    const head = Buffer.alloc(5);
    head.writeUInt32BE(message.length, 1);
    return Buffer.concat([head, message]);
}
/** Handles one unary gRPC call; returns the reply message or a status. */
function handleCall(method, request, s) {
    switch (method) {
        case '/grpc.health.v1.Health/Check':
            // HealthCheckResponse { status: SERVING (1) }
            return { status: GRPC.OK, reply: (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_5__/* .encode */ .lF)([{ no: 1, int: 1 }]) };
        case '/moby.filesync.v1.Auth/Credentials': {
            const host = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_5__/* .stringField */ .OM)(request, 1) ?? '';
            s.onCall?.(method, host);
            const c = s.credentials(host);
            // CredentialsResponse { Username = 1; Secret = 2 } — empty means anonymous.
            return {
                status: GRPC.OK,
                reply: c
                    ? (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_5__/* .encode */ .lF)([
                        { no: 1, bytes: c.username },
                        { no: 2, bytes: c.secret },
                    ])
                    : Buffer.alloc(0),
            };
        }
        case '/moby.buildkit.secrets.v1.Secrets/GetSecret': {
            const id = (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_5__/* .stringField */ .OM)(request, 1) ?? '';
            s.onCall?.(method, id);
            const data = s.secret(id);
            if (!data)
                return { status: GRPC.NOT_FOUND, message: `secret ${id} not found` };
            return { status: GRPC.OK, reply: (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_5__/* .encode */ .lF)([{ no: 1, bytes: data }]) };
        }
        default:
            return { status: GRPC.UNIMPLEMENTED, message: `${method} is not offered by this session` };
    }
}
async function startSession(a, services) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    const transport = a.protocol === 'https' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23)) : (node_http__WEBPACK_IMPORTED_MODULE_1___default());
    const socket = await new Promise((resolve, reject) => {
        const req = transport.request({
            method: 'POST',
            path: `/${_engine_address_js__WEBPACK_IMPORTED_MODULE_3__/* .API_VERSION */ .m}/session`,
            ...(a.socketPath ? { socketPath: a.socketPath } : { host: a.host, port: a.port }),
            ...(a.ca ? { ca: a.ca, cert: a.cert, key: a.key } : {}),
            headers: {
                Connection: 'Upgrade',
                Upgrade: 'h2c',
                'X-Docker-Expose-Session-Uuid': id,
                'X-Docker-Expose-Session-Name': 'pipewright',
                'X-Docker-Expose-Session-Sharedkey': id,
                'X-Docker-Expose-Session-Grpc-Method': services.files
                    ? [...SESSION_METHODS, DIFF_COPY]
                    : SESSION_METHODS,
            },
        });
        req.on('upgrade', (_res, sock, head) => {
            if (head.length)
                sock.unshift(head);
            resolve(sock);
        });
        req.on('response', (res) => {
            let body = '';
            res.on('data', (c) => (body += c.toString()));
            res.on('end', () => reject(new Error(`the engine refused the BuildKit session (${res.statusCode}): ${body.trim()}`)));
        });
        req.on('error', reject);
        req.end();
    });
    const server = node_http2__WEBPACK_IMPORTED_MODULE_2___default().createServer();
    server.on('stream', (stream, headers) => {
        const method = String(headers[':path'] ?? '');
        if (method === DIFF_COPY && services.files) {
            serveDiffCopy(stream, headers, services);
            return;
        }
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => {
            const body = Buffer.concat(chunks);
            const request = body.length >= 5 ? body.subarray(5, 5 + body.readUInt32BE(1)) : Buffer.alloc(0);
            let out;
            try {
                out = handleCall(method, request, services);
            }
            catch (e) {
                out = { status: 13, message: (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_6__/* .describeThrown */ .YI)(e) };
            }
            stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
            stream.on('wantTrailers', () => stream.sendTrailers({
                'grpc-status': String(out.status),
                ...(out.message ? { 'grpc-message': encodeURIComponent(out.message) } : {}),
            }));
            if (out.reply)
                stream.end(frame(out.reply));
            else
                stream.end();
        });
        stream.on('error', () => undefined);
    });
    server.on('sessionError', () => undefined);
    server.emit('connection', socket);
    return {
        id,
        close: () => {
            socket.destroy();
            server.close();
        },
    };
}
/** gRPC metadata values (repeated keys arrive as arrays or comma-joined). */
function metadata(headers, key) {
    const v = headers[key];
    const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return list
        .flatMap((x) => String(x).split(','))
        .map((x) => x.trim())
        .filter(Boolean);
}
/** A bidirectional DiffCopy stream: frames in as they come, packets out as the protocol goes. */
function serveDiffCopy(stream, headers, services) {
    const dir = metadata(headers, 'dir-name')[0] === 'dockerfile' ? 'dockerfile' : 'context';
    const followPaths = metadata(headers, 'followpaths');
    services.onCall?.(DIFF_COPY, `${dir}${followPaths.length ? ` ${followPaths.join(',')}` : ''}`);
    stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
    let pending = Buffer.alloc(0);
    const queue = [];
    let ended = false;
    let wake;
    stream.on('data', (c) => {
        pending = Buffer.concat([pending, c]);
        while (pending.length >= 5 && pending.length >= 5 + pending.readUInt32BE(1)) {
            const len = pending.readUInt32BE(1);
            queue.push(pending.subarray(5, 5 + len));
            pending = pending.subarray(5 + len);
        }
        wake?.();
    });
    stream.on('end', () => {
        ended = true;
        wake?.();
    });
    stream.on('error', () => {
        ended = true;
        wake?.();
    });
    const receive = async () => {
        for (;;) {
            const next = queue.shift();
            if (next)
                return next;
            if (ended)
                return undefined;
            await new Promise((r) => (wake = r));
            wake = undefined;
        }
    };
    let status = 0;
    let message = '';
    stream.on('wantTrailers', () => stream.sendTrailers({
        'grpc-status': String(status),
        ...(message ? { 'grpc-message': encodeURIComponent(message) } : {}),
    }));
    void (async () => {
        try {
            const entries = await services.files(dir, followPaths);
            await (0,_filesync_js__WEBPACK_IMPORTED_MODULE_4__/* .sendEntries */ .z5)(entries, async (p) => {
                if (!stream.write(frame(p)) && !stream.destroyed)
                    await new Promise((r) => {
                        stream.once('drain', r);
                        stream.once('close', r);
                    });
            }, receive);
        }
        catch (e) {
            status = 13;
            message = (0,_pipewright_shared_action__WEBPACK_IMPORTED_MODULE_6__/* .describeThrown */ .YI)(e);
        }
        if (!stream.destroyed)
            stream.end();
    })();
}


/***/ })

};
