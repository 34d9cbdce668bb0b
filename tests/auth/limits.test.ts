import { startTestHub, type TestHub } from '../support/hub.js';

describe('limits on hostile requests', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('limits');
  });
  afterAll(() => hub.close());

  async function post(body: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}`, ...headers },
      body,
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text.startsWith('{')
        ? (JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] })
        : null,
      text,
    };
  }
  const query = (q: string) => post(JSON.stringify({ query: q }));

  async function stillServing() {
    const res = await query('{ products(first: 1) { totalCount } }');
    expect(res.body!.data).toEqual({ products: { totalCount: 0 } });
  }

  it('refuses a query deeper than the limit, naming it', async () => {
    const deep = `{ partners { nodes { ${'children { '.repeat(48)}id${' }'.repeat(48)} } } }`;
    const res = await query(deep);
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/depth limit of 12 exceeded/),
    });
    const fine = await query(`{ partners(first: 2) { nodes { ${'parent { '.repeat(9)}id${' }'.repeat(9)} } } }`);
    expect(fine.body!.errors).toBeUndefined();
    await stillServing();
  });

  it('refuses a query that would load 10,000 products through nested lists, naming the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `p${i}: products(first: 500) { nodes { id } }`).join(' ');
    const res = await query(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body!.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', maxCost: 10000 },
      message: expect.stringMatching(/cost limit of 10000 exceeded/),
    });
    // 400 products, each with its prices' products' stock's products: 10,000 products through nested lists.
    const products = await query(
      '{ products(first: 400) { nodes { prices { product { stock { product { id } } } } } } }',
    );
    expect(products.status).toBe(400);
    expect(products.body!.data).toBeUndefined();
    expect(products.body!.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', maxCost: 10000 },
      message: expect.stringMatching(/cost limit of 10000 exceeded/),
    });
    const nested = await query('{ partners(first: 500) { nodes { children { children { children { id } } } } } }');
    expect(nested.body!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // A full page with prices and stock is within the limit.
    const page = await query('{ products(first: 500) { nodes { id prices { price } stock { quantity } } } }');
    expect(page.body!.errors).toBeUndefined();
    await stillServing();
  });

  it('refuses a body above 5 MB with 413', async () => {
    const res = await post(
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
    );
    expect(res.status).toBe(413);
    expect(res.body!.errors![0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    await stillServing();
  });

  it('refuses a mutation over GET, and a cross-site form POST', async () => {
    const get = await fetch(
      `${hub.url}/graphql?query=${encodeURIComponent('mutation { addAllowedDomain(domain: "x.example") { id } }')}`,
      {
        headers: { authorization: `Bearer ${hub.adminToken}`, 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(405);
    expect(await get.json()).toEqual({
      errors: [
        {
          message: 'GET requests only support query operations, not mutation operations',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const form = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${hub.adminToken}` },
      body: `query=${encodeURIComponent('mutation { addAllowedDomain(domain: "x.example") { id } }')}`,
    });
    expect(form.status).toBe(400);
    expect(JSON.parse(await form.text())).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^This operation has been blocked as a potential Cross-Site Request Forgery/),
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const simpleGet = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400); // no preflight header: a browser form could have sent it
    const domains = await query('{ allowedDomains { domain } }');
    expect(domains.body!.data).toEqual({ allowedDomains: [] });
    await stillServing();
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR carrying the request id', async () => {
    const conn = hub.app.orm.em.getConnection();
    await conn.execute('alter table sync_failure rename to sync_failure_away');
    try {
      const res = await post(JSON.stringify({ query: '{ syncStatus { openFailures } }' }), {
        'x-request-id': 'req-mask-1',
      });
      expect(res.body!.errors).toEqual([
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-mask-1' },
        }),
      ]);
      expect(res.text).not.toMatch(/sync_failure|relation|stack/i);
    } finally {
      await conn.execute('alter table sync_failure_away rename to sync_failure');
    }
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const hub = await startTestHub('production', { env: { NODE_ENV: 'production' } });
    try {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}` },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/introspection/i);
    } finally {
      await hub.close();
    }
  });
});
