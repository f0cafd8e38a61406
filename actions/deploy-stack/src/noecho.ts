/**
 * Which stack outputs carry a NoEcho parameter, told from the template alone. An output whose `Value`
 * references a NoEcho parameter — `Ref`, `${Param}` in `Fn::Sub` (one-string form, and the two-argument form
 * through its variable map or its string), or any of those nested in `Fn::Join`, `Fn::Select`, `Fn::If`,
 * `Fn::Base64`, … — is a secret whether or not its value was given in this run: a parameter that keeps its
 * previous value (`UsePreviousValue`) is never fetched to the runner, so comparing values cannot find it.
 *
 * Conservative on purpose: a reference in any branch (`Fn::If`) or any list element (`Fn::Select` with an
 * index not known here) counts. Values reached through resources (`Fn::GetAtt`, `Ref` of a resource) are not
 * traced: an attribute of a resource configured with a secret is usually not that secret (a database's
 * endpoint), and withholding it would hide the outputs people deploy for.
 * Function and syntax names: CloudFormation User Guide, "Intrinsic function reference" (Ref, Fn::Sub,
 * Fn::Join, Fn::Select, Fn::If, Fn::Base64) and "Outputs" (the output's logical ID is its OutputKey).
 */

/** `${Name}` and `${Name.Attr}` in an Fn::Sub string; `${!Literal}` is a literal and is skipped. */
export function subReferences(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) names.push((m[1] as string).trim());
  return names;
}

/** True when the expression references one of the names (parameters) by Ref or Fn::Sub, at any depth. */
export function referencesAny(expr: unknown, names: ReadonlySet<string>): boolean {
  if (names.size === 0 || expr === null || typeof expr !== 'object') return false;
  if (Array.isArray(expr)) return expr.some((e) => referencesAny(e, names));
  const o = expr as Record<string, unknown>;
  if (typeof o.Ref === 'string' && names.has(o.Ref)) return true;
  const sub = o['Fn::Sub'];
  if (sub !== undefined) {
    if (typeof sub === 'string') {
      if (subReferences(sub).some((n) => names.has(n))) return true;
    } else if (Array.isArray(sub)) {
      const [text, vars] = sub as [unknown, unknown];
      const local = new Set(vars && typeof vars === 'object' ? Object.keys(vars) : []);
      // A variable of the map hides a parameter of the same name; the rest of the string refers to the stack.
      if (typeof text === 'string' && subReferences(text).some((n) => !local.has(n) && names.has(n)))
        return true;
      if (referencesAny(vars, names)) return true;
    }
  }
  return Object.entries(o).some(([k, v]) => k !== 'Fn::Sub' && referencesAny(v, names));
}

/** Logical IDs (= OutputKey) of the template's outputs whose value is derived from a NoEcho parameter. */
export function noEchoOutputs(template: Record<string, unknown>, noEcho: readonly string[]): Set<string> {
  const names = new Set(noEcho);
  const outputs = (template.Outputs ?? {}) as Record<string, { Value?: unknown } | null>;
  const out = new Set<string>();
  if (typeof outputs !== 'object' || outputs === null) return out;
  for (const [key, def] of Object.entries(outputs)) if (referencesAny(def?.Value, names)) out.add(key);
  return out;
}
