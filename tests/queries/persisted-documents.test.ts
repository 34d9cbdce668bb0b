import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { ApiLog } from '../../src/modules/api-log/api-log.entity.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe, untilLive, wsClient } from '../support/ws.js';

const Catalogue = graphql(`
  query PersistedCatalogue($first: Int) {
    products(first: $first) {
      nodes {
        externalId
        currentData
        prices {
          price
        }
        stock {
          quantity
        }
      }
    }
  }
`);
const Lookup = graphql(`
  query PersistedLookup($externalId: String) {
    product(externalId: $externalId) {
      externalId
      currentData
    }
  }
`);
const Page = graphql(`
  query PersistedPage($first: Int) {
    products(first: $first) {
      nodes {
        externalId
      }
    }
  }
`);
const TooBig = graphql(`
  query PersistedTooBig {
    products(first: 500) {
      nodes {
        prices {
          price
        }
      }
    }
  }
`);
const OnInterface = graphql(`
  query PersistedOnInterface {
    products(first: 3) {
      nodes {
        ... on Syncable {
          externalId
          changedFields
        }
      }
    }
  }
`);
const OnProduct = graphql(`
  subscription PersistedOnProduct {
    entityChanged(entityType: PRODUCT) {
      externalId
    }
  }
`);
const Ingest = graphql(`
  mutation PersistedIngest($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      created
    }
  }
`);

/** The manifest as codegen's client preset writes it: `sha256:<hex of the text>` → text. */
const REGISTERED = [Catalogue, Lookup, Page, TooBig, OnInterface, OnProduct, Ingest];
const hashOf = (doc: TypedDocumentNode<unknown, never>) => createHash('sha256').update(print(doc)).digest('hex');

interface Answer {
  status: number;
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

/** A POST of any body, as a client of persisted documents sends it. */
async function post(
  hub: TestHub,
  body: Record<string, unknown>,
  token: string | null = hub.adminToken,
): Promise<Answer> {
  const res = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

/** The same document by id: APQ's extension, or GraphQL over HTTP's documentId. */
const byHash = (doc: TypedDocumentNode<unknown, never>, variables?: Record<string, unknown>) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(doc) } },
  variables,
});
const byDocumentId = (doc: TypedDocumentNode<unknown, never>, variables?: Record<string, unknown>) => ({
  documentId: `sha256:${hashOf(doc)}`,
  variables,
});
/** The same operation as text that is not registered (one more space): graphql-js runs it. */
const asFreeText = (doc: TypedDocumentNode<unknown, never>, variables?: Record<string, unknown>) => ({
  query: `${print(doc)} `,
  variables,
});

async function seed(hub: TestHub): Promise<void> {
  const em = hub.app.orm.em.fork();
  for (let i = 1; i <= 5; i++) {
    factories.product(em, { externalId: `PD-${i}`, currentData: { name: `Product ${i}`, sizes: [i, i + 1] } });
    factories.pricelistItem(em, { productExternalId: `PD-${i}`, price: `${i}.50` });
    factories.pricelistItem(em, { productExternalId: `PD-${i}`, pricelistExternalId: 'b2b', price: `${i}.00` });
    factories.stock(em, { productExternalId: `PD-${i}`, quantity: i * 3 });
    await em.flush();
  }
}

/** Executions of the hub so far by engine (graphql_executions_total). */
async function executions(hub: TestHub): Promise<Record<string, number>> {
  const metric = await hub.app.metrics.graphqlExecutions.get();
  return Object.fromEntries(metric.values.map((v) => [String(v.labels.engine), v.value]));
}
async function compilations(hub: TestHub): Promise<number> {
  return (await hub.app.metrics.graphqlJitCompilations.get()).values[0]?.value ?? 0;
}

