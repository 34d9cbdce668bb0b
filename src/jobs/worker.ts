import { once } from 'node:events';
import { parseCronItems, run, type Runner } from 'graphile-worker';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import type { Readiness } from '../observability/readiness.js';
import { workerLogger } from '../db/database.js';
import { createTaskList, cronItems, type TaskDeps } from './task-list.js';
import { createWorkerHeartbeat } from './worker-heartbeat.js';

/** The part of /readyz that the runner reports as. */
const READINESS_PART = 'job runner';

/**
 * Starts the graphile-worker runner and resolves once it listens for jobs; signals are the
 * app's to handle, not the runner's. `readiness` learns when the runner's LISTEN connection
 * is lost and back (graphile-worker reconnects by itself) and when the runner has stopped.
 */
export async function startWorker(
  connectionString: string,
  config: Config,
  logger: Logger,
  deps: TaskDeps,
  concurrency = config.workerConcurrency,
  readiness?: Readiness,
): Promise<Runner> {
  // Our own pool rather than graphile-worker's: its stop() ends its pool without
  // waiting and drops the pool's error handler first, so a connection the server
  // closes right after (a database dropped, a restart) was an uncaught error.
  // A connection per concurrent job, as graphile-worker advises; idle ones close again.
  // Named, so an operator (and a test) can find the worker's connections in pg_stat_activity.
  const pgPool = new pg.Pool({
    connectionString,
    max: Math.max(10, concurrency),
    application_name: 'odoo-sync-hub worker',
  });
  const lost = (err: Error) => logger.warn({ err }, 'worker database connection lost');
  pgPool.on('error', lost);
  // A checked-out client's errors reach only the client: without a handler a
  // restart of PostgreSQL mid-job would be an uncaught error.
  pgPool.on('connect', (client) => client.on('error', lost));
  const heartbeat = createWorkerHeartbeat(pgPool, config.workerStaleAfterMs, logger);
  const { events } = heartbeat;
  readiness?.set(READINESS_PART, 'starting');
  events.on('pool:listen:success', () => readiness?.set(READINESS_PART, null));
  events.on('pool:listen:error', () => readiness?.set(READINESS_PART, 'LISTEN connection lost; reconnecting'));
  const listening = once(events, 'pool:listen:success');
  let runner: Runner;
  try {
    runner = await run({
      pgPool,
      events,
      taskList: createTaskList(deps),
      concurrency,
      noHandleSignals: true,
      // Scheduled tasks are registered in code, not read from a crontab file.
      parsedCronItems: parseCronItems(cronItems(config, deps.odoo !== null)),
      pollInterval: 2000,
      logger: workerLogger(logger),
      preset: {
        worker: {
          // Jobs fetched in batches and completed in batches: with many short jobs
          // (webhook deliveries) the round trips per job, not the jobs, were the cost.
          localQueue: { size: concurrency },
          completeJobBatchDelay: 0,
          failJobBatchDelay: 0,
        },
      },
    });
    // Ready when it takes jobs, not merely when its pool exists; a runner that ends first failed.
    await Promise.race([
      listening,
      runner.promise.then(() => {
        throw new Error('the job runner stopped while starting');
      }),
    ]);
  } catch (err) {
    await pgPool.end();
    throw err;
  }
  runner.promise.then(
    () => readiness?.set(READINESS_PART, 'stopped'),
    (err: unknown) => {
      logger.error({ err }, 'the job runner failed');
      readiness?.set(READINESS_PART, 'failed');
    },
  );
  heartbeat.start();
  const stopRunner = runner.stop.bind(runner);
  // Once, however often it is called (graphile-worker's own rejects a second call).
  let stopping: Promise<void> | null = null;
  runner.stop = (reason) =>
    (stopping ??= (async () => {
      await stopRunner(reason);
      await heartbeat.stop();
      await pgPool.end();
    })());
  return runner;
}
