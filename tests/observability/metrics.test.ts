import { randomBytes } from 'node:crypto';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { Role } from '../../src/domain/enums.js';
import { scopesForRoles } from '../../src/domain/scopes.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const metrics = (hub: TestHub, authorization?: string) =>
  fetch(`${hub.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('/metrics', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('metrics');
  });
  afterAll(() => hub.close());

  const tokenWith = async (scopes: string[]) =>
    `Bearer ${(await issueToken(hub.app.orm.em.fork(), { name: `metrics ${scopes.join(' ')}`, scopes })).token}`;

  it('answers a token with metrics:read (or admin) only: 401 without or with a bad token, 403 without the scope; anyone with METRICS_PUBLIC=true', async () => {
    const none = await metrics(hub);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await none.json()).toEqual({
      error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/needs an API token/) },
    });
    const bad = await metrics(hub, 'Bearer osh_not_a_token');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'This API token is not valid.' } });
    const reader = await metrics(hub, await tokenWith(['catalog:read', 'sync:read']));
    expect(reader.status).toBe(403);
    expect(await reader.json()).toEqual({
      error: {
        code: 'FORBIDDEN',
        message: 'GET /metrics needs the scope metrics:read, which this token does not have.',
      },
    });
    for (const authorization of [await tokenWith(['metrics:read']), `Bearer ${hub.adminToken}`]) {
      const ok = await metrics(hub, authorization);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
      expect(await ok.text()).toMatch(/process_cpu_user_seconds_total/);
    }
    // METRICS_PUBLIC=true opens it, for a scraper on a private network.
    const open = await startTestHub('metrics_public', { env: { METRICS_PUBLIC: 'true' } });
    try {
      const res = await metrics(open);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/http_requests_total/);
    } finally {
      await open.close();
    }
  });

  it('gives metrics:read to the roles that get every :read scope, and not to the webshop', () => {
    expect(scopesForRoles([Role.VIEWER])).toContain('metrics:read');
    expect(scopesForRoles([Role.INTEGRATOR])).toContain('metrics:read');
    expect(scopesForRoles([Role.WEBSHOP])).not.toContain('metrics:read');
  });

  it('does not grow with the operation names clients choose: operations are labelled by root field', async () => {
    const series = async () =>
      (await (await metrics(hub, `Bearer ${hub.adminToken}`)).text())
        .split('\n')
        .filter((line) => /^graphql_operation(s_total|_duration_seconds_count)\{/.test(line));
    const post = (body: unknown) =>
      fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}` },
        body: JSON.stringify(body),
      }).then((res) => res.text());
    // One of each kind first: a query, a mutation, one with several root fields, a bad document.
    const round = async () => {
      const name = `Op${randomBytes(8).toString('hex')}`;
      await post({ query: `query ${name} { products(first: 1) { totalCount } }` });
      await post({ query: `mutation ${name} { requestOdooPull(entityType: PRODUCT) }` });
      await post({ query: `query ${name} { me { scopes } products(first: 1) { totalCount } }` });
      await post({ query: `query ${name} { ${name} }`, operationName: name });
      await post({ query: `query ${name} {`, operationName: name });
    };
    await round();
    const before = await series();
    expect(before).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^graphql_operations_total\{operation="products",type="query",outcome="ok"\} 1$/),
        expect.stringMatching(/^graphql_operations_total\{operation="requestOdooPull",type="mutation",/),
        expect.stringMatching(/^graphql_operations_total\{operation="multiple",type="query",outcome="ok"\} 1$/),
        expect.stringMatching(/^graphql_operations_total\{operation="other",type="unknown",outcome="rejected"\} 2$/),
      ]),
    );
    for (let i = 0; i < 30; i++) await round();
    const after = await series();
    expect(after).toHaveLength(before.length);
    expect(after.join('\n')).not.toMatch(/Op[0-9a-f]{16}/);
  });
});
