import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** docker-compose.yml as far as this machine can check it without Docker (docs/deploy.md). */
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  entrypoint?: string[];
  profiles?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  env_file?: string;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  volumes?: string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const { services } = compose;

describe('docker-compose.yml', () => {
  it('has PostgreSQL, a migration, one worker, two API instances behind one proxy port, and the demo simulator', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'migrate', 'odoo-simulator', 'postgres', 'proxy', 'worker']);
    expect(services.worker!.command).toEqual(['--role', 'worker']);
    expect(services.api!.command).toEqual(['--role', 'api']);
    expect(services.api!.deploy?.replicas).toBe(2);
    expect(services.migrate!.command).toEqual(['db:migrate']);
    // One published port for the API: the proxy's. The instances publish none.
    const published = Object.entries(services).filter(([, s]) => s.ports?.length && !s.profiles);
    expect(published.map(([name, s]) => [name, s.ports])).toEqual([['proxy', ['${HUB_PORT:-4000}:4000']]]);
  });

  it('gives every hub service the database and the same image (merged from x-hub)', () => {
    for (const name of ['migrate', 'worker', 'api']) {
      expect(services[name]!.image).toBe('odoo-sync-hub:local');
      expect(services[name]!.environment?.DATABASE_URL).toMatch(/^postgres:\/\/hub:.*@postgres:5432\/hub$/);
      expect(services[name]!.env_file).toBe('${HUB_ENV_FILE:-deploy/compose/hub.env}');
    }
  });

  it('starts in order: database healthy, migrations done, worker ready, then the API, then the proxy', () => {
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.worker!.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
    expect(services.api!.depends_on).toEqual({ worker: { condition: 'service_healthy' } });
    expect(services.proxy!.depends_on).toEqual({ api: { condition: 'service_healthy' } });
  });

  it('adds the Odoo simulator only with the demo profile, and demo.env points the hub at it', () => {
    const simulator = services['odoo-simulator']!;
    expect(simulator.profiles).toEqual(['demo']);
    expect(simulator.command).toEqual(['node', 'dist/tools/odoo-simulator/main.js']);
    expect(simulator.environment?.ODOO_SIM_HOST).toBe('0.0.0.0');
    const demo = envFile('deploy/compose/demo.env');
    expect(demo.ODOO_URL).toBe(`http://odoo-simulator:${simulator.environment?.ODOO_SIM_PORT}`);
    expect(Object.keys(demo).sort()).toEqual(['ODOO_API_KEY', 'ODOO_DB', 'ODOO_URL', 'ODOO_USERNAME']);
    for (const name of Object.keys(services).filter((n) => n !== 'odoo-simulator')) {
      expect(services[name]!.profiles).toBeUndefined();
    }
  });

  it("proxies to the API service's port, WebSockets included", () => {
    const nginx = readFileSync('deploy/compose/nginx.conf', 'utf8');
    expect(nginx).toMatch(/server api:4000;/);
    expect(nginx).toMatch(/listen 4000;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
  });
});

function envFile(path: string): Record<string, string> {
  const entries = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]);
  return Object.fromEntries(entries);
}
