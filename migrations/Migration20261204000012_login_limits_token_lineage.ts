import { Migration } from '@mikro-orm/migrations';

/**
 * Rate limits in the database, shared by every instance (src/modules/rate-limit/rate-limit.service.ts):
 * one row per counter, changed by one atomic upsert per attempt. The per-user
 * failure count moves there (it now counts unknown e-mails too), and tokens
 * record the token that created them, so revoking a token reaches its children.
 */
export class Migration20261204000012_login_limits_token_lineage extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit_bucket" ("key" varchar(255) not null, "hits" int not null, "window_started_at" timestamptz not null, "last_hit_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("key"))`,
    );
    this.addSql(`create index "rate_limit_bucket_expires_at_index" on "rate_limit_bucket" ("expires_at")`);
    this.addSql(`alter table "user" drop column "failed_login_count", drop column "last_failed_login_at"`);
    this.addSql(`alter table "api_token" add column "parent_id" uuid null`);
    this.addSql(`create index "api_token_parent_id_index" on "api_token" ("parent_id")`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_parent_id_foreign" foreign key ("parent_id") references "api_token" ("id") on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_token" drop constraint if exists "api_token_parent_id_foreign"`);
    this.addSql(`alter table "api_token" drop column if exists "parent_id"`);
    this.addSql(
      `alter table "user" add column "failed_login_count" int not null default 0, add column "last_failed_login_at" timestamptz null`,
    );
    this.addSql(`drop table if exists "rate_limit_bucket"`);
  }
}
