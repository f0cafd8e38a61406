/**
 * Plain YAML -> JS values through the YAML reader inside @actions/workflow-parser (a root devDependency), so the
 * tests read YAML the way GitHub's parser does without depending on a YAML package of their own.
 */
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';

type Reader = YamlObjectReader;

function readValue(r: Reader): unknown {
  const literal = r.allowLiteral();
  if (literal) return 'value' in literal ? (literal as { value: unknown }).value : null;
  if (r.allowSequenceStart()) {
    const items: unknown[] = [];
    while (!r.allowSequenceEnd()) items.push(readValue(r));
    return items;
  }
  if (r.allowMappingStart()) {
    const map: Record<string, unknown> = {};
    while (!r.allowMappingEnd()) {
      const key = r.allowLiteral();
      map[String(key)] = readValue(r);
    }
    return map;
  }
  throw new Error('unexpected YAML node');
}

export function parseYaml(content: string): unknown {
  const reader = new YamlObjectReader(undefined, content);
  if (reader.errors.length > 0) throw new Error(reader.errors.map((e) => e.message).join('\n'));
  reader.validateStart();
  const value = readValue(reader);
  reader.validateEnd();
  return value;
}
