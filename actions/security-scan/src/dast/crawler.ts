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
}

export interface CrawlResult {
  pages: number;
  /** Requests that failed (connection errors, time-outs), with the first few reasons. */
  failures: { url: string; reason: string }[];
  /** Why the crawl stopped before the queue was empty, if it did. */
  stoppedBy?: 'pages' | 'time' | 'cancelled';
  /** The target itself could not be fetched: nothing was scanned. */
  unreachable?: string;
}

const MAX_BODY = 4 * 1024 * 1024;
const SKIP_EXT =
  /\.(png|jpe?g|gif|ico|webp|bmp|woff2?|ttf|otf|eot|mp[34]|webm|ogg|avi|mov|pdf|zip|gz|tgz|bz2|xz|7z|rar|exe|dmg|iso|bin|wasm)$/i;

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
        res.on('data', (c: Buffer) => {
          if (size < MAX_BODY) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            headers.push([(res.rawHeaders[i] as string).toLowerCase(), res.rawHeaders[i + 1] as string]);
          const msg: HttpMessage = {
            url: url.href,
            method: 'GET',
            status: res.statusCode ?? 0,
            headers,
            body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
            requestHeaders: Object.fromEntries(
              Object.entries(o.headers).map(([k, v]) => [k.toLowerCase(), v]),
            ),
          };
          resolve({ msg, ...(res.headers.location ? { location: res.headers.location } : {}) });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no response within ${o.requestTimeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
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
  const result: CrawlResult = { pages: 0, failures: [] };
  let inFlight = 0;
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

  // The target first: if it cannot be fetched, nothing else is tried.
  const first = await fetchOnce(target, o, agent).then(
    (ok) => ({ ok }),
    (e: unknown) => ({ error: e as Error }),
  );
  if ('error' in first) {
    agent.destroy();
    return { ...result, unreachable: `${target.href}: ${first.error.message}` };
  }
  seen.add(target.href);
  const handle = (f: Fetched, depth: number) => {
    result.pages++;
    o.onResponse(f.msg);
    if (f.location && f.msg.status >= 300 && f.msg.status < 400)
      enqueue(new URL(f.location, f.msg.url).href, depth);
    const path = new URL(f.msg.url).pathname;
    if (path === '/robots.txt' && f.msg.status === 200)
      for (const s of robotsSeeds(f.msg.body, origin)) enqueue(s, 1);
    else for (const l of extractLinks(f.msg)) enqueue(l, path.endsWith('.xml') ? depth : depth + 1);
  };
  handle(first.ok, 0);
  for (const seed of [`${origin}/`, `${origin}/robots.txt`, `${origin}/sitemap.xml`]) enqueue(seed, 0);

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
            (e: Error) => {
              if (result.failures.length < 50) result.failures.push({ url: next.url, reason: e.message });
            },
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
  agent.destroy();
  return result;
}
