import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';

// ...IngestCounts, ...IngestedChange: tests/support/fragments.ts.
const IngestProducts = graphql(`
  mutation IngestProducts($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      ...IngestCounts
      changes {
        ...IngestedChange
        isNew
        changedAt
      }
    }
  }
`);

// Data written inline in the document, not as variables: the JSONObject scalar
// builds such objects with a null prototype.
const IngestInlineNested = graphql(`
  mutation IngestInlineNested {
    ingestProducts(
      input: [
        { externalId: "SKU-INLINE", data: { dims: { w: 1, h: 2 }, tags: [{ a: 1 }] }, context: { lang: "de_DE" } }
      ]
    ) {
      ...IngestCounts
    }
  }
`);

const ProductState = graphql(`
  query ProductState($externalId: String!) {
    product(externalId: $externalId) {
      id
      currentData
      previousData
      changedFields
      processingState
      isNew
      idempotencyKey
      odooId
      context
      updatedAt
    }
  }
`);

const ProductCount = graphql(`
  query ProductCount {
    products {
      totalCount
    }
  }
`);

describe('ingestProducts', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('ingest_products');
  });
  afterAll(() => hub.close());

  const state = async (externalId: string) => (await hub.request(ProductState, { externalId })).data!.product!;

  it('creates new records with every key as changed', async () => {
    const res = await hub.request(IngestProducts, {
      input: [
        {
          externalId: 'SKU-1',
          data: { name: 'Chair', attributes: { color: 'red', size: 'M' }, tags: ['a', 'b'] },
          odooId: 11,
        },
        { externalId: 'SKU-2', data: { name: 'Table' }, context: { lang: 'de_DE' } },
      ],
    });
    expect(res.errors).toBeUndefined();
    const result = res.data!.ingestProducts;
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(result.changes.map((c) => [c.externalId, c.changedFields, c.isNew, c.entityType])).toEqual([
      ['SKU-1', ['attributes', 'name', 'tags'], true, 'PRODUCT'],
      ['SKU-2', ['name'], true, 'PRODUCT'],
    ]);
    const one = await state('SKU-1');
    expect(one).toMatchObject({
      id: result.changes[0]!.id,
      processingState: 'PENDING',
      isNew: true,
      previousData: null,
      odooId: 11,
    });
    expect((await state('SKU-2')).context).toEqual({ lang: 'de_DE' });
  });

  it('writes nothing for the same data, however its keys are ordered or its numbers written', async () => {
    const before = await state('SKU-1');
    const res = await hub.request(IngestProducts, {
      input: [
        { externalId: 'SKU-1', data: { tags: ['a', 'b'], attributes: { size: 'M', color: 'red' }, name: 'Chair' } },
      ],
    });
    expect(res.data!.ingestProducts).toEqual({ created: 0, updated: 0, unchanged: 1, changes: [] });
    expect((await state('SKU-1')).updatedAt).toBe(before.updatedAt);

    await hub.request(IngestProducts, { input: [{ externalId: 'SKU-N', data: { price: 1, weight: 2.5 } }] });
    const numbers = await hub.request(IngestProducts, {
      input: [{ externalId: 'SKU-N', data: { price: 1.0, weight: 2.5 } }],
    });
    expect(numbers.data!.ingestProducts.unchanged).toBe(1);
  });

  it('tracks a change by top-level key, deep inside nested values and arrays', async () => {
    const res = await hub.request(IngestProducts, {
      input: [
        {
          externalId: 'SKU-1',
          data: { name: 'Chair', attributes: { color: 'blue', size: 'M' }, tags: ['b', 'a'], extra: null },
        },
      ],
    });
    const result = res.data!.ingestProducts;
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(result.changes[0]).toMatchObject({
      externalId: 'SKU-1',
      changedFields: ['attributes', 'extra', 'tags'],
      isNew: false,
    });
    const after = await state('SKU-1');
    expect(after).toMatchObject({
      changedFields: ['attributes', 'extra', 'tags'],
      isNew: false,
      processingState: 'PENDING',
      previousData: { name: 'Chair', attributes: { color: 'red', size: 'M' }, tags: ['a', 'b'] },
      currentData: { name: 'Chair', attributes: { color: 'blue', size: 'M' }, tags: ['b', 'a'], extra: null },
      odooId: 11, // kept when not given
    });
    // A removed key is a change too.
    const removed = await hub.request(IngestProducts, {
      input: [
        { externalId: 'SKU-1', data: { name: 'Chair', attributes: { color: 'blue', size: 'M' }, tags: ['b', 'a'] } },
      ],
    });
    expect(removed.data!.ingestProducts.changes[0]!.changedFields).toEqual(['extra']);
  });

  it('finds nested data written inline in the document unchanged the second time', async () => {
    expect((await hub.request(IngestInlineNested)).data!.ingestProducts).toMatchObject({ created: 1 });
    expect((await hub.request(IngestInlineNested)).data!.ingestProducts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('diffs context like data, and keeps it when not given', async () => {
    const same = await hub.request(IngestProducts, { input: [{ externalId: 'SKU-2', data: { name: 'Table' } }] });
    expect(same.data!.ingestProducts.unchanged).toBe(1);
    const changed = await hub.request(IngestProducts, {
      input: [{ externalId: 'SKU-2', data: { name: 'Table' }, context: { lang: 'fr_FR' } }],
    });
    expect(changed.data!.ingestProducts.changes[0]!.changedFields).toEqual(['context']);
    expect((await state('SKU-2')).context).toEqual({ lang: 'fr_FR' });
  });

  it('skips a repeated delivery with the same idempotency key', async () => {
    const first = await hub.request(IngestProducts, {
      input: [{ externalId: 'SKU-I', data: { v: 1 }, idempotencyKey: 'evt-1' }],
    });
    expect(first.data!.ingestProducts.created).toBe(1);
    const again = await hub.request(IngestProducts, {
      input: [{ externalId: 'SKU-I', data: { v: 2 }, idempotencyKey: 'evt-1' }],
    });
    expect(again.data!.ingestProducts).toMatchObject({ unchanged: 1, updated: 0 });
    expect((await state('SKU-I')).currentData).toEqual({ v: 1 });
    const next = await hub.request(IngestProducts, {
      input: [{ externalId: 'SKU-I', data: { v: 2 }, idempotencyKey: 'evt-2' }],
    });
    expect(next.data!.ingestProducts.updated).toBe(1);
    expect((await state('SKU-I')).idempotencyKey).toBe('evt-2');
  });

  it('puts a completed record back to PENDING when it changes', async () => {
    await hub.app.orm.em
      .getConnection()
      .execute(`update product set processing_state = 'completed' where external_id = 'SKU-2'`);
    await hub.request(IngestProducts, { input: [{ externalId: 'SKU-2', data: { name: 'Round table' } }] });
    expect((await state('SKU-2')).processingState).toBe('PENDING');
  });

  it('refuses malformed input, naming the record and field, and writes nothing of the batch', async () => {
    const before = (await hub.request(ProductCount)).data!.products.totalCount;
    const cases: [unknown[], RegExp][] = [
      [
        [
          { externalId: 'OK-1', data: {} },
          { externalId: '  ', data: {} },
        ],
        /input\[1\]\.externalId must be a non-empty string/,
      ],
      [
        [
          { externalId: 'OK-1', data: {} },
          { externalId: 'X', data: 'text' },
        ],
        /input\[1\]\.data|JSONObject/,
      ],
      [
        [
          { externalId: 'OK-1', data: {} },
          { externalId: 'X', data: [1] },
        ],
        /input\[1\]\.data|JSONObject/,
      ],
      [
        [
          { externalId: 'OK-1', data: {} },
          { externalId: 'OK-1', data: {} },
        ],
        /input\[1\]\.externalId repeats input\[0\]\.externalId/,
      ],
      [Array.from({ length: 1001 }, (_, i) => ({ externalId: `B-${i}`, data: {} })), /at most 1000 records; got 1001/],
    ];
    for (const [input, message] of cases) {
      const res = await hub.request(IngestProducts, { input: input as never });
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
    }
    expect((await hub.request(ProductCount)).data!.products.totalCount).toBe(before);
  });

  it('needs catalog:write and sync:write', async () => {
    const res = await hub.request(IngestProducts, { input: [{ externalId: 'X', data: {} }] }, { token: null });
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('concurrent ingest', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('ingest_concurrent');
  });
  afterAll(() => hub.close());

  it('lets two batches over the same records both succeed, losing no update', async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `K-${String(i).padStart(3, '0')}`);
    for (let round = 0; round < 5; round++) {
      // Opposite key orders in the input: the ingest path locks in key order, so no deadlock.
      const [a, b] = await Promise.all([
        hub.request(IngestProducts, {
          input: keys.map((externalId) => ({ externalId, data: { round, writer: 'a' } })),
        }),
        hub.request(IngestProducts, {
          input: [...keys].reverse().map((externalId) => ({ externalId, data: { round, writer: 'b' } })),
        }),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const sum = (r: typeof a) =>
        r.data!.ingestProducts.created + r.data!.ingestProducts.updated + r.data!.ingestProducts.unchanged;
      expect(sum(a)).toBe(200);
      expect(sum(b)).toBe(200);
      // Whichever committed last is what the hub holds, and the other is its previousData: nothing was lost.
      const rows = await hub.app.orm.em
        .getConnection()
        .execute<
          { current_data: { writer: string; round: number }; previous_data: { writer: string; round: number } }[]
        >(`select current_data, previous_data from product where external_id like 'K-%'`);
      expect(rows).toHaveLength(200);
      for (const row of rows) {
        expect(row.current_data.round).toBe(round);
        // The second writer saw the first one's row (serialised by the row lock), not a stale one.
        expect(row.previous_data).toEqual({ round, writer: row.current_data.writer === 'a' ? 'b' : 'a' });
      }
    }
  }, 60_000);
});
