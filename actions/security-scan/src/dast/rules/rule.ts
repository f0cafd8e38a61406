/** What a passive rule is: a pure function of one response and the context, returning alerts with ZAP's alertRefs. */
import type { HttpMessage } from '../message.ts';

export interface RawAlert {
  alertRef: string;
  param?: string;
  evidence?: string;
  otherInfo?: string;
  /** When this instance's risk differs from the catalogue's (ZAP raises some at a lower risk). */
  risk?: 0 | 1 | 2 | 3;
}
/** ZAP's alert threshold: LOW reports more (and noisier) alerts, HIGH fewer. ZAP's default is MEDIUM. */
export type Threshold = 'low' | 'medium' | 'high';
export interface RuleContext {
  nowMs: number;
  threshold?: Threshold;
}
export const low = (ctx: RuleContext) => ctx.threshold === 'low';
export const high = (ctx: RuleContext) => ctx.threshold === 'high';
export type Rule = (m: HttpMessage, ctx: RuleContext) => RawAlert[];

export const hasBody = (m: HttpMessage) => m.body.length > 0;
