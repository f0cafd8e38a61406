export * from './logger.ts';
export * from './secrets.ts';
export * from './heartbeat.ts';
