export * from './client.ts';
export * from './load-client.ts';
export * from './api-url.ts';
export * from './context.ts';
export * from './sticky-comment.ts';
export * from './labels.ts';
export * from './code-scanning.ts';
export * from './publish.ts';
