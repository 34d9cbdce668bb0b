import { Migration } from '@mikro-orm/migrations';

/** Heartbeats of graphile-worker workers, so a crashed worker's jobs are unlocked in a minute, not four hours. */
export class Migration20261123000010_worker_heartbeat extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "worker_heartbeat" ("worker_id" varchar(255) not null, "beat_at" timestamptz not null, primary key ("worker_id"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "worker_heartbeat"`);
  }
}
