/**
 * The template's parameter constraints, as CloudFormation applies them (template reference, "Parameters"):
 * AllowedValues (each item of a CommaDelimitedList), AllowedPattern matching the *entire* value ("The pattern
 * must match the entire parameter value provided" — so `[a-z]+` refuses "abc1"), MinLength/MaxLength on
 * Strings, MinValue/MaxValue on Numbers (and each item of List<Number>), Number = integer or float.
 */
import { describe, expect, it } from '@jest/globals';
import { missingParameters, parameterProblems, valueProblems } from '../src/parameter-rules.ts';
import { inspectTemplate, parseTemplate, type DeclaredParameter } from '../src/template.ts';

const declared = (yaml: string): DeclaredParameter[] =>
  inspectTemplate(parseTemplate(`Parameters:\n${yaml}\nResources:\n  Q: {Type: AWS::SQS::Queue}\n`, 't.yml'))
    .parameters;

const one = (yaml: string) => declared(`  P: ${yaml}`)[0] as DeclaredParameter;

describe('valueProblems', () => {
  const cases: [string, string, string[]][] = [
    ['{Type: String, AllowedValues: [dev, prod]}', 'dev', []],
    [
      '{Type: String, AllowedValues: [dev, prod]}',
      'test',
      ['P: "test" is not one of the AllowedValues (dev, prod).'],
    ],
    ['{Type: String, AllowedPattern: "[a-z]+"}', 'abc', []],
    ['{Type: String, AllowedPattern: "[a-z]+"}', 'abc1', ['P: "abc1" must match pattern [a-z]+.']],
    ['{Type: String, AllowedPattern: "a|b"}', 'ab', ['P: "ab" must match pattern a|b.']],
    [
      '{Type: String, AllowedPattern: "[a-z]+", ConstraintDescription: must be lower-case letters}',
      'A',
      ['P: "A" must be lower-case letters.'],
    ],
    [
      '{Type: String, MinLength: 3, MaxLength: 5}',
      'ab',
      ['P: "ab" must contain at least 3 characters (it has 2).'],
    ],
    [
      '{Type: String, MinLength: 3, MaxLength: 5}',
      'abcdef',
      ['P: "abcdef" must contain at most 5 characters (it has 6).'],
    ],
    ['{Type: String, MinLength: 1}', '', ['P: "" must contain at least 1 character (it has 0).']],
    ['{Type: String, MaxLength: 1}', 'ab', ['P: "ab" must contain at most 1 character (it has 2).']],
    ['{Type: String, MaxLength: 3}', 'äöü', []],
    ['{Type: Number, MinValue: 1, MaxValue: 10}', '10', []],
    ['{Type: Number, MinValue: 1, MaxValue: 10}', '2.5', []],
    ['{Type: Number, MinValue: 1, MaxValue: 10}', '0', ['P: "0" must be at least 1.']],
    ['{Type: Number, MinValue: 1, MaxValue: 10}', '11', ['P: "11" must be at most 10.']],
    ['{Type: Number}', 'ten', ['P: "ten" is not a number (Type: Number).']],
    ['{Type: "List<Number>", MaxValue: 65535}', '80,443', []],
    [
      '{Type: "List<Number>", MaxValue: 65535}',
      '80,http,70000',
      [
        'P: "80,http,70000" has items that are not numbers ("http"; Type: List<Number>).',
        'P: "80,http,70000" must be at most 65535.',
      ],
    ],
    ['{Type: CommaDelimitedList, AllowedValues: [a, b, c]}', 'a,c', []],
    [
      '{Type: CommaDelimitedList, AllowedValues: [a, b, c]}',
      'a,d',
      ['P: "a,d" is not one of the AllowedValues (a, b, c): "d".'],
    ],
    ['{Type: CommaDelimitedList, AllowedPattern: "[a-z]+"}', 'ab,cd', []],
    [
      '{Type: CommaDelimitedList, AllowedPattern: "[a-z]+"}',
      'ab,c1',
      ['P: "ab,c1" must match pattern [a-z]+.'],
    ],
    // Resolved by CloudFormation against the account: not checked here.
    ['{Type: "AWS::EC2::KeyPair::KeyName", AllowedPattern: "x"}', 'my-key', []],
    ['{Type: "AWS::SSM::Parameter::Value<String>"}', '/app/image', []],
  ];
  it.each(cases)('%s with %j', (yaml, value, want) => {
    expect(valueProblems(one(yaml), value, `"${value}"`)).toEqual(want);
  });
});

describe('parameterProblems', () => {
  const params = declared(
    [
      '  Env: {Type: String, AllowedValues: [dev, prod]}',
      '  Count: {Type: Number, MinValue: 1}',
      '  Secret: {Type: String, NoEcho: true, MinLength: 12}',
    ].join('\n'),
  );

  it('lists every problem at once, unknown keys first, and never shows a NoEcho value', () => {
    expect(parameterProblems(params, { Env: 'qa', Count: '0', Secret: 'short', Colour: 'blue' })).toEqual([
      'the template declares no parameter "Colour" (declared: Env, Count, Secret).',
      'Env: "qa" is not one of the AllowedValues (dev, prod).',
      'Count: "0" must be at least 1.',
      'Secret: the value (NoEcho) must contain at least 12 characters (it has 5).',
    ]);
  });

  it('values that satisfy the template are no problem', () => {
    expect(parameterProblems(params, { Env: 'prod', Count: '3', Secret: 'long-enough-secret' })).toEqual([]);
  });
});

describe('missingParameters', () => {
  const params = declared('  Env: {Type: String, Default: dev}\n  Db: {Type: String}\n  Key: {Type: String}');
  const cases: [string, Record<string, string>, string[] | undefined, string[]][] = [
    ['a create: every parameter without a Default that is not given', {}, undefined, ['Db', 'Key']],
    ['a create with one given', { Db: 'x' }, undefined, ['Key']],
    ['an update keeps the previous values of the deployed stack', {}, ['Db', 'Key', 'Env'], []],
    ['an update of a stack that never had Key', {}, ['Db', 'Env'], ['Key']],
  ];
  it.each(cases)('%s', (_what, given, previous, want) => {
    expect(missingParameters(params, given, previous)).toEqual(want);
  });
});
