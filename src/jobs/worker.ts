import { parseCronItems, run, type Runner } from 'graphile-worker';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';
import { workerLogger } from '../db/database.js';
import { createTaskList, cronItems, type TaskDeps } from './task-list.js';

/** Starts the graphile-worker runner; signals are the app's to handle, not the runner's. */
export function startWorker(
  connectionString: string,
  config: Config,
  logger: Logger,
  deps: TaskDeps,
  concurrency = 4,
): Promise<Runner> {
  return run({
    connectionString,
    taskList: createTaskList(deps),
    concurrency,
    noHandleSignals: true,
    // Scheduled tasks are registered in code, not read from a crontab file.
    parsedCronItems: parseCronItems(cronItems(config, deps.odoo !== null)),
    pollInterval: 2000,
    logger: workerLogger(logger),
  });
}
