import { Migration } from '@mikro-orm/migrations';

/**
 * The change log: every committed entity change, in order (src/outbox/change-log.ts
 * writes it in the change's own transaction; src/modules/change-log/ reads and prunes it).
 *
 * `position` orders the log. A sequence hands positions out when rows are written,
 * not when they commit, so two concurrent transactions may commit their positions
 * out of order; `xid` (the writing transaction) and `snapshot` (which transactions
 * had committed when the row was written) let a reader that resumes after
 * position P also find the rows with lower positions that committed after P's
 * (stragglers, see src/outbox/change-log.ts). The xid index serves that look-up;
 * pruning walks the primary key from the oldest row.
 */
export class Migration20261206000045_change_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "change_log" (
        "position" bigserial primary key,
        "entity_type" text not null,
        "record_id" uuid not null,
        "external_id" text not null,
        "changed_fields" text[] not null,
        "is_new" boolean not null,
        "changed_at" timestamptz not null,
        "logged_at" timestamptz not null default now(),
        "xid" xid8 not null default pg_current_xact_id(),
        "snapshot" pg_snapshot not null default pg_current_snapshot()
      )`,
    );
    this.addSql(`create index "change_log_xid_index" on "change_log" ("xid")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change_log"`);
  }
}
