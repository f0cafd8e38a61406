import * as core from '../runner/core.ts';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Passed into domain code, never imported as a global, so tests can hand in a MemoryLogger. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  /** Runs fn inside a collapsible log group; the group is closed in `finally`. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Annotations that went over GitHub's per-step cap and were logged as plain lines instead. */
  overflow(): Readonly<Record<AnnotationLevel, number>>;
  /** How many more annotations of a level GitHub will show in this step (optional for other loggers). */
  annotationsLeft?(level: AnnotationLevel): number;
}

/** GitHub shows at most 10 annotations per level per step (50 per job); the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub's per-level cap, with one error kept back for the step's own failure (what failed and what to do):
 * runAction's failStep writes it after everything else, so it must never be the 11th error GitHub drops.
 */
export class AnnotationBudget {
  private readonly used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly dropped: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly perLevel: number;
  constructor(perLevel = ANNOTATIONS_PER_LEVEL) {
    this.perLevel = perLevel;
  }
  private cap(level: AnnotationLevel): number {
    return level === 'error' ? this.perLevel - 1 : this.perLevel;
  }
  /** How many more annotations of this level may be emitted. */
  left(level: AnnotationLevel): number {
    return Math.max(0, this.cap(level) - this.used[level]);
  }
  /** True when an annotation of this level may still be emitted; counts the overflow otherwise. */
  take(level: AnnotationLevel): boolean {
    if (this.used[level] < this.cap(level)) {
      this.used[level]++;
      return true;
    }
    this.dropped[level]++;
    return false;
  }
  overflow(): Readonly<Record<AnnotationLevel, number>> {
    return { ...this.dropped };
  }
}

/** Logger on top of @actions/core's workflow commands. */
export class CoreLogger implements Logger {
  private readonly budget = new AnnotationBudget();
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.annotate('warning', message, props);
  }
  error(message: string, props?: AnnotationProps): void {
    this.annotate('error', message, props);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.annotate('notice', message, props);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    core.startGroup(name);
    try {
      return await fn();
    } finally {
      core.endGroup();
    }
  }
  overflow() {
    return this.budget.overflow();
  }
  annotationsLeft(level: AnnotationLevel): number {
    return this.budget.left(level);
  }
  private annotate(level: AnnotationLevel, message: string, props?: AnnotationProps) {
    if (this.budget.take(level)) {
      core[level](message, props);
    } else {
      const where = props?.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : '';
      core.info(`${level}: ${message}${where}`);
    }
  }
}

export interface LogRecord {
  level: 'debug' | 'info' | AnnotationLevel | 'group';
  message: string;
  props?: AnnotationProps;
}

/** In-memory logger for unit tests; applies the same annotation cap as the runner. */
export class MemoryLogger implements Logger {
  readonly records: LogRecord[] = [];
  private readonly budget = new AnnotationBudget();
  debug(message: string) {
    this.records.push({ level: 'debug', message });
  }
  info(message: string) {
    this.records.push({ level: 'info', message });
  }
  warning(message: string, props?: AnnotationProps) {
    this.annotate('warning', message, props);
  }
  error(message: string, props?: AnnotationProps) {
    this.annotate('error', message, props);
  }
  notice(message: string, props?: AnnotationProps) {
    this.annotate('notice', message, props);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.records.push({ level: 'group', message: name });
    return fn();
  }
  overflow() {
    return this.budget.overflow();
  }
  annotationsLeft(level: AnnotationLevel): number {
    return this.budget.left(level);
  }
  messages(level?: LogRecord['level']): string[] {
    return this.records.filter((r) => !level || r.level === level).map((r) => r.message);
  }
  private annotate(level: AnnotationLevel, message: string, props?: AnnotationProps) {
    if (this.budget.take(level)) this.records.push({ level, message, ...(props ? { props } : {}) });
    else this.records.push({ level: 'info', message: `${level}: ${message}` });
  }
}
