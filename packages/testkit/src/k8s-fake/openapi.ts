/**
 * The OpenAPI v3 documents the fake serves (/openapi/v3 and /openapi/v3/<api|apis/group>/<version>), shaped
 * as the API server publishes them: a discovery index of serverRelativeURLs, and per group-version the paths
 * with their operations, each tagged `x-kubernetes-group-version-kind`, with the query parameters the server
 * honours (dryRun, fieldManager, fieldValidation, force).
 *
 * What kubectl reads from them (cli-runtime resource/query_param_verifier_v3.go): whether the PATCH operation
 * of a kind lists the `fieldValidation` parameter — then it leaves validation to the server and sends
 * `fieldValidation=Strict|Warn|Ignore`. Known gap: no component schemas are published (the fake has no copy of
 * the Kubernetes schemas with their x-kubernetes-patch-merge-key extensions), so the PATCH operations do not
 * advertise application/strategic-merge-patch+json and `kubectl apply` computes its strategic patch from its
 * compiled-in types (apply/patcher.go falls back to strategicpatch.NewPatchMetaFromStruct) — the same merge
 * keys, taken from the same Go struct tags the server's schemas are generated from.
 */
import { createHash } from 'node:crypto';
import { apiVersionOf, RESOURCES, type ResourceDef } from './resources.ts';

const gvPath = (r: Pick<ResourceDef, 'group' | 'version'>) =>
  r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`;

const param = (name: string, description: string) => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string', uniqueItems: true },
});
const WRITE_PARAMS = [
  param('dryRun', 'When present, indicates that modifications should not be persisted.'),
  param(
    'fieldManager',
    'fieldManager is a name associated with the actor or entity that is making these changes.',
  ),
  param('fieldValidation', 'Ignore, Warn or Strict: how the server handles unknown or duplicate fields.'),
];

function gvDocument(group: string, version: string) {
  const defs = RESOURCES.filter((r) => r.group === group && r.version === version);
  const paths: Record<string, unknown> = {};
  for (const r of defs) {
    const gvk = { group: r.group, version: r.version, kind: r.kind };
    const op = (action: string, extra: Record<string, unknown> = {}) => ({
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
      responses: { '200': { description: 'OK' } },
      ...extra,
    });
    const base = `/${gvPath(r)}/namespaces/{namespace}/${r.plural}`;
    paths[base] = {
      get: op('list', { parameters: [param('labelSelector', ''), param('watch', '')] }),
      post: op('post', { parameters: WRITE_PARAMS }),
      parameters: [{ name: 'namespace', in: 'path', required: true, schema: { type: 'string' } }],
    };
    const patchTypes = [
      'application/apply-patch+yaml',
      'application/json-patch+json',
      'application/merge-patch+json',
    ];
    paths[`${base}/{name}`] = {
      get: op('get'),
      put: op('put', { parameters: WRITE_PARAMS }),
      patch: op('patch', {
        parameters: [...WRITE_PARAMS, param('force', 'Force is going to "force" Apply requests.')],
        requestBody: {
          content: Object.fromEntries(patchTypes.map((t) => [t, { schema: { type: 'object' } }])),
        },
      }),
      delete: op('delete', { parameters: [param('dryRun', '')] }),
      parameters: [
        { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'namespace', in: 'path', required: true, schema: { type: 'string' } },
      ],
    };
  }
  if (!group && version === 'v1') {
    // the cluster-scoped namespaces the server keeps (create/get/list; no PATCH handler in the fake)
    const gvk = { group: '', version: 'v1', kind: 'Namespace' };
    paths['/api/v1/namespaces'] = {
      post: {
        'x-kubernetes-action': 'post',
        'x-kubernetes-group-version-kind': gvk,
        parameters: WRITE_PARAMS,
      },
    };
    paths['/api/v1/namespaces/{name}'] = {
      get: { 'x-kubernetes-action': 'get', 'x-kubernetes-group-version-kind': gvk },
      patch: {
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': gvk,
        parameters: WRITE_PARAMS,
        requestBody: { content: { 'application/merge-patch+json': { schema: { type: 'object' } } } },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0-pipewright-fake' },
    paths,
    components: { schemas: {} },
  };
}

const hashOf = (doc: unknown) =>
  createHash('sha512').update(JSON.stringify(doc)).digest('hex').slice(0, 128).toUpperCase();

/** GET /openapi/v3 and /openapi/v3/<gv>: the answer, or undefined for a path that is not one of them. */
export function openapiV3(pathname: string): unknown {
  const gvs = [...new Map(RESOURCES.map((r) => [apiVersionOf(r), r])).values()];
  if (pathname === '/openapi/v3')
    return {
      paths: Object.fromEntries(
        gvs.map((r) => [
          gvPath(r),
          { serverRelativeURL: `/openapi/v3/${gvPath(r)}?hash=${hashOf(gvDocument(r.group, r.version))}` },
        ]),
      ),
    };
  const r = gvs.find((x) => pathname === `/openapi/v3/${gvPath(x)}`);
  return r && gvDocument(r.group, r.version);
}
