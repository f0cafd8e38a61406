/**
 * A loopback Kubernetes API server for tests (no real one can run on CI machines): the resources and verbs
 * the canary action uses, discovery for kubectl, resourceVersion/generation bookkeeping, 404/409/415/422
 * Status bodies, the three patch formats, label and field selectors, fault injection, and a scripted
 * controller (controller.ts). Stored objects are validated against the Kubernetes OpenAPI schema
 * (kubernetes-models, @kubernetes-models/gateway-api).
 *   const kube = await startFakeKube(); kube.kubeconfig(); … await kube.stop();
 */
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, PatchError, sortKeys } from './patch.ts';
import { apiVersionOf, groupList, RESOURCES, resourceList, type ResourceDef } from './resources.ts';
import { Controller, type ControllerOptions } from './controller.ts';
import { openapiV3 } from './openapi.ts';
import { applyDefaults, ServiceIPs } from './defaults.ts';
import { validateObject } from './validation.ts';
import { toTable, wantsTable } from './table.ts';
import { dropUnknownFields } from './fields.ts';
import { ApplyConflict, recordUpdate, serverSideApply } from './ssa.ts';
import { parse as parseYaml } from 'yaml';
import { describeThrown } from '@pipewright/shared/action';

/* eslint-disable @typescript-eslint/no-explicit-any -- stored objects are schemaless JSON to the tests */
export type KObj = {
  apiVersion?: string;
  kind?: string;
  metadata: Record<string, any>;
  spec?: any;
  status?: any;
  [k: string]: any;
};
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  body?: unknown;
  status: number;
  /** Date.now() when the answer was sent. */
  at: number;
}

export interface Fault {
  method?: string;
  /** Matched against the path (without query). */
  path: RegExp;
  status: number;
  /** How many matching requests fail; default 1. */
  times?: number;
  message?: string;
}

export interface FakeKubeOptions extends ControllerOptions {
  /** Validate stored objects against the OpenAPI schema (default true). */
  validate?: boolean;
  /** Run the scripted controller (default true). Oracle tests script status by hand instead. */
  controller?: boolean;
  token?: string;
}

