import { UserError, type ActionRuntime } from '@pipewright/shared/action';

export const spec = {
  path: { type: 'path', default: '.', mustExist: 'dir' },
  'github-token': { type: 'string', secret: true },
} as const;

export async function main(rt: ActionRuntime): Promise<void> {
  rt.inputs(spec);
  throw new UserError('terraform-plan is not implemented yet in this version of pipewright.');
}
