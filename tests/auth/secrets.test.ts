import { Writable } from 'node:stream';
import pg from 'pg';
import { graphql } from '../gql/index.js';
import type { Mail, Mailer } from '../../src/mail/mailer.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { connectSocket } from './socket.js';

const SecretsAddDomain = graphql(`
  mutation SecretsAddDomain($domain: String!) {
    addAllowedDomain(domain: $domain) {
      id
    }
  }
`);
const SecretsRegister = graphql(`
  mutation SecretsRegister($email: String!, $password: String!) {
    registerUser(email: $email, password: $password) {
      id
    }
  }
`);
const SecretsVerify = graphql(`
  mutation SecretsVerify($token: String!) {
    verifyEmail(token: $token) {
      isVerified
    }
  }
`);
const SecretsSetRoles = graphql(`
  mutation SecretsSetRoles($userId: ID!) {
    setUserRoles(userId: $userId, roles: [ADMIN]) {
      roles
    }
  }
`);
const SecretsLogin = graphql(`
  mutation SecretsLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const SecretsCreateToken = graphql(`
  mutation SecretsCreateToken($expiresAt: DateTime!) {
    createApiToken(input: { name: "shop", scopes: ["catalog:read"], expiresAt: $expiresAt }) {
      token
    }
  }
`);
const SecretsMe = graphql(`
  query SecretsMe {
    me {
      scopes
    }
  }
`);

describe('secrets at rest and in logs', () => {
  let hub: TestHub;
  const lines: string[] = [];
  const mails: Mail[] = [];
  const secrets: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const mailer: Mailer = { send: async (mail) => void mails.push(mail) };
    hub = await startTestHub('secrets', { logger: createLogger('trace', {}, sink), mailer });
    secrets.push(hub.adminToken);

    const password = 'a very secret passphrase';
    const wrongPassword = 'a wrong passphrase!';
    secrets.push(password, wrongPassword);
    await hub.request(SecretsAddDomain, { domain: 'shop.example' });
    const reg = await hub.request(SecretsRegister, { email: 'carol@shop.example', password }, { token: null });
    const verification = /usable once\):\n\n(\S+)/.exec(mails[0]!.text)![1]!;
    secrets.push(verification);
    await hub.request(SecretsVerify, { token: verification }, { token: null });
    await hub.request(SecretsVerify, { token: verification }, { token: null }); // reused: refused
    await hub.request(SecretsSetRoles, { userId: reg.data!.registerUser.id });
    await hub.request(SecretsLogin, { email: 'carol@shop.example', password: wrongPassword }, { token: null });
    const login = await hub.request(SecretsLogin, { email: 'carol@shop.example', password }, { token: null });
    secrets.push(login.data!.login.token);
    const created = await hub.request(
      SecretsCreateToken,
      { expiresAt: new Date(Date.now() + 3600_000).toISOString() },
      { token: login.data!.login.token },
    );
    secrets.push(created.data!.createApiToken.token);
    const em = hub.app.orm.em.fork();
    const { token: serviceToken } = await issueToken(em, { name: 'service', scopes: ['sync:read'] });
    secrets.push(serviceToken);
    // Odoo's token rides in a query string, the one place a URL carries a credential.
    const { token: odooToken } = await issueToken(em, { name: 'odoo', scopes: ['odoo:webhook'] });
    secrets.push(odooToken);
    const hook = await fetch(`${hub.url}/webhooks/odoo?token=${odooToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ _model: 'product.product', _id: 7 }),
    });
    expect(hook.status).toBe(503); // authenticated; no Odoo configured in this test
    for (const token of secrets.filter((s) => s.startsWith('osh_') && s !== odooToken))
      await hub.request(SecretsMe, {}, { token });
    await hub.request(SecretsMe, {}, { token: `${hub.adminToken}x` }); // a near miss
    // A token over graphql-ws (connectionParams), refused and accepted.
    const refused = connectSocket(hub, `Bearer ${serviceToken}x`);
    expect(await refused.closed).toMatchObject({ code: 4401 });
    const accepted = connectSocket(hub, `Bearer ${serviceToken}`);
    expect(await accepted.answered).toBe('ack');
    accepted.socket.close();
    await accepted.closed;
    await hub.app.apiLog!.flush();
    expect(secrets).toHaveLength(8);
  });
  afterAll(() => hub.close());

  /** Every column of every table (public and graphile_worker), as text, holding any of `values`. */
  async function columnsContaining(values: string[]): Promise<string[]> {
    const client = new pg.Client({ connectionString: hub.dbUrl });
    await client.connect();
    try {
      const { rows: columns } = await client.query<{ table_schema: string; table_name: string; column_name: string }>(
        `select c.table_schema, c.table_name, c.column_name from information_schema.columns c
           join information_schema.tables t using (table_schema, table_name)
          where c.table_schema in ('public', 'graphile_worker') and t.table_type = 'BASE TABLE'`,
      );
      expect(columns.length).toBeGreaterThan(100);
      const found: string[] = [];
      for (const c of columns) {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from "${c.table_schema}"."${c.table_name}" t
            where exists (select 1 from unnest($1::text[]) s where position(s in t."${c.column_name}"::text) > 0)`,
          [values],
        );
        if (rows[0]!.n) found.push(`${c.table_schema}.${c.table_name}.${c.column_name}`);
      }
      return found;
    } finally {
      await client.end();
    }
  }

  it('stores no token, password or verification token in any column of any table', async () => {
    expect(await columnsContaining(secrets)).toEqual([]);
    // The scan does find what is there: the e-mail, and the requests on record.
    expect(await columnsContaining(['carol@shop.example'])).toContain('public.user.email');
    expect(await columnsContaining(['SecretsMe'])).toContain('public.api_log.operation_name');
  });

  it('writes no token, password or verification token to any log line', () => {
    expect(lines.length).toBeGreaterThan(5);
    // The capture works: the requests above were logged, with their paths.
    expect(lines.join('')).toContain('/webhooks/odoo');
    const leaks = lines.filter((line) => secrets.some((s) => line.includes(s)));
    expect(leaks).toEqual([]);
  });
});
