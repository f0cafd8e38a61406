/**
 * Generates known-fields.json: for each kind the fake serves, the field names its schema declares, nested —
 * read with the TypeScript compiler from kubernetes-models' declarations (generated from the Kubernetes
 * OpenAPI document). The fake uses it for `fieldValidation` (unknown fields → Strict 400, Warn header).
 *   node packages/testkit/src/k8s-fake/gen-known-fields.ts
 * Format: { types: { <name>: { <field>: <type name> | "*" (a scalar/any) } | { "[]": <type> } | { "{}": <type> } },
 *           kinds: { <Kind>: <type name> } }
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { RESOURCES } from './resources.ts';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

const files = RESOURCES.map((r) => require.resolve(`${r.model[0]}`).replace(/\.(c|m)?js$/, '.d.ts'));
const program = ts.createProgram(files, { strict: true, skipLibCheck: true, noEmit: true });
const checker = program.getTypeChecker();

type Shape = Record<string, string>;
const types: Record<string, Shape> = {};
const kinds: Record<string, string> = {};
const seen = new Map<ts.Type, string>();

function strip(t: ts.Type): ts.Type {
  if (t.isUnion()) {
    const rest = t.types.filter((x) => !(x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (rest.length === 1) return strip(rest[0] as ts.Type);
    // IntOrString and other unions of scalars
    if (rest.every((x) => !(x.flags & ts.TypeFlags.Object))) return rest[0] as ts.Type;
    const obj = rest.find((x) => x.flags & ts.TypeFlags.Object);
    return obj ?? (rest[0] as ts.Type);
  }
  return t;
}

function nameOf(t: ts.Type): string {
  t = strip(t);
  if (!(t.flags & ts.TypeFlags.Object)) return '*';
  if (checker.isArrayType(t)) {
    const el = checker.getTypeArguments(t as ts.TypeReference)[0] as ts.Type;
    const n = `[]${nameOf(el)}`;
    types[n] ??= { '[]': nameOf(el) };
    return n;
  }
  const index = checker.getIndexTypeOfType(t, ts.IndexKind.String);
  const props = checker.getPropertiesOfType(t);
  if (index && !props.length) {
    const n = `{}${nameOf(index)}`;
    types[n] ??= { '{}': nameOf(index) };
    return n;
  }
  if (!props.length) return '*';
  // the declaring module and the interface (two packages may both have an ICondition); an inline object
  // type gets a numbered name of its own
  const known = seen.get(t);
  if (known) return known;
  const fq = t.symbol ? checker.getFullyQualifiedName(t.symbol) : '__type';
  const n = fq === '__type' ? `anonymous#${seen.size}` : fq.replace(/^"[^"]*node_modules\//, '"');
  seen.set(t, n);
  const shape: Shape = {};
  types[n] = shape;
  for (const p of props) {
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (!decl) continue;
    shape[p.getName()] = nameOf(checker.getTypeOfSymbolAtLocation(p, decl));
  }
  return n;
}

for (const [i, r] of RESOURCES.entries()) {
  const sf = program.getSourceFile(files[i] as string);
  if (!sf) throw new Error(`no declarations for ${r.model[0]}`);
  const sym = checker.getSymbolAtLocation(sf);
  const iface = sym && checker.getExportsOfModule(sym).find((e) => e.getName() === `I${r.model[1]}`);
  if (!iface) throw new Error(`no interface I${r.model[1]} in ${r.model[0]}`);
  kinds[r.kind] = nameOf(checker.getDeclaredTypeOfSymbol(iface));
}
writeFileSync(path.join(here, 'known-fields.json'), `${JSON.stringify({ kinds, types }, null, 0)}\n`);
console.log(`known-fields.json: ${Object.keys(kinds).length} kinds, ${Object.keys(types).length} types`);
