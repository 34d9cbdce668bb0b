import { Migration } from '@mikro-orm/migrations';

/** Webhook, failure and outbound queue entities. */
export class Migration20261123000003_webhooks_failures_outbound extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbound_queue" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entity_type" text not null, "entity_id" uuid not null, "payload" jsonb not null, "status" text not null default 'pending', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, primary key ("id"))`,
    );
    this.addSql(
      `alter table "outbound_queue" add constraint "outbound_queue_entity_type_check" check ("entity_type" in ('product', 'partner', 'sale_order', 'purchase_order', 'stock', 'pricelist_item'))`,
    );
    this.addSql(
      `alter table "outbound_queue" add constraint "outbound_queue_status_check" check ("status" in ('pending', 'processing', 'completed', 'failed'))`,
    );
    this.addSql(
      `create table "sync_failure" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "entity_type" text not null, "external_id" varchar(255) not null, "source" text not null, "status" text not null default 'open', "error_message" text not null, "resolution_note" text null, "resolved_at" timestamptz null, "entity_id" uuid null, "outbound_queue_id" uuid null, primary key ("id"))`,
    );
    this.addSql(`create index "sync_failure_outbound_queue_id_index" on "sync_failure" ("outbound_queue_id")`);
    this.addSql(
      `alter table "sync_failure" add constraint "sync_failure_entity_type_check" check ("entity_type" in ('product', 'partner', 'sale_order', 'purchase_order', 'stock', 'pricelist_item'))`,
    );
    this.addSql(
      `alter table "sync_failure" add constraint "sync_failure_source_check" check ("source" in ('odoo', 'webshop'))`,
    );
    this.addSql(
      `alter table "sync_failure" add constraint "sync_failure_status_check" check ("status" in ('open', 'resolved'))`,
    );
    this.addSql(
      `create table "webhook_config" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "url" text not null, "entity_type" text not null, "direction" text not null, "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "is_active" boolean not null default true, primary key ("id"))`,
    );
    this.addSql(
      `alter table "webhook_config" add constraint "webhook_config_entity_type_check" check ("entity_type" in ('product', 'partner', 'sale_order', 'purchase_order', 'stock', 'pricelist_item'))`,
    );
    this.addSql(
      `alter table "webhook_config" add constraint "webhook_config_direction_check" check ("direction" in ('to_odoo', 'to_webshop'))`,
    );
    this.addSql(
      `create table "webhook_delivery" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "webhook_config_id" uuid not null, "sync_failure_id" uuid null, "message_id" varchar(255) not null, "payload" jsonb not null, "status" text not null default 'pending', "attempts" int not null default 0, "response_status" int null, "last_error" text null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, primary key ("id"))`,
    );
    this.addSql(`create index "webhook_delivery_sync_failure_id_index" on "webhook_delivery" ("sync_failure_id")`);
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('pending', 'delivered', 'failed'))`,
    );
    this.addSql(
      `alter table "sync_failure" add constraint "sync_failure_outbound_queue_id_foreign" foreign key ("outbound_queue_id") references "outbound_queue" ("id") on delete set null`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_config_id_foreign" foreign key ("webhook_config_id") references "webhook_config" ("id") on delete cascade`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_sync_failure_id_foreign" foreign key ("sync_failure_id") references "sync_failure" ("id") on delete set null`,
    );
    this.addSql(`create index "webhook_delivery_config_id_index" on "webhook_delivery" ("webhook_config_id", "id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery" cascade`);
    this.addSql(`drop table if exists "webhook_config" cascade`);
    this.addSql(`drop table if exists "sync_failure" cascade`);
    this.addSql(`drop table if exists "outbound_queue" cascade`);
  }
}
