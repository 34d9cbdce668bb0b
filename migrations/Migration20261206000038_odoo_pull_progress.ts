import { Migration } from '@mikro-orm/migrations';

/**
 * How the current (or last) pull of each entity type is going, written by the
 * worker that runs it (one statement per page, src/modules/odoo-pull/pull-progress.service.ts)
 * and read by every API instance for `syncStatus.pulls` and by `hub pull --follow`.
 */
export class Migration20261206000038_odoo_pull_progress extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "odoo_pull_progress" ("entity_type" text not null, "state" text not null, "full" boolean not null default false, "started_at" timestamptz not null, "pages" int not null default 0, "records" int not null default 0, "estimated_total" int null, "finished_at" timestamptz null, "last_error" text null, "updated_at" timestamptz not null, primary key ("entity_type"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "odoo_pull_progress"`);
  }
}
