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


/***/ }),

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ dockerfileAbs),
/* harmony export */   aB: () => (/* binding */ entriesFor),
/* harmony export */   z5: () => (/* binding */ sendEntries)
/* harmony export */ });
/* unused harmony exports packet, readPacket, dockerfileDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _protobuf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6807);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7014);
/**
 * The build context through the BuildKit session instead of a tar upload (`remote=client-session`):
 * BuildKit's Dockerfile frontend then reads the Dockerfile from a source of its own ("dockerfile") and
 * the context ("context") with the .dockerignore exclusions applied, so a Dockerfile or .dockerignore that
 * excludes itself is read but never reaches COPY — as with buildx. We serve
 * `moby.filesync.v1.FileSync/DiffCopy` with fsutil's send protocol (tonistiigi/fsutil send.go/wire.proto):
 * one STAT packet per entry in walk order, an empty STAT to end, then DATA packets for each REQ (by the
 * entry's index), an empty DATA to end a file, FIN to finish.
 */




const PACKET = { STAT: 0, REQ: 1, DATA: 2, FIN: 3, ERR: 4 };
const MODE_DIR = 0x80000000;
const MODE_SYMLINK = 0x08000000;
const MTIME_NS = _context_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_MTIME */ .LB.getTime() * 1e6;
function statMessage(e) {
    const mode = e.kind === 'directory' ? MODE_DIR | e.mode : e.kind === 'symlink' ? MODE_SYMLINK | 0o777 : e.mode;
    return (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .encode */ .lF)([
        { no: 1, bytes: e.path },
        { no: 2, int: mode >>> 0 },
        { no: 5, int: e.kind === 'file' ? e.size : 0 },
        { no: 6, int: MTIME_NS },
        ...(e.linkname !== undefined ? [{ no: 7, bytes: e.linkname }] : []),
    ]);
}
function packet(type, p = {}) {
    return (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .encode */ .lF)([
        ...(type ? [{ no: 1, int: type }] : []),
        ...(p.stat ? [{ no: 2, bytes: p.stat }] : []),
        ...(p.id ? [{ no: 3, int: p.id }] : []),
        ...(p.data && p.data.length ? [{ no: 4, bytes: p.data }] : []),
    ]);
}
function readPacket(buf) {
    let type = 0;
    let id = 0;
    for (const f of (0,_protobuf_js__WEBPACK_IMPORTED_MODULE_3__/* .fields */ .OA)(buf)) {
        if (f.no === 1 && f.int !== undefined)
            type = f.int;
        if (f.no === 3 && f.int !== undefined)
            id = f.int;
    }
    return { type, id };
}
/** The entries to send for one DiffCopy call: `followpaths` (what the frontend reads, e.g. the
 * Dockerfile or .dockerignore) straight from disk, or else the filtered context. */
