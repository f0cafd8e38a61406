export * from './run-bundle.ts';
export * from './events.ts';
export * from './workflow-commands.ts';
export * from './paths.ts';
export * from './hostile.ts';
