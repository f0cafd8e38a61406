export * from './escape.ts';
export * from './document.ts';
export * from './summary.ts';
export * from './output-file.ts';
