import { Migration } from '@mikro-orm/migrations';

/**
 * Consumers (issue 19): several shops on one hub, each with its own change feed
 * and flags. The default consumer keeps its state on the records as before;
 * every other consumer's lives in `consumer_feed_state`, written only when that
 * consumer claims or acknowledges, never at ingest (docs/consumers.md).
 */
export class Migration2026120600046_consumers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consumer" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "is_default" boolean not null default false, "entity_types" text[] not null default '{}', "pricelist_external_id" varchar(255) null, "warehouse" varchar(255) null, primary key ("id"))`,
    );
    this.addSql(`alter table "consumer" add constraint "consumer_name_unique" unique ("name")`);
    this.addSql(`insert into "consumer" ("name", "is_default") values ('default', true)`);

    this.addSql(`alter table "api_token" add column "consumer_id" uuid null`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_consumer_id_foreign" foreign key ("consumer_id") references "consumer" ("id") on delete set null`,
    );
    this.addSql(`create index "api_token_consumer_id_index" on "api_token" ("consumer_id")`);

    this.addSql(
      `create table "consumer_feed_state" ("consumer_id" uuid not null, "entity_type" text not null, "record_id" uuid not null, "state" text not null, "seen_at" timestamptz null, "fetched_at" timestamptz null, "error_message" text null, "retry_count" int not null default 0, primary key ("consumer_id", "entity_type", "record_id"))`,
    );
    this.addSql(
      `create index "consumer_feed_state_redo_index" on "consumer_feed_state" ("consumer_id", "entity_type", "state", "fetched_at")`,
    );
    this.addSql(
      `alter table "consumer_feed_state" add constraint "consumer_feed_state_consumer_id_foreign" foreign key ("consumer_id") references "consumer" ("id") on delete cascade`,
    );
    this.addSql(
      `create table "consumer_cursor" ("consumer_id" uuid not null, "entity_type" text not null, "horizon" timestamptz not null default '-infinity', primary key ("consumer_id", "entity_type"))`,
    );
    this.addSql(
      `alter table "consumer_cursor" add constraint "consumer_cursor_consumer_id_foreign" foreign key ("consumer_id") references "consumer" ("id") on delete cascade`,
    );

    this.addSql(`alter table "sync_failure" add column "consumer_id" uuid null`);

    // When a stock row's quantity or a price last raised its flag: what another consumer's flag compares with its
    // acknowledgement. Kept by a trigger so every writer (ingest, tombstones, vanished rows) keeps it alike.
    for (const [table, value, flag] of [
      ['stock', 'quantity', 'is_quantity_changed'],
      ['pricelist_item', 'price', 'price_changed'],
    ] as const) {
      this.addSql(`alter table "${table}" add column "flag_changed_at" timestamptz not null default now()`);
      this.addSql(`update "${table}" set "flag_changed_at" = "updated_at"`);
      this.addSql(`create index "${table}_flag_changed_at_index" on "${table}" ("flag_changed_at")`);
      this.addSql(`create or replace function "${table}_flag_changed_at"() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then
            new."flag_changed_at" := clock_timestamp();
          elsif new."${flag}" and (not old."${flag}" or new."${value}" is distinct from old."${value}"
                or new."deleted_at" is distinct from old."deleted_at") then
            new."flag_changed_at" := clock_timestamp();
          end if;
          return new;
        end $$`);
      this.addSql(
        `create trigger "${table}_flag_changed_at" before insert or update on "${table}" for each row execute function "${table}_flag_changed_at"()`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['stock', 'pricelist_item']) {
      this.addSql(`drop trigger if exists "${table}_flag_changed_at" on "${table}"`);
      this.addSql(`drop function if exists "${table}_flag_changed_at"()`);
      this.addSql(`alter table "${table}" drop column "flag_changed_at"`);
    }
    this.addSql(`alter table "sync_failure" drop column "consumer_id"`);
    this.addSql(`drop table if exists "consumer_cursor"`);
    this.addSql(`drop table if exists "consumer_feed_state"`);
    this.addSql(`alter table "api_token" drop column "consumer_id"`);
    this.addSql(`drop table if exists "consumer"`);
  }
}
