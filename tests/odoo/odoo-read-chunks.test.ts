import { EntityType } from '../../src/domain/enums.js';
import { PULLED_TYPES } from '../../src/domain/syncable-types.js';
import { DEFAULT_READ_CHUNK, inChunks, OdooClient, odooConnectionFrom } from '../../src/odoo/odoo-client.js';
import { pullFromOdoo } from '../../src/odoo/pull/pull.service.js';
import { createLoggedRequest } from '../../src/observability/outbound-http.js';
import {
  startOdooSimulator,
  type CallRecord,
  type OdooSimulator,
  type OdooVersion,
} from '../../tools/odoo-simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { odooEnv } from '../support/odoo.js';

/** Smaller than the seeded lists of related records, so that every one of them takes several calls. */
const CHUNK = 7;

const SEARCHES = new Set(['search', 'search_read', 'search_count']);

/** The domain of a search call: JSON-RPC sends it as execute_kw's first positional argument, JSON-2 by name. */
const domainOf = (call: CallRecord): unknown[] =>
  SEARCHES.has(call.method) ? ((call.kwargs.domain ?? call.args[0] ?? []) as unknown[]) : [];

/** The lists of ids a call names: the recordset of a read, and every list in a domain leaf. */
function listsNamed(call: CallRecord): unknown[][] {
  const lists: unknown[][] = [];
  if (call.method === 'read') lists.push((call.args[0] ?? call.kwargs.ids) as unknown[]);
  for (const leaf of domainOf(call)) if (Array.isArray(leaf) && Array.isArray(leaf[2])) lists.push(leaf[2]);
  return lists;
}

/** The values of the `field` leaves of a model's search_read calls. */
const leafValues = (calls: CallRecord[], model: string, field: string): unknown[][] =>
  calls
    .filter((c) => c.model === model && c.method === 'search_read')
    .flatMap((c) => domainOf(c).filter((l): l is unknown[] => Array.isArray(l) && l[0] === field))
    .map((leaf) => leaf[2] as unknown[]);

function clientFor(sim: OdooSimulator, readChunk?: number): OdooClient {
  const connection = odooConnectionFrom({
    odoo: {
      url: sim.url,
      db: sim.db,
      username: sim.login,
      apiKey: sim.apiKey,
      protocol: sim.version >= 19 ? 'json2' : 'jsonrpc',
      timeoutMs: 5_000,
      ...(readChunk === undefined ? {} : { readChunk }),
    },
  })!;
  return new OdooClient(connection, createLoggedRequest(null));
}

describe('inChunks', () => {
  it('drops repeats, keeps the first order, and cuts lists of at most the size', () => {
    expect(inChunks([3, 1, 3, 2, 5, 1, 4], 2)).toEqual([[3, 1], [2, 5], [4]]);
    expect(inChunks([], 7)).toEqual([]);
    expect(() => inChunks([1], 0)).toThrow(RangeError);
  });
});

