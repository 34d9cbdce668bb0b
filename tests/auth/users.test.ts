import { graphql } from '../gql/index.js';
import type { Mail, Mailer } from '../../src/mail/mailer.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';

const AddDomain = graphql(`
  mutation AddDomain($domain: String!) {
    addAllowedDomain(domain: $domain) {
      id
      domain
    }
  }
`);
const RemoveDomain = graphql(`
  mutation RemoveDomain($id: ID!) {
    removeAllowedDomain(id: $id)
  }
`);
const Register = graphql(`
  mutation Register($email: String!, $password: String!) {
    registerUser(email: $email, password: $password) {
      id
      email
      roles
      isVerified
    }
  }
`);
const Verify = graphql(`
  mutation Verify($token: String!) {
    verifyEmail(token: $token) {
      email
      isVerified
    }
  }
`);
const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      apiToken {
        id
        name
        scopes
        expiresAt
      }
    }
  }
`);
const SetRoles = graphql(`
  mutation SetRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      email
      roles
    }
  }
`);
const Me = graphql(`
  query Me {
    me {
      user {
        email
        roles
      }
      token {
        name
      }
      scopes
    }
  }
`);
const CreateToken = graphql(`
  mutation CreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        scopes
        expiresAt
      }
    }
  }
`);
const Revoke = graphql(`
  mutation Revoke($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Keeps the e-mails the hub sends, as an inbox would. */
class Inbox implements Mailer {
  readonly mails: Mail[] = [];
  async send(mail: Mail) {
    this.mails.push(mail);
  }
  tokenFor(to: string): string {
    const mail = this.mails.filter((m) => m.to === to).at(-1);
    return /usable once\):\n\n(\S+)/.exec(mail!.text)![1]!;
  }
}

const PASSWORD = 'correct horse battery';

