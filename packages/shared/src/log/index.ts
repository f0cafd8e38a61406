export * from './logger.ts';
export * from './secrets.ts';
