import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A live graphile-worker worker (or worker pool) of some hub process, and when
 * it last said so. graphile-worker leaves a crashed worker's jobs locked for
 * four hours; the sweep in jobs/worker-heartbeat.ts unlocks the jobs of workers
 * whose beat is stale instead, so they run again within about a minute.
 */
@Entity({ tableName: 'worker_heartbeat' })
export class WorkerHeartbeat {
  /** graphile-worker's id (`locked_by` of the jobs it holds). */
  @PrimaryKey({ type: 'string' })
  workerId!: string;

  @Property({ type: 'datetime' })
  beatAt!: Date;
}
