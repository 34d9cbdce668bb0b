import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const Count = graphql(`
  query ServerCount {
    products(first: 1) {
      totalCount
    }
  }
`);

describe('server', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('server');
  });
  afterAll(() => hub.close());

  it('reports health and readiness', async () => {
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while a migration is missing', async () => {
    const conn = hub.app.orm.em.getConnection();
    const [last] = await conn.execute<{ id: number; name: string; executed_at: Date }[]>(
      'select * from mikro_orm_migrations order by id desc limit 1',
    );
    await conn.execute('delete from mikro_orm_migrations where id = ?', [last!.id]);
    try {
      const res = await fetch(`${hub.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', reason: '1 migration(s) not applied' });
    } finally {
      await conn.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [
        last!.id,
        last!.name,
        last!.executed_at,
      ]);
    }
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  });

  it('exposes Prometheus metrics for HTTP and GraphQL operations', async () => {
    await hub.request(Count);
    const res = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.adminToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    // Labelled by the operation's root field (ServerCount asks for products).
    expect(text).toMatch(/graphql_operations_total\{operation="products",type="query",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="products",type="query"\} [1-9]/);
    expect(text).toMatch(/http_requests_total\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('tags every response with a request id, keeping a safe one the caller sent', async () => {
    const own = await fetch(`${hub.url}/healthz`);
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${hub.url}/healthz`, { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc.123');
    const unsafe = await fetch(`${hub.url}/healthz`, { headers: { 'x-request-id': 'a b <script>' } });
    expect(unsafe.headers.get('x-request-id')).not.toBe('a b <script>');
  });

  it('speaks graphql-ws on the same path', async () => {
    const client = createClient({
      url: `${hub.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${hub.adminToken}` },
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let value: unknown;
        client.subscribe(
          { query: print(Count) },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result).toEqual({ data: { products: { totalCount: 0 } } });
    } finally {
      await client.dispose();
    }
  });
});

describe('shutdown', () => {
  it('closes HTTP, open WebSockets and the database within the limit', async () => {
    const hub = await startTestHub('shutdown');
    const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const started = Date.now();
    await hub.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await closed).toBeGreaterThan(0);
    await expect(fetch(`${hub.url}/healthz`)).rejects.toThrow();
  });
});
