import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from '../gql/index.js';
import { handOverBootstrapToken } from '../../src/auth/bootstrap-token.js';
import { createLogger } from '../../src/observability/logger.js';
import { createTestDatabase } from '../support/database.js';
import { postGraphQL } from '../support/hub.js';

const BootstrapMe = graphql(`
  query BootstrapMe {
    me {
      scopes
    }
  }
`);

const MAIN = join(process.cwd(), 'dist', 'src', 'main.js');

/**
 * `npm start` on a fresh database with stdout a pipe (as under systemd, docker or
 * a CI log): runs until it serves and has handed the token over, runs
 * `whileServing`, then stops. Returns what
 * it wrote to stdout.
 */
async function firstStart(
  env: Record<string, string>,
  whileServing: (url: string) => Promise<void> = async () => undefined,
): Promise<{ stdout: string }> {
  const db = await createTestDatabase('bootstrap');
  try {
    const child = spawn(process.execPath, [MAIN, '--role', 'api'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        ...env,
        DATABASE_URL: db.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const serving = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)\/graphql"[^\n]*odoo-sync-hub is serving/.exec(stdout);
        // Serving, and the token handed over (printed, or written to its file).
        if (match && /wrote it to this file|It is shown only now/.test(stdout)) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before serving:\n${stdout}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await whileServing(await serving);
      return { stdout };
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    await db.drop();
  }
}

describe('the first start’s admin token', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hub-bootstrap-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('goes to an owner-only file when stdout is not a terminal; the log names the file, never the token', async () => {
    const file = join(dir, 'nested', 'admin-token');
    let token = '';
    const { stdout } = await firstStart({ BOOTSTRAP_TOKEN_FILE: file }, async (url) => {
      token = (await readFile(file, 'utf8')).trim();
      const me = await postGraphQL(url, BootstrapMe, {}, { authorization: `Bearer ${token}` });
      expect(me.data!.me.scopes).toEqual(['admin']);
    });
    expect(token).toMatch(/^osh_[A-Za-z0-9_-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(stdout).not.toContain(token);
    const line = stdout.split('\n').find((l) => l.includes('wrote it to this file'));
    expect(JSON.parse(line!)).toMatchObject({ level: 40, file });
  });

  it('is printed when HUB_PRINT_BOOTSTRAP_TOKEN=true, and then no file is written', async () => {
    const file = join(dir, 'printed-token');
    const { stdout } = await firstStart({ BOOTSTRAP_TOKEN_FILE: file, HUB_PRINT_BOOTSTRAP_TOKEN: 'true' });
    expect(stdout).toMatch(/It is shown only now:\n\n {4}osh_[A-Za-z0-9_-]{43}\n/);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is printed to a terminal; a file left from an earlier start is replaced', async () => {
    const written: string[] = [];
    const file = join(dir, 'unused');
    const logger = createLogger('silent');
    const tty = { isTTY: true, write: (text: string) => void written.push(text) };
    expect(await handOverBootstrapToken('osh_x', 'http://h', { print: false, file }, tty, logger)).toBeNull();
    expect(written.join('')).toContain('    osh_x\n');
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });

    const pipe = { isTTY: false, write: () => undefined };
    await handOverBootstrapToken('osh_old', 'http://h', { print: false, file }, pipe, logger);
    await chmod(file, 0o644);
    expect(await handOverBootstrapToken('osh_new', 'http://h', { print: false, file }, pipe, logger)).toBe(file);
    expect(await readFile(file, 'utf8')).toBe('osh_new\n');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
