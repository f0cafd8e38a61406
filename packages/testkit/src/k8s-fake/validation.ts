/**
 * The API server's validation that the OpenAPI schema check (kubernetes-models) does not do, with its
 * messages (apimachinery util/validation/validation.go, util/validation/field/errors.go):
 * - metadata.name: a DNS-1123 subdomain for most kinds, a DNS-1035 label for a Service
 *   (pkg/apis/core/validation ValidateServiceName = NameIsDNS1035Label);
 * - Deployment/ReplicaSet: a non-empty selector that matches the template's labels
 *   (pkg/apis/apps/validation ValidatePodTemplateSpecForReplicaSet), and on update an unchanged selector
 *   (pkg/registry/apps/deployment/strategy.go ValidateUpdate: ValidateImmutableField → "field is immutable").
 * A failure is 422 Invalid with details.causes, from which kubectl prints `The <Kind> "<name>" is invalid: …`.
 */
import { sortKeys } from './patch.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- objects are schemaless JSON here */
export interface Cause {
  reason: string;
  message: string;
  field: string;
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const regexError = (msg: string, fmt: string, ...examples: string[]) =>
  `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;

function nameErrors(kind: string, name: string): string[] {
  const errs: string[] = [];
  if (kind === 'Service') {
    if (name.length > 63) errs.push('must be no more than 63 characters');
    if (!new RegExp(`^${DNS1035_LABEL}$`).test(name))
      errs.push(
        regexError(
          "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
          DNS1035_LABEL,
          'my-name',
          'abc-123',
        ),
      );
    return errs;
  }
  if (kind === 'Namespace') {
    if (name.length > 63) errs.push('must be no more than 63 characters');
    if (!new RegExp(`^${DNS1123_LABEL}$`).test(name))
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          DNS1123_LABEL,
          'my-name',
          '123-abc',
        ),
      );
    return errs;
  }
  if (name.length > 253) errs.push('must be no more than 253 characters');
  if (!new RegExp(`^${DNS1123_SUBDOMAIN}$`).test(name))
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN,
        'example.com',
      ),
    );
  return errs;
}

/** Go's %#v of a map[string]string: keys sorted, `map[string]string{"k":"v"}`. */
const goMap = (m: Record<string, string> | undefined) =>
  `map[string]string{${Object.keys(m ?? {})
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(String(m?.[k]))}`)
    .join(', ')}}`;

/** The generated String() of a *metav1.LabelSelector (gogo protobuf), as the API server prints it. */
function labelSelectorString(s: any): string {
  const labels = Object.keys(s?.matchLabels ?? {})
    .sort()
    .map((k) => `${k}: ${s.matchLabels[k]},`)
    .join('');
  const exprs = (s?.matchExpressions ?? [])
    .map(
      (e: any) =>
        `LabelSelectorRequirement{Key:${e.key},Operator:${e.operator},Values:[${(e.values ?? []).join(' ')}],},`,
    )
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}

function selectorMatches(sel: any, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel?.matchExpressions ?? []) {
    const has = e.key in labels;
    const v = labels[e.key];
    if (e.operator === 'In' && !(has && e.values?.includes(v))) return false;
    if (e.operator === 'NotIn' && has && e.values?.includes(v)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
const emptySelector = (sel: any) =>
  !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);

export function validateObject(kind: string, obj: any, prev: any | undefined): Cause[] {
  const causes: Cause[] = [];
  const name = String(obj?.metadata?.name ?? '');
  if (!prev)
    for (const e of nameErrors(kind, name))
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${JSON.stringify(name)}: ${e}`,
        field: 'metadata.name',
      });
  if (kind === 'Deployment' || kind === 'ReplicaSet') {
    const sel = obj?.spec?.selector;
    if (emptySelector(sel))
      causes.push({
        reason: 'FieldValueRequired',
        message: `Required value${kind === 'Deployment' ? ': empty selector is invalid for deployment' : ''}`,
        field: 'spec.selector',
      });
    else {
      const labels = obj?.spec?.template?.metadata?.labels ?? {};
      if (!selectorMatches(sel, labels))
        causes.push({
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${goMap(labels)}: \`selector\` does not match template \`labels\``,
          field: 'spec.template.metadata.labels',
        });
    }
    if (prev && JSON.stringify(sortKeys(prev.spec?.selector)) !== JSON.stringify(sortKeys(sel)))
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${labelSelectorString(sel)}: field is immutable`,
        field: 'spec.selector',
      });
  }
  return causes;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
