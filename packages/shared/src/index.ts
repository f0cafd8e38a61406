export * from './action/index.ts';
export * from './log/index.ts';
export * from './report/index.ts';
export * from './util/index.ts';