describe.each<OdooVersion>([17, 19])('Odoo client on %i: reads in chunks of readChunk ids', (version) => {
  let sim: OdooSimulator;
  let chunked: OdooClient;
  let whole: OdooClient;
  let variants: number[];
  let templates: number[];
  const WITH_ARCHIVED = { active_test: false };

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version,
      seed: { products: 20, partners: 0, quants: 0, pricelistItems: 0, purchaseOrders: 0, saleOrders: 0 },
    });
    chunked = clientFor(sim, CHUNK);
    whole = clientFor(sim);
    variants = sim.env.search('product.product', [], { order: 'id desc', activeTest: false });
    templates = sim.env.search('product.template', [], { order: 'id', activeTest: false });
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.clearCalls());

  const objectCalls = (method: string) => sim.calls.filter((c) => c.service === 'object' && c.method === method);

  it('takes ODOO_READ_CHUNK from the configuration, 200 when unset', () => {
    expect(DEFAULT_READ_CHUNK).toBe(200);
    expect(whole.readChunk).toBe(200);
    expect(chunked.readChunk).toBe(CHUNK);
  });

  it('read: at most readChunk ids a call, one after another, in the order asked, each id once', async () => {
    expect(variants.length).toBeGreaterThan(2 * CHUNK);
    const asked = [...variants, variants[0]!, variants[3]!];
    const records = await chunked.read('product.product', asked, ['default_code'], WITH_ARCHIVED);
    const reads = objectCalls('read');
    expect(reads.map((c) => (c.args[0] as number[]).length)).toEqual(
      inChunks(variants, CHUNK).map((chunk) => chunk.length),
    );
    expect(reads.flatMap((c) => c.args[0] as number[])).toEqual(variants);
    expect(records.map((r) => r.id)).toEqual(variants);
    // The same records as one call reads.
    expect(await whole.read('product.product', variants, ['default_code'], WITH_ARCHIVED)).toEqual(records);
  });

  it('read of no ids calls nothing', async () => {
    expect(await chunked.read('product.product', [], ['default_code'])).toEqual([]);
    expect(await chunked.searchReadIn('product.product', 'id', [], [], { fields: ['default_code'] })).toEqual([]);
    expect(await chunked.searchIn('product.product', 'id', [])).toEqual([]);
    expect(sim.calls.filter((c) => c.service === 'object')).toEqual([]);
  });

  it('searchReadIn: the `in` leaf names a chunk, the domain applies to each, order within each chunk', async () => {
    const domain = [['sale_ok', '=', true]];
    const options = { fields: ['product_tmpl_id'], order: 'id desc', context: WITH_ARCHIVED };
    const records = await chunked.searchReadIn('product.product', 'product_tmpl_id', templates, domain, options);
    const calls = objectCalls('search_read');
    expect(calls).toHaveLength(Math.ceil(templates.length / CHUNK));
    for (const [i, call] of calls.entries()) {
      expect(domainOf(call)).toEqual([
        ['product_tmpl_id', 'in', templates.slice(i * CHUNK, (i + 1) * CHUNK)],
        ...domain,
      ]);
    }
    // Newest first within each chunk of templates (the order is per call), the chunks in the order given.
    const perChunk = inChunks(templates, CHUNK).map((chunk) =>
      records.filter((r) => chunk.includes((r.product_tmpl_id as [number])[0])).map((r) => r.id),
    );
    expect(perChunk.flat()).toEqual(records.map((r) => r.id));
    for (const ids of perChunk) expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const all = await whole.searchReadIn('product.product', 'product_tmpl_id', templates, domain, options);
    expect(records.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect(records.length).toBeGreaterThan(CHUNK);
  });

  it('searchIn: the ids of every chunk, each once', async () => {
    const skus = (await whole.read('product.product', variants, ['default_code'], WITH_ARCHIVED)).map(
      (r) => r.default_code as string,
    );
    const found = await chunked.searchIn('product.product', 'default_code', [...skus, skus[0]!], [], {
      context: WITH_ARCHIVED,
    });
    const searches = objectCalls('search');
    expect(searches).toHaveLength(Math.ceil(skus.length / CHUNK));
    expect(Math.max(...searches.map((c) => (domainOf(c)[0] as unknown[][])[2]!.length))).toBe(CHUNK);
    expect([...found].sort()).toEqual([...variants].sort());
  });
});

const PulledEverything = graphql(`
  query ChunkedPullEverything {
    products(first: 500, filter: { includeDeleted: true }) {
      totalCount
      nodes {
        externalId
        odooId
        currentData
        prices {
          pricelistExternalId
          minQuantity
          price
          currency
        }
        stock {
          supplierExternalId
          quantity
          onHandQuantity
          reservedQuantity
        }
      }
    }
    partners(first: 500) {
      totalCount
      nodes {
        externalId
        odooId
        type
        externalParentId
        currentData
      }
    }
    purchaseOrders(first: 500) {
      totalCount
      nodes {
        externalId
        name
        vendor
        state
        currentData
        lines {
          productExternalId
          quantity
          priceUnit
        }
      }
    }
    saleOrders(first: 500) {
      totalCount
      nodes {
        externalId
        odooId
        direction
        currentData
        odooStatus {
          state
          invoiceStatus
          deliveryStatus
          paymentState
          amountTotal
          trackingRefs
        }
      }
    }
    stocks(first: 500) {
      totalCount
      nodes {
        supplierExternalId
        productExternalId
        quantity
        onHandQuantity
        reservedQuantity
      }
    }
    pricelistItems(first: 500) {
      totalCount
      nodes {
        pricelistExternalId
        productExternalId
        minQuantity
        price
        currency
      }
    }
  }
`);

/** JSON with object keys sorted, so equal values give equal text. */
const canon = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

