import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { graphql } from '../gql/index.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { User } from '../../src/modules/user/user.entity.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';

const CacheMe = graphql(`
  query CacheMe {
    me {
      scopes
      user {
        email
      }
    }
  }
`);
const CacheCreate = graphql(`
  mutation CacheCreate($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);
const CacheRevoke = graphql(`
  mutation CacheRevoke($id: ID!) {
    revokeApiToken(id: $id) {
      revokedAt
    }
  }
`);

/** What a token gets from `me` on a hub: ok (and the user's e-mail, if any), or the error's code and message. */
async function status(hub: TestHub, token: string): Promise<string> {
  const res = await hub.request(CacheMe, {}, { token });
  const error = res.errors?.[0];
  if (error) return `${String(error.extensions?.code)}: ${error.message}`;
  return res.data!.me.user ? `ok ${res.data!.me.user.email}` : 'ok';
}

/** The SQL statements that looked a token up, of those `log` collected. */
const tokenLookups = (log: string[]) => log.filter((s) => /\bselect\b/i.test(s) && /"api_token"/.test(s)).length;

/** Waits (at most 1 s, the promise of the cache) until `hub` refuses `token` as `expected` says. */
async function refusedWithin1s(hub: TestHub, token: string, expected: RegExp): Promise<number> {
  const started = Date.now();
  await until(
    () => status(hub, token),
    (s) => expected.test(s),
    `${hub.url} to refuse the token`,
    1_000,
  );
  return Date.now() - started;
}

describe('the token cache across instances', () => {
  let a: TestHub;
  let b: TestHub;
  /** An instance with AUTH_TOKEN_CACHE_SECONDS=0. */
  let uncached: TestHub;
  const logA: string[] = [];
  const logB: string[] = [];
  const logUncached: string[] = [];
  const logged = (log: string[]) => ({
    debug: ['query' as const],
    colors: false,
    logger: (message: string) => log.push(message),
  });
  /** A connection of the test's own, as an operator's psql would be. */
  let sql: pg.Client;

  beforeAll(async () => {
    a = await startTestHub('token_cache', { ormOverrides: logged(logA) });
    b = await startTestHub('token_cache', { sameDatabaseAs: a, ormOverrides: logged(logB) });
    uncached = await startTestHub('token_cache', {
      sameDatabaseAs: a,
      env: { AUTH_TOKEN_CACHE_SECONDS: '0' },
      ormOverrides: logged(logUncached),
    });
    sql = new pg.Client({ connectionString: a.dbUrl });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await uncached?.close();
    await b?.close();
    await a?.close();
  });

  /** A token made by the admin's createApiToken, used once on `hubs` (so they hold it). */
  async function cachedToken(
    name: string,
    hubs: TestHub[],
    scopes = ['catalog:read'],
  ): Promise<{ id: string; token: string }> {
    const created = await a.request(CacheCreate, { input: { name, scopes } });
    const { token, apiToken } = created.data!.createApiToken;
    for (const hub of hubs) expect(await status(hub, token)).toBe('ok');
    return { id: apiToken.id, token };
  }

  it('looks a token up once per instance, then serves it from memory; with the cache off, on every request', async () => {
    const { token } = await cachedToken('cached', []);
    logA.length = logB.length = logUncached.length = 0;
    for (const hub of [a, b, uncached]) for (let i = 0; i < 3; i++) expect(await status(hub, token)).toBe('ok');
    expect([tokenLookups(logA), tokenLookups(logB), tokenLookups(logUncached)]).toEqual([1, 1, 3]);
  });

  it('refuses on every instance within 1 s a token revoked through the mutation on one of them', async () => {
    const { id, token } = await cachedToken('revoked by mutation', [a, b]);
    expect((await a.request(CacheRevoke, { id })).data!.revokeApiToken.revokedAt).not.toBeNull();
    expect(await refusedWithin1s(b, token, /^UNAUTHENTICATED: This API token was revoked\.$/)).toBeLessThan(1_000);
    expect(await status(a, token)).toBe('UNAUTHENTICATED: This API token was revoked.');
  });

  it('refuses within 1 s a token revoked in plain SQL, and the tokens it made', async () => {
    const parent = await cachedToken('revoked by SQL', [a, b], ['catalog:read', 'tokens:create']);
    const made = await a.request(
      CacheCreate,
      { input: { name: 'made by the revoked', scopes: ['catalog:read'] } },
      { token: parent.token },
    );
    const child = made.data!.createApiToken.token;
    expect(await status(b, child)).toBe('ok');
    // Only the parent's row changes, as if the cascade had missed the child: the lineage rule still applies.
    await sql.query('update api_token set revoked_at = now() where id = $1', [parent.id]);
    await refusedWithin1s(b, parent.token, /^UNAUTHENTICATED: This API token was revoked\.$/);
    await refusedWithin1s(b, child, /^UNAUTHENTICATED: The token that created this API token was revoked\.$/);
    await refusedWithin1s(a, child, /^UNAUTHENTICATED: The token that created this API token was revoked\.$/);
  });

  it('refuses within 1 s a token revoked by the CLI (another process)', async () => {
    const { id, token } = await cachedToken('revoked by the CLI', [a, b]);
    await promisify(execFile)(
      process.execPath,
      [join(process.cwd(), 'dist', 'src', 'cli.js'), 'token:revoke', '--id', id],
      {
        env: { ...process.env, DATABASE_URL: a.dbUrl, LOG_LEVEL: 'silent' },
      },
    );
    await refusedWithin1s(b, token, /^UNAUTHENTICATED: This API token was revoked\.$/);
    await refusedWithin1s(a, token, /^UNAUTHENTICATED: This API token was revoked\.$/);
  });

  it('follows a change of the token’s user within 1 s, and refuses the token once the user is deleted', async () => {
    const em = a.app.orm.em.fork();
    const user = em.create(User, { email: 'cached@shop.example', roles: [], isVerified: true } as unknown as User);
    const { token } = await issueToken(em, { name: 'login', scopes: ['catalog:read'], user });
    expect(await status(b, token)).toBe('ok cached@shop.example');
    // The token's row does not change: only the user's notification can evict it.
    await sql.query(`update "user" set email = 'renamed@shop.example' where id = $1`, [user.id]);
    await until(
      () => status(b, token),
      (s) => s === 'ok renamed@shop.example',
      'the new e-mail on b',
      1_000,
    );
    await sql.query('delete from "user" where id = $1', [user.id]);
    await refusedWithin1s(b, token, /^UNAUTHENTICATED: This API token is not valid\.$/);
  });

  it('refuses a cached token once it expires, with no change in the database to announce it', async () => {
    const expiresAt = new Date(Date.now() + 1_500);
    const created = await a.request(CacheCreate, {
      input: { name: 'short-lived', scopes: ['catalog:read'], expiresAt: expiresAt.toISOString() },
    });
    const { token } = created.data!.createApiToken;
    expect(await status(b, token)).toBe('ok');
    logB.length = 0;
    // Polls until refused: every answer before expiresAt is ok (from the cache), none after it.
    const answers: [number, string][] = [];
    await until(
      async () => {
        const sent = Date.now();
        answers.push([sent, await status(b, token)]);
        return answers.at(-1)![1];
      },
      (s) => s !== 'ok',
      'the token to expire on b',
      5_000,
    );
    expect(answers.at(-1)![1]).toMatch(/^UNAUTHENTICATED: This API token expired at \d{4}-/);
    expect(answers.filter(([sent, s]) => s === 'ok' && sent >= expiresAt.getTime())).toEqual([]);
    // Served from memory until it expired: only the refusal looked the token up again.
    expect(answers.filter(([, s]) => s === 'ok').length).toBeGreaterThan(1);
    expect(tokenLookups(logB)).toBe(1);
  });

  it('drops everything it holds when its LISTEN connection is lost (a revocation may be missed meanwhile)', async () => {
    const { id, token } = await cachedToken('missed revocation', [b]);
    // Revoked without a notification (triggers off for this session), as if NOTIFY had been lost.
    await sql.query('begin');
    await sql.query(`set local session_replication_role = replica`);
    await sql.query('update api_token set revoked_at = now() where id = $1', [id]);
    await sql.query('commit');
    expect(await status(b, token)).toBe('ok');
    expect(await status(uncached, token)).toBe('UNAUTHENTICATED: This API token was revoked.');
    await sql.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and application_name = 'odoo-sync-hub events'`,
    );
    await refusedWithin1s(b, token, /^UNAUTHENTICATED: This API token was revoked\.$/);
    // Once LISTEN is back, tokens are cached again.
    const fresh = await cachedToken('after the reconnect', []);
    await until(
      async () => {
        logB.length = 0;
        await status(b, fresh.token);
        await status(b, fresh.token);
        return tokenLookups(logB);
      },
      (n) => n === 0,
      'b to cache again',
    );
  });
});
