export * from './errors.ts';
export * from './inputs.ts';
export * from './run-action.ts';
