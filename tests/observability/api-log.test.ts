import { randomBytes, randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parseCronItems, quickAddJob, runOnce, type JobHelpers } from 'graphile-worker';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { workerLogger } from '../../src/db/database.js';
import { freePort } from '../../src/db/embedded-postgres.js';
import { pruneApiLog } from '../../src/jobs/prune-api-log.task.js';
import { createTaskList, cronItems } from '../../src/jobs/task-list.js';
import { createLogger } from '../../src/observability/logger.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { connectSocket } from '../auth/socket.js';

const Ping = graphql(`
  query ApiLogPing {
    products(first: 1) {
      totalCount
    }
  }
`);

const WsAddDomain = graphql(`
  mutation WsAddDomain($domain: String!) {
    addAllowedDomain(domain: $domain) {
      domain
    }
  }
`);

const WsOnFailure = graphql(`
  subscription WsOnFailure {
    syncFailureChanged {
      externalId
    }
  }
`);

const Logs = graphql(`
  query ApiLogRows($filter: ApiLogFilter) {
    apiLogs(first: 50, filter: $filter) {
      totalCount
      nodes {
        method
        path
        direction
        statusCode
        duration
        operationName
        webhookConfigId
      }
    }
  }
`);

interface Row {
  method: string;
  path: string;
  direction: string;
  status_code: number;
  duration: number;
  operation_name: string | null;
  request_id: string | null;
  webhook_config_id: string | null;
}

const uniqueId = (label: string) => `${label}-${randomBytes(6).toString('hex')}`;

