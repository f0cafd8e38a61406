export * from './time.ts';
export * from './retry.ts';
