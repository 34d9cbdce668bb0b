import { graphql } from '../gql/index.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType, FailureSource } from '../../src/domain/enums.js';
import { recordSyncFailure } from '../../src/modules/sync-failure/sync-failure.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { connectSocket } from './socket.js';

const LineageCreate = graphql(`
  mutation LineageCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        parentId
      }
    }
  }
`);
const LineageRevoke = graphql(`
  mutation LineageRevoke($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
const LineageTokens = graphql(`
  query LineageTokens {
    apiTokens {
      id
      name
      parentId
      revokedAt
    }
  }
`);
const LineageMe = graphql(`
  query LineageMe {
    me {
      scopes
    }
  }
`);

const ON_FAILURE = 'subscription { syncFailureChanged { externalId } }';
const WATCH = ['sync:read', 'tokens:create'];

describe('token lineage', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // The sweep that re-checks open sockets' tokens, at half a second, so the test sees it act on its own.
    hub = await startTestHub('token_lineage', { env: { WS_AUTH_RECHECK_SECONDS: '0.5' } });
  });
  afterAll(() => hub.close());

  /** parent → child → grandchild, each made by the one before with createApiToken; and an unrelated token. */
  async function family(label: string) {
    const parent = await issueToken(hub.app.orm.em.fork(), { name: `${label} parent`, scopes: WATCH });
    const make = async (name: string, by: string) => {
      const res = await hub.request(LineageCreate, { input: { name, scopes: WATCH } }, { token: by });
      expect(res.errors).toBeUndefined();
      return res.data!.createApiToken;
    };
    const child = await make(`${label} child`, parent.token);
    const grandchild = await make(`${label} grandchild`, child.token);
    const other = await issueToken(hub.app.orm.em.fork(), { name: `${label} other`, scopes: WATCH });
    return { parent: { token: parent.token, id: parent.apiToken.id }, child, grandchild, other: other.token };
  }

  const status = async (token: string) => {
    const res = await hub.request(LineageMe, {}, { token });
    return res.errors ? `${String(res.errors[0]!.extensions!.code)}: ${res.errors[0]!.message}` : 'ok';
  };

  it('records who made a token, and revoking it revokes its children and theirs at once, over HTTP', async () => {
    const { parent, child, grandchild, other } = await family('http');
    expect(child.apiToken.parentId).toBe(parent.id);
    expect(grandchild.apiToken.parentId).toBe(child.apiToken.id);
    expect(await status(grandchild.token)).toBe('ok');

    const revoked = await hub.request(LineageRevoke, { id: parent.id });
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    for (const token of [parent.token, child.token, grandchild.token]) {
      expect(await status(token)).toBe('UNAUTHENTICATED: This API token was revoked.');
    }
    expect(await status(other)).toBe('ok');
    const listed = (await hub.request(LineageTokens)).data!.apiTokens.filter((t) => t.name.startsWith('http '));
    expect(listed.map((t) => [t.name, t.revokedAt !== null])).toEqual([
      ['http parent', true],
      ['http child', true],
      ['http grandchild', true],
      ['http other', false],
    ]);
  });

  it('refuses a token whose ancestor is revoked even when the revocation missed it (made meanwhile)', async () => {
    const { parent, grandchild } = await family('race');
    // As if the grandchild had been committed after the cascading update read the lineage.
    await hub.app.orm.em.getConnection().execute('update api_token set revoked_at = now() where id = ?', [parent.id]);
    expect(await status(grandchild.token)).toBe('UNAUTHENTICATED: The token that created this API token was revoked.');
    await hub.app.orm.em
      .getConnection()
      .execute(`update api_token set revoked_at = null, expires_at = now() - interval '1 second' where id = ?`, [
        parent.id,
      ]);
    expect(await status(grandchild.token)).toMatch(
      /^UNAUTHENTICATED: The token that created this API token expired at \d{4}-/,
    );
  });

  it('closes the graphql-ws sockets of a revoked token’s children on the next sweep, and keeps the others', async () => {
    const { parent, child, grandchild, other } = await family('ws');
    const sockets = [child.token, grandchild.token, other].map((t) => connectSocket(hub, `Bearer ${t}`));
    expect(await Promise.all(sockets.map((s) => s.answered))).toEqual(['ack', 'ack', 'ack']);
    const [c, g, o] = sockets as [(typeof sockets)[0], (typeof sockets)[0], (typeof sockets)[0]];
    for (const s of sockets) s.subscribe('failures', ON_FAILURE);

    const started = Date.now();
    await hub.request(LineageRevoke, { id: parent.id });
    // No call to sweep(): the timer (WS_AUTH_RECHECK_SECONDS) closes them.
    expect(await c.closed).toEqual({ code: 4403, reason: 'This API token was revoked.' });
    expect(await g.closed).toEqual({ code: 4403, reason: 'This API token was revoked.' });
    const ms = Date.now() - started;
    expect(ms).toBeLessThan(5_000);

    // The unrelated token's subscription goes on receiving events.
    const seen = () =>
      o.messages.some(
        (m) =>
          m.type === 'next' &&
          (m.payload as { data?: { syncFailureChanged?: { externalId: string } } }).data?.syncFailureChanged
            ?.externalId === 'after-revoke',
      );
    for (let i = 0; i < 100 && !seen(); i++) {
      if (i % 10 === 0) {
        await recordSyncFailure(hub.app.orm.em.fork(), {
          entityType: EntityType.PRODUCT,
          externalId: 'after-revoke',
          source: FailureSource.ODOO,
          errorMessage: 'test',
        });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen()).toBe(true);
    o.socket.close();
    await o.closed;
  });

  it('closes the socket of a token whose ancestor was revoked behind the cascade’s back', async () => {
    const { parent, grandchild } = await family('ws-race');
    const socket = connectSocket(hub, `Bearer ${grandchild.token}`);
    expect(await socket.answered).toBe('ack');
    await hub.app.orm.em.getConnection().execute('update api_token set revoked_at = now() where id = ?', [parent.id]);
    expect(await socket.closed).toEqual({ code: 4403, reason: 'The token that created this API token was revoked.' });
  });

  it('lets only admin and tokens:create mint tokens; a child never holds more than its parent', async () => {
    const { token: noMint } = await issueToken(hub.app.orm.em.fork(), {
      name: 'all but minting',
      scopes: ['catalog:read', 'catalog:write', 'partners:read', 'partners:write', 'sync:read', 'sync:write'],
    });
    const refused = await hub.request(
      LineageCreate,
      { input: { name: 'x', scopes: ['catalog:read'] } },
      { token: noMint },
    );
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: 'Mutation.createApiToken needs the scope tokens:create, which this token does not have.',
    });
    const { token: minter } = await issueToken(hub.app.orm.em.fork(), {
      name: 'minter',
      scopes: ['catalog:read', 'tokens:create'],
    });
    const beyond = await hub.request(
      LineageCreate,
      { input: { name: 'x', scopes: ['catalog:read', 'sync:read'] } },
      { token: minter },
    );
    expect(beyond.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: /sync:read/ });
    const lesser = await hub.request(
      LineageCreate,
      { input: { name: 'x', scopes: ['catalog:read'] } },
      { token: minter },
    );
    expect(lesser.errors).toBeUndefined();
  });
});
