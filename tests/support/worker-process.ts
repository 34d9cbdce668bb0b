import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm start -- --role worker` as a deployment runs it (the compiled entry
 * point, as `npm start` does), against `dbUrl` with `env` added: a worker a test
 * can kill with SIGKILL. `running` holds it until it exits.
 */
export function startWorkerProcess(
  dbUrl: string,
  env: Record<string, string>,
  running: Set<ChildProcess>,
): ChildProcess {
  const child = spawn(process.execPath, ['dist/src/main.js', '--role', 'worker'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      // As tests/support/hub.ts: no start check's calls beside the test's.
      ODOO_CHECK_AT_START: 'false',
      DATABASE_URL: dbUrl,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}
