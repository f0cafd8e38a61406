import { UserError, type ActionRuntime } from '@pipewright/shared/action';

export const spec = {
  'sast-path': { type: 'path', mustExist: 'dir' },
  'target-url': {
    type: 'string',
    pattern: /^https?:\/\/\S+$/,
    patternHint: 'must be an http:// or https:// URL',
  },
  'github-token': { type: 'string', secret: true },
} as const;

export async function main(rt: ActionRuntime): Promise<void> {
  rt.inputs(spec, (i) =>
    i.sastPath === undefined && i.targetUrl === undefined ? ['give `sast-path`, `target-url`, or both.'] : [],
  );
  throw new UserError('security-scan is not implemented yet in this version of pipewright.');
}
