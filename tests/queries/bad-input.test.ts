import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const Page = graphql(`
  query BadInputPage($first: Int, $after: String, $filter: SyncableFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
    }
  }
`);

const Lookup = graphql(`
  query BadInputLookup($id: ID) {
    partner(id: $id) {
      id
    }
  }
`);

const Deliveries = graphql(`
  query BadInputDeliveries($configId: ID) {
    webhookDeliveries(filter: { webhookConfigId: $configId }) {
      totalCount
    }
  }
`);

/** Sends a raw document, as a hand-written client (or a typo) would. */
async function raw(hub: TestHub, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('bad input', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('bad_input');
  });
  afterAll(() => hub.close());

  const expectBadInput = (
    errors: { message: string; extensions?: Record<string, unknown> }[] | undefined,
    message: RegExp,
  ) => {
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
  };

  it('refuses an unknown or tampered cursor', async () => {
    for (const after of [
      'nope',
      'YzE6bm90LWEtdXVpZA',
      Buffer.from('c1:01900000-0000-7000-8000-00000000000g').toString('base64url'),
      '%%%',
    ]) {
      const res = await hub.request(Page, { after });
      expect(res.status).toBeLessThan(500);
      expectBadInput(res.errors, /`after` is not a cursor this API issued/);
    }
  });

  it('refuses a page size above the cap, or below zero, naming the cap', async () => {
    expectBadInput(
      (await hub.request(Page, { first: 100000 })).errors,
      /`first` must be between 0 and 500; got 100000/,
    );
    expectBadInput((await hub.request(Page, { first: -1 })).errors, /between 0 and 500/);
    expect((await hub.request(Page, { first: 500 })).errors).toBeUndefined();
  });

  it('refuses a malformed id, in an argument or in a filter', async () => {
    expectBadInput((await hub.request(Lookup, { id: 'abc' })).errors, /`id` is not a valid ID: "abc"/);
    expectBadInput((await hub.request(Lookup, { id: "1' or '1'='1" })).errors, /not a valid ID/);
    expectBadInput(
      (await hub.request(Deliveries, { configId: '42' })).errors,
      /`filter.webhookConfigId` is not a valid ID/,
    );
  });

  it('refuses an unknown enum value, inline or in variables', async () => {
    const inline = await raw(hub, '{ products(filter: { processingState: BOGUS }) { totalCount } }');
    expect(inline.status).toBe(400);
    expectBadInput(inline.body.errors, /"BOGUS" does not exist in "ProcessingState" enum/);
    const variable = await hub.request(Page, { filter: { processingState: 'BOGUS' as never } });
    expect(variable.status).toBe(400);
    expectBadInput(variable.errors, /BOGUS/);
  });

  it('refuses a filter list longer than the cap', async () => {
    const externalIds = Array.from({ length: 1001 }, (_, i) => `X-${i}`);
    expectBadInput((await hub.request(Page, { filter: { externalIds } })).errors, /at most 1000 values/);
  });

  it('refuses a malformed date', async () => {
    const res = await hub.request(Page, { filter: { changedSince: 'yesterday' } });
    expect(res.status).toBe(400);
    expectBadInput(res.errors, /changedSince|DateTime/);
  });

  it('answers a malformed request body with a 400, not a 500', async () => {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const syntax = await raw(hub, '{ products(first: ) { totalCount } }');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