export interface FakeKube {
  url: string;
  token: string;
  requests: RecordedRequest[];
  /** A kubeconfig (YAML) for this server. */
  kubeconfig(namespace?: string): string;
  get(plural: string, namespace: string, name: string): KObj | undefined;
  list(plural: string, namespace?: string): KObj[];
  /** Stores an object as a client would create it (validated); returns the stored copy. */
  create(obj: KObj): Promise<KObj>;
  /** Sets an object's status directly, as a controller would (bumps resourceVersion). */
  setStatus(plural: string, namespace: string, name: string, status: unknown): KObj;
  /**
   * Writes through the status subresource as a controller does (UpdateStatus): spec and labels are kept,
   * annotations and status may change, generation never moves (apps deployment strategy.go,
   * deploymentStatusStrategy.PrepareForUpdate). The deployment controller records the revision annotation so.
   */
  updateStatus(plural: string, namespace: string, name: string, fn: (o: KObj) => void): KObj;
  /** Changes an object directly (e.g. a second client's write), bumping resourceVersion and generation. */
  mutate(plural: string, namespace: string, name: string, fn: (o: KObj) => void): KObj;
  delete(plural: string, namespace: string, name: string): void;
  inject(fault: Fault): void;
  controller: Controller | undefined;
  stop(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly details: unknown;
  constructor(status: number, reason: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.details = details;
  }
}

const ROUTE =
  /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/;

export async function startFakeKube(o: FakeKubeOptions = {}): Promise<FakeKube> {
  const store = new Map<string, KObj>();
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let rv = 1000;
  // eslint-disable-next-line prefer-const
  let controller: Controller | undefined;
  const token = o.token ?? 'fake-kube-token-0123456789';
  const models = new Map<string, { new (o: unknown): { validate(): void } }>();
  if (o.validate !== false) {
    for (const r of RESOURCES) {
      const mod = (await import(r.model[0])) as Record<string, { new (o: unknown): { validate(): void } }>;
      models.set(r.plural, mod[r.model[1]] as { new (o: unknown): { validate(): void } });
    }
  }
  const key = (plural: string, ns: string, name: string) => `${plural}/${ns}/${name}`;
  const serviceIPs = new ServiceIPs();
  // Namespaces: the four a cluster starts with; the test helper create() adds its object's namespace
  // (fixtures stand for objects a cluster already has), HTTP clients create one with POST /api/v1/namespaces.
  const namespaces = new Map<string, KObj>();
  const addNamespace = (name: string) => {
    if (namespaces.has(name)) return namespaces.get(name) as KObj;
    rv++;
    const ns: KObj = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name,
        uid: randomUUID(),
        resourceVersion: String(rv),
        creationTimestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        labels: { 'kubernetes.io/metadata.name': name },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    namespaces.set(name, ns);
    return ns;
  };
  for (const n of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) addNamespace(n);
  const defOf = (plural: string) => RESOURCES.find((r) => r.plural === plural) as ResourceDef;

  const validate = (def: ResourceDef, obj: KObj) => {
    const Model = models.get(def.plural);
    if (!Model) return;
    try {
      new Model(obj).validate();
    } catch (e) {
      throw new HttpError(
        422,
        'Invalid',
        `${def.kind}.${def.group || 'core'} "${obj.metadata?.name}" is invalid: ${describeThrown(e)}`,
      );
    }
  };

  /** Writes an object: resourceVersion always, generation when anything but metadata/status changed. */
  const save = (
    def: ResourceDef,
    obj: KObj,
    prev: KObj | undefined,
    opts: { statusOnly?: boolean; dryRun?: boolean; markDeleting?: boolean } = {},
  ): KObj => {
    obj.apiVersion = apiVersionOf(def);
    obj.kind = def.kind;
    if (!opts.statusOnly) {
      applyDefaults(def.kind, obj, prev, serviceIPs);
      const causes = validateObject(def.kind, obj, prev);
      if (causes.length) {
        const qualified = `${def.kind}${def.group ? `.${def.group}` : ''}`;
        const all = causes.map((c) => `${c.field}: ${c.message}`);
        throw new HttpError(
          422,
          'Invalid',
          `${qualified} ${JSON.stringify(obj.metadata?.name ?? '')} is invalid: ${all.length === 1 ? all[0] : `[${all.join(', ')}]`}`,
          { name: obj.metadata?.name ?? '', group: def.group, kind: def.kind, causes },
        );
      }
    }
    validate(def, obj);
    if (prev && obj.metadata.managedFields === undefined && prev.metadata.managedFields)
      obj.metadata.managedFields = prev.metadata.managedFields;
    obj.metadata.resourceVersion = String(opts.dryRun ? (prev?.metadata.resourceVersion ?? '') : rv + 1);
    if (!opts.dryRun) rv++;
    if (prev) {
      obj.metadata.uid = prev.metadata.uid;
      obj.metadata.creationTimestamp = prev.metadata.creationTimestamp;
      const strip = (x: KObj) =>
        JSON.stringify(
          sortKeys({
            ...x,
            metadata: undefined,
            status: undefined,
            apiVersion: undefined,
            kind: undefined,
          }),
        );
      // apps/v1 Deployment (pkg/registry/apps/deployment/strategy.go PrepareForUpdate): a change of spec OR
      // of metadata.annotations bumps generation ("annotations are copied from deployments to their replica
      // sets"); labels do not. Other kinds here bump on spec changes only. Status writes never bump.
      const annotationsChanged =
        def.kind === 'Deployment' &&
        JSON.stringify(sortKeys(prev.metadata.annotations ?? {})) !==
          JSON.stringify(sortKeys(obj.metadata.annotations ?? {}));
      const specChanged = !opts.statusOnly && (strip(prev) !== strip(obj) || annotationsChanged);
      obj.metadata.generation = (prev.metadata.generation ?? 1) + (specChanged || opts.markDeleting ? 1 : 0);
      // deletionTimestamp is set only by DELETE and never cleared
      obj.metadata.deletionTimestamp = prev.metadata.deletionTimestamp ?? obj.metadata.deletionTimestamp;
      if (!opts.markDeleting && !prev.metadata.deletionTimestamp) delete obj.metadata.deletionTimestamp;
      if (obj.metadata.deletionTimestamp === undefined) delete obj.metadata.deletionTimestamp;
      if (prev.metadata.deletionGracePeriodSeconds !== undefined)
        obj.metadata.deletionGracePeriodSeconds = prev.metadata.deletionGracePeriodSeconds;
    } else {
      obj.metadata.uid = randomUUID();
      obj.metadata.creationTimestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      obj.metadata.generation = 1;
    }
    // dryRun=All: admitted, defaulted and validated, then not persisted (API concepts, "Dry-run").
    if (opts.dryRun) return structuredClone(obj);
    // an object being deleted whose last finalizer went away is deleted now (store.go Update →
    // ShouldDeleteDuringUpdate)
    if (prev?.metadata.deletionTimestamp && !obj.metadata.finalizers?.length) {
      store.set(key(def.plural, obj.metadata.namespace, obj.metadata.name), obj);
      remove(def.plural, obj.metadata.namespace, obj.metadata.name);
      return structuredClone(obj);
    }
    store.set(key(def.plural, obj.metadata.namespace, obj.metadata.name), obj);
    notify(prev ? 'MODIFIED' : 'ADDED', obj);
    controller?.kick();
    return structuredClone(obj);
  };

  const remove = (plural: string, ns: string, name: string) => {
    const gone = store.get(key(plural, ns, name));
    store.delete(key(plural, ns, name));
    rv++;
    if (gone) notify('DELETED', { ...gone, metadata: { ...gone.metadata, resourceVersion: String(rv) } });
    controller?.kick();
  };

  /** Watch streams (NDJSON events), as kubectl's informers open them. */
  const watchers = new Set<{
    kind: string;
    ns: string;
    labels: Req[];
    fields: Req[];
    res: http.ServerResponse;
    /** Accept asked for Tables: each event carries a one-row Table (as `kubectl get -w` reads them). */
    table?: { includeObject: string | null };
  }>();
  const eventLine = (type: string, obj: KObj, table: { includeObject: string | null } | undefined): string =>
    `${JSON.stringify({
      type,
      object:
        table && type !== 'ERROR'
          ? toTable(obj.kind as string, [obj], obj.metadata.resourceVersion, table.includeObject)
          : obj,
    })}\n`;
  /** Every event since the server started (the fake's "watch cache"): a watch can resume from any of them. */
  const history: { rv: number; type: string; obj: KObj }[] = [];
  const historyStart = rv;
  const notify = (type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: KObj) => {
    history.push({ rv: Number(obj.metadata.resourceVersion), type, obj: structuredClone(obj) });
    for (const w of watchers) {
      if (w.kind !== obj.kind || w.ns !== obj.metadata.namespace) continue;
      if (!matches(obj.metadata.labels ?? {}, w.labels) || !fieldsMatch(obj, w.fields)) continue;
      w.res.write(eventLine(type, obj, w.table));
    }
  };

  const createSync = (obj: KObj): KObj => {
    const plural = RESOURCES.find((r) => r.kind === obj.kind)?.plural;
    if (!plural) throw new Error(`fake kube: unknown kind ${obj.kind}`);
    if (store.has(key(plural, obj.metadata.namespace, obj.metadata.name)))
      throw new Error(`fake kube: ${plural} ${obj.metadata.name} exists`);
    addNamespace(obj.metadata.namespace);
    return save(defOf(plural), structuredClone(obj), undefined);
  };

  const list = (plural: string, ns?: string) =>
    [...store.values()]
      .filter((x) => x.kind === defOf(plural).kind && (ns === undefined || x.metadata.namespace === ns))
      .map((x) => structuredClone(x));

  const api: FakeKube = {
    url: '',
    token,
    requests,
    kubeconfig: (namespace = 'default') =>
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: fake',
        'clusters:',
        '  - name: fake',
        '    cluster:',
        `      server: ${api.url}`,
        'contexts:',
        '  - name: fake',
        '    context:',
        '      cluster: fake',
        '      user: ci',
        `      namespace: ${namespace}`,
        'users:',
        '  - name: ci',
        '    user:',
        `      token: ${token}`,
        '',
      ].join('\n'),
    get: (plural, ns, name) => {
      const x = store.get(key(plural, ns, name));
      return x && structuredClone(x);
    },
    list,
    create: async (obj) => createSync(obj),
    setStatus: (plural, ns, name, status) => {
      const cur = store.get(key(plural, ns, name));
      if (!cur) throw new Error(`fake kube: no ${plural} ${ns}/${name}`);
      return save(defOf(plural), { ...structuredClone(cur), status }, cur, { statusOnly: true });
    },
    updateStatus: (plural, ns, name, fn) => {
      const cur = store.get(key(plural, ns, name));
      if (!cur) throw new Error(`fake kube: no ${plural} ${ns}/${name}`);
      const next = structuredClone(cur);
      fn(next);
      next.spec = structuredClone(cur.spec);
      next.metadata.labels = structuredClone(cur.metadata.labels);
      if (next.metadata.labels === undefined) delete next.metadata.labels;
      return save(defOf(plural), next, cur, { statusOnly: true });
    },
    mutate: (plural, ns, name, fn) => {
      const cur = store.get(key(plural, ns, name));
      if (!cur) throw new Error(`fake kube: no ${plural} ${ns}/${name}`);
      const next = structuredClone(cur);
      fn(next);
      return save(defOf(plural), next, cur);
    },
    delete: (plural, ns, name) => remove(plural, ns, name),
    inject: (f) => faults.push({ ...f, times: f.times ?? 1 }),
    controller: undefined,
    stop: async () => {
      controller?.stop();
      const closed = new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await closed;
    },
  };

