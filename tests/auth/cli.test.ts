import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { graphql } from '../gql/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const run = promisify(execFile);
const CLI = join(process.cwd(), 'dist', 'src', 'cli.js');

const CliMe = graphql(`
  query CliMe {
    me {
      scopes
      token {
        name
        expiresAt
      }
    }
  }
`);
const CliLogin = graphql(`
  mutation CliLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      apiToken {
        scopes
      }
    }
  }
`);

/** Runs `npm run hub -- …` as the compiled CLI against the test database, with `stdin` piped in (then closed). */
async function hubCli(dbUrl: string, args: string[], stdin = '') {
  const running = run(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_URL: dbUrl, LOG_LEVEL: 'silent' },
  });
  running.child.stdin!.end(stdin);
  try {
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs the CLI on a terminal (a pseudo-terminal from util-linux `script`), typing
 * each of `answers` once the output so far matches its prompt; returns all the
 * terminal showed.
 */
async function hubCliOnTerminal(dbUrl: string, args: string[], answers: [RegExp, string][]) {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: { ...process.env, DATABASE_URL: dbUrl, LOG_LEVEL: 'silent' },
  });
  let screen = '';
  const pending = [...answers];
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    while (pending.length && pending[0]![0].test(screen)) {
      const [prompt, text] = pending.shift()!;
      screen = screen.replace(prompt, (m) => `${m}«typed»`); // each prompt answers once
      child.stdin.write(`${text}\r`);
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, screen };
}

describe('CLI', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('cli');
  });
  afterAll(() => hub.close());

  it('token:create prints the new token alone on its last line', async () => {
    const res = await hubCli(hub.dbUrl, [
      'token:create',
      '--name',
      'shop frontend',
      '--scopes',
      'catalog:read,orders:read',
      '--expires',
      '2031-01-01T00:00:00Z',
    ]);
    expect(res.code).toBe(0);
    const token = res.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^osh_[A-Za-z0-9_-]{43}$/);
    const me = await hub.request(CliMe, {}, { token });
    expect(me.data!.me).toEqual({
      scopes: ['catalog:read', 'orders:read'],
      token: { name: 'shop frontend', expiresAt: '2031-01-01T00:00:00.000Z' },
    });
  });

  it('token:create refuses unknown scopes, a past expiry and missing flags, saying why', async () => {
    const unknown = await hubCli(hub.dbUrl, ['token:create', '--name', 'x', '--scopes', 'catalog:read,root']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown scope\(s\): root/);
    const past = await hubCli(hub.dbUrl, [
      'token:create',
      '--name',
      'x',
      '--scopes',
      'admin',
      '--expires',
      '2001-01-01',
    ]);
    expect(past.stderr).toMatch(/--expires must be a future/);
    const missing = await hubCli(hub.dbUrl, ['token:create', '--scopes', 'admin']);
    expect(missing.stderr).toMatch(/needs --name/);
    const typo = await hubCli(hub.dbUrl, ['token:crate']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Unknown command: token:crate/);
  });

  it('user:create-admin reads the password from stdin, creating a verified admin who can log in', async () => {
    const res = await hubCli(hub.dbUrl, ['user:create-admin', '--email', 'Ops@Shop.Example'], 'long enough password\n');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/ops@shop.example is a verified admin/);
    expect(res.stdout).not.toMatch(/long enough password|shown only now/);
    const login = await hub.request(
      CliLogin,
      { email: 'ops@shop.example', password: 'long enough password' },
      { token: null },
    );
    expect(login.data!.login.apiToken.scopes).toEqual(['admin']);
  });

  it('user:create-admin with nothing on stdin generates a password and prints it once', async () => {
    const generated = await hubCli(hub.dbUrl, ['user:create-admin', '--email', 'second@shop.example']);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/Its password, shown only now:\n/);
    const password = generated.stdout.trim().split('\n').at(-1)!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    const second = await hub.request(CliLogin, { email: 'second@shop.example', password }, { token: null });
    expect(second.errors).toBeUndefined();
  });

  it('user:create-admin refuses --password, saying why, and creates nobody', async () => {
    const res = await hubCli(hub.dbUrl, [
      'user:create-admin',
      '--email',
      'argv@shop.example',
      '--password',
      'long enough password',
    ]);
    expect(res.code).toBe(2); // a usage error
    expect(res.stderr).toMatch(/takes the password on stdin, not --password/);
    const rows = await hub.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from "user" where email = 'argv@shop.example'`);
    expect(rows[0]!.n).toBe(0);
  });

  it('user:create-admin on a terminal asks twice without echo', async () => {
    const typed = 'typed on a terminal';
    const { code, screen } = await hubCliOnTerminal(
      hub.dbUrl,
      ['user:create-admin', '--email', 'tty@shop.example'],
      [
        [/Password for tty@shop.example \(empty: generate one\): /, typed],
        [/Again: /, typed],
      ],
    );
    expect({ code, screen }).toEqual({
      code: 0,
      screen: expect.stringMatching(/tty@shop.example is a verified admin/),
    });
    expect(screen).not.toContain(typed);
    const login = await hub.request(CliLogin, { email: 'tty@shop.example', password: typed }, { token: null });
    expect(login.errors).toBeUndefined();

    const differ = await hubCliOnTerminal(
      hub.dbUrl,
      ['user:create-admin', '--email', 'tty2@shop.example'],
      [
        [/\(empty: generate one\): /, typed],
        [/Again: /, 'something else'],
      ],
    );
    expect(differ.code).toBe(1);
    expect(differ.screen).toMatch(/The passwords differ/);
  });
});

describe('first start', () => {
  it('creates one admin token when there is no admin, and none after', async () => {
    const hub = await startTestHub('first_start');
    try {
      expect(hub.adminToken).toMatch(/^osh_/);
      await hub.app.stop();
      // Same database, second start: an admin exists, so no new token.
      const again = await createApp(loadConfig({ DATABASE_URL: hub.dbUrl, HOST: '127.0.0.1', PORT: '0' }, 'api'), {
        logger: createLogger('silent'),
      });
      expect(again.bootstrapAdminToken).toBeNull();
      await again.stop();
    } finally {
      await hub.close(); // stop() is idempotent; this drops the database
    }
  });
});
