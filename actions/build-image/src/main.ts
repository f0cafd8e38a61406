import { UserError, type ActionRuntime } from '@pipewright/shared/action';

export const spec = {
  context: { type: 'path', default: '.', mustExist: 'dir' },
  tags: { type: 'list' },
  push: { type: 'boolean', default: false },
} as const;

export async function main(rt: ActionRuntime): Promise<void> {
  rt.inputs(spec, (i) =>
    i.push && !i.tags?.length ? ['`push: true` needs at least one tag in `tags`.'] : [],
  );
  throw new UserError('build-image is not implemented yet in this version of pipewright.');
}
