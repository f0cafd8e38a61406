/** Objects tests seed the fake with: a stable Deployment, its Service, an HTTPRoute, an Ingress. */
import type { KObj } from './server.ts';

export function deployment(
  name: string,
  o: { namespace?: string; image?: string; replicas?: number; progressDeadlineSeconds?: number } = {},
): KObj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: o.namespace ?? 'default', labels: { app: name } },
    spec: {
      replicas: o.replicas ?? 4,
      selector: { matchLabels: { app: name } },
      ...(o.progressDeadlineSeconds !== undefined
        ? { progressDeadlineSeconds: o.progressDeadlineSeconds }
        : {}),
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            { name: 'app', image: o.image ?? `registry.local/${name}:1`, ports: [{ containerPort: 8080 }] },
            { name: 'sidecar', image: 'registry.local/proxy:1' },
          ],
        },
      },
    },
  };
}

export function service(name: string, namespace = 'default'): KObj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace },
    spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
  };
}

export function httpRoute(name: string, svc: string, namespace = 'default'): KObj {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace },
    spec: {
      parentRefs: [{ name: 'public' }],
      hostnames: ['web.example.com'],
      rules: [
        { matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: svc, port: 80 }] },
      ],
    },
  };
}

export function ingress(name: string, svc: string, namespace = 'default'): KObj {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'web.example.com',
          http: {
            paths: [
              { path: '/', pathType: 'Prefix', backend: { service: { name: svc, port: { number: 80 } } } },
            ],
          },
        },
      ],
    },
  };
}
