import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ACCESS_RULES } from '../../src/domain/access-rules.js';
import { ROLE_SCOPES, SCOPES } from '../../src/domain/scopes.js';
import { Role } from '../../src/domain/enums.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const DUMMY_ID = '01900000-0000-7000-8000-000000000000';
/** A GraphQL literal for a required argument of this type: enough to pass validation. */
function dummy(type: GraphQLInputType): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${dummy(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${fields.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(inner)) {
    const byName: Record<string, string> = {
      ID: `"${DUMMY_ID}"`,
      String: '"x"',
      Int: '1',
      Float: '1',
      Boolean: 'false',
      DateTime: '"2030-01-01T00:00:00Z"',
      JSONObject: '{}',
      Decimal: '"1"',
    };
    return byName[inner.name] ?? '"x"';
  }
  throw new Error(`no dummy for ${String(type)}`);
}

type Kind = 'query' | 'mutation' | 'subscription';

/** The smallest valid operation calling one root field. */
function operationFor(kind: Kind, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${dummy(a.type)}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${argText}${selection} }`;
}

interface RootField {
  key: string;
  kind: Kind;
  field: GraphQLField<unknown, unknown>;
}

function rootFieldsOf(schema: GraphQLSchema): RootField[] {
  const roots: [GraphQLObjectType | null | undefined, Kind][] = [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
    [schema.getSubscriptionType(), 'subscription'],
  ];
  return roots.flatMap(([type, kind]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ key: `${type!.name}.${field.name}`, kind, field })),
  );
}

/** The committed, emitted schema: what the acceptance counts (its root fields are the ones to cover). */
const EMITTED = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

type GqlError = { message: string; extensions?: { code?: string } };

/**
 * The errors access control raised for `key` (src/auth/access-control.ts): its
 * codes, with messages that name the field. A resolver's own refusal of dummy
 * arguments (login's "Wrong e-mail or password.") is not one.
 */
const accessErrors = (key: string, errors: GqlError[]) =>
  errors.filter(
    (e) =>
      ['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code ?? '') &&
      (e.message.startsWith(`${key} needs `) || e.message.startsWith(`${key} has no access rule`)),
  );

describe('access control', () => {
  let hub: TestHub;
  const rootFields = rootFieldsOf(EMITTED);
  /** Root fields whose three cases (none, wrong scope, right scope) a test has checked. */
  const checked = new Set<string>();

  beforeAll(async () => {
    hub = await startTestHub('access');
  });
  afterAll(() => hub.close());

  async function call(operation: string, token: string | null): Promise<GqlError[]> {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: operation }),
    });
    const body = (await res.json()) as { errors?: GqlError[] };
    return body.errors ?? [];
  }

  /**
   * A subscription over graphql-ws: its first answer (errors, or the socket's
   * close code), or 'running' when it started and stayed quiet for `quietMs`.
   */
  async function subscribeOnce(operation: string, token: string | null, quietMs = 400) {
    const client = createClient({
      url: `${hub.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    try {
      return await new Promise<{ codes: (string | undefined)[] } | { closed: number } | 'running'>((resolve) => {
        const timer = setTimeout(() => resolve('running'), quietMs);
        const settle = (value: { codes: (string | undefined)[] } | { closed: number }) => {
          clearTimeout(timer);
          resolve(value);
        };
        client.subscribe(
          { query: operation },
          {
            next: (result) => settle({ codes: (result.errors ?? []).map((e) => e.extensions?.code as string) }),
            error: (err) =>
              settle(
                'code' in (err as object)
                  ? { closed: (err as { code: number }).code }
                  : { codes: (err as GqlError[]).map((e) => e.extensions?.code) },
              ),
            complete: () => settle({ codes: [] }),
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  /** Tokens missing one scope each of `required` (and holding every other scope but admin). */
  async function tokensLacking(key: string, required: readonly string[]) {
    const em = hub.app.orm.em.fork();
    const tokens: { lacks: string; token: string }[] = [];
    for (const lacks of required) {
      const others = SCOPES.filter((s) => s !== 'admin' && s !== lacks);
      tokens.push({ lacks, token: (await issueToken(em, { name: `${key} without ${lacks}`, scopes: others })).token });
    }
    return tokens;
  }

  const tokenFor = async (key: string, required: readonly string[]) =>
    (
      await issueToken(hub.app.orm.em.fork(), {
        name: `for ${key}`,
        scopes: required.length ? required : ['catalog:read'],
      })
    ).token;

  it('covers the emitted schema: the running schema has its root fields, and every one has a rule', () => {
    expect(rootFields.length).toBeGreaterThan(50);
    expect(rootFields.filter((f) => f.kind === 'subscription').length).toBeGreaterThan(0);
    const running = rootFieldsOf(hub.app.schema).map((f) => f.key);
    expect(running.sort()).toEqual(rootFields.map((f) => f.key).sort());
    // No root field without a rule, and no rule for a field that does not exist.
    expect(Object.keys(ACCESS_RULES).sort()).toEqual(rootFields.map((f) => f.key).sort());
    // Open to anyone: registering, verifying and logging in; to any token: asking who it is. Making a
    // lesser token takes tokens:create (admin implies it; no other role grants it).
    const withRule = (rule: string) => Object.keys(ACCESS_RULES).filter((k) => ACCESS_RULES[k] === rule);
    expect(withRule('public').sort()).toEqual(['Mutation.login', 'Mutation.registerUser', 'Mutation.verifyEmail']);
    expect(withRule('authenticated').sort()).toEqual(['Query.me']);
    expect(ACCESS_RULES['Mutation.createApiToken']).toEqual(['tokens:create']);
  });

  it('answers every query and mutation: no token → UNAUTHENTICATED, any scope missing → FORBIDDEN, right scopes → allowed', async () => {
    for (const { key, kind, field } of rootFields) {
      if (kind === 'subscription') continue; // over graphql-ws: the next test
      const rule = ACCESS_RULES[key]!;
      const operation = operationFor(kind, field);

      const anonymous = await call(operation, null);
      if (rule === 'public') {
        expect({ key, errors: accessErrors(key, anonymous) }).toEqual({ key, errors: [] });
        checked.add(key);
        continue;
      }
      expect({ key, errors: anonymous.map((e) => [e.extensions?.code, e.message]) }).toEqual({
        key,
        errors: [['UNAUTHENTICATED', `${key} needs an API token: send "Authorization: Bearer <token>".`]],
      });

      const required = rule === 'authenticated' ? [] : [...rule];
      for (const { lacks, token } of await tokensLacking(key, required)) {
        const forbidden = await call(operation, token);
        expect({ key, lacks, errors: forbidden.map((e) => [e.extensions?.code, e.message]) }).toEqual({
          key,
          lacks,
          errors: [['FORBIDDEN', expect.stringContaining(`${key} needs the scope ${lacks}`)]],
        });
      }

      const allowed = await call(operation, await tokenFor(key, required));
      // Dummy arguments may still be refused (BAD_USER_INPUT, NOT_FOUND), but not by access control.
      expect({ key, errors: accessErrors(key, allowed) }).toEqual({ key, errors: [] });
      checked.add(key);
    }
  });

  it('answers every subscription over graphql-ws: no token → closed 4401, any scope missing → FORBIDDEN, right scopes → running', async () => {
    for (const { key, kind, field } of rootFields) {
      if (kind !== 'subscription') continue;
      const rule = ACCESS_RULES[key]!;
      expect({ key, rule }).not.toEqual({ key, rule: 'public' }); // a socket needs a token: no public subscription
      const operation = operationFor(kind, field);

      expect({ key, answer: await subscribeOnce(operation, null) }).toEqual({ key, answer: { closed: 4401 } });
      const required = rule === 'authenticated' ? [] : [...rule];
      for (const { lacks, token } of await tokensLacking(key, required)) {
        const answer = await subscribeOnce(operation, token, 10_000);
        expect({ key, lacks, answer }).toEqual({ key, lacks, answer: { codes: ['FORBIDDEN'] } });
      }
      expect({ key, answer: await subscribeOnce(operation, await tokenFor(key, required)) }).toEqual({
        key,
        answer: 'running',
      });
      checked.add(key);
    }
  });

  it('has checked 100% of the root fields of the emitted schema', () => {
    expect([...checked].sort()).toEqual(rootFields.map((f) => f.key).sort());
  });

  it('lets admin do everything', async () => {
    const errors = await call(
      '{ users { id } apiTokens { id } allowedDomains { id } syncStatus { openFailures } }',
      hub.adminToken,
    );
    expect(errors).toEqual([]);
  });

  it('rejects a malformed or unknown bearer token, but not on public fields', async () => {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ products { totalCount } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'The Authorization header must be "Bearer <token>".',
    });
    const unknown = await call('{ products { totalCount } }', 'osh_not-a-real-token');
    expect(unknown[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'This API token is not valid.',
    });
    const publicField = await call('mutation { verifyEmail(token: "nope") { id } }', 'osh_not-a-real-token');
    expect(publicField[0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

/**
 * Who may change what (record origin), over every role: the webshop's doors
 * never change a record Odoo made, whatever the token; every mutation that
 * writes Syncable records is one of Odoo's doors or one of the webshop's.
 */
describe('access control: record origin', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('access_origin');
  });
  afterAll(() => hub.close());

  /** Odoo's side writes as ODOO (with sync:write); the webshop's doors write as WEBSHOP and are checked. */
  const ODOO_DOORS = [
    'ingestProducts',
    'ingestPartners',
    'ingestSaleOrders',
    'ingestPurchaseOrders',
    'ingestStock',
    'ingestPricelistItems',
  ];
  const WEBSHOP_DOORS = ['saveCustomer', 'placeSaleOrder', 'createPurchaseOrder', 'cancelSaleOrder'];

  async function call(
    query: string,
    token: string,
  ): Promise<{ data: Record<string, unknown> | null; errors: GqlError[] }> {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: GqlError[] };
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  it('classifies every mutation that writes Syncable records as a door of Odoo or of the webshop', () => {
    const syncable = new Set(['Product', 'Partner', 'SaleOrder', 'PurchaseOrder', 'IngestResult']);
    const writers = Object.values(EMITTED.getMutationType()!.getFields())
      .filter((f) => syncable.has(getNamedType(f.type).name))
      .map((f) => f.name);
    expect(writers.sort()).toEqual([...ODOO_DOORS, ...WEBSHOP_DOORS].sort());
    for (const door of WEBSHOP_DOORS) expect(ACCESS_RULES[`Mutation.${door}`]).not.toContain('sync:write');
    for (const door of ODOO_DOORS) expect(ACCESS_RULES[`Mutation.${door}`]).toContain('sync:write');
  });

  it('refuses every webshop door on records Odoo made, for every role (admin too), and writes nothing', async () => {
    const seeded = await call(
      `mutation {
        ingestProducts(input: [{ externalId: "SKU-A", data: { name: "A" } }]) { created }
        ingestPartners(input: [{ externalId: "ODOO-P", data: { name: "Odoo's", email: "odoo@example.com" } }]) { created }
        ingestPurchaseOrders(input: [{ externalId: "ODOO-PO", name: "ODOO-PO", vendor: "V",
          lines: [{ productExternalId: "SKU-A", quantity: 1, priceUnit: "2" }] }]) { created }
        ingestSaleOrders(input: [{ externalId: "ODOO-SO", data: { name: "S00001" } }]) { created }
      }`,
      hub.adminToken,
    );
    expect(seeded.errors).toEqual([]);
    const doors = {
      saveCustomer: 'mutation { saveCustomer(input: { externalId: "ODOO-P", data: { name: "X" } }) { id } }',
      placeSaleOrderCustomer: `mutation { placeSaleOrder(input: { externalId: "W-1", customer: { externalId: "ODOO-P", data: { name: "X" } },
        lines: [{ productExternalId: "SKU-A", quantity: 1 }] }) { id } }`,
      placeSaleOrderAddress: `mutation { placeSaleOrder(input: { externalId: "W-2", customer: { externalId: "web-1", data: { name: "X" },
        addresses: [{ externalId: "ODOO-P", type: DELIVERY, data: { name: "X" } }] }, lines: [{ productExternalId: "SKU-A", quantity: 1 }] }) { id } }`,
      createPurchaseOrder: `mutation { createPurchaseOrder(input: { externalId: "ODOO-PO", name: "ODOO-PO", vendor: "V",
        lines: [{ productExternalId: "SKU-A", quantity: 9, priceUnit: "0" }] }) { id } }`,
      cancelSaleOrder: 'mutation { cancelSaleOrder(externalId: "ODOO-SO", reason: "no") { id } }',
    };
    const em = hub.app.orm.em.fork();
    for (const role of Object.values(Role)) {
      const { token } = await issueToken(em, { name: `role ${role}`, scopes: ROLE_SCOPES[role] });
      for (const [door, mutation] of Object.entries(doors)) {
        const { errors } = await call(mutation, token);
        // VIEWER lacks the scope; every other role is refused by origin.
        expect({ role, door, codes: errors.map((e) => e.extensions?.code) }).toEqual({
          role,
          door,
          codes: ['FORBIDDEN'],
        });
        if (role !== Role.VIEWER) expect(errors[0]!.message).toMatch(/comes from Odoo \(origin ODOO\)/);
      }
    }
    const after = await call(
      `{ partner(externalId: "ODOO-P") { origin currentData } purchaseOrder(externalId: "ODOO-PO") { origin lines { quantity } }
         saleOrder(externalId: "ODOO-SO") { currentData }
         saleOrders(first: 10) { totalCount } outboundQueue(first: 10) { totalCount } }`,
      hub.adminToken,
    );
    expect(after.data).toEqual({
      partner: { origin: 'ODOO', currentData: { name: "Odoo's", email: 'odoo@example.com' } },
      purchaseOrder: { origin: 'ODOO', lines: [{ quantity: 1 }] },
      // Only the order Odoo made, untouched by the refused cancellation: none of the webshop's were placed.
      saleOrder: { currentData: { name: 'S00001' } },
      saleOrders: { totalCount: 1 },
      outboundQueue: { totalCount: 0 },
    });
  });
});
