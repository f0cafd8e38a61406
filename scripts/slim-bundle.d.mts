export function parenthesiseModules(code: string): { code: string; modules: number };
export function slimBundle(code: string): Promise<string>;
