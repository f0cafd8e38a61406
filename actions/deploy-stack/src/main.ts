import { UserError, type ActionRuntime } from '@pipewright/shared/action';

export const spec = {
  'stack-name': {
    type: 'string',
    required: true,
    pattern: /^[A-Za-z][A-Za-z0-9-]{0,127}$/,
    patternHint: 'must start with a letter and contain only letters, digits and hyphens (at most 128)',
  },
  template: { type: 'string', required: true },
  region: { type: 'string' },
  endpoint: { type: 'string' },
} as const;

export async function main(rt: ActionRuntime): Promise<void> {
  rt.inputs(spec);
  throw new UserError('deploy-stack is not implemented yet in this version of pipewright.');
}
