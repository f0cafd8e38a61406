/**
 * A same-origin crawler with the budgets of ZAP's baseline spider: depth, pages, total time, and a
 * concurrency limit. Seeds from the target, the site root, robots.txt and sitemap.xml. Every response is
 * handed to `onResponse` as it arrives and then dropped, so memory stays flat however large the site.
 */
import http from 'node:http';
import https from 'node:https';
import type { HttpMessage } from './message.ts';
import { attr, contentType } from './message.ts';

export interface CrawlOptions {
  target: string;
  maxDepth: number;
  maxPages: number;
  maxDurationMs: number;
  concurrency: number;
  requestTimeoutMs: number;
  /** Sent with every request (auth header, cookie). */
  headers: Record<string, string>;
  /** Accept self-signed certificates (test servers). */
  insecureTls?: boolean;
  now: () => number;
  signal?: AbortSignal;
  onResponse: (m: HttpMessage) => void;
  /** Called at most every `progressEveryMs` while the crawl runs (and not at all for a quick one). */
  onProgress?: (p: CrawlProgress) => void;
  progressEveryMs?: number;
}

export interface CrawlProgress {
  pages: number;
  queued: number;
  inFlight: number;
  elapsedMs: number;
}

export interface CrawlResult {
  pages: number;
  /** Requests that failed (connection errors, time-outs), with the first few reasons. */
  failures: { url: string; reason: string }[];
  /** All failed requests, and those of them that were time-outs. */
  failed: number;
  timeouts: number;
  /** Status of the target after following its same-origin redirects (0 when it did not answer). */
  rootStatus: number;
  /** Responses by status class; auth: 401, 403 and 407. */
  status: { '2xx': number; '3xx': number; '4xx': number; '5xx': number };
  auth: number;
  /** Pages over the body limit (only the first MAX_BODY bytes were scanned). */
  truncated: { url: string; bytes: number | undefined }[];
  truncatedBytes: number;
  /** HTML pages with scripts but no link, form or frame to follow: likely a single-page app. */
  scriptOnlyPages: string[];
  /** Why the crawl stopped before the queue was empty, if it did. */
  stoppedBy?: 'pages' | 'time' | 'cancelled';
  /** The target itself could not be fetched: nothing was scanned. */
  unreachable?: string;
}

/** Bytes of a body the rules see; the rest is not read (the page is reported as partially scanned). */
export const MAX_BODY = 4 * 1024 * 1024;
/** Redirects of the target itself that are followed to find the page the site really starts on. */
const MAX_ROOT_REDIRECTS = 10;
const SKIP_EXT =
  /\.(png|jpe?g|gif|ico|webp|bmp|woff2?|ttf|otf|eot|mp[34]|webm|ogg|avi|mov|pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|dmg|iso|bin|wasm)$/i;

class TimeoutError extends Error {}

interface Fetched {
  msg: HttpMessage;
  location?: string;
}

function fetchOnce(url: URL, o: CrawlOptions, agent: http.Agent): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    const req = lib.request(
      url,
      {
        method: 'GET',
        agent,
        headers: { 'user-agent': 'pipewright-security-scan', accept: '*/*', ...o.headers },
        timeout: o.requestTimeoutMs,
        ...(url.protocol === 'https:' && o.insecureTls ? { rejectUnauthorized: false } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let cut = false;
        const finish = () => {
          const headers: [string, string][] = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            headers.push([(res.rawHeaders[i] as string).toLowerCase(), res.rawHeaders[i + 1] as string]);
          const msg: HttpMessage = {
            url: url.href,
            method: 'GET',
            status: res.statusCode ?? 0,
            statusLine: `HTTP/${res.httpVersion} ${res.statusCode ?? 0} ${res.statusMessage ?? ''}`.trim(),
            headers,
            body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
            requestHeaders: Object.fromEntries(
              Object.entries(o.headers).map(([k, v]) => [k.toLowerCase(), v]),
            ),
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
        res.on('data', (c: Buffer) => {
          if (cut) return;
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
          if (!cut) finish();
        });
        res.on('error', (e) => {
          if (!cut) reject(e);
        });
      },
    );
    req.on('timeout', () => req.destroy(new TimeoutError(`no response within ${o.requestTimeoutMs} ms`)));
    req.on('error', reject); // a no-op once the promise is settled (e.g. after a cut body)
    req.end();
  });
}

const isRedirectStatus = (s: number) => s >= 300 && s < 400;

/**
 * A successful HTML page with scripts but no link, form, frame or area to follow: what a single-page app
 * serves. The passive crawler does not run scripts, so what they would load is not scanned.
 */
export function looksScriptOnly(m: HttpMessage): boolean {
  if (!contentType(m).includes('html') || m.status < 200 || m.status >= 300) return false;
  if (!/<script\b/i.test(m.body)) return false;
  return !/<(a|form|iframe|frame|area)\b[^>]*\b(href|action|src)\s*=/i.test(m.body);
}

