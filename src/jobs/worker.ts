import { parseCronItems, run, type Runner } from 'graphile-worker';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { workerLogger } from '../db/database.js';
import { createTaskList, cronItems, type TaskDeps } from './task-list.js';
import { createWorkerHeartbeat } from './worker-heartbeat.js';

/** Starts the graphile-worker runner; signals are the app's to handle, not the runner's. */
export async function startWorker(
  connectionString: string,
  config: Config,
  logger: Logger,
  deps: TaskDeps,
  concurrency = config.workerConcurrency,
): Promise<Runner> {
  // Our own pool rather than graphile-worker's: its stop() ends its pool without
  // waiting and drops the pool's error handler first, so a connection the server
  // closes right after (a database dropped, a restart) was an uncaught error.
  // A connection per concurrent job, as graphile-worker advises; idle ones close again.
  const pgPool = new pg.Pool({ connectionString, max: Math.max(10, concurrency) });
  const lost = (err: Error) => logger.warn({ err }, 'worker database connection lost');
  pgPool.on('error', lost);
  // A checked-out client's errors reach only the client: without a handler a
  // restart of PostgreSQL mid-job would be an uncaught error.
  pgPool.on('connect', (client) => client.on('error', lost));
  const heartbeat = createWorkerHeartbeat(pgPool, config.workerStaleAfterMs, logger);
  let runner: Runner;
  try {
    runner = await run({
      pgPool,
      events: heartbeat.events,
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
  } catch (err) {
    await pgPool.end();
    throw err;
  }
  heartbeat.start();
  const stopRunner = runner.stop.bind(runner);
  runner.stop = async (reason) => {
    await stopRunner(reason);
    await heartbeat.stop();
    await pgPool.end();
  };
  return runner;
}
