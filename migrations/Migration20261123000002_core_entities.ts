import { Migration } from '@mikro-orm/migrations';

/** Core entities: Product, Partner, SaleOrder, Stock, PricelistItem, PurchaseOrder, PurchaseOrderLine. */
export class Migration20261123000002_core_entities extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "external_id" varchar(255) not null, "odoo_id" int null, "current_data" jsonb not null, "previous_data" jsonb null, "changed_fields" jsonb not null default '[]', "processing_state" text not null default 'pending', "is_new" boolean not null default true, "idempotency_key" varchar(255) null, "fetched_at" timestamptz null, "error_message" text null, "retry_count" int not null default 0, "type" text not null default 'contact', "parent_id" uuid null, "external_parent_id" varchar(255) null, primary key ("id"))`,
    );
    this.addSql(`alter table "partner" add constraint "partner_external_id_unique" unique ("external_id")`);
    this.addSql(`create index "partner_parent_id_index" on "partner" ("parent_id")`);
    this.addSql(
      `alter table "partner" add constraint "partner_processing_state_check" check ("processing_state" in ('pending', 'processing', 'completed', 'failed'))`,
    );
    this.addSql(
      `alter table "partner" add constraint "partner_type_check" check ("type" in ('contact', 'invoice', 'delivery', 'other'))`,
    );
    this.addSql(
      `create table "pricelist_item" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "pricelist_external_id" varchar(255) not null, "product_external_id" varchar(255) not null, "price" numeric not null, "previous_price" numeric null, "price_changed" boolean not null default false, primary key ("id"))`,
    );
    this.addSql(
      `alter table "pricelist_item" add constraint "pricelist_item_pricelist_product_unique" unique ("pricelist_external_id", "product_external_id")`,
    );
    this.addSql(
      `create table "product" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "external_id" varchar(255) not null, "odoo_id" int null, "current_data" jsonb not null, "previous_data" jsonb null, "changed_fields" jsonb not null default '[]', "processing_state" text not null default 'pending', "is_new" boolean not null default true, "idempotency_key" varchar(255) null, "fetched_at" timestamptz null, "error_message" text null, "retry_count" int not null default 0, "context" jsonb null, primary key ("id"))`,
    );
    this.addSql(`alter table "product" add constraint "product_external_id_unique" unique ("external_id")`);
    this.addSql(
      `alter table "product" add constraint "product_processing_state_check" check ("processing_state" in ('pending', 'processing', 'completed', 'failed'))`,
    );
    this.addSql(
      `create table "purchase_order" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "external_id" varchar(255) not null, "odoo_id" int null, "current_data" jsonb not null, "previous_data" jsonb null, "changed_fields" jsonb not null default '[]', "processing_state" text not null default 'pending', "is_new" boolean not null default true, "idempotency_key" varchar(255) null, "fetched_at" timestamptz null, "error_message" text null, "retry_count" int not null default 0, "name" varchar(255) not null, "vendor" varchar(255) not null, "state" text not null default 'draft', primary key ("id"))`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_external_id_unique" unique ("external_id")`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_processing_state_check" check ("processing_state" in ('pending', 'processing', 'completed', 'failed'))`,
    );
    this.addSql(
      `alter table "purchase_order" add constraint "purchase_order_state_check" check ("state" in ('draft', 'sent', 'to_approve', 'purchase', 'done', 'cancel'))`,
    );
    this.addSql(
      `create table "purchase_order_line" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "purchase_order_id" uuid not null, "product_external_id" varchar(255) not null, "quantity" double precision not null, "price_unit" numeric not null, primary key ("id"))`,
    );
    this.addSql(
      `create index "purchase_order_line_purchase_order_id_index" on "purchase_order_line" ("purchase_order_id")`,
    );
    this.addSql(
      `create table "sale_order" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "external_id" varchar(255) not null, "odoo_id" int null, "current_data" jsonb not null, "previous_data" jsonb null, "changed_fields" jsonb not null default '[]', "processing_state" text not null default 'pending', "is_new" boolean not null default true, "idempotency_key" varchar(255) null, "fetched_at" timestamptz null, "error_message" text null, "retry_count" int not null default 0, "direction" text not null, "customer_id" uuid null, primary key ("id"))`,
    );
    this.addSql(`alter table "sale_order" add constraint "sale_order_external_id_unique" unique ("external_id")`);
    this.addSql(`create index "sale_order_customer_id_index" on "sale_order" ("customer_id")`);
    this.addSql(
      `alter table "sale_order" add constraint "sale_order_processing_state_check" check ("processing_state" in ('pending', 'processing', 'completed', 'failed'))`,
    );
    this.addSql(
      `alter table "sale_order" add constraint "sale_order_direction_check" check ("direction" in ('inbound', 'outbound'))`,
    );
    this.addSql(
      `create table "stock" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "supplier_external_id" varchar(255) not null, "product_external_id" varchar(255) not null, "quantity" double precision not null, "previous_quantity" double precision null, "is_quantity_changed" boolean not null default false, primary key ("id"))`,
    );
    this.addSql(
      `alter table "stock" add constraint "stock_supplier_product_unique" unique ("supplier_external_id", "product_external_id")`,
    );
    this.addSql(
      `alter table "partner" add constraint "partner_parent_id_foreign" foreign key ("parent_id") references "partner" ("id") on delete set null`,
    );
    this.addSql(
      `alter table "purchase_order_line" add constraint "purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on delete cascade`,
    );
    this.addSql(
      `alter table "sale_order" add constraint "sale_order_customer_id_foreign" foreign key ("customer_id") references "partner" ("id") on delete set null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "purchase_order_line" cascade`);
    this.addSql(`drop table if exists "purchase_order" cascade`);
    this.addSql(`drop table if exists "pricelist_item" cascade`);
    this.addSql(`drop table if exists "stock" cascade`);
    this.addSql(`drop table if exists "sale_order" cascade`);
    this.addSql(`drop table if exists "partner" cascade`);
    this.addSql(`drop table if exists "product" cascade`);
  }
}