describe(`a pull with ODOO_READ_CHUNK ${CHUNK}`, () => {
  let sim: OdooSimulator;
  let chunkedHub: TestHub;
  let wholeHub: TestHub;
  /** The model calls of the chunked hub's pulls: of every type, then of products after every template changed. */
  let calls: CallRecord[];
  /** Of those, the second pull of products. */
  let templatePull: CallRecord[];

  const pullAll = async (hub: TestHub) => {
    for (const entityType of PULLED_TYPES) await pullFromOdoo(hub.app.odoo!, hub.app.orm.em.fork(), entityType);
  };

  beforeAll(async () => {
    sim = await startOdooSimulator({
      version: 17,
      seed: { products: 40, partners: 12, quants: 60, pricelistItems: 30, purchaseOrders: 8, saleOrders: 20 },
    });
    // Invoices of the confirmed orders: more than a chunk of them for the orders' statuses to read.
    for (const id of sim.env.search('sale.order', [['state', '=', 'sale']])) sim.postInvoice(sim.invoiceOrder(id));
    // The comparison below asks for every list at once.
    const env = { ...odooEnv(sim), MAX_QUERY_COST: '1000000' };
    chunkedHub = await startTestHub('odoo_read_chunked', { env: { ...env, ODOO_READ_CHUNK: String(CHUNK) } });
    wholeHub = await startTestHub('odoo_read_whole', { env });
    const modelCalls = () => sim.calls.filter((c) => c.service === 'object');
    sim.clearCalls();
    await pullAll(chunkedHub);
    calls = modelCalls();
    await pullAll(wholeHub);
    // A first pull reads the variants themselves; a template written afterwards is read through the companion.
    const templates = sim.env.search('product.template', [], { activeTest: false });
    for (const id of templates) sim.env.write('product.template', id, { name: `Renamed ${id}` });
    sim.clearCalls();
    await pullFromOdoo(chunkedHub.app.odoo!, chunkedHub.app.orm.em.fork(), EntityType.PRODUCT);
    templatePull = modelCalls();
    calls.push(...templatePull);
    await pullFromOdoo(wholeHub.app.odoo!, wholeHub.app.orm.em.fork(), EntityType.PRODUCT);
  }, 120_000);
  afterAll(async () => {
    await chunkedHub?.close();
    await wholeHub?.close();
    await sim?.close();
  });

  it(`names at most ${CHUNK} ids in any call`, () => {
    const longest = (c: CallRecord) => Math.max(0, ...listsNamed(c).map((l) => l.length));
    const over = calls.filter((c) => longest(c) > CHUNK);
    expect(over.map((c) => `${c.model}.${c.method} ${JSON.stringify(listsNamed(c))}`)).toEqual([]);
    // And the lists were long enough to need chunks: some calls name a full chunk.
    expect(calls.filter((c) => longest(c) === CHUNK).length).toBeGreaterThan(5);
  });

  it('reads the variants of all templates, a chunk of templates a call', () => {
    const templates = sim.env.search('product.template', [], { activeTest: false });
    expect(templates.length).toBeGreaterThan(4 * CHUNK);
    const named = leafValues(templatePull, 'product.product', 'product_tmpl_id');
    expect(named.length).toBeGreaterThanOrEqual(Math.ceil(templates.length / CHUNK));
    expect(new Set(named.flat())).toEqual(new Set(templates));
  });

  it('reads the quants of every product with stock, a chunk of products a call', () => {
    const products = new Set(
      sim.env
        .read('stock.quant', sim.env.search('stock.quant', []), ['product_id'])
        .map((q) => (q.product_id as [number])[0]),
    );
    expect(products.size).toBeGreaterThan(CHUNK);
    const named = leafValues(calls, 'stock.quant', 'product_id');
    expect(named.length).toBeGreaterThan(1);
    expect(new Set(named.flat())).toEqual(products);
  });

  it('reads the orders and their invoices in chunks', () => {
    const reads = (model: string) => calls.filter((c) => c.model === model && c.method === 'read');
    expect(reads('sale.order').length).toBeGreaterThan(1);
    expect(reads('account.move').length).toBeGreaterThan(1);
    expect(reads('purchase.order.line').length).toBeGreaterThan(1);
  });

  it('pulls the same as with the default chunk', async () => {
    const [chunked, whole] = await Promise.all([
      chunkedHub.request(PulledEverything),
      wholeHub.request(PulledEverything),
    ]);
    expect(chunked.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    const lists = ['products', 'partners', 'purchaseOrders', 'saleOrders', 'stocks', 'pricelistItems'] as const;
    for (const list of lists) {
      const mine = chunked.data![list];
      const theirs = whole.data![list];
      expect([list, mine.nodes.length]).toEqual([list, mine.totalCount]);
      expect([list, mine.totalCount]).toEqual([list, theirs.totalCount]);
      expect(mine.nodes.map(canon).sort()).toEqual(theirs.nodes.map(canon).sort());
    }
    const products = chunked.data!.products.nodes;
    expect(products).toHaveLength(sim.env.search('product.product', [], { activeTest: false }).length);
    // The templates' new names came through the companion's chunked reads.
    expect(products.every((p) => String(p.currentData.name).startsWith('Renamed '))).toBe(true);
  });
});
