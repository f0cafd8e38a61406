/** POST /graphql of the fake GitHub: the `minimizeComment` mutation (the only way to hide a comment). */
import {
  GraphqlError,
  parseGraphql,
  resolveValue,
  select,
  type GqlField,
  type GqlOperation,
} from './graphql.ts';
import type { FakeState } from './state.ts';
import { describeThrown } from '@pipewright/shared/action';

/** GitHub's ReportedContentClassifiers enum. */
export const CLASSIFIERS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'] as const;

const INPUT_FIELDS = new Set(['subjectId', 'classifier', 'clientMutationId']);

interface GqlErrorJson {
  message: string;
  type?: string;
  path?: string[];
}

export interface GraphqlResult {
  body: { data?: Record<string, unknown> | null; errors?: GqlErrorJson[] };
  /** Set when the document itself is wrong (the request goes to `rejected`). */
  problem?: string;
}

function pickOperation(ops: GqlOperation[], name: unknown): GqlOperation {
  if (typeof name === 'string' && name) {
    const op = ops.find((o) => o.name === name);
    if (!op) throw new GraphqlError(`No operation named "${name}"`);
    return op;
  }
  if (ops.length > 1) throw new GraphqlError('An operation name is required when the document has several');
  return ops[0] as GqlOperation;
}

function minimizeComment(
  s: FakeState,
  f: GqlField,
  variables: Record<string, unknown>,
  declared: Map<string, string>,
): unknown {
  const unknownArg = Object.keys(f.args).find((a) => a !== 'input');
  if (unknownArg) throw new GraphqlError(`Field 'minimizeComment' doesn't accept argument '${unknownArg}'`);
  if (!f.args.input) throw new GraphqlError("Field 'minimizeComment' is missing required arguments: input");
  const input = resolveValue(f.args.input, variables, declared) as Record<string, unknown> | null;
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new GraphqlError(
      "Argument 'input' on Field 'minimizeComment' has an invalid value. Expected type 'MinimizeCommentInput!'.",
    );
  for (const k of Object.keys(input))
    if (!INPUT_FIELDS.has(k))
      throw new GraphqlError(`InputObject 'MinimizeCommentInput' doesn't accept argument '${k}'`);
  const subjectId = input.subjectId;
  if (typeof subjectId !== 'string')
    throw new GraphqlError(
      "Argument 'subjectId' on InputObject 'MinimizeCommentInput' is required. Expected type ID!",
    );
  // In the query text an enum is a bare name (OUTDATED, not "OUTDATED"); through variables it is a JSON string.
  const raw = input.classifier as unknown;
  const node = f.args.input.kind === 'object' ? f.args.input.fields.classifier : undefined;
  const stringAllowed = f.args.input.kind === 'variable' || node?.kind === 'variable';
  const literal = (raw as { enumLiteral?: string } | null)?.enumLiteral;
  const classifier = literal ?? (stringAllowed ? raw : undefined);
  if (typeof classifier !== 'string' || !(CLASSIFIERS as readonly string[]).includes(classifier))
    throw new GraphqlError(
      `Argument 'classifier' on InputObject 'MinimizeCommentInput' has an invalid value (${JSON.stringify(
        literal ?? raw,
      )}). Expected type 'ReportedContentClassifiers!'.`,
    );
  const c = s.findCommentByNodeId(subjectId);
  if (!c)
    throw new GraphqlError(`Could not resolve to a node with the global id of '${subjectId}'`, 'NOT_FOUND');
  const reason = classifier.toLowerCase().replace(/_/g, '-');
  // GitHub validates the whole document before it runs anything: shape the answer first, then minimize.
  const answer = select(
    'MinimizeCommentPayload',
    {
      clientMutationId: (input.clientMutationId as string | undefined) ?? null,
      minimizedComment: {
        __typename: 'IssueComment',
        id: c.node_id,
        isMinimized: true,
        minimizedReason: reason,
        viewerCanMinimize: true,
      },
    },
    f.selections,
  );
  c.minimized = true;
  c.minimizedReason = reason;
  return answer;
}

export function executeGraphql(
  s: FakeState,
  req: { query: string; variables?: Record<string, unknown> | null; operationName?: unknown },
  readOnly: boolean,
): GraphqlResult {
  let op: GqlOperation;
  try {
    op = pickOperation(parseGraphql(req.query), req.operationName);
  } catch (e) {
    const message = describeThrown(e);
    return { body: { errors: [{ message }] }, problem: `graphql: ${message}` };
  }
  const variables = req.variables ?? {};
  const declared = new Map(op.variables.map((v) => [v.name, v.type]));
  for (const [name, type] of declared) {
    if (type.endsWith('!') && (variables[name] === undefined || variables[name] === null)) {
      const message = `Variable $${name} of type ${type} was provided invalid value`;
      return { body: { errors: [{ message }] }, problem: `graphql: ${message}` };
    }
  }
  const data: Record<string, unknown> = {};
  const errors: GqlErrorJson[] = [];
  let problem: string | undefined;
  for (const f of op.selections) {
    try {
      const root = op.type === 'mutation' ? 'Mutation' : 'Query';
      if (f.name === '__typename') {
        data[f.alias] = root;
        continue;
      }
      if (op.type !== 'mutation' || f.name !== 'minimizeComment')
        throw new GraphqlError(
          `Field '${f.name}' doesn't exist on type '${root}' (the fake GitHub implements only Mutation.minimizeComment)`,
        );
      if (readOnly) {
        data[f.alias] = null;
        errors.push({
          type: 'FORBIDDEN',
          path: [f.alias],
          message: 'Resource not accessible by integration',
        });
        continue;
      }
      data[f.alias] = minimizeComment(s, f, variables, declared);
    } catch (e) {
      const err = e as GraphqlError;
      data[f.alias] = null;
      errors.push({ ...(err.type ? { type: err.type } : {}), path: [f.alias], message: err.message });
      if (err.type !== 'NOT_FOUND') problem ??= `graphql: ${err.message}`;
    }
  }
  return { body: errors.length ? { data, errors } : { data }, ...(problem ? { problem } : {}) };
}