describe('persisted documents', () => {
  let dir: string;
  let manifest: string;
  let hub: TestHub;
  let off: TestHub;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'persisted-'));
    manifest = join(dir, 'persisted-documents.json');
    const entries = REGISTERED.map((doc) => [`sha256:${hashOf(doc)}`, print(doc)]);
    await writeFile(manifest, JSON.stringify(Object.fromEntries(entries), null, 2));
    // The default GRAPHQL_JIT (registered) and graphql-js alone, on the same data.
    hub = await startTestHub('persisted', { env: { PERSISTED_DOCUMENTS_FILE: manifest, GRAPHQL_JIT: 'registered' } });
    off = await startTestHub('persisted_off', { env: { PERSISTED_DOCUMENTS_FILE: manifest, GRAPHQL_JIT: 'off' } });
    await Promise.all([seed(hub), seed(off)]);
  });
  afterAll(async () => {
    await Promise.all([hub?.close(), off?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('runs a registered document named by its hash through one compiled plan, answering as graphql-js does', async () => {
    const before = await executions(hub);
    const compiledBefore = await compilations(hub);
    const viaHash = await post(hub, byHash(Catalogue, { first: 3 }));
    const viaId = await post(hub, byDocumentId(Catalogue, { first: 3 }));
    const viaText = await post(hub, { query: print(Catalogue), variables: { first: 3 } });
    const graphqlJs = await post(hub, asFreeText(Catalogue, { first: 3 }));

    expect(graphqlJs.errors).toBeUndefined();
    expect(graphqlJs.data).toEqual({
      products: {
        nodes: [1, 2, 3].map((i) => ({
          externalId: `PD-${i}`,
          currentData: { name: `Product ${i}`, sizes: [i, i + 1] },
          prices: expect.arrayContaining([{ price: `${i}.50` }, { price: `${i}.00` }]),
          stock: [{ quantity: i * 3 }],
        })),
      },
    });
    // The same bytes: key order, nulls and scalars serialised alike.
    for (const answer of [viaHash, viaId, viaText]) expect(JSON.stringify(answer)).toBe(JSON.stringify(graphqlJs));
    const after = await executions(hub);
    expect((after.jit ?? 0) - (before.jit ?? 0)).toBe(3);
    expect((after['graphql-js'] ?? 0) - (before['graphql-js'] ?? 0)).toBe(1);
    expect((await compilations(hub)) - compiledBefore).toBe(1);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an id the manifest does not hold, in either shape', async () => {
    const unknown = 'f'.repeat(64);
    for (const body of [
      { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } },
      { documentId: `sha256:${unknown}` },
      { documentId: 'not-a-hash' },
    ]) {
      const answer = await post(hub, body);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toEqual([
        { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      ]);
    }
  });

  it('takes variables, and refuses bad ones in graphql-js words', async () => {
    const one = await post(hub, byHash(Lookup, { externalId: 'PD-4' }));
    expect(one).toEqual({ status: 200, data: { product: { externalId: 'PD-4', currentData: expect.any(Object) } } });
    const none = await post(hub, byHash(Lookup, { externalId: 'nope' }));
    expect(none).toEqual({ status: 200, data: { product: null } });

    const bad = await post(hub, byHash(Catalogue, { first: 'three' }));
    const badText = await post(hub, asFreeText(Catalogue, { first: 'three' }));
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad).toEqual(badText);
  });

  it('reports resolver errors exactly as graphql-js does (message, locations, path, code)', async () => {
    // Above MAX_PAGE_SIZE the field itself refuses (a resolver error with a path).
    const tooMany = await post(hub, byHash(Page, { first: 100_000 }));
    const tooManyText = await post(hub, asFreeText(Page, { first: 100_000 }));
    expect(tooMany.errors![0]).toMatchObject({ path: ['products'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors![0]!.locations).toEqual([{ line: 2, column: 3 }]);
    expect(JSON.stringify(tooMany)).toBe(JSON.stringify(tooManyText));
  });

  it('applies the limits to registered documents too (cost)', async () => {
    const answer = await post(hub, byHash(TooBig));
    expect(answer.status).toBe(400);
    expect(answer.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: 20000 } });
  });

  it('leaves a document on an interface to graphql-js, with the same answer', async () => {
    const compiledBefore = await compilations(hub);
    const registered = await post(hub, byHash(OnInterface));
    const text = await post(hub, asFreeText(OnInterface));
    expect(registered.errors).toBeUndefined();
    expect((registered.data as { products: { nodes: unknown[] } }).products.nodes).toHaveLength(3);
    expect(registered).toEqual(text);
    expect(await compilations(hub)).toBe(compiledBefore);
  });

  it('gives the same answers with GRAPHQL_JIT=off', async () => {
    for (const [body, expectErrors] of [
      [byHash(Catalogue, { first: 5 }), false],
      [byDocumentId(Lookup, { externalId: 'PD-2' }), false],
      [byHash(Catalogue, { first: 'x' }), true],
      [byHash(Page, { first: 100_000 }), true],
    ] as const) {
      const jit = await post(hub, body);
      const plain = await post(off, body);
      expect(Boolean(plain.errors)).toBe(expectErrors);
      expect(JSON.stringify(plain)).toBe(JSON.stringify(jit));
    }
    // Off means no executor at all: Apollo runs graphql-js itself.
    expect(await executions(off)).toEqual({});
  });

  it('registers a document sent with its hash (APQ) when PERSISTED_DOCUMENTS_ONLY is off', async () => {
    const query = '{ products(first: 1) { nodes { externalId } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    expect((await post(hub, { extensions: { persistedQuery } })).errors![0]!.extensions!.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect(await post(hub, { query, extensions: { persistedQuery } })).toEqual({
      status: 200,
      data: { products: { nodes: [{ externalId: 'PD-1' }] } },
    });
    expect((await post(hub, { extensions: { persistedQuery } })).data).toEqual({
      products: { nodes: [{ externalId: 'PD-1' }] },
    });
  });

  it('keeps ApiLog on: a persisted request leaves its row with the operation name', async () => {
    await post(hub, byDocumentId(Lookup, { externalId: 'PD-1' }));
    await hub.app.apiLog!.flush();
    const rows = await hub.app.orm.em.fork().find(ApiLog, { operationName: 'PersistedLookup' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ path: '/graphql', statusCode: 200 });
  });

  it('leaves subscriptions to graphql-ws, by text or by id', async () => {
    const byText = subscribe(hub.url, hub.adminToken, OnProduct);
    const byId = subscribe(hub.url, hub.adminToken, OnProduct, undefined, { persisted: true });
    try {
      let n = 0;
      const poke = () =>
        post(hub, byHash(Ingest, { input: [{ externalId: `LIVE-${++n}`, data: { name: `Live ${n}` } }] }));
      for (const sub of [byText, byId]) {
        const first = await untilLive(sub, poke);
        expect(first).toEqual({ data: { entityChanged: { externalId: expect.stringMatching(/^LIVE-/) } } });
      }
      // Both live now: the next change reaches both (after any earlier pokes' events still on their way).
      await poke();
      const last = `LIVE-${n}`;
      for (const sub of [byText, byId]) {
        let event;
        do event = await sub.next();
        while (event.data?.entityChanged.externalId !== last);
        expect(event).toEqual({ data: { entityChanged: { externalId: last } } });
      }
    } finally {
      await Promise.all([byText.close(), byId.close()]);
    }
  });
});

