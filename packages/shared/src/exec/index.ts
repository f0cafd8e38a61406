export * from './exec.ts';
