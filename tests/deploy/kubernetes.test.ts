import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** deploy/k8s/: every file parses, and the pieces fit together (names, labels, probes, ports). */
interface Container {
  args?: string[];
  command?: string[];
  ports?: { name: string; containerPort: number }[];
  envFrom?: { secretRef: { name: string } }[];
  livenessProbe?: { httpGet: { path: string; port: string } };
  readinessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
}
interface PodSpec {
  containers: Container[];
  securityContext?: { runAsNonRoot?: boolean };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    replicas?: number;
    selector?: Record<string, Record<string, string>> | Record<string, string>;
    template?: { metadata?: { labels: Record<string, string> }; spec: PodSpec };
  };
}

const manifests: Manifest[] = readdirSync('deploy/k8s')
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(`deploy/k8s/${file}`, 'utf8')).map((doc) => {
      expect(doc.errors).toEqual([]);
      return doc.toJS() as Manifest;
    }),
  );
const byName = (kind: string, name: string) => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/k8s`);
  return found;
};

describe('deploy/k8s', () => {
  it('has Deployments for the API and the worker, a Service, a Secret and a migration Job', () => {
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}`).sort()).toEqual([
      'Deployment/odoo-sync-hub-api',
      'Deployment/odoo-sync-hub-worker',
      'Job/odoo-sync-hub-migrate',
      'Secret/odoo-sync-hub',
      'Service/odoo-sync-hub',
    ]);
  });

  it.each([
    ['odoo-sync-hub-api', 'api'],
    ['odoo-sync-hub-worker', 'worker'],
  ])('%s runs --role %s, non-root, with env from the Secret and probes on /healthz and /readyz', (name, role) => {
    const deployment = byName('Deployment', name);
    const pod = deployment.spec.template!.spec;
    const [container] = pod.containers;
    expect(container!.args).toEqual(['--role', role]);
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(container!.envFrom).toEqual([{ secretRef: { name: 'odoo-sync-hub' } }]);
    expect(container!.livenessProbe?.httpGet.path).toBe('/healthz');
    expect(container!.readinessProbe?.httpGet.path).toBe('/readyz');
    expect(container!.startupProbe?.httpGet.path).toBe('/readyz');
    const portNames = container!.ports!.map((p) => p.name);
    for (const probe of [container!.livenessProbe, container!.readinessProbe, container!.startupProbe]) {
      expect(portNames).toContain(probe!.httpGet.port);
    }
    // The selector picks this Deployment's own pods.
    expect(deployment.spec.selector).toEqual({ matchLabels: deployment.spec.template!.metadata!.labels });
  });

  it("sends the Service's traffic to the API pods only", () => {
    const service = byName('Service', 'odoo-sync-hub');
    const apiLabels = byName('Deployment', 'odoo-sync-hub-api').spec.template!.metadata!.labels;
    const workerLabels = byName('Deployment', 'odoo-sync-hub-worker').spec.template!.metadata!.labels;
    const selects = (labels: Record<string, string>) =>
      Object.entries(service.spec.selector as Record<string, string>).every(([k, v]) => labels[k] === v);
    expect(selects(apiLabels)).toBe(true);
    expect(selects(workerLabels)).toBe(false);
  });
});
