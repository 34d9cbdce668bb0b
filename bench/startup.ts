/**
 * Startup to ready (issue 17, acceptance 2): from spawning the hub to its first
 * `GET /readyz` 200 (database reached, migrations applied, event listener and
 * job runner up), on a warm database (the first start, which migrates it, is not
 * counted). Measured as operators start it, alternately in each round:
 *
 * - `node dist/src/main.js` (the container image's command);
 * - `npm start` (npm, then `prestart`'s staleness check, then the same);
 * - the old `npm start`, which compiled first (`tsc -p tsconfig.build.json`,
 *   incremental, nothing changed), then started: in the first round only
 *   unless `--old-rounds` says otherwise, as it is slow.
 *
 * Baseline, in the same run: a bare `node -e 0` (process start and exit), the
 * floor below which no Node start goes on this machine at this load.
 * Target: `npm start` ready in < 3 s (median).
 *
 *   npm run bench:startup [-- --rounds 5 --old-rounds 1 --role all]
 *
 * PostgreSQL: DATABASE_URL's server when set (in a throw-away database), else an
 * embedded one in a throw-away directory. Both are removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { createLogger } from '../src/observability/logger.js';
import { median, nowMs, openBenchDatabase } from './support.js';

const TARGET_MS = 3000;
const POLL_MS = 10;

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'old-rounds': { type: 'string', default: '1' },
    role: { type: 'string', default: 'all' },
  },
});
const rounds = Number(values.rounds);
const oldRounds = Number(values['old-rounds']);
const role = values.role!;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns `command` in its own process group (npm's children too are stopped with it). */
function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU the hub process used up to ready, per direct start: the figure the machine's load moves least. */
const cpuToReady: number[] = [];

/** Milliseconds from spawn to the first /readyz 200. */
async function timeToReady(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = nowMs();
  const child = start(command, args, { ...env, PORT: String(port), HOST: '127.0.0.1' });
  let exited = false;
  child.once('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${command} ${args.join(' ')} exited before it was ready`);
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (res) => res.status,
        () => 0,
      );
      if (status === 200) {
        const elapsed = nowMs() - started;
        if (command === process.execPath) cpuToReady.push(cpuMs(child.pid!));
        return elapsed;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await stop(child);
  }
}

async function timeToExit(command: string, args: string[]): Promise<number> {
  const started = nowMs();
  const child = spawn(command, args, { stdio: 'ignore' });
  await once(child, 'exit');
  return nowMs() - started;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const db = await openBenchDatabase('bench_startup', logger);
  const env = { DATABASE_URL: db.dbUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const node = process.execPath;
  const dist = ['dist/src/main.js', '--role', role];
  try {
    // The first start creates and migrates the database: not counted.
    const first = await timeToReady(node, dist, env);
    const times = { nodeE: [] as number[], direct: [] as number[], npmStart: [] as number[], old: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      times.nodeE.push(await timeToExit(node, ['-e', '0']));
      times.direct.push(await timeToReady(node, dist, env));
      times.npmStart.push(await timeToReady('npm', ['start', '--silent', '--', '--role', role], env));
      if (round < oldRounds) {
        times.old.push(
          await timeToReady(
            'sh',
            [
              '-c',
              `"${node}" node_modules/typescript/bin/tsc -p tsconfig.build.json && exec "${node}" ${dist.join(' ')}`,
            ],
            env,
          ),
        );
      }
      console.error(`round ${round + 1}/${rounds} done`);
    }
    const base = median(times.nodeE);
    console.log(`\nStartup to GET /readyz 200, role ${role}, warm database (${db.server}), ${rounds} rounds:`);
    console.log(`  first start (creates and migrates the database): ${seconds(first)}`);
    const row = (name: string, ms: number[]) =>
      console.log(
        `  ${name.padEnd(36)} median ${seconds(median(ms))}  (min ${seconds(Math.min(...ms))}, max ${seconds(Math.max(...ms))})  ${(median(ms) / base).toFixed(1)}× node -e 0`,
      );
    row('node -e 0 (baseline)', times.nodeE);
    // The first start's CPU (migrations) is left out.
    console.log(`  CPU of node dist/src/main.js up to ready: median ${seconds(median(cpuToReady.slice(1)))}`);
    row('node dist/src/main.js', times.direct);
    row('npm start (prestart: no compile)', times.npmStart);
    if (times.old.length) row('old: tsc (incremental) + start', times.old);
    const verdict = median(times.npmStart) < TARGET_MS ? 'met' : 'NOT met';
    console.log(`  target: npm start < ${seconds(TARGET_MS)}: ${verdict}`);
    if (times.old.length)
      console.log(`  npm start / old start: ${(median(times.npmStart) / median(times.old)).toFixed(2)}`);
  } finally {
    await db.drop();
  }
}

await main();
