import { UserError, type ActionRuntime } from '@pipewright/shared/action';

export const spec = {
  namespace: { type: 'string', default: 'default' },
  deployment: { type: 'string', required: true },
  image: { type: 'string', required: true },
  steps: { type: 'list', default: ['10', '25', '50', '100'] },
} as const;

export async function main(rt: ActionRuntime): Promise<void> {
  rt.inputs(spec);
  throw new UserError('canary is not implemented yet in this version of pipewright.');
}