describe('ApiLog', () => {
  let hub: TestHub;
  const logLines: string[] = [];

  /** The worker's task list, as the hub's worker builds it. */
  const taskList = () =>
    createTaskList({
      orm: hub.app.orm,
      odoo: null,
      logger: hub.app.logger,
      maxAttempts: 10,
      fetch: hub.app.fetch,
      config: hub.app.config,
    });

  /** Rows, once everything recorded so far is written. */
  const rows = async (where: string, params: unknown[] = []) => {
    await hub.app.apiLog!.flush();
    return hub.app.orm.em.getConnection().execute<Row[]>(`select * from api_log where ${where}`, params);
  };

  beforeAll(async () => {
    // Every line the app logs, at every level, lands here to be searched for secrets.
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    hub = await startTestHub('api-log', { logger: createLogger('trace', {}, sink) });
  });
  afterAll(() => hub.close());

  it('logs a GraphQL request with its operation name, status, duration and request id', async () => {
    const requestId = uniqueId('gql');
    const res = await hub.request(Ping, {}, { headers: { 'x-request-id': requestId } });
    expect(res.status).toBe(200);
    const [row, ...more] = await rows('request_id = ?', [requestId]);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      method: 'POST',
      path: '/graphql',
      direction: 'inbound',
      status_code: 200,
      operation_name: 'ApiLogPing',
    });
    expect(row!.duration).toBeGreaterThan(0);
  });

  it('leaves the health endpoints out', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) {
      const headers = { authorization: `Bearer ${hub.adminToken}` };
      expect((await fetch(`${hub.url}${path}`, { headers })).status).toBe(200);
    }
    expect(await rows(`path in ('/healthz', '/readyz', '/metrics')`)).toEqual([]);
  });

  it('logs the webhook receiver by its path alone: no query string, no body', async () => {
    const requestId = uniqueId('webhook');
    const res = await fetch(`${hub.url}/webhooks/odoo?token=whk_querysecret_1234`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ password: 'bodysecret_5678' }),
    });
    await res.arrayBuffer();
    expect(await rows('request_id = ?', [requestId])).toEqual([
      expect.objectContaining({ method: 'POST', path: '/webhooks/odoo', status_code: res.status }),
    ]);
    expect(await rows(`api_log::text like '%secret%'`)).toEqual([]);
  });

  it('keeps bearer tokens out of ApiLog and out of the logs', async () => {
    const forged = `osh_secret_${randomBytes(16).toString('hex')}`;
    const ids = [uniqueId('forged'), uniqueId('admin')];
    await hub.request(Ping, {}, { token: forged, headers: { 'x-request-id': ids[0]! } });
    await hub.request(Ping, {}, { headers: { 'x-request-id': ids[1]! } });
    expect(await rows('request_id in (?, ?)', ids)).toHaveLength(2);

    const logs = logLines.join('');
    // The capture works: both requests were logged.
    for (const id of ids) expect(logs).toContain(id);
    for (const token of [forged, hub.adminToken]) {
      expect(logs).not.toContain(token);
      expect(await rows('api_log::text like ?', [`%${token}%`])).toEqual([]);
    }
    expect(await rows(`api_log::text like '%osh_%'`)).toEqual([]);
  });

  it('logs each graphql-ws operation as a row: a mutation when it completes, a refused one at once, a subscription when it ends', async () => {
    const ws = connectSocket(hub, `Bearer ${hub.adminToken}`);
    expect(await ws.answered).toBe('ack');
    const answered = (id: string, type: string) =>
      until(() => ws.messages.find((m) => m.id === id && m.type === type), Boolean, `${type} of ${id}`);
    const wsRows = () => rows(`method = 'WS' order by created_at, id`);

    ws.socket.send(
      JSON.stringify({
        id: 'm',
        type: 'subscribe',
        payload: { query: print(WsAddDomain), variables: { domain: 'ws-log.example' } },
      }),
    );
    await answered('m', 'complete');
    expect(ws.messages.find((m) => m.id === 'm' && m.type === 'next')?.payload).toEqual({
      data: { addAllowedDomain: { domain: 'ws-log.example' } },
    });
    ws.subscribe('bad', 'query WsBad { nope }');
    await answered('bad', 'error');
    ws.subscribe('s', print(WsOnFailure));
    await until(wsRows, (r) => r.length === 2, 'the rows of the mutation and the refused query');
    // The subscription's row is written when it ends: here, when its socket closes.
    ws.socket.close();
    await ws.closed;
    const all = await until(wsRows, (r) => r.length === 3, 'the row of the subscription');

    expect(all).toEqual([
      expect.objectContaining({
        method: 'WS',
        path: '/graphql',
        direction: 'inbound',
        status_code: 200,
        operation_name: 'WsAddDomain',
        request_id: expect.stringMatching(/^ws-/),
      }),
      expect.objectContaining({ method: 'WS', status_code: 400, operation_name: 'WsBad' }),
      expect.objectContaining({ method: 'WS', status_code: 200, operation_name: 'WsOnFailure' }),
    ]);
    for (const row of all) expect(row.duration).toBeGreaterThan(0);
  });

  describe('outbound calls', () => {
    let server: Server;
    let base: string;
    const webhookId = randomUUID();
    beforeAll(async () => {
      server = createServer((req, res) => {
        res.statusCode = /^\/(hook|jsonrpc)/.test(req.url ?? '') ? 201 : 404;
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('records method, origin + path (no query), status and duration of an Odoo call', async () => {
      const res = await hub.app.fetch(
        `${base}/jsonrpc?session=sig_secret_1`,
        { method: 'post', body: 'payload' },
        { kind: 'odoo' },
      );
      expect(res.status).toBe(201);
      expect(await res.text()).toBe('ok');
      const [row] = await rows(`direction = 'outbound' and path = ?`, [`${base}/jsonrpc`]);
      expect(row).toMatchObject({ method: 'POST', status_code: 201, operation_name: null, webhook_config_id: null });
      expect(row!.duration).toBeGreaterThan(0);
      expect(await rows(`api_log::text like '%sig_secret%'`)).toEqual([]);
    });

    it('keeps a webhook call’s config id and origin, never its path or query (the path may be the secret)', async () => {
      const res = await hub.app.fetch(
        `${base}/hook/T0001/B0002/PathSecret4?token=query_secret_4`,
        { method: 'post', body: 'payload' },
        { kind: 'webhook', webhookConfigId: webhookId },
      );
      expect(res.status).toBe(201);
      const logged = await rows(`webhook_config_id = ?`, [webhookId]);
      expect(logged).toEqual([expect.objectContaining({ method: 'POST', path: base, status_code: 201 })]);
      expect(await rows(`api_log::text like '%_secret_4%' or api_log::text like '%T0001%'`)).toEqual([]);
    });

    it('records status 0 for a call that got no response, and still throws', async () => {
      const closed = `http://127.0.0.1:${await freePort()}`;
      await expect(hub.app.fetch(`${closed}/down?key=k_secret_2`, {}, { kind: 'odoo' })).rejects.toThrow();
      // fetch refuses URLs with credentials: a failed call too, logged without them.
      await expect(
        hub.app.fetch(`http://hub:pw_secret_3@${base.slice(7)}/hook`, {}, { kind: 'odoo' }),
      ).rejects.toThrow();
      const failed = await rows(`direction = 'outbound' and status_code = 0`);
      expect(failed.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
        [`GET ${base}/hook`, `GET ${closed}/down`].sort(),
      );
      expect(await rows(`api_log::text like '%_secret_%'`)).toEqual([]);
    });

    it('are what the apiLogs query returns', async () => {
      await hub.app.apiLog!.flush();
      const res = await hub.request(Logs, { filter: { direction: 'OUTBOUND', pathPrefix: base } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.apiLogs.totalCount).toBe(3);
      const row = { direction: 'OUTBOUND', duration: expect.any(Number), operationName: null, webhookConfigId: null };
      expect(res.data!.apiLogs.nodes).toEqual(
        expect.arrayContaining([
          { ...row, path: `${base}/jsonrpc`, method: 'POST', statusCode: 201 },
          { ...row, path: `${base}/hook`, method: 'GET', statusCode: 0 },
          { ...row, path: base, method: 'POST', statusCode: 201, webhookConfigId: webhookId },
        ]),
      );
      const forWebhook = await hub.request(Logs, { filter: { webhookConfigId: webhookId } });
      expect(forWebhook.data!.apiLogs.nodes).toEqual([
        { ...row, path: base, method: 'POST', statusCode: 201, webhookConfigId: webhookId },
      ]);
      const malformed = await hub.request(Logs, { filter: { webhookConfigId: 'nope' } });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      const inbound = await hub.request(Logs, { filter: { direction: 'INBOUND', pathPrefix: '/webhooks/' } });
      expect(inbound.data!.apiLogs.nodes).toEqual([
        expect.objectContaining({ method: 'POST', path: '/webhooks/odoo' }),
      ]);
    });

    it('records the Odoo client’s calls (undici.request) as fetch’s: origin + path, status, duration; 0 with no answer', async () => {
      const request = createLoggedRequest(hub.app.apiLog);
      const call = { method: 'POST', headers: {}, body: '{}', timeoutMs: 2000 };
      const answer = await request(`${base}/json/2/res.partner/search?db=db_secret_5`, call, { kind: 'odoo' });
      expect(answer).toEqual({ status: 404, contentType: '', text: 'ok' });
      const closed = `http://127.0.0.1:${await freePort()}`;
      await expect(request(`${closed}/jsonrpc?key=k_secret_6`, call, { kind: 'odoo' })).rejects.toMatchObject({
        code: 'ECONNREFUSED',
      });
      const logged = await rows(`path in (?, ?)`, [`${base}/json/2/res.partner/search`, `${closed}/jsonrpc`]);
      expect(logged.map((r) => `${r.method} ${r.path} ${r.status_code}`).sort()).toEqual(
        [`POST ${base}/json/2/res.partner/search 404`, `POST ${closed}/jsonrpc 0`].sort(),
      );
      expect(logged.every((r) => r.direction === 'outbound' && r.webhook_config_id === null)).toBe(true);
      expect(logged.every((r) => r.duration > 0)).toBe(true);
      expect(await rows(`api_log::text like '%_secret_5%' or api_log::text like '%_secret_6%'`)).toEqual([]);
    });
  });

  describe('retention', () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

    it('prune_api_log deletes rows older than the retention, in batches, and keeps newer ones', async () => {
      const em = hub.app.orm.em.fork();
      for (let i = 0; i < 5; i++) factories.apiLog(em, { path: '/retention/old', createdAt: daysAgo(31 + i) });
      for (const days of [29, 1]) factories.apiLog(em, { path: '/retention/recent', createdAt: daysAgo(days) });
      await em.flush();

      // batchSize 2: three DELETEs for five rows.
      await quickAddJob({ connectionString: hub.dbUrl }, 'prune_api_log', { retentionDays: 30, batchSize: 2 });
      await runOnce({
        connectionString: hub.dbUrl,
        taskList: taskList(),
        logger: workerLogger(createLogger('silent')),
      });

      const left = await rows(`path like '/retention/%'`);
      expect(left.map((r) => r.path)).toEqual(['/retention/recent', '/retention/recent']);
      const jobs = await hub.app.orm.em.getConnection().execute('select last_error from graphile_worker.jobs');
      expect(jobs).toEqual([]);
    });

    it('refuses a payload without a valid retention', async () => {
      const helpers = {} as JobHelpers;
      await expect(pruneApiLog({}, helpers)).rejects.toThrow(/retentionDays/);
      await expect(pruneApiLog({ retentionDays: 0 }, helpers)).rejects.toThrow(/retentionDays/);
    });

    it('is scheduled hourly with API_LOG_RETENTION_DAYS', () => {
      const items = parseCronItems(cronItems(loadConfig({ API_LOG_RETENTION_DAYS: '7' }), false));
      const prune = items.filter((i) => i.task === 'prune_api_log');
      expect(prune).toEqual([expect.objectContaining({ identifier: 'prune_api_log', payload: { retentionDays: 7 } })]);
      expect(Object.keys(taskList())).toContain('prune_api_log');
    });
  });
});

describe('ApiLog configuration', () => {
  it('is on with a 30-day retention by default', () => {
    expect(loadConfig({}).apiLog).toEqual({ enabled: true, retentionDays: 30, flushMs: 1000, batchSize: 500 });
  });

  it('reads and checks its variables', () => {
    const env = {
      API_LOG_ENABLED: 'false',
      API_LOG_RETENTION_DAYS: '90',
      API_LOG_FLUSH_MS: '250',
      API_LOG_BATCH_SIZE: '50',
    };
    expect(loadConfig(env).apiLog).toEqual({ enabled: false, retentionDays: 90, flushMs: 250, batchSize: 50 });
    expect(() => loadConfig({ API_LOG_RETENTION_DAYS: '0' })).toThrow(/API_LOG_RETENTION_DAYS/);
    expect(() => loadConfig({ API_LOG_ENABLED: 'sometimes' })).toThrow(/API_LOG_ENABLED/);
    expect(() => loadConfig({ API_LOG_BATCH_SIZE: '0' })).toThrow(/API_LOG_BATCH_SIZE/);
  });

  it('false: no writer, no rows, and fetch is plain fetch', async () => {
    const hub = await startTestHub('api-log-off', { env: { API_LOG_ENABLED: 'false' } });
    try {
      expect(hub.app.apiLog).toBeNull();
      expect((await hub.request(Ping)).status).toBe(200);
      await expect(hub.app.fetch(`http://127.0.0.1:${await freePort()}/`, {}, { kind: 'odoo' })).rejects.toThrow();
      await hub.app.stop();
      const client = new pg.Client({ connectionString: hub.dbUrl });
      await client.connect();
      try {
        expect((await client.query('select count(*)::int as n from api_log')).rows).toEqual([{ n: 0 }]);
      } finally {
        await client.end();
      }
    } finally {
      await hub.app.stop();
      await hub.dropDatabase();
    }
  });
});

describe('ApiLog under load', () => {
  it('has exactly one row per request after a clean shutdown, none written on the request path', async () => {
    // Neither the timer (a minute) nor the batch size (5,000) triggers a write: only stop() does.
    const hub = await startTestHub('api-log-load', { env: { API_LOG_FLUSH_MS: '60000', API_LOG_BATCH_SIZE: '5000' } });
    const count = (client: { query(sql: string): Promise<{ rows: { n: number }[] }> }) =>
      client
        .query(
          `select count(*)::int as n from api_log
           where direction = 'inbound' and path = '/graphql' and operation_name = 'ApiLogPing' and status_code = 200`,
        )
        .then((r) => r.rows[0]!.n);
    const client = new pg.Client({ connectionString: hub.dbUrl });
    try {
      const total = 1000;
      let sent = 0;
      const sender = async () => {
        while (sent < total) {
          sent++;
          expect((await hub.request(Ping)).status).toBe(200);
        }
      };
      await Promise.all(Array.from({ length: 20 }, sender));
      expect(hub.app.apiLog!.pending).toBe(total);

      await client.connect();
      expect(await count(client)).toBe(0);
      await hub.app.stop();
      expect(await count(client)).toBe(total);
    } finally {
      await client.end();
      await hub.app.stop();
      await hub.dropDatabase();
    }
  });
});
