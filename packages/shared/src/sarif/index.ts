export * from './sarif.ts';
