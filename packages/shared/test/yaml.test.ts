/** The shared YAML parsing: plain YAML 1.2 core for inputs and files, CloudFormation's tags for templates. */
import { describe, expect, it } from '@jest/globals';
import { parseTemplateYaml, parseYaml, YamlSyntaxError } from '@pipewright/shared/yaml';

describe('parseYaml', () => {
  it.each([
    ['team: payments\ncost-center: 42', { team: 'payments', 'cost-center': 42 }],
    // YAML 1.2 core: yes/no and dates stay strings, true/null are typed.
    ['a: yes\nb: 2024-01-01\nc: true\nd: ~\ne: 0x1f', { a: 'yes', b: '2024-01-01', c: true, d: null, e: 31 }],
    ['- a\n- b', ['a', 'b']],
    ['', null],
    ['  \n', null],
  ])('%j', (text, expected) => {
    expect(parseYaml(text)).toEqual(expected);
  });

  it.each([
    ['a: 1\na: 2', 'duplicated mapping key (line 2)', 2],
    ['a: [1, 2\nb: 3', 'deficient indentation (line 2)', 2],
    ['k: v\n  bad: indent', 'bad indentation of a mapping entry (line 2)', 2],
  ])('%j is refused with the line', (text, message, line) => {
    const e = (() => {
      try {
        parseYaml(text);
      } catch (x) {
        return x;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(YamlSyntaxError);
    expect((e as YamlSyntaxError).message).toBe(message);
    expect((e as YamlSyntaxError).line).toBe(line);
  });

  it('refuses more than 100 aliases (a "billion laughs" input)', () => {
    const aliases = (n: number) => `a: &a x\nb: [${Array.from({ length: n }, () => '*a').join(', ')}]`;
    expect((parseYaml(aliases(100)) as { b: string[] }).b).toHaveLength(100);
    expect(() => parseYaml(aliases(101))).toThrow(YamlSyntaxError);
  });

  it('does not resolve merge keys or custom tags in plain YAML', () => {
    expect(() => parseYaml('a: !Ref X')).toThrow(YamlSyntaxError);
    expect(parseYaml('base: &b {x: 1}\nother:\n  <<: *b')).toEqual({
      base: { x: 1 },
      other: { '<<': { x: 1 } },
    });
  });
});

describe('parseTemplateYaml', () => {
  it('turns every short-form tag into its long form, scalars, sequences and mappings alike', () => {
    const t = parseTemplateYaml(`Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub 'app-\${Env}'
      Delay: !Ref Delay
      Arn: !GetAtt Topic.Arn
      Parts: !Join [',', [a, !Ref B]]
      Pick: !Select [0, !GetAZs '']
      Map: !FindInMap [M, !Ref 'AWS::Region', Ami]
      Cond: !If [IsProd, !Ref Big, !Ref AWS::NoValue]
      Future: !SomethingNew { x: 1 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Both: !And [!Condition IsProd, !Not [!Condition IsDev]]
`);
    expect(t).toEqual({
      Resources: {
        Queue: {
          Type: 'AWS::SQS::Queue',
          Properties: {
            QueueName: { 'Fn::Sub': 'app-${Env}' },
            Delay: { Ref: 'Delay' },
            Arn: { 'Fn::GetAtt': 'Topic.Arn' },
            Parts: { 'Fn::Join': [',', ['a', { Ref: 'B' }]] },
            Pick: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
            Map: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Ami'] },
            Cond: { 'Fn::If': ['IsProd', { Ref: 'Big' }, { Ref: 'AWS::NoValue' }] },
            Future: { 'Fn::SomethingNew': { x: 1 } },
          },
        },
      },
      Conditions: {
        IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] },
        Both: { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ Condition: 'IsDev' }] }] },
      },
    });
  });

  it('reads JSON templates, keeps the last of duplicate keys, and reports syntax errors with the line', () => {
    expect(parseTemplateYaml('{"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}')).toEqual({
      Resources: { T: { Type: 'AWS::SNS::Topic' } },
    });
    expect(parseTemplateYaml('Resources: {}\nResources: {T: {Type: X}}')).toEqual({
      Resources: { T: { Type: 'X' } },
    });
    expect(() => parseTemplateYaml('Resources:\n  T: {Type: X\n')).toThrow(YamlSyntaxError);
  });
});
