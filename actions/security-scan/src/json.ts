import { describeThrown } from '@pipewright/shared/action';

/**
 * `JSON.parse(text)`, or an Error saying "`what` is not JSON". With `positionOnly`, the message gives only
 * the byte position of the syntax error: JSON.parse's own message quotes the start of the text, and a file
 * the user points us at (`ingest`) may hold anything.
 */
export function parseJson(text: string, what: string, o: { positionOnly?: boolean } = {}): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    if (!o.positionOnly) throw new Error(`${what} is not JSON: ${describeThrown(e)}`);
    const at = /position (\d+)/.exec(describeThrown(e))?.[1];
    throw new Error(`${what} is not JSON${at ? ` (syntax error at byte ${at})` : ''}.`);
  }
}