async function entriesFor(plan, dir, followPaths) {
    const root = dir === 'dockerfile' ? dockerfileDir(plan) : plan.dir;
    if (followPaths.length || dir === 'dockerfile') {
        const wanted = followPaths.length ? followPaths : [node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(dockerfileAbs(plan))];
        const out = new Map();
        for (const rel of wanted) {
            const clean = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rel).replace(/^\/+/, '');
            if (clean.startsWith('..'))
                continue;
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, clean);
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
            }
            catch {
                continue;
            }
            const parts = clean.split('/');
            for (let i = 1; i < parts.length; i++) {
                const p = parts.slice(0, i).join('/');
                if (!out.has(p))
                    out.set(p, { path: p, kind: 'directory', abs: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, p), mode: 0o755, size: 0 });
            }
            if (st.isFile())
                out.set(clean, { path: clean, kind: 'file', abs, mode: st.mode & 0o7777, size: st.size });
            else if (st.isSymbolicLink())
                out.set(clean, {
                    path: clean,
                    kind: 'symlink',
                    abs,
                    mode: 0o777,
                    size: 0,
                    linkname: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(abs),
                });
        }
        return [...out.values()].sort((a, b) => comparePath(a.path, b.path));
    }
    const out = [];
    for await (const e of (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .walkContext */ .ph)(plan))
        out.push({
            path: e.name,
            kind: e.type,
            abs: e.abs,
            mode: e.mode,
            size: e.size,
            ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
        });
    return out;
}
/** fsutil's order: path components compared one by one. */
function comparePath(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
}
function dockerfileAbs(plan) {
    return plan.externalDockerfile ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(plan.dir, plan.dockerfile);
}
function dockerfileDir(plan) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dockerfileAbs(plan));
}
/** Runs the sender side of one DiffCopy stream. */
async function sendEntries(entries, send, receive) {
    for (const e of entries)
        await send(packet(PACKET.STAT, { stat: statMessage(e) }));
    await send(packet(PACKET.STAT));
    for (;;) {
        const msg = await receive();
        if (!msg)
            return;
        const p = readPacket(msg);
        if (p.type === PACKET.FIN) {
            await send(packet(PACKET.FIN));
            return;
        }
        if (p.type === PACKET.ERR)
            throw new Error('the engine reported an error while reading the context');
        if (p.type !== PACKET.REQ)
            continue;
        const e = entries[p.id];
        if (!e || e.kind !== 'file')
            throw new Error(`the engine asked for entry ${p.id}, which is no file`);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(e.abs, 'r');
        try {
            const buf = Buffer.alloc(32 * 1024);
            for (;;) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, null);
                if (n === 0)
                    break;
                // Awaited: the HTTP/2 stream's backpressure keeps memory flat for any context size.
                await send(packet(PACKET.DATA, { id: p.id, data: Buffer.from(buf.subarray(0, n)) }));
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        await send(packet(PACKET.DATA, { id: p.id }));
    }
}


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   lF: () => (/* binding */ encode)
/* harmony export */ });
/**
 * Just enough protobuf for the BuildKit session and trace messages: varints, length-delimited fields,
 * and skipping what we do not read. No schema compiler, no runtime dependency.
 */
function readVarint(buf, pos) {
    let result = 0;
    let shift = 0;
    for (;;) {
        if (pos >= buf.length)
            throw new Error('protobuf: truncated varint');
        const b = buf[pos++];
        result += (b & 0x7f) * 2 ** shift;
        if (b < 0x80)
            return [result, pos];
        shift += 7;
        if (shift > 63)
            throw new Error('protobuf: varint too long');
    }
}
function* fields(buf) {
    let pos = 0;
    while (pos < buf.length) {
        const [key, p1] = readVarint(buf, pos);
        pos = p1;
        const no = Math.floor(key / 8);
        const wire = key & 7;
        if (wire === 0) {
            const [v, p2] = readVarint(buf, pos);
            pos = p2;
            yield { no, wire, int: v };
        }
        else if (wire === 2) {
            const [len, p2] = readVarint(buf, pos);
            if (p2 + len > buf.length)
                throw new Error('protobuf: truncated field');
            yield { no, wire, bytes: buf.subarray(p2, p2 + len) };
            pos = p2 + len;
        }
        else if (wire === 1) {
            pos += 8;
        }
        else if (wire === 5) {
            pos += 4;
        }
        else
            throw new Error(`protobuf: unsupported wire type ${wire}`);
    }
}
function varint(n) {
    const out = [];
    let v = n;
    while (v >= 0x80) {
        out.push((v % 0x80) | 0x80);
        v = Math.floor(v / 0x80);
    }
    out.push(v);
    return Buffer.from(out);
}
/** Encodes length-delimited (string/bytes/message) and varint fields, in the given order. */
function encode(parts) {
    const chunks = [];
    for (const p of parts) {
        if ('int' in p) {
            chunks.push(varint(p.no * 8), varint(p.int));
        }
        else {
            const b = typeof p.bytes === 'string' ? Buffer.from(p.bytes) : p.bytes;
            chunks.push(varint(p.no * 8 + 2), varint(b.length), b);
        }
    }
    return Buffer.concat(chunks);
}
/** The first string (length-delimited) value of a field, if any. */
function stringField(buf, no) {
    for (const f of fields(buf))
        if (f.no === no && f.bytes)
            return f.bytes.toString('utf8');
    return undefined;
}


/***/ })

};
