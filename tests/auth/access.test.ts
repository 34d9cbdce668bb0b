import {
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
} from 'graphql';
import { ACCESS_RULES } from '../../src/auth/access-rules.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const DUMMY_ID = '01900000-0000-7000-8000-000000000000';
const ACCESS_ERROR =
  /needs an API token|needs the scope|has no access rule|API token (is not valid|expired|was revoked)/;

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

/** The smallest valid operation calling one root field. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${dummy(a.type)}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${argText}${selection} }`;
}

describe('access control', () => {
  let hub: TestHub;
  const rootFields: {
    key: string;
    kind: 'query' | 'mutation' | 'subscription';
    field: GraphQLField<unknown, unknown>;
  }[] = [];

  beforeAll(async () => {
    hub = await startTestHub('access');
    const roots: [GraphQLObjectType | null | undefined, 'query' | 'mutation' | 'subscription'][] = [
      [hub.app.schema.getQueryType(), 'query'],
      [hub.app.schema.getMutationType(), 'mutation'],
      [hub.app.schema.getSubscriptionType(), 'subscription'],
    ];
    for (const [type, kind] of roots) {
      for (const field of Object.values(type?.getFields() ?? {}))
        rootFields.push({ key: `${type!.name}.${field.name}`, kind, field });
    }
  });
  afterAll(() => hub.close());

  async function call(operation: string, token: string | null) {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: operation }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return body.errors ?? [];
  }

  it('has a declared rule for every root field of the emitted schema', () => {
    expect(rootFields.length).toBeGreaterThan(20);
    const missing = rootFields.filter((f) => ACCESS_RULES[f.key] === undefined).map((f) => f.key);
    expect(missing).toEqual([]);
  });

  it('answers every root field: no token → UNAUTHENTICATED, wrong scope → FORBIDDEN, right scope → allowed', async () => {
    const em = hub.app.orm.em.fork();
    const checked: string[] = [];
    for (const { key, kind, field } of rootFields) {
      if (kind === 'subscription') continue; // over graphql-ws: see the subscription tests
      const rule = ACCESS_RULES[key]!;
      const operation = operationFor(kind, field);

      const anonymous = await call(operation, null);
      if (rule === 'public') {
        expect({ key, errors: anonymous.filter((e) => ACCESS_ERROR.test(e.message)) }).toEqual({ key, errors: [] });
        checked.push(key);
        continue;
      }
      expect({ key, codes: anonymous.map((e) => e.extensions?.code) }).toEqual({ key, codes: ['UNAUTHENTICATED'] });

      const required = rule === 'authenticated' ? [] : [...rule];
      if (required.length) {
        const others = SCOPES.filter((s) => s !== 'admin' && !required.includes(s));
        const { token: weak } = await issueToken(em, {
          name: `without ${key}`,
          scopes: others.length ? others : ['catalog:read'],
        });
        const forbidden = await call(operation, weak);
        expect({ key, codes: forbidden.map((e) => e.extensions?.code) }).toEqual({ key, codes: ['FORBIDDEN'] });
      }

      const { token: right } = await issueToken(em, {
        name: `for ${key}`,
        scopes: required.length ? required : ['catalog:read'],
      });
      const allowed = await call(operation, right);
      // Dummy arguments may still be refused (BAD_USER_INPUT, NOT_FOUND), but not by access control.
      expect({ key, errors: allowed.filter((e) => ACCESS_ERROR.test(e.message)) }).toEqual({ key, errors: [] });
      checked.push(key);
    }
    expect(checked.length).toBe(rootFields.filter((f) => f.kind !== 'subscription').length);
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