describe('users, logins and tokens', () => {
  let hub: TestHub;
  const inbox = new Inbox();
  beforeAll(async () => {
    hub = await startTestHub('users', { mailer: inbox });
    const added = await hub.request(AddDomain, { domain: 'Shop.Example' });
    expect(added.data!.addAllowedDomain.domain).toBe('shop.example');
  });
  afterAll(() => hub.close());

  const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  it('manages allowed domains: no duplicates, no nonsense, removal', async () => {
    expect(code(await hub.request(AddDomain, { domain: 'shop.example' }))).toBe('CONFLICT');
    expect(code(await hub.request(AddDomain, { domain: 'not a domain' }))).toBe('BAD_USER_INPUT');
    const temp = await hub.request(AddDomain, { domain: 'temp.example' });
    expect((await hub.request(RemoveDomain, { id: temp.data!.addAllowedDomain.id })).data!.removeAllowedDomain).toBe(
      true,
    );
    expect(code(await hub.request(RemoveDomain, { id: temp.data!.addAllowedDomain.id }))).toBe('NOT_FOUND');
  });

  it('lets only allowed domains register, exactly, with a long enough password', async () => {
    for (const email of ['a@other.example', 'a@evil.shop.example', 'a@shop.example.evil.com', 'a@evilshop.example']) {
      const res = await hub.request(Register, { email, password: PASSWORD }, { token: null });
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.errors![0]!.message).toMatch(/may not register here/);
    }
    const short = await hub.request(Register, { email: 'a@shop.example', password: 'short' }, { token: null });
    expect(short.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/at least 12 characters/),
    });
    expect(code(await hub.request(Register, { email: 'not-an-email', password: PASSWORD }, { token: null }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(inbox.mails).toHaveLength(0);
  });

  it('registers, verifies once, refuses login until verified and until the user has a role', async () => {
    const reg = await hub.request(Register, { email: 'Alice@Shop.Example', password: PASSWORD }, { token: null });
    expect(reg.errors).toBeUndefined();
    expect(reg.data!.registerUser).toMatchObject({ email: 'alice@shop.example', roles: [], isVerified: false });
    expect(
      code(await hub.request(Register, { email: 'alice@shop.example', password: PASSWORD }, { token: null })),
    ).toBe('CONFLICT');

    const unverified = await hub.request(Login, { email: 'alice@shop.example', password: PASSWORD }, { token: null });
    expect(unverified.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/not verified/),
    });

    const token = inbox.tokenFor('alice@shop.example');
    const verified = await hub.request(Verify, { token }, { token: null });
    expect(verified.data!.verifyEmail).toEqual({ email: 'alice@shop.example', isVerified: true });
    const reused = await hub.request(Verify, { token }, { token: null });
    expect(reused.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/already used/),
    });

    const roleless = await hub.request(Login, { email: 'alice@shop.example', password: PASSWORD }, { token: null });
    expect(roleless.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/no role/),
    });

    const setRoles = await hub.request(SetRoles, { userId: reg.data!.registerUser.id, roles: ['WEBSHOP'] });
    expect(setRoles.data!.setUserRoles.roles).toEqual(['WEBSHOP']);

    const login = await hub.request(Login, { email: ' ALICE@shop.example ', password: PASSWORD }, { token: null });
    expect(login.errors).toBeUndefined();
    const { token: bearer, apiToken } = login.data!.login;
    expect(bearer).toMatch(/^osh_[A-Za-z0-9_-]{43}$/);
    expect(apiToken.scopes).toEqual([
      'catalog:read',
      'partners:read',
      'partners:write',
      'orders:read',
      'orders:write',
      'changes:consume',
    ]);
    const hours = (new Date(apiToken.expiresAt!).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    const me = await hub.request(Me, {}, { token: bearer });
    expect(me.data!.me).toEqual({
      user: { email: 'alice@shop.example', roles: ['WEBSHOP'] },
      token: { name: 'login alice@shop.example' },
      scopes: apiToken.scopes,
    });

    // A change of roles revokes the user's tokens: none keeps scopes the user lost.
    await hub.request(SetRoles, { userId: reg.data!.registerUser.id, roles: ['VIEWER'] });
    const after = await hub.request(Me, {}, { token: bearer });
    expect(after.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'This API token was revoked.',
    });
  });

  it('slows down repeated failed logins for one e-mail', async () => {
    await hub.request(Register, { email: 'bob@shop.example', password: PASSWORD }, { token: null });
    await hub.request(Verify, { token: inbox.tokenFor('bob@shop.example') }, { token: null });
    for (let i = 0; i < 5; i++) {
      const res = await hub.request(
        Login,
        { email: 'bob@shop.example', password: 'wrong password!!' },
        { token: null },
      );
      expect(res.errors![0]).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: 'Wrong e-mail or password.',
      });
    }
    const limited = await hub.request(Login, { email: 'bob@shop.example', password: PASSWORD }, { token: null });
    expect(limited.errors![0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      message: expect.stringMatching(/Too many failed logins/),
    });
    const unknown = await hub.request(Login, { email: 'nobody@shop.example', password: PASSWORD }, { token: null });
    expect(unknown.errors![0]!.message).toBe('Wrong e-mail or password.');
  });

  it('creates tokens within the creator’s scopes and lifetime, and revokes them', async () => {
    const { apiToken: weak, token: weakToken } = (
      await hub.request(CreateToken, {
        input: { name: 'catalog reader', scopes: ['catalog:read', 'orders:read', 'tokens:create'] },
      })
    ).data!.createApiToken;
    expect(weak).toMatchObject({ scopes: ['catalog:read', 'orders:read', 'tokens:create'], expiresAt: null });

    const escalate = await hub.request(
      CreateToken,
      { input: { name: 'more', scopes: ['catalog:read', 'admin'] } },
      { token: weakToken },
    );
    expect(escalate.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/admin/),
    });
    const unknown = await hub.request(CreateToken, { input: { name: 'x', scopes: ['root'] } });
    expect(unknown.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/Unknown scope/),
    });
    const past = await hub.request(CreateToken, {
      input: { name: 'x', scopes: ['catalog:read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(code(past)).toBe('BAD_USER_INPUT');

    const sub = await hub.request(
      CreateToken,
      { input: { name: 'sub', scopes: ['catalog:read'] } },
      { token: weakToken },
    );
    expect(sub.data!.createApiToken.apiToken.scopes).toEqual(['catalog:read']);

    const revoked = await hub.request(Revoke, { id: weak.id });
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    const refused = await hub.request(Me, {}, { token: weakToken });
    expect(refused.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'This API token was revoked.',
    });
    expect(code(await hub.request(Revoke, { id: '01900000-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('refuses an expired token with a clear message, and keeps lastUsedAt without a write per request', async () => {
    const created = (
      await hub.request(CreateToken, {
        input: {
          name: 'short-lived',
          scopes: ['catalog:read'],
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      })
    ).data!.createApiToken;
    const conn = hub.app.orm.em.getConnection();
    const lastUsed = async () =>
      (
        await conn.execute<{ last_used_at: Date | null }[]>('select last_used_at from api_token where id = ?', [
          created.apiToken.id,
        ])
      )[0]!.last_used_at;
    expect(await lastUsed()).toBeNull();
    await hub.request(Me, {}, { token: created.token });
    // Uses are written in batches, within LAST_USED_FLUSH_MS (5 s).
    const first = await until(lastUsed, (at) => at !== null, 'lastUsedAt written');
    await hub.request(Me, {}, { token: created.token });
    expect(await lastUsed()).toEqual(first);

    await conn.execute(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [
      created.apiToken.id,
    ]);
    // The cached token is evicted when the database's notification arrives (AUTH_TOKEN_CACHE_SECONDS), well within 1 s.
    const expired = await until(
      () => hub.request(Me, {}, { token: created.token }),
      (res) => Boolean(res.errors),
      'the expired token to be refused',
      1_000,
    );
    expect(expired.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/^This API token expired at \d{4}-/),
    });
  });
});