  const status = (code: number, reason: string, message: string, details?: unknown) => ({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: code < 400 ? 'Success' : 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });

  const handle = (
    method: string,
    url: URL,
    contentType: string | undefined,
    body: unknown,
    userAgent = '',
    accept = '',
    warnings: string[] = [],
  ): [number, unknown] => {
    // no fieldManager: the API server names the manager after the User-Agent's first segment
    const userAgentManager = userAgent.split('/')[0] || 'unknown';
    const p = url.pathname;
    if (method === 'GET') {
      if (p === '/version')
        return [
          200,
          { major: '1', minor: '32', gitVersion: 'v1.32.0-pipewright-fake', platform: 'linux/amd64' },
        ];
      if (p === '/api')
        return [
          200,
          {
            kind: 'APIVersions',
            versions: ['v1'],
            serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: url.host }],
          },
        ];
      if (p === '/apis') return [200, groupList()];
      if (p.startsWith('/openapi/v3')) {
        const doc = openapiV3(p);
        if (doc) return [200, doc];
      }
      const d = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(p);
      if (d) {
        const rl = d[1] ? resourceList('', 'v1') : resourceList(d[2] as string, d[3] as string);
        if (rl && d[1])
          (rl.resources as object[]).push({
            name: 'namespaces',
            singularName: 'namespace',
            namespaced: false,
            kind: 'Namespace',
            verbs: ['create', 'get', 'list'],
            shortNames: ['ns'],
          });
        if (rl) return [200, rl];
      }
    }
    const nsPath = /^\/api\/v1\/namespaces(?:\/([^/]+))?$/.exec(p);
    if (nsPath) {
      const nsName = nsPath[1];
      if (method === 'GET' && !nsName)
        return [
          200,
          {
            kind: 'NamespaceList',
            apiVersion: 'v1',
            metadata: { resourceVersion: String(rv) },
            items: [...namespaces.values()].map((x) => structuredClone(x)),
          },
        ];
      if (method === 'GET' && nsName) {
        const found = namespaces.get(nsName);
        if (!found)
          throw new HttpError(404, 'NotFound', `namespaces "${nsName}" not found`, {
            name: nsName,
            kind: 'namespaces',
          });
        return [200, structuredClone(found)];
      }
      if (method === 'POST' && !nsName) {
        const name = String((body as KObj)?.metadata?.name ?? '');
        if (namespaces.has(name))
          throw new HttpError(409, 'AlreadyExists', `namespaces "${name}" already exists`, {
            name,
            kind: 'namespaces',
          });
        const causes = validateObject('Namespace', body, undefined);
        if (causes.length)
          throw new HttpError(
            422,
            'Invalid',
            `Namespace ${JSON.stringify(name)} is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
            { name, kind: 'Namespace', causes },
          );
        return [201, structuredClone(addNamespace(name))];
      }
      throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed on namespaces here`);
    }
    const m = ROUTE.exec(p);
    if (!m)
      throw new HttpError(
        404,
        'NotFound',
        `the server could not find the requested resource (${method} ${p})`,
      );
    const [, coreV, group = '', gv, ns, plural, name, sub] = m as unknown as string[];
    const version = coreV ?? gv;
    const def = RESOURCES.find(
      (r) => r.plural === plural && r.group === (coreV ? '' : group) && r.version === version,
    );
    if (!def)
      throw new HttpError(404, 'NotFound', `the server could not find the requested resource (${plural})`);
    const ident = `${def.plural}${def.group ? `.${def.group}` : ''} "${name}"`;
    // dryRun comes as a query parameter, or for DELETE inside the DeleteOptions body
    const dryRunParam = [
      ...url.searchParams.getAll('dryRun'),
      ...(method === 'DELETE' && Array.isArray((body as { dryRun?: unknown })?.dryRun)
        ? ((body as { dryRun: string[] }).dryRun ?? [])
        : []),
    ];
    if (dryRunParam.some((d) => d !== 'All'))
      throw new HttpError(
        400,
        'BadRequest',
        `Invalid dry run value: ${JSON.stringify(dryRunParam.find((d) => d !== 'All'))}. Valid values are: All`,
      );
    const dryRun = dryRunParam.length > 0;
    const manager = url.searchParams.get('fieldManager') || userAgentManager;
    const apiVersion = apiVersionOf(def);
    const ct = (contentType ?? '').split(';')[0]?.trim();
    const isApply = method === 'PATCH' && ct === 'application/apply-patch+yaml';
    // fieldValidation (API concepts, "Field validation"): Strict → 400 for unknown fields, Warn (the
    // default) → a Warning header each, Ignore → nothing; the fields are dropped in every case.
    const fieldValidation = url.searchParams.get('fieldValidation') || 'Warn';
    const checkFields = (o: KObj) => {
      if (def.custom || !o || typeof o !== 'object') return;
      const unknown = dropUnknownFields(def.kind, o);
      if (!unknown.length) return;
      const list = unknown.map((f) => `unknown field ${JSON.stringify(f)}`);
      if (fieldValidation === 'Strict')
        throw new HttpError(
          400,
          'BadRequest',
          `${def.kind} in version ${JSON.stringify(def.version)} cannot be handled as a ${def.kind}: strict decoding error: ${list.join(', ')}`,
        );
      if (fieldValidation === 'Warn') warnings.push(...list);
    };
    if (isApply && !url.searchParams.get('fieldManager'))
      throw new HttpError(
        422,
        'Invalid',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      );
    if (!name) {
      if (method === 'GET') {
        const labelSel = parseSelector(url.searchParams.get('labelSelector') ?? '');
        const fieldSel = parseSelector(url.searchParams.get('fieldSelector') ?? '');
        const items = list(def.plural, ns).filter(
          (x) => matches(x.metadata.labels ?? {}, labelSel) && fieldsMatch(x, fieldSel),
        );
        if (wantsTable(accept))
          return [200, toTable(def.kind, items, String(rv), url.searchParams.get('includeObject'))];
        return [
          200,
          {
            kind: `${def.kind}List`,
            apiVersion: apiVersionOf(def),
            metadata: { resourceVersion: String(rv) },
            items,
          },
        ];
      }
      if (method === 'POST') {
        const obj = structuredClone(body as KObj);
        // admission (NamespaceLifecycle): no creating into a namespace that does not exist
        if (!namespaces.has(ns as string))
          throw new HttpError(404, 'NotFound', `namespaces "${ns}" not found`, {
            name: ns,
            kind: 'namespaces',
          });
        // metadata.generateName: the prefix plus five random characters (apiserver storage/names
        // SimpleNameGenerator, utilrand's alphabet), when no name is given
        if (!obj?.metadata?.name && obj?.metadata?.generateName)
          obj.metadata.name = `${String(obj.metadata.generateName).slice(0, 58)}${randomSuffix(5)}`;
        if (!obj?.metadata?.name) {
          const causes = [
            {
              reason: 'FieldValueRequired',
              message: 'Required value: name or generateName is required',
              field: 'metadata.name',
            },
          ];
          throw new HttpError(
            422,
            'Invalid',
            `${def.kind}${def.group ? `.${def.group}` : ''} "" is invalid: metadata.name: Required value: name or generateName is required`,
            { name: '', group: def.group, kind: def.kind, causes },
          );
        }
        if (obj.metadata.namespace && obj.metadata.namespace !== ns)
          throw new HttpError(
            400,
            'BadRequest',
            'the namespace of the provided object does not match the namespace sent on the request',
          );
        if (store.has(key(def.plural, ns as string, obj.metadata.name)))
          throw new HttpError(
            409,
            'AlreadyExists',
            `${def.plural}${def.group ? `.${def.group}` : ''} "${obj.metadata.name}" already exists`,
          );
        checkFields(obj);
        const fresh = structuredClone(obj);
        fresh.metadata = { ...fresh.metadata, namespace: ns };
        delete fresh.metadata.resourceVersion;
        if (def.kind !== 'Pod') delete fresh.status;
        delete fresh.metadata.managedFields;
        recordUpdate(undefined, fresh, manager, apiVersion);
        return [201, save(def, fresh, undefined, { dryRun })];
      }
      throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed on a collection here`);
    }
    const cur = store.get(key(def.plural, ns as string, name));
    if (!cur && isApply && !sub) {
      if (!namespaces.has(ns as string))
        throw new HttpError(404, 'NotFound', `namespaces "${ns}" not found`, {
          name: ns,
          kind: 'namespaces',
        });
      // server-side apply creates what does not exist yet
      const config = body as KObj;
      if (config?.metadata?.name !== undefined && config.metadata.name !== name)
        throw new HttpError(400, 'BadRequest', 'the name of the object does not match the name on the URL');
      const cfg = structuredClone(config);
      checkFields(cfg);
      const fresh = serverSideApply(undefined, cfg, manager, false, apiVersion) as KObj;
      fresh.metadata = { ...fresh.metadata, name, namespace: ns };
      if (def.kind !== 'Pod') delete fresh.status;
      return [201, save(def, fresh, undefined, { dryRun })];
    }
    if (!cur) throw new HttpError(404, 'NotFound', `${ident} not found`);
    if (sub === 'scale' && def.subresources?.includes('scale'))
      return handleScale(method, def, cur, contentType, body, dryRun);
    if (sub === 'log' && def.kind === 'Pod') return [200, 'fake log\n'];
    if (sub && sub !== 'status') throw new HttpError(404, 'NotFound', `${ident}/${sub} not found`);
    const statusOnly = sub === 'status';
    switch (method) {
      case 'GET':
        if (wantsTable(accept))
          return [
            200,
            toTable(
              def.kind,
              [structuredClone(cur)],
              cur.metadata.resourceVersion,
              url.searchParams.get('includeObject'),
            ),
          ];
        return [200, structuredClone(cur)];
      case 'DELETE': {
        // finalizers: the object stays, marked with deletionTimestamp (and, for a kind without graceful
        // deletion, generation+1: apiserver registry/generic/registry/store.go markAsDeleting) until an
        // update removes the last finalizer; the answer is the object, not a Status.
        if (cur.metadata.finalizers?.length) {
          if (cur.metadata.deletionTimestamp) return [200, structuredClone(cur)];
          const marked = structuredClone(cur);
          marked.metadata.deletionTimestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
          marked.metadata.deletionGracePeriodSeconds = 0;
          return [200, save(def, marked, cur, { statusOnly: true, dryRun, markDeleting: true })];
        }
        if (!dryRun) remove(def.plural, ns as string, name);
        return [200, status(200, '', `${ident} deleted`, { name, kind: def.plural })];
      }
      case 'PUT': {
        const obj = structuredClone(body as KObj);
        checkFields(obj);
        const want = obj?.metadata?.resourceVersion;
        if (want === undefined || want === '')
          throw new HttpError(
            422,
            'Invalid',
            `${def.kind}.${def.group || 'core'} "${name}" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update`,
          );
        if (want !== cur.metadata.resourceVersion)
          throw new HttpError(
            409,
            'Conflict',
            `Operation cannot be fulfilled on ${ident}: the object has been modified; please apply your changes to the latest version and try again`,
          );
        if (obj.metadata.name !== name)
          throw new HttpError(400, 'BadRequest', 'the name of the object does not match the name on the URL');
        obj.metadata = { ...obj.metadata, namespace: ns };
        if (statusOnly)
          return [
            200,
            save(def, { ...structuredClone(cur), status: obj.status }, cur, { statusOnly: true, dryRun }),
          ];
        obj.status = cur.status;
        obj.metadata.managedFields = cur.metadata.managedFields;
        recordUpdate(cur, obj, manager, apiVersion);
        return [200, save(def, obj, cur, { dryRun })];
      }
      case 'PATCH': {
        let next: KObj;
        if (isApply) {
          const cfg = structuredClone(body as KObj);
          checkFields(cfg);
          try {
            next = serverSideApply(
              cur,
              cfg,
              manager,
              ['true', '1'].includes(url.searchParams.get('force') ?? ''),
              apiVersion,
            ) as KObj;
          } catch (e) {
            if (e instanceof ApplyConflict)
              throw new HttpError(409, 'Conflict', e.message, { causes: e.causes });
            throw e;
          }
        } else {
          next = applyPatch(def, cur, contentType, body);
          checkFields(next);
          recordUpdate(cur, next, manager, apiVersion);
        }
        if (next.metadata?.resourceVersion && next.metadata.resourceVersion !== cur.metadata.resourceVersion)
          throw new HttpError(
            409,
            'Conflict',
            `Operation cannot be fulfilled on ${ident}: the object has been modified; please apply your changes to the latest version and try again`,
          );
        next.metadata = { ...next.metadata, name, namespace: ns };
        if (statusOnly)
          return [
            200,
            save(def, { ...structuredClone(cur), status: next.status }, cur, { statusOnly: true, dryRun }),
          ];
        next.status = cur.status;
        return [200, save(def, next, cur, { dryRun })];
      }
    }
    throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed`);
  };

  const applyPatch = (def: ResourceDef, cur: KObj, contentType: string | undefined, body: unknown): KObj => {
    const ct = (contentType ?? '').split(';')[0]?.trim();
    try {
      if (ct === 'application/json-patch+json') return applyJsonPatch(cur as never, body) as unknown as KObj;
      if (ct === 'application/merge-patch+json')
        return applyMergePatch(cur as never, body as never) as unknown as KObj;
      if (ct === 'application/strategic-merge-patch+json') {
        if (def.custom)
          throw new HttpError(
            415,
            'UnsupportedMediaType',
            'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
          );
        return applyStrategicMergePatch(cur as never, body as never) as unknown as KObj;
      }
    } catch (e) {
      if (e instanceof PatchError)
        throw new HttpError(e.status, e.status === 400 ? 'BadRequest' : 'Invalid', e.message);
      throw e;
    }
    throw new HttpError(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json${def.custom ? '' : ', application/strategic-merge-patch+json'}, application/apply-patch+yaml`,
    );
  };

  const handleScale = (
    method: string,
    def: ResourceDef,
    cur: KObj,
    contentType: string | undefined,
    body: unknown,
    dryRun: boolean,
  ): [number, unknown] => {
    const scaleOf = (o: KObj) => ({
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: o.metadata.name,
        namespace: o.metadata.namespace,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        creationTimestamp: o.metadata.creationTimestamp,
      },
      spec: { replicas: o.spec?.replicas ?? 1 },
      status: {
        replicas: o.status?.replicas ?? 0,
        selector: Object.entries(o.spec?.selector?.matchLabels ?? {})
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(','),
      },
    });
    if (method === 'GET') return [200, scaleOf(cur)];
    let scale = scaleOf(cur) as KObj;
    if (method === 'PUT') {
      const b = body as KObj;
      if (b?.metadata?.resourceVersion && b.metadata.resourceVersion !== cur.metadata.resourceVersion)
        throw new HttpError(
          409,
          'Conflict',
          `Operation cannot be fulfilled on ${def.plural}.${def.group} "${cur.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
        );
      scale = b;
    } else if (method === 'PATCH') {
      scale = applyPatch({ ...def, custom: false }, scale, contentType, body);
    } else throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed on scale`);
    const replicas = scale.spec?.replicas;
    if (!Number.isInteger(replicas) || replicas < 0)
      throw new HttpError(
        422,
        'Invalid',
        `Scale.autoscaling "${cur.metadata.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
      );
    const next = structuredClone(cur);
    next.spec.replicas = replicas;
    return [200, scaleOf(save(def, next, cur, { dryRun }))];
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const method = req.method ?? 'GET';
      const contentType = req.headers['content-type'];
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const warnings: string[] = [];
      const send = (code: number, payload: unknown) => {
        requests.push({
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          ...(contentType ? { contentType } : {}),
          ...(body !== undefined ? { body } : {}),
          status: code,
          at: Date.now(),
        });
        const out = typeof payload === 'string' ? payload : JSON.stringify(payload);
        res.writeHead(code, {
          'Content-Type': typeof payload === 'string' ? 'text/plain' : 'application/json',
          // RFC 7234 warn-code 299, as the API server sends warnings (kubectl prints "Warning: <text>")
          ...(warnings.length ? { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`) } : {}),
        });
        res.end(out);
      };
      try {
        if (text && (contentType ?? '').startsWith('application/vnd.kubernetes.protobuf'))
          // the real server also speaks protobuf (what kubectl's typed clients send, e.g. `kubectl create
          // namespace`); this fake only JSON and YAML
          throw new HttpError(
            415,
            'UnsupportedMediaType',
            `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`,
          );
        if (text) {
          try {
            body = JSON.parse(text);
          } catch {
            // an apply configuration may be YAML (application/apply-patch+yaml); JSON is YAML too
            if ((contentType ?? '').startsWith('application/apply-patch+yaml')) {
              try {
                body = parseYaml(text);
              } catch (e) {
                throw new HttpError(400, 'BadRequest', `error decoding YAML: ${describeThrown(e)}`);
              }
            } else throw new HttpError(400, 'BadRequest', 'the request body is not valid JSON');
          }
        }
        // kubectl sends no credentials over plain http; a wrong one is refused, none is anonymous access.
        if (req.headers.authorization !== undefined && req.headers.authorization !== `Bearer ${token}`)
          throw new HttpError(401, 'Unauthorized', 'Unauthorized');
        const fault = faults.find(
          (f) => (f.times ?? 0) > 0 && (!f.method || f.method === method) && f.path.test(url.pathname),
        );
        if (fault) {
          fault.times = (fault.times ?? 1) - 1;
          throw new HttpError(
            fault.status,
            fault.status === 409 ? 'Conflict' : fault.status >= 500 ? 'InternalError' : 'Injected',
            fault.message ?? `injected fault ${fault.status}`,
          );
        }
        const w = ROUTE.exec(url.pathname);
        if (method === 'GET' && w && !w[6] && ['true', '1'].includes(url.searchParams.get('watch') ?? '')) {
          const def = RESOURCES.find((r) => r.plural === w[5]);
          if (!def) throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
          requests.push({
            method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            status: 200,
            at: Date.now(),
          });
          res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
          res.flushHeaders();
          // https://kubernetes.io/docs/reference/using-api/api-concepts/#semantics-for-watch : no
          // resourceVersion (or "0") starts with a synthetic ADDED per existing object; a resourceVersion
          // replays what changed after it; one older than the watch cache holds is a 200 stream with a
          // single ERROR event, Status 410 Expired "too old resource version: <asked> (<oldest>)"
          // (apiserver storage/cacher: watchCache.getAllEventsSince → newErrWatcher).
          const from = url.searchParams.get('resourceVersion') ?? '';
          const table = wantsTable(req.headers.accept)
            ? { includeObject: url.searchParams.get('includeObject') }
            : undefined;
          const want = (o: KObj) =>
            o.kind === def.kind &&
            o.metadata.namespace === w[4] &&
            matches(o.metadata.labels ?? {}, parseSelector(url.searchParams.get('labelSelector') ?? '')) &&
            fieldsMatch(o, parseSelector(url.searchParams.get('fieldSelector') ?? ''));
          if (from === '' || from === '0') {
            for (const o of list(def.plural, w[4] as string).filter(want))
              res.write(eventLine('ADDED', o, table));
          } else {
            const asked = Number(from);
            if (!Number.isInteger(asked) || asked < historyStart) {
              res.end(
                `${JSON.stringify({
                  type: 'ERROR',
                  object: status(410, 'Expired', `too old resource version: ${from} (${historyStart})`),
                })}\n`,
              );
              return;
            }
            for (const e of history)
              if (e.rv > asked && want(e.obj)) res.write(eventLine(e.type, e.obj, table));
          }
          const watcher = {
            kind: def.kind,
            ns: w[4] as string,
            labels: parseSelector(url.searchParams.get('labelSelector') ?? ''),
            fields: parseSelector(url.searchParams.get('fieldSelector') ?? ''),
            res,
            table,
          };
          watchers.add(watcher);
          const timeout = Number(url.searchParams.get('timeoutSeconds') ?? 0);
          const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
          res.on('close', () => {
            watchers.delete(watcher);
            if (timer) clearTimeout(timer);
          });
          return;
        }
        const [code, payload] = handle(
          method,
          url,
          contentType,
          body,
          req.headers['user-agent'],
          req.headers.accept,
          warnings,
        );
        send(code, payload);
      } catch (e) {
        if (e instanceof HttpError) send(e.status, status(e.status, e.reason, e.message, e.details));
        else send(500, status(500, 'InternalError', describeThrown(e)));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  controller = o.controller === false ? undefined : new Controller({ ...api, createSync }, o);
  api.controller = controller;
  return api;
}

type Req = { key: string; op: '=' | '!='; value: string } | { key: string; op: 'exists' | '!exists' };
function randomSuffix(n: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function parseSelector(text: string): Req[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): Req => {
      const ne = /^([^!=]+)!=(.*)$/.exec(s);
      if (ne) return { key: (ne[1] as string).trim(), op: '!=', value: (ne[2] as string).trim() };
      const eq = /^([^=]+)==?(.*)$/.exec(s);
      if (eq) return { key: (eq[1] as string).trim(), op: '=', value: (eq[2] as string).trim() };
      if (s.startsWith('!')) return { key: s.slice(1), op: '!exists' };
      return { key: s, op: 'exists' };
    });
}
export function matches(labels: Record<string, string>, reqs: Req[]): boolean {
  return reqs.every((r) => {
    const v = labels[r.key];
    if (r.op === 'exists') return v !== undefined;
    if (r.op === '!exists') return v === undefined;
    const want = (r as { value: string }).value;
    return r.op === '=' ? v === want : v !== want;
  });
}
function fieldsMatch(obj: KObj, reqs: Req[]): boolean {
  const flat: Record<string, string> = {
    'metadata.name': obj.metadata.name,
    'metadata.namespace': obj.metadata.namespace,
    ...(obj.involvedObject
      ? { 'involvedObject.name': obj.involvedObject.name, 'involvedObject.kind': obj.involvedObject.kind }
      : {}),
    ...(obj.status?.phase ? { 'status.phase': obj.status.phase } : {}),
  };
  return matches(flat, reqs);
}