describe('PERSISTED_DOCUMENTS_ONLY', () => {
  let dir: string;
  let hub: TestHub;
  let storefront: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'persisted-only-'));
    const manifest = join(dir, 'persisted-documents.json');
    await writeFile(manifest, JSON.stringify({ [`sha256:${hashOf(Lookup)}`]: print(Lookup) }));
    hub = await startTestHub('persisted_only', {
      env: { PERSISTED_DOCUMENTS_FILE: manifest, PERSISTED_DOCUMENTS_ONLY: 'true' },
    });
    const em = hub.app.orm.em.fork();
    factories.product(em, { externalId: 'ONLY-1', currentData: { name: 'Only' } });
    await em.flush();
    storefront = (
      await issueToken(hub.app.orm.em.fork(), {
        name: 'storefront',
        scopes: ['catalog:read', 'partners:read', 'partners:write', 'orders:read', 'orders:write', 'changes:consume'],
      })
    ).token;
  });
  afterAll(async () => {
    await hub?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const free = '{ products(first: 1) { nodes { externalId } } }';
  const refused = {
    status: 400,
    errors: [
      {
        message: expect.stringContaining('registered documents only'),
        extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
      },
    ],
  };

  it('refuses a document sent as text to a storefront token, before it is parsed', async () => {
    expect(await post(hub, { query: free }, storefront)).toEqual(refused);
    // Not even a parse error: the text is never looked at.
    expect(await post(hub, { query: '{ products(' }, storefront)).toEqual(refused);
    expect(await post(hub, { query: free }, null)).toEqual(refused);
    // APQ registration is an arbitrary document too.
    const sha256Hash = createHash('sha256').update(free).digest('hex');
    expect(
      await post(hub, { query: free, extensions: { persistedQuery: { version: 1, sha256Hash } } }, storefront),
    ).toEqual(refused);
  });

  it('runs registered documents for a storefront token, by id or as their exact text', async () => {
    const expected = { status: 200, data: { product: { externalId: 'ONLY-1', currentData: { name: 'Only' } } } };
    expect(await post(hub, byHash(Lookup, { externalId: 'ONLY-1' }), storefront)).toEqual(expected);
    expect(await post(hub, byDocumentId(Lookup, { externalId: 'ONLY-1' }), storefront)).toEqual(expected);
    expect(await post(hub, { query: print(Lookup), variables: { externalId: 'ONLY-1' } }, storefront)).toEqual(
      expected,
    );
  });

  it('lets an admin token send any document, without registering it for others', async () => {
    const sha256Hash = createHash('sha256').update(free).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    expect(await post(hub, { query: free, extensions: { persistedQuery } })).toEqual({
      status: 200,
      data: { products: { nodes: [{ externalId: 'ONLY-1' }] } },
    });
    const later = await post(hub, { extensions: { persistedQuery } }, storefront);
    expect(later.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a document sent as text over graphql-ws to a storefront token, not to an admin', async () => {
    const run = async (token: string) => {
      const client = wsClient(hub.url, token);
      try {
        return await new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: 'query Free { products(first: 1) { nodes { externalId } } }' },
            { next: resolve, error: resolve, complete: () => undefined },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    expect(await run(storefront)).toEqual([
      expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }),
    ]);
    expect(await run(hub.adminToken)).toEqual({ data: { products: { nodes: [{ externalId: 'ONLY-1' }] } } });
  });
});
