import { run, type Runner } from 'graphile-worker';
import type { Logger } from '../observability/logger.js';
import { workerLogger } from '../db/database.js';
import { taskList } from './task-list.js';

/** Starts the graphile-worker runner; signals are the app's to handle, not the runner's. */
export function startWorker(connectionString: string, logger: Logger, concurrency = 4): Promise<Runner> {
  return run({
    connectionString,
    taskList,
    concurrency,
    noHandleSignals: true,
    // Scheduled tasks are registered in code (parsedCronItems), not read from a crontab file.
    crontab: '',
    pollInterval: 2000,
    logger: workerLogger(logger),
  });
}
