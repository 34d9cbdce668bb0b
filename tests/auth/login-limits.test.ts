import { jest } from '@jest/globals';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import { clientKey } from '../../src/modules/rate-limit/login-limits.js';
import { hashPassword } from '../../src/modules/user/password-hash.js';
import { createAdminUser } from '../../src/modules/user/user.service.js';
import { startTestHub, type GqlResponse, type TestHub } from '../support/hub.js';

const LimitsLogin = graphql(`
  mutation LimitsLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);
const LimitsRegister = graphql(`
  mutation LimitsRegister($email: String!, $password: String!) {
    registerUser(email: $email, password: $password) {
      id
    }
  }
`);

const PASSWORD = 'the right passphrase';
const WRONG = 'not the passphrase';

/** scrypt runs in this process so far (password-hash.ts counts each, as password_hash_runs_total). */
async function scryptRuns(hub: TestHub): Promise<number> {
  const metric = hub.app.metrics.registry.getSingleMetric('password_hash_runs_total');
  return (await metric!.get()).values[0]?.value ?? 0;
}

/** What a client sees of an answer: the code, and the message without its number of seconds. */
const answer = (res: GqlResponse<unknown>) => {
  const error = res.errors?.[0];
  if (!error) return 'ok';
  return `${String(error.extensions?.code)}: ${error.message.replace(/\d+ s\./, 'N s.')}`;
};

// Bursts of scrypt at OWASP's cost (N=2^17, two runs at a time): about 0.3 s a run on an idle core,
// several seconds on a loaded two-core CI machine.
jest.setTimeout(120_000);

const from = (ip: string) => ({ token: null, headers: { 'x-forwarded-for': ip } });

describe('login limits', () => {
  describe('per e-mail', () => {
    let hub: TestHub;
    beforeAll(async () => {
      // The first wait after five failures is 1 s by default: a burst spread over more than that (a
      // loaded machine) may rightly get a sixth try. A minute keeps the count exact here.
      hub = await startTestHub('login_limits', { env: { LOGIN_EMAIL_FIRST_WAIT_SECONDS: '60' } });
      await createAdminUser(hub.app.orm.em.fork(), 'known@shop.example', PASSWORD);
    });
    afterAll(() => hub.close());

    /** 20 wrong passwords for `email` at once: their answers, sorted, and the scrypt runs they cost. */
    async function burst(email: string) {
      const before = await scryptRuns(hub);
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => hub.request(LimitsLogin, { email, password: WRONG }, { token: null })),
      );
      return { runs: (await scryptRuns(hub)) - before, answers: answers.map(answer).sort(), raw: answers };
    }

    it('lets 20 parallel wrong passwords for one e-mail run scrypt only LOGIN_EMAIL_FREE_FAILURES (5) times', async () => {
      const { runs, answers, raw } = await burst('known@shop.example');
      expect(runs).toBe(5);
      expect(answers).toEqual([
        ...Array(15).fill('RATE_LIMITED: Too many failed logins for this e-mail; try again in N s.'),
        ...Array(5).fill('UNAUTHENTICATED: Wrong e-mail or password.'),
      ]);
      const limited = raw.find((r) => r.errors![0]!.extensions!.code === 'RATE_LIMITED')!;
      expect(limited.errors![0]!.extensions!.retryAfterSeconds).toEqual(expect.any(Number));
      // The right password waits too, and gets in once the wait is over.
      expect(
        answer(await hub.request(LimitsLogin, { email: 'known@shop.example', password: PASSWORD }, { token: null })),
      ).toMatch(/^RATE_LIMITED/);
    });

    it('throttles an unknown e-mail exactly like a known one: same answers, same scrypt runs', async () => {
      await createAdminUser(hub.app.orm.em.fork(), 'fresh@shop.example', PASSWORD);
      const known = await burst('fresh@shop.example');
      const unknown = await burst('nobody@shop.example');
      expect(unknown.answers).toEqual(known.answers);
      expect(unknown.runs).toBe(known.runs);
      expect(unknown.runs).toBe(5);
    });

    it('costs a wrong password and an unknown e-mail one scrypt run each, with the same answer', async () => {
      await createAdminUser(hub.app.orm.em.fork(), 'single@shop.example', PASSWORD);
      const before = await scryptRuns(hub);
      const wrong = await hub.request(LimitsLogin, { email: 'single@shop.example', password: WRONG }, { token: null });
      const middle = await scryptRuns(hub);
      const unknown = await hub.request(
        LimitsLogin,
        { email: 'nobody2@shop.example', password: WRONG },
        { token: null },
      );
      expect([middle - before, (await scryptRuns(hub)) - middle]).toEqual([1, 1]);
      expect(answer(unknown)).toBe(answer(wrong));
      expect(answer(wrong)).toBe('UNAUTHENTICATED: Wrong e-mail or password.');
    });

    it('ignores X-Forwarded-For without TRUST_PROXY: the address is the socket’s', async () => {
      const rows = async () =>
        (
          await hub.app.orm.em
            .getConnection()
            .execute<{ key: string }[]>(`select key from rate_limit_bucket where key like 'login:ip:%' order by key`)
        ).map((r) => r.key);
      await hub.request(LimitsLogin, { email: 'nobody3@shop.example', password: WRONG }, from('203.0.113.7'));
      expect(await rows()).toEqual(['login:ip:127.0.0.1']);
    });

    it('rewrites a hash made with older scrypt parameters on the next successful login', async () => {
      const em = hub.app.orm.em.fork();
      await createAdminUser(em, 'old@shop.example', PASSWORD);
      const oldHash = await hashPassword(PASSWORD, { N: 2 ** 14, r: 8, p: 1 });
      const conn = em.getConnection();
      await conn.execute(`update "user" set password_hash = ? where email = 'old@shop.example'`, [oldHash]);
      const stored = async () =>
        (
          await conn.execute<{ password_hash: string }[]>(
            `select password_hash from "user" where email = 'old@shop.example'`,
          )
        )[0]!.password_hash;

      const first = await hub.request(LimitsLogin, { email: 'old@shop.example', password: PASSWORD }, { token: null });
      expect(first.errors).toBeUndefined();
      const upgraded = await stored();
      expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
      const again = await hub.request(LimitsLogin, { email: 'old@shop.example', password: PASSWORD }, { token: null });
      expect(again.errors).toBeUndefined();
      expect(await stored()).toBe(upgraded); // already current: left alone
    });
  });

  describe('per address and for the whole hub, behind a trusted proxy', () => {
    let hub: TestHub;
    beforeAll(async () => {
      hub = await startTestHub('login_limits_ip', {
        env: {
          TRUST_PROXY: 'loopback',
          LOGIN_IP_MAX_FAILURES: '3',
          LOGIN_GLOBAL_MAX_FAILURES_PER_MINUTE: '8',
          REGISTER_IP_MAX: '2',
        },
      });
      await createAdminUser(hub.app.orm.em.fork(), 'ops@shop.example', PASSWORD);
    });
    afterAll(() => hub.close());

    const login = (email: string, password: string, ip: string) =>
      hub.request(LimitsLogin, { email, password }, from(ip)).then(answer);

    it('limits failed logins per client address across e-mails; a success neither counts nor resets it', async () => {
      const ip = '198.51.100.1';
      expect(await login('a@shop.example', WRONG, ip)).toBe('UNAUTHENTICATED: Wrong e-mail or password.');
      expect(await login('b@shop.example', WRONG, ip)).toBe('UNAUTHENTICATED: Wrong e-mail or password.');
      // Successes from the same address give their hit back: they do not use up the limit.
      for (let i = 0; i < 3; i++) expect(await login('ops@shop.example', PASSWORD, ip)).toBe('ok');
      expect(await login('c@shop.example', WRONG, ip)).toBe('UNAUTHENTICATED: Wrong e-mail or password.');
      expect(await login('d@shop.example', WRONG, ip)).toBe(
        'RATE_LIMITED: Too many failed logins from this address; try again in N s.',
      );
      // …nor do they clear it, for the right password either.
      expect(await login('ops@shop.example', PASSWORD, ip)).toMatch(
        /^RATE_LIMITED: Too many failed logins from this address/,
      );
      // Another address is not affected.
      expect(await login('d@shop.example', WRONG, '198.51.100.2')).toBe('UNAUTHENTICATED: Wrong e-mail or password.');
    });

    it('limits failed logins of the whole hub, whatever the address', async () => {
      // 4 failures so far this minute (the test above); 4 more reach the limit of 8.
      for (let i = 0; i < 4; i++) {
        expect(await login(`g${i}@shop.example`, WRONG, `192.0.2.${i + 1}`)).toBe(
          'UNAUTHENTICATED: Wrong e-mail or password.',
        );
      }
      expect(await login('g9@shop.example', WRONG, '192.0.2.99')).toBe(
        'RATE_LIMITED: Too many failed logins on this hub right now; try again in N s.',
      );
    });

    it('reads the address of a graphql-ws socket the same way (its upgrade request)', async () => {
      const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { 'x-forwarded-for': '198.51.100.1' },
      });
      const answers = new Map<string, { type: string; id?: string; payload?: unknown }>();
      const next = (type: string) =>
        new Promise<{ payload?: unknown }>((resolve, reject) => {
          ws.on('message', (data) => {
            const message = JSON.parse(data.toString()) as { type: string; id?: string; payload?: unknown };
            answers.set(message.type, message);
            if (message.type === type) resolve(message);
          });
          ws.once('close', (code) => reject(new Error(`socket closed (${code}) before ${type}`)));
        });
      await new Promise((resolve) => ws.once('open', resolve));
      const acknowledged = next('connection_ack');
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${hub.adminToken}` } }));
      await acknowledged;
      const result = next('next');
      ws.send(
        JSON.stringify({
          id: '1',
          type: 'subscribe',
          payload: { query: 'mutation { login(email: "ws@shop.example", password: "x") { token } }' },
        }),
      );
      const { payload } = await result;
      ws.close();
      expect(JSON.stringify(payload)).toMatch(/Too many failed logins from this address/);
    });

    it('limits registerUser per client address', async () => {
      const register = (email: string, ip: string) =>
        hub.request(LimitsRegister, { email, password: PASSWORD }, from(ip)).then(answer);
      // The domain is not allowed: refused, but counted all the same.
      expect(await register('r1@shop.example', '198.51.100.9')).toMatch(/^FORBIDDEN/);
      expect(await register('r2@shop.example', '198.51.100.9')).toMatch(/^FORBIDDEN/);
      expect(await register('r3@shop.example', '198.51.100.9')).toBe(
        'RATE_LIMITED: Too many registrations from this address; try again in N s.',
      );
      expect(await register('r3@shop.example', '198.51.100.10')).toMatch(/^FORBIDDEN/);
    });
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as IPv4', () => {
    expect(
      ['2001:db8:1:2:aaaa::1', '2001:DB8:1:2::ffff', '2001:db8::1', '::ffff:203.0.113.9', '203.0.113.9', null].map(
        clientKey,
      ),
    ).toEqual(['2001:db8:1:2::/64', '2001:db8:1:2::/64', '2001:db8:0:0::/64', '203.0.113.9', '203.0.113.9', 'unknown']);
  });
});
