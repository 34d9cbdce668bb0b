import { EventEmitter } from 'node:events';
import type { WorkerEvents } from 'graphile-worker';
import type pg from 'pg';
import { withTimeout } from '../domain/timeout.js';
import type { Logger } from '../observability/logger.js';

/**
 * Crash recovery for graphile-worker. A job whose worker dies (`kill -9`, a
 * lost machine) stays locked for four hours before graphile-worker hands it out
 * again. Each worker process therefore beats for its workers (the ids jobs are
 * locked by: the pool's, with the local queue, and each worker's) every quarter
 * of the stale period, and every process sweeps: jobs locked by a worker whose
 * beat is stale, or by one that never beat and has held them for longer than
 * the stale period, are unlocked (graphile-worker's own `force_unlock_workers`)
 * and run again, on another worker or this one. Tasks are idempotent (pushes
 * search Odoo before they create), so running one twice is safe; waiting four
 * hours with a customer's order is not.
 */
export interface WorkerHeartbeat {
  /** Pass to graphile-worker's `run({ events })`: the ids are learnt from it. */
  events: WorkerEvents;
  /** Begins beating and sweeping (first beat at once). */
  start(): void;
  /** Stops, and removes this process's beats (its jobs are finished by then). */
  stop(): Promise<void>;
  /** One beat and one sweep now; resolves with the worker ids it unlocked. */
  tick(): Promise<string[]>;
}

const BEAT = `insert into "worker_heartbeat" ("worker_id", "beat_at")
  select unnest($1::text[]), now()
  on conflict ("worker_id") do update set "beat_at" = excluded."beat_at"`;

// Stale: a beat older than the period, or no beat at all and a lock older than
// the period (a worker that died before its first beat, or one from a version
// of the hub without heartbeats). Stale beats are deleted with their locks.
const SWEEP = `with stale as (
    select distinct j.locked_by as worker_id
    from graphile_worker.jobs j
    left join "worker_heartbeat" h on h.worker_id = j.locked_by
    where j.locked_by is not null
      and (h.beat_at < now() - make_interval(secs => $1)
           or (h.worker_id is null and j.locked_at < now() - make_interval(secs => $1)))
  ), unlocked as (
    select graphile_worker.force_unlock_workers(array(select worker_id from stale))
  ), forgotten as (
    delete from "worker_heartbeat" where beat_at < now() - make_interval(secs => $1)
  )
  select (select array(select worker_id from stale)) as ids, (select count(*) from unlocked) as done`;

export function createWorkerHeartbeat(pool: pg.Pool, staleAfterMs: number, logger: Logger): WorkerHeartbeat {
  const ids = new Set<string>();
  // Every id this process ever beat for: stop() removes them even after
  // graphile-worker has released its workers (and `ids` is empty).
  const mine = new Set<string>();
  // Since when this process's own beats have been succeeding (null: the last failed).
  // It judges others only after two beat intervals of its own healthy beats, so a
  // database outage, which stops every process's beats, is not taken for deaths.
  let healthySince: number | null = null;
  const queryTimeoutMs = Math.max(1000, staleAfterMs / 2);
  const events: WorkerEvents = new EventEmitter() as WorkerEvents;
  const learn = (id: string) => {
    ids.add(id);
    mine.add(id);
  };
  events.on('pool:create', ({ workerPool }) => learn(workerPool.id));
  events.on('worker:create', ({ worker }) => learn(worker.workerId));
  events.on('pool:release', ({ workerPool }) => ids.delete(workerPool.id));
  events.on('worker:release', ({ worker }) => ids.delete(worker.workerId));

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<string[]> | null = null;

  const tick = async (): Promise<string[]> => {
    // Bounded: a half-open connection must not stop the beats for good.
    try {
      if (ids.size) await withTimeout(pool.query(BEAT, [[...ids]]), queryTimeoutMs, 'heartbeat');
    } catch (err) {
      healthySince = null;
      throw err;
    }
    healthySince ??= Date.now();
    // Two beat intervals: long enough for every live process to have beaten again
    // after an outage, short enough that a restarted process frees its dead
    // predecessor's jobs about a minute after the crash.
    if (Date.now() - healthySince < staleAfterMs / 2) return [];
    const { rows } = await withTimeout(
      pool.query<{ ids: string[] }>(SWEEP, [staleAfterMs / 1000]),
      queryTimeoutMs,
      'heartbeat sweep',
    );
    const unlocked = rows[0]?.ids ?? [];
    if (unlocked.length) logger.warn({ workers: unlocked }, 'unlocked the jobs of workers that stopped beating');
    return unlocked;
  };
  const beat = () => {
    // One tick at a time: a slow database must not pile them up.
    running ??= tick()
      .catch((err: unknown) => {
        logger.warn({ err }, 'worker heartbeat failed; trying again');
        return [];
      })
      .finally(() => (running = null));
  };

  return {
    events,
    tick,
    start() {
      beat();
      timer = setInterval(beat, Math.max(250, staleAfterMs / 4));
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
      const gone = [...mine];
      ids.clear();
      mine.clear();
      if (gone.length) {
        await pool
          .query(`delete from "worker_heartbeat" where "worker_id" = any($1::text[])`, [gone])
          .catch((err: unknown) => logger.warn({ err }, 'could not remove worker heartbeats'));
      }
    },
  };
}
