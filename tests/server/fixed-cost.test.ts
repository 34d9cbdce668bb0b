import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { CostBounds, operationCost } from '../../src/graphql/query-cost.js';
import { COUNT_COST } from '../../src/modules/common/own-cost.js';
import { buildHubSchema } from '../../src/graphql/schema.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const caps = { maxPageSize: 500, maxNestedList: 100 };

describe('the cost bound remembered per document', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });

  it('is what operationCost says, for every operation of a document, however often asked', () => {
    const document = parse(`
      query Page { products(first: 20) { nodes { id prices { price } stock { quantity } } totalCount } }
      query Sized($n: Int) { partners(first: $n) { nodes { children { id } } } }
      mutation Claim { claimChanges(entityType: PRODUCT, limit: 300) { id } }
    `);
    const bounds = new CostBounds(schema, caps);
    for (let round = 0; round < 2; round++) {
      for (const name of ['Page', 'Sized', 'Claim', 'Missing', null]) {
        expect([name, bounds.of(document, name)]).toEqual([name, operationCost(schema, document, name, caps)]);
      }
    }
    expect(bounds.of(document, 'Page')).toBe(1 + 20 * (1 + 100 + 100) + COUNT_COST);
    // A variable length: no bound without the variables, remembered as such.
    expect(bounds.of(document, 'Sized')).toBeNull();
    const single = parse('{ products(first: 3) { nodes { id } } }');
    expect(bounds.of(single, undefined)).toBe(operationCost(schema, single, undefined, caps));
    expect(bounds.of(single, '')).toBe(bounds.of(single, null));
  });
});

describe('GraphQL over HTTP, per request', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('fixed_cost');
  });
  afterAll(() => hub.close());

  async function post(query: string) {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}` },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, cacheControl: res.headers.get('cache-control'), body: await res.json() };
  }

  it('answers `cache-control: no-store`, and leaves every field resolver as the schema has it (no per-field wrapper)', async () => {
    const resolvers = () =>
      [hub.app.schema.getQueryType()!, hub.app.schema.getMutationType()!].flatMap((type) =>
        Object.values(type.getFields()).map((field) => field.resolve),
      );
    const before = resolvers();
    const ok = await post('{ __typename me { scopes } products(first: 1) { totalCount } }');
    expect(ok).toMatchObject({ status: 200, cacheControl: 'no-store', body: { data: { __typename: 'Query' } } });
    const refused = await post('{ nope }');
    expect(refused).toMatchObject({ status: 400, cacheControl: 'no-store' });
    const after = resolvers();
    expect(after.every((resolve, i) => resolve === before[i])).toBe(true);
  });
});
