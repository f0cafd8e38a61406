/**
 * BuildKit's build stream through the Engine API: progress arrives as `moby.buildkit.trace` lines whose
 * aux is a base64 protobuf `moby.buildkit.v1.StatusResponse` (vertexes, statuses, logs). We decode it
 * ourselves: dockerode's helper leaves RUN output base64-encoded, which hides secrets from log masking.
 */
import { fields } from './protobuf.ts';
import { LogStreamReader, type BuildOutcome, type StreamMessage } from './stream.ts';
import { describeThrown } from '@pipewright/shared/action';

interface Vertex {
  n: number;
  name: string;
  cached: boolean;
  started: boolean;
  completed: boolean;
  error: string | undefined;
}

export interface TraceEvent {
  vertexes: {
    digest: string;
    name: string;
    cached: boolean;
    started: boolean;
    completed: boolean;
    error?: string;
  }[];
  logs: { vertex: string; msg: Buffer }[];
}

/** Decodes one StatusResponse (fields 1 = vertexes, 3 = logs; statuses and warnings are skipped). */
export function decodeStatus(buf: Buffer): TraceEvent {
  const out: TraceEvent = { vertexes: [], logs: [] };
  for (const f of fields(buf)) {
    if (f.no === 1 && f.bytes) {
      const v = {
        digest: '',
        name: '',
        cached: false,
        started: false,
        completed: false,
      } as TraceEvent['vertexes'][number];
      for (const g of fields(f.bytes)) {
        if (g.no === 1 && g.bytes) v.digest = g.bytes.toString();
        else if (g.no === 3 && g.bytes) v.name = g.bytes.toString();
        else if (g.no === 4) v.cached = g.int === 1;
        else if (g.no === 5) v.started = true;
        else if (g.no === 6) v.completed = true;
        else if (g.no === 7 && g.bytes) v.error = g.bytes.toString();
      }
      out.vertexes.push(v);
    } else if (f.no === 3 && f.bytes) {
      let vertex = '';
      let msg = Buffer.alloc(0);
      for (const g of fields(f.bytes)) {
        if (g.no === 1 && g.bytes) vertex = g.bytes.toString();
        else if (g.no === 4 && g.bytes) msg = Buffer.from(g.bytes);
      }
      out.logs.push({ vertex, msg });
    }
  }
  return out;
}

export class BuildKitStreamReader extends LogStreamReader {
  private readonly vertexes = new Map<string, Vertex>();
  private imageId: string | undefined;
  private error: string | undefined;
  private failedStep: string | undefined;
  private readonly partial = new Map<string, string>();

  protected failed(err: string): void {
    this.error ??= err;
    this.failedStep ??= [...this.vertexes.values()].find((v) => v.error)?.name;
  }

  protected message(m: StreamMessage): void {
    if (m.id === 'moby.image.id' && m.aux && typeof m.aux === 'object') {
      const id = (m.aux as { ID?: unknown }).ID;
      if (typeof id === 'string') this.imageId = id;
      return;
    }
    if (m.id === 'moby.buildkit.trace' && typeof m.aux === 'string') {
      let ev: TraceEvent;
      try {
        ev = decodeStatus(Buffer.from(m.aux, 'base64'));
      } catch (e) {
        this.line(`(unreadable BuildKit progress: ${describeThrown(e)})`);
        return;
      }
      this.trace(ev);
      return;
    }
    if (typeof m.stream === 'string') for (const l of m.stream.split('\n')) if (l.trim()) this.line(l);
  }

  private trace(ev: TraceEvent): void {
    for (const v of ev.vertexes) {
      let known = this.vertexes.get(v.digest);
      if (!known) {
        known = {
          n: this.vertexes.size + 1,
          name: v.name,
          cached: false,
          started: false,
          completed: false,
          error: undefined,
        };
        this.vertexes.set(v.digest, known);
      }
      if (v.started && !known.started) {
        known.started = true;
        this.line(`#${known.n} ${known.name}`);
      }
      if (v.cached && !known.cached) {
        known.cached = true;
        this.line(`#${known.n} CACHED`);
      }
      if (v.error && !known.error) {
        known.error = v.error;
        this.failedStep ??= known.name;
        this.line(`#${known.n} ERROR: ${v.error}`);
      } else if (v.completed && !known.completed) {
        known.completed = true;
        if (!known.cached) this.line(`#${known.n} DONE`);
      }
    }
    for (const l of ev.logs) {
      const n = this.vertexes.get(l.vertex)?.n ?? 0;
      const text = (this.partial.get(l.vertex) ?? '') + l.msg.toString('utf8');
      const lines = text.split(/\r?\n/);
      this.partial.set(l.vertex, lines.pop() ?? '');
      for (const t of lines) this.line(`#${n} ${t}`);
    }
  }

  outcome(): BuildOutcome {
    for (const [vertex, rest] of this.partial)
      if (rest) this.line(`#${this.vertexes.get(vertex)?.n ?? 0} ${rest}`);
    this.partial.clear();
    const steps = [...this.vertexes.values()].filter((v) => /^\[[^\]]*\d+\/\d+\]/.test(v.name));
    return {
      imageId: this.imageId,
      error: this.error,
      failedStep: this.failedStep,
      steps: steps.length,
      cachedSteps: steps.filter((v) => v.cached).length,
      lastLines: [...this.last],
    };
  }
}
