/**
 * The template's own parameter constraints, checked before any API call (like `rain forecast`), every problem
 * listed at once. CloudFormation's semantics (template reference, "Parameters"):
 * - `AllowedValues`: the value must be one of them; for a `CommaDelimitedList`, each item must be.
 * - `AllowedPattern`: a regular expression that must match the *entire* value ("The pattern must match the
 *   entire parameter value provided"; CloudFormation's own message reads "must match pattern …"); for a
 *   `CommaDelimitedList`, each item.
 * - `MinLength`/`MaxLength`: characters of a String; `MinValue`/`MaxValue`: a Number (each item of a
 *   `List<Number>`). `Number` is an integer or a float; `List<Number>` numbers separated by commas.
 * - `ConstraintDescription` replaces the generic explanation when it is given.
 * AWS-specific types (`AWS::EC2::…`, `AWS::SSM::Parameter::Value<…>`) are resolved by CloudFormation against the
 * account: their values are not checked here.
 *
 * Which parameters are *missing* is known only once DescribeStacks has answered: on an update, a parameter not
 * given keeps its previous value (UsePreviousValue) — unless the deployed stack has no such parameter. So the
 * constraints (and unknown keys) are checked before the first request; required parameters right after
 * DescribeStacks, still before anything is created.
 */
import { plural } from '@pipewright/shared/report';
import { DeployFailure } from './failures.ts';
import type { DeclaredParameter, TemplateInfo } from './template.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function isAwsSpecific(type: string): boolean {
  return /AWS::/.test(type);
}

function items(type: string, value: string): string[] {
  return type === 'CommaDelimitedList' || type === 'List<Number>'
    ? value.split(',').map((s) => s.trim())
    : [value];
}

function fullMatch(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return undefined;
    }
  }
}

/** Problems of one value against its declaration, each a sentence naming the parameter. */
export function valueProblems(p: DeclaredParameter, value: string, shown: string): string[] {
  const why = (generic: string) => `${p.key}: ${shown} ${p.constraintDescription ?? generic}.`;
  const type = p.type;
  if (isAwsSpecific(type)) return [];
  const out: string[] = [];
  const list = items(type, value);
  if (type === 'Number' && !NUMBER.test(value.trim())) out.push(why('is not a number (Type: Number)'));
  if (type === 'List<Number>') {
    const bad = list.filter((x) => !NUMBER.test(x));
    if (bad.length)
      out.push(
        why(`has items that are not numbers (${bad.map((b) => `"${b}"`).join(', ')}; Type: List<Number>)`),
      );
  }
  if (p.allowedValues) {
    const bad = list.filter((x) => !p.allowedValues?.includes(x));
    if (bad.length)
      out.push(
        why(
          `is not one of the AllowedValues (${p.allowedValues.join(', ')})` +
            (list.length > 1 ? `: ${bad.map((b) => `"${b}"`).join(', ')}` : ''),
        ),
      );
  }
  if (p.allowedPattern !== undefined && (type === 'String' || type === 'CommaDelimitedList')) {
    const re = fullMatch(p.allowedPattern);
    if (re && list.some((x) => !re.test(x))) out.push(why(`must match pattern ${p.allowedPattern}`));
  }
  if (type === 'String') {
    const n = [...value].length;
    if (p.minLength !== undefined && n < p.minLength)
      out.push(why(`must contain at least ${plural(p.minLength, 'character')} (it has ${n})`));
    if (p.maxLength !== undefined && n > p.maxLength)
      out.push(why(`must contain at most ${plural(p.maxLength, 'character')} (it has ${n})`));
  }
  if (type === 'Number' || type === 'List<Number>') {
    for (const x of list.filter((y) => NUMBER.test(y))) {
      const v = Number(x);
      if (p.minValue !== undefined && v < p.minValue) out.push(why(`must be at least ${p.minValue}`));
      if (p.maxValue !== undefined && v > p.maxValue) out.push(why(`must be at most ${p.maxValue}`));
    }
  }
  return out;
}

/**
 * Every problem of the given values against the template: unknown keys and every constraint. NoEcho values are
 * never shown.
 */
export function parameterProblems(
  declared: readonly DeclaredParameter[],
  given: Record<string, string>,
): string[] {
  const byKey = new Map(declared.map((p) => [p.key, p]));
  const problems: string[] = [];
  const unknown = Object.keys(given).filter((k) => !byKey.has(k));
  if (unknown.length)
    problems.push(
      `the template declares no parameter ${unknown.map((k) => `"${k}"`).join(', ')} (declared: ${declared.map((p) => p.key).join(', ') || 'none'}).`,
    );
  for (const p of declared) {
    const value = given[p.key];
    if (value === undefined) continue;
    problems.push(...valueProblems(p, value, p.noEcho ? 'the value (NoEcho)' : `"${value}"`));
  }
  return problems;
}

/**
 * Parameters with no value: not given, no Default, and — on an update — not a parameter of the deployed stack
 * (whose previous value would be kept). `previous` is undefined for a stack that does not exist yet.
 */
export function missingParameters(
  declared: readonly DeclaredParameter[],
  given: Record<string, string>,
  previous: readonly string[] | undefined,
): string[] {
  return declared
    .filter((p) => !p.hasDefault && !(p.key in given) && !(previous ?? []).includes(p.key))
    .map((p) => p.key);
}

/**
 * Refuses a deploy whose required parameters have no value (`previous`: the deployed stack's parameter keys on
 * an update, undefined on a create), before a change set (and, for a new stack, an empty REVIEW_IN_PROGRESS
 * stack) exists.
 */
export function requireParameters(
  info: TemplateInfo | undefined,
  given: Record<string, string>,
  previous: readonly string[] | undefined,
): void {
  if (!info) return;
  const missing = missingParameters(info.parameters, given, previous);
  if (!missing.length) return;
  const them = missing.length === 1 ? 'it' : 'them';
  throw new DeployFailure(
    'invalid',
    `\`parameters\`: no value for ${missing.map((k) => `"${k}"`).join(', ')}: the template gives ${them} no Default` +
      (previous
        ? ', and the deployed stack has no previous value to keep.'
        : ', and the stack does not exist yet.'),
    `Give ${them} in \`parameters\` (e.g. \`${missing[0]}: …\`), or add a Default in the template.`,
  );
}
