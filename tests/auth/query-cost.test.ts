import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { costError } from '../../src/graphql/limits.js';
import { COUNT_COST } from '../../src/modules/common/own-cost.js';
import { operationCost } from '../../src/graphql/query-cost.js';
import { buildHubSchema } from '../../src/graphql/schema.js';

const caps = { maxPageSize: 500, maxNestedList: 100 };

describe('the cost of a request', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });
  const exact = (query: string, variables: Record<string, unknown> = {}) =>
    operationCost(schema, parse(query), undefined, caps, variables);
  const bound = (query: string) => operationCost(schema, parse(query), undefined, caps);

  it('counts what the resolvers load: a page, MAX_NESTED_LIST per nested list, a count once per connection', () => {
    // 20 products, each with up to 100 prices, and one count(*).
    expect(exact('{ products(first: 20) { nodes { id prices { price } } totalCount } }')).toBe(
      1 + 20 * (1 + 100) + COUNT_COST,
    );
    // Each alias of totalCount is a count of its own.
    expect(exact('{ products(first: 1) { a: totalCount b: totalCount pageInfo { hasNextPage } } }')).toBe(
      1 + 2 * COUNT_COST + 1,
    );
    expect(exact('{ syncStatus { openFailures } }')).toBe(6 * COUNT_COST + 1);
    expect(exact('{ partners(first: 10) { edges { node { children { lines: id } } } } }')).toBe(1 + 10 * (1 + 1 + 100));
    // claimChanges' `limit` is its length, as `first` is a connection's.
    expect(exact('mutation { claimChanges(entityType: PRODUCT, limit: 1000) { id } }')).toBe(1000);
    expect(exact('mutation { claimChanges(entityType: PRODUCT) { id } }')).toBe(100);
    expect(exact('mutation ($n: Int) { claimChanges(entityType: PRODUCT, limit: $n) { id } }', { n: 700 })).toBe(700);
  });

  it.each([
    ['{ products(first: 20) { nodes { id prices { price } stock { quantity } } totalCount } }', {}],
    ['query ($n: Int) { products(first: $n) { edges { node { id prices { price } } } } }', { n: 7 }],
    ['query ($n: Int) { partners(first: $n) { nodes { parent { id } children { id } } } }', { n: null }],
    [
      'query ($skip: Boolean!) { a: products { nodes { id } } b: products(first: 3) @skip(if: $skip) { nodes { id } } }',
      { skip: true },
    ],
    [
      'query { syncStatus { openFailures } ...F } fragment F on Query { webhookConfigs { id } partners(first: 2) { nodes { ...P } } } fragment P on Partner { children { id } }',
      {},
    ],
    [
      'mutation ($input: [ProductInput!]!) { ingestProducts(input: $input) { created changes { externalId } } }',
      { input: [{ externalId: 'A', data: {} }] },
    ],
  ])('without variables, is an upper bound of the cost with them, or unknown: %s', (query, variables) => {
    const upper = bound(query);
    expect(upper === null || upper >= exact(query, variables)!).toBe(true);
  });

  it('is the same without variables when no variable, directive or abstract type is involved', () => {
    const query =
      '{ products(first: 20) { nodes { id prices { price } stock { quantity } } } partners { totalCount } }';
    expect(bound(query)).toBe(exact(query));
  });

  it('costs fragments spread into each other in linear time', () => {
    const levels = 60;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ... on Query { ...F${i + 1} } }`,
    );
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { products { totalCount } }`;
    const started = performance.now();
    const cost = exact(query);
    // Exponential expansion (2^60 spreads) would never finish: any bound tells the two apart.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cost).toBe(2 ** levels * (1 + COUNT_COST));
  });

  it('refuses a request whose variables make it too costly, and lets the same with small pages pass', () => {
    const query = `query ($n: Int) { ${Array.from({ length: 20 }, (_, i) => `p${i}: products(first: $n) { nodes { prices { id } } }`).join(' ')} }`;
    const document = parse(query);
    expect(
      costError({ schema, document, variables: { n: 500 }, operationName: undefined }, 20_000, caps)?.message,
    ).toMatch(/cost limit of 20000/);
    expect(costError({ schema, document, variables: { n: 5 }, operationName: undefined }, 20_000, caps)).toBeNull();
  });
});