/** Same-origin links of an HTML page (a, link, script, img, iframe, form, area). */
export function extractLinks(m: HttpMessage): string[] {
  const out: string[] = [];
  const ct = contentType(m);
  if (ct.includes('html')) {
    const base = /<base\b[^>]*>/i.exec(m.body);
    const baseHref = base ? attr(base[0], 'href') : undefined;
    let baseUrl = m.url;
    try {
      if (baseHref) baseUrl = new URL(baseHref, m.url).href;
    } catch {
      /* keep the page URL */
    }
    for (const t of m.body.matchAll(/<(a|link|script|img|iframe|frame|form|area|source)\b[^>]*>/gi)) {
      const v = attr(t[0], 'href') ?? attr(t[0], 'src') ?? attr(t[0], 'action');
      if (v !== undefined) out.push(new URL(v, baseUrl).href.replace(/#.*$/, ''));
    }
  } else if (ct.includes('xml') || /sitemap[^/]*\.xml$/.test(new URL(m.url).pathname)) {
    for (const x of m.body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi))
      out.push((x[1] as string).replace(/&amp;/g, '&'));
  }
  return out;
}

/** Paths named in robots.txt (Allow/Disallow without wildcards) and its Sitemap lines. */
export function robotsSeeds(body: string, origin: string): string[] {
  const out: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const m = /^\s*(allow|disallow|sitemap)\s*:\s*(\S+)/i.exec(line.replace(/#.*$/, ''));
    if (!m) continue;
    const v = (m[2] as string).replace(/\*.*$/, '').replace(/\$$/, '');
    if (!v) continue;
    try {
      out.push(new URL(v, origin).href);
    } catch {
      /* not a URL */
    }
  }
  return out;
}

export async function crawl(o: CrawlOptions): Promise<CrawlResult> {
  const start = o.now();
  const target = new URL(o.target);
  const origin = target.origin;
  const agent = new (target.protocol === 'https:' ? https.Agent : http.Agent)({
    keepAlive: true,
    maxSockets: o.concurrency,
  });
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [];
  const result: CrawlResult = {
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
  const fail = (url: string, e: Error) => {
    result.failed++;
    if (e instanceof TimeoutError) result.timeouts++;
    if (result.failures.length < 50) result.failures.push({ url, reason: e.message });
  };
  const enqueue = (raw: string, depth: number) => {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      return;
    }
    u.hash = '';
    if (u.origin !== origin || depth > o.maxDepth || SKIP_EXT.test(u.pathname)) return;
    if (seen.has(u.href)) return;
    seen.add(u.href);
    queue.push({ url: u.href, depth });
  };

  const handle = (f: Fetched, depth: number, followRedirect = true) => {
    result.pages++;
    const s = f.msg.status;
    const cls = s >= 500 ? '5xx' : s >= 400 ? '4xx' : s >= 300 ? '3xx' : s >= 200 ? '2xx' : undefined;
    if (cls) result.status[cls]++;
    if (s === 401 || s === 403 || s === 407) result.auth++;
    if (f.msg.truncated) {
      result.truncated.push({ url: f.msg.url, bytes: f.msg.truncated.totalBytes });
      result.truncatedBytes +=
        (f.msg.truncated.totalBytes ?? f.msg.truncated.scannedBytes) - f.msg.truncated.scannedBytes;
    }
    o.onResponse(f.msg);
    if (looksScriptOnly(f.msg) && result.scriptOnlyPages.length < 20) result.scriptOnlyPages.push(f.msg.url);
    if (followRedirect && f.location && isRedirectStatus(f.msg.status))
      enqueue(new URL(f.location, f.msg.url).href, depth);
    const path = new URL(f.msg.url).pathname;
    if (path === '/robots.txt' && f.msg.status === 200)
      for (const s of robotsSeeds(f.msg.body, origin)) enqueue(s, 1);
    else for (const l of extractLinks(f.msg)) enqueue(l, path.endsWith('.xml') ? depth : depth + 1);
  };

  // The target first, and its same-origin redirects: if it cannot be fetched, nothing else is tried.
  let root = target;
  for (let hop = 0; ; hop++) {
    seen.add(root.href);
    const got = await fetchOnce(root, o, agent).then(
      (ok) => ({ ok }),
      (e: unknown) => ({ error: e as Error }),
    );
    if ('error' in got) {
      fail(root.href, got.error);
      if (hop === 0) {
        agent.destroy();
        return { ...result, unreachable: `${target.href}: ${got.error.message}` };
      }
      break;
    }
    result.rootStatus = got.ok.msg.status;
    let next: URL | undefined;
    try {
      if (isRedirectStatus(got.ok.msg.status) && got.ok.location && hop < MAX_ROOT_REDIRECTS)
        next = new URL(got.ok.location, root);
    } catch {
      /* not a URL: not followed */
    }
    if (next) next.hash = '';
    const follow = next !== undefined && next.origin === origin && !seen.has(next.href);
    handle(got.ok, 0, !follow);
    if (!follow || !next) break;
    root = next;
  }
  for (const seed of [`${origin}/`, `${origin}/robots.txt`, `${origin}/sitemap.xml`]) enqueue(seed, 0);

  const progress =
    o.onProgress &&
    setInterval(
      () =>
        o.onProgress?.({ pages: result.pages, queued: queue.length, inFlight, elapsedMs: o.now() - start }),
      o.progressEveryMs ?? 10_000,
    );
  progress?.unref();
  await new Promise<void>((done) => {
    const pump = () => {
      if (o.signal?.aborted) result.stoppedBy = 'cancelled';
      else if (o.now() - start > o.maxDurationMs) result.stoppedBy = 'time';
      else if (result.pages + inFlight >= o.maxPages && queue.length) result.stoppedBy = 'pages';
      const stopping = result.stoppedBy !== undefined;
      while (!stopping && inFlight < o.concurrency && queue.length && result.pages + inFlight < o.maxPages) {
        const next = queue.shift() as { url: string; depth: number };
        inFlight++;
        fetchOnce(new URL(next.url), o, agent)
          .then(
            (f) => handle(f, next.depth),
            (e: Error) => fail(next.url, e),
          )
          .finally(() => {
            inFlight--;
            pump();
          });
      }
      if (inFlight === 0 && (stopping || queue.length === 0 || result.pages >= o.maxPages)) {
        if (!stopping && queue.length && result.pages >= o.maxPages) result.stoppedBy = 'pages';
        done();
      }
    };
    pump();
  });
  if (progress) clearInterval(progress);
  agent.destroy();
  return result;
}
