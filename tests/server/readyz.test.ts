import { once } from 'node:events';
import { withAdmin } from '../support/database.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';

/**
 * /readyz follows the instance's background parts: the event listener's LISTEN
 * connection and, on a worker, graphile-worker's. Each is cut by terminating its
 * backend while the database refuses new connections (so it cannot come back at
 * once), then let back in.
 */
describe('/readyz follows the event listener and the job runner', () => {
  let hub: TestHub;
  let dbName: string;
  beforeAll(async () => {
    hub = await startTestHub('readyz', { role: 'all' });
    dbName = new URL(hub.dbUrl).pathname.slice(1);
  });
  afterAll(async () => {
    await allowConnections(true);
    await hub.close();
  });

  const readyz = async () => {
    const res = await fetch(`${hub.url}/readyz`);
    return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
  };

  async function allowConnections(allow: boolean): Promise<void> {
    await withAdmin((admin) => admin.query(`alter database "${dbName}" allow_connections ${allow}`));
  }

  /** Terminates the backends of one application in the hub's database; how many. */
  async function terminate(applicationName: string): Promise<number> {
    return withAdmin(async (admin) => {
      const { rows } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2`,
        [dbName, applicationName],
      );
      return rows.length;
    });
  }

  it('is ready once started: createApp resolves after the runner listens', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('is unready while the event listener is down, and ready again once it has reconnected', async () => {
    const lost = new Promise<boolean>((resolve) => {
      const off = hub.app.eventBus.onConnection((listening) => {
        if (!listening) {
          off();
          resolve(listening);
        }
      });
    });
    await allowConnections(false);
    try {
      expect(await terminate('odoo-sync-hub events')).toBe(1);
      await lost;
      expect(await readyz()).toEqual({
        status: 503,
        body: { status: 'unavailable', reason: 'event listener: connection lost; reconnecting' },
      });
    } finally {
      await allowConnections(true);
    }
    await until(readyz, (r) => r.status === 200, 'ready again after the event listener reconnected');
  });

  it("is unready while the job runner's LISTEN connection is down, and ready again once it has reconnected", async () => {
    const listenError = once(hub.app.runner!.events, 'pool:listen:error');
    await allowConnections(false);
    try {
      expect(await terminate('odoo-sync-hub worker')).toBeGreaterThan(0);
      await listenError;
      expect(await readyz()).toEqual({
        status: 503,
        body: { status: 'unavailable', reason: 'job runner: LISTEN connection lost; reconnecting' },
      });
    } finally {
      await allowConnections(true);
    }
    // graphile-worker's backoff after one failed attempt is under half a second; a few more under load.
    await until(readyz, (r) => r.status === 200, 'ready again after the job runner reconnected', 30_000);
  });

  it('is unready once the job runner has stopped', async () => {
    await hub.app.runner!.stop();
    expect(await readyz()).toEqual({ status: 503, body: { status: 'unavailable', reason: 'job runner: stopped' } });
  });
});

describe('/readyz on an API instance', () => {
  it('has no job runner to wait for', async () => {
    const hub = await startTestHub('readyz-api', { role: 'api' });
    try {
      expect(hub.app.runner).toBeNull();
      const res = await fetch(`${hub.url}/readyz`);
      expect(res.status).toBe(200);
    } finally {
      await hub.close();
    }
  });
});
