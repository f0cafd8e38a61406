/**
 * Outputs derived from NoEcho parameters, told from the template. Syntax of each form: CloudFormation User
 * Guide, "Intrinsic function reference" — Ref, Fn::Sub (`${Param}`, `${Res.Attr}`, `${!Literal}`, and the
 * two-argument form with a variable map), Fn::Join, Fn::Select, Fn::If, Fn::Base64, Fn::GetAtt.
 */
import { describe, expect, it } from '@jest/globals';
import { parseTemplate } from '../src/template.ts';
import { noEchoOutputs, subReferences } from '../src/noecho.ts';

const yaml = `
Parameters:
  DbPassword: { Type: String, NoEcho: true }
  ApiToken: { Type: String, NoEcho: true }
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Queue: { Type: AWS::SQS::Queue }
Outputs:
  ByRef: { Value: !Ref DbPassword }
  BySub: { Value: !Sub 'postgres://app:\${DbPassword}@db:5432/app' }
  BySubMap:
    Value: !Sub
      - 'Bearer \${Tok}'
      - { Tok: !Ref ApiToken }
  BySubMapString:
    Value: !Sub
      - '\${ApiToken}-\${Suffix}'
      - { Suffix: x }
  ByJoin: { Value: !Join [':', [user, !Ref DbPassword]] }
  BySelect: { Value: !Select [0, [!Ref ApiToken, b]] }
  Nested: { Value: !Base64 { 'Fn::Join': ['', [a, !If [IsProd, !Sub '\${ApiToken}', none]]] } }
  LiteralDollar: { Value: !Sub 'cost \${!DbPassword}' }
  ShadowedByMap:
    Value: !Sub
      - '\${DbPassword}'
      - { DbPassword: not-the-parameter }
  PlainParam: { Value: !Sub '\${Env}-\${AWS::Region}' }
  ResourceAttr: { Value: !GetAtt Queue.Arn }
  Constant: { Value: ok }
`;

describe('noEchoOutputs', () => {
  it('finds every output derived from a NoEcho parameter, however nested', () => {
    const t = parseTemplate(yaml, 't.yml');
    expect([...noEchoOutputs(t, ['DbPassword', 'ApiToken'])].sort()).toEqual([
      'ByJoin',
      'ByRef',
      'BySelect',
      'BySub',
      'BySubMap',
      'BySubMapString',
      'Nested',
    ]);
  });

  it('JSON templates and no NoEcho parameters', () => {
    const t = parseTemplate(
      JSON.stringify({
        Resources: { Q: { Type: 'AWS::SQS::Queue' } },
        Outputs: { A: { Value: { 'Fn::Sub': '${Secret}' } }, B: { Value: { Ref: 'Q' } } },
      }),
      't.json',
    );
    expect([...noEchoOutputs(t, ['Secret'])]).toEqual(['A']);
    expect([...noEchoOutputs(t, [])]).toEqual([]);
  });
});

describe('subReferences', () => {
  it.each([
    ['${A}-${B.Arn}-${!C}-${AWS::Region}', ['A', 'B.Arn', 'AWS::Region']],
    ['no refs', []],
  ])('%s', (text, refs) => expect(subReferences(text)).toEqual(refs));
});
