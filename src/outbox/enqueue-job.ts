import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';

export interface EnqueueOptions {
  /** Replaces a job with the same key that has not started yet: one job per key at a time. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
  /** Jobs of one named queue run one at a time, in order (keep the number of names small). */
  queueName?: string;
  /**
   * What a job with the same key that has not started yet becomes: `replace`
   * (the default) takes this call's payload and run_at, `preserve_run_at`
   * keeps its run_at (a repeated call never postpones it).
   */
  jobKeyMode?: 'replace' | 'preserve_run_at';
}

/**
 * Adds a graphile-worker job through `em`'s connection, so inside a transaction
 * the job exists exactly when the transaction commits (a transactional outbox),
 * rather than through workerUtils and its own pool.
 */
export async function enqueueJob(
  em: EntityManager,
  task: string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<void> {
  await sqlQuery(
    em,
    `select graphile_worker.add_job($1, $2::json, job_key => $3, max_attempts => $4, run_at => $5, queue_name => $6,
       job_key_mode => coalesce($7, 'replace'))`,
    [
      task,
      JSON.stringify(payload ?? {}),
      options.jobKey ?? null,
      options.maxAttempts ?? 25,
      options.runAt ?? null,
      options.queueName ?? null,
      options.jobKeyMode ?? null,
    ],
  );
}
