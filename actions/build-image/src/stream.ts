/**
 * The Engine API's JSON-lines streams (build and push answer HTTP 200 and report errors inside the
 * stream). Every line is parsed; a line that is not JSON is kept as text rather than dropped, and any
 * `errorDetail`/`error` line is a failure, whatever came before or after it.
 */

export interface StreamMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  aux?: unknown;
  error?: string;
  errorDetail?: { message?: string; code?: number };
}

/** Splits a byte stream into lines and parses each; tolerant of chunks cut anywhere (even inside UTF-8). */
export async function* jsonLines(
  source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<StreamMessage> {
  const decoder = new TextDecoder();
  let buf = '';
  const parse = (line: string): StreamMessage | undefined => {
    const t = line.trim();
    if (t === '') return undefined;
    try {
      const v = JSON.parse(t) as unknown;
      return v !== null && typeof v === 'object' ? (v as StreamMessage) : { stream: `${t}\n` };
    } catch {
      return { stream: `${t}\n` };
    }
  };
  for await (const chunk of source) {
    buf += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const m = parse(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      if (m) yield m;
    }
  }
  buf += decoder.decode();
  const last = parse(buf);
  if (last) yield last;
}

export function errorOf(m: StreamMessage): string | undefined {
  if (m.errorDetail) return m.errorDetail.message ?? m.error ?? 'unknown error';
  if (m.error !== undefined) return m.error;
  return undefined;
}

/** What a classic build stream told us. */
export interface BuildOutcome {
  imageId: string | undefined;
  error: string | undefined;
  /** The instruction that was running when the error came, e.g. `Step 3/5 : RUN make`. */
  failedStep: string | undefined;
  steps: number;
  cachedSteps: number;
  /** The last log lines (bounded), for the failure message. */
  lastLines: string[];
}

export const KEEP_LINES = 20;

/**
 * What every reader of an Engine API stream does: an error message (`errorOf`) is recorded by the reader and
 * logged as `ERROR: …`; every other message is the reader's own; each log line goes to `onLine` and the last
 * KEEP_LINES are kept for the failure message.
 */
export abstract class LogStreamReader {
  protected readonly last: string[] = [];
  private readonly onLine: (line: string) => void;

  constructor(onLine: (line: string) => void = () => undefined) {
    this.onLine = onLine;
  }

  push(m: StreamMessage): void {
    const err = errorOf(m);
    if (err !== undefined) {
      this.failed(err);
      this.line(`ERROR: ${err}`);
      return;
    }
    this.message(m);
  }

  /** An error message arrived (before its `ERROR:` line is logged). */
  protected abstract failed(error: string): void;
  /** Any other message. */
  protected abstract message(m: StreamMessage): void;

  protected line(text: string): void {
    this.last.push(text);
    if (this.last.length > KEEP_LINES) this.last.shift();
    this.onLine(text);
  }
}

export class BuildStreamReader extends LogStreamReader {
  private imageId: string | undefined;
  private error: string | undefined;
  private step: string | undefined;
  private failedStep: string | undefined;
  private steps = 0;
  private cached = 0;
  private partial = '';

  protected failed(err: string): void {
    this.flush();
    if (this.error === undefined) {
      this.error = err;
      this.failedStep = this.step;
    }
  }

  protected message(m: StreamMessage): void {
    if (m.aux !== undefined && typeof m.aux === 'object' && m.aux !== null) {
      const id = (m.aux as { ID?: unknown }).ID;
      if (typeof id === 'string') this.imageId = id;
    }
    if (typeof m.stream === 'string') {
      this.partial += m.stream;
      let nl: number;
      while ((nl = this.partial.indexOf('\n')) >= 0) {
        this.line(this.partial.slice(0, nl).replace(/\r$/, ''));
        this.partial = this.partial.slice(nl + 1);
      }
    } else if (typeof m.status === 'string') {
      // Pull progress during FROM (classic builder): keep only the final states, not every byte count.
      if (!m.progressDetail || m.progressDetail.total === undefined)
        this.line(m.id ? `${m.id}: ${m.status}` : m.status);
    }
  }

  protected override line(text: string): void {
    if (/^Step \d+\/\d+ : /.test(text)) {
      this.step = text;
      this.steps++;
    } else if (text.trim() === '---> Using cache') {
      this.cached++;
    }
    if (text.trim() === '') return;
    super.line(text);
  }

  private flush(): void {
    if (this.partial !== '') {
      const p = this.partial;
      this.partial = '';
      this.line(p);
    }
  }

  outcome(): BuildOutcome {
    this.flush();
    return {
      imageId: this.imageId,
      error: this.error,
      failedStep: this.failedStep,
      steps: this.steps,
      cachedSteps: this.cached,
      lastLines: [...this.last],
    };
  }
}

export interface PushOutcome {
  /** From the `{"aux":{"Tag","Digest","Size"}}` line. */
  digest: string | undefined;
  size: number | undefined;
  tag: string | undefined;
  error: string | undefined;
  layersPushed: number;
  layersExisting: number;
  lastLines: string[];
}

export class PushStreamReader extends LogStreamReader {
  private readonly out: Omit<PushOutcome, 'lastLines'> = {
    digest: undefined,
    size: undefined,
    tag: undefined,
    error: undefined,
    layersPushed: 0,
    layersExisting: 0,
  };

  protected failed(err: string): void {
    this.out.error ??= err;
  }

  protected message(m: StreamMessage): void {
    if (m.aux && typeof m.aux === 'object') {
      const a = m.aux as { Tag?: unknown; Digest?: unknown; Size?: unknown };
      if (typeof a.Digest === 'string') this.out.digest = a.Digest;
      if (typeof a.Tag === 'string') this.out.tag = a.Tag;
      if (typeof a.Size === 'number') this.out.size = a.Size;
    }
    if (typeof m.status === 'string') {
      if (m.status === 'Pushed') this.out.layersPushed++;
      if (m.status === 'Layer already exists' || m.status.startsWith('Mounted from'))
        this.out.layersExisting++;
      if (m.status !== 'Pushing' && m.status !== 'Preparing' && m.status !== 'Waiting')
        this.line(m.id ? `${m.id}: ${m.status}` : m.status);
    }
  }

  outcome(): PushOutcome {
    return { ...this.out, lastLines: [...this.last] };
  }
}
