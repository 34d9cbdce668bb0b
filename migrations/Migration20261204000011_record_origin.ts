import { Migration } from '@mikro-orm/migrations';

const SYNCABLE = ['product', 'partner', 'sale_order', 'purchase_order'];

/**
 * Who made each Syncable record (`origin`, and for the webshop's the user whose
 * token did), and which Odoo records the hub created itself (`odoo_create`).
 * Existing rows: webshop orders are INBOUND sale orders; webshop partners and
 * purchase orders are those the outbound queue pushed, with a webshop order's
 * customer and addresses; everything else came from Odoo. What the hub pushed
 * before counts as created by it (it was, or it was adopted by reference).
 */
export class Migration20261204000011_record_origin extends Migration {
  override async up(): Promise<void> {
    for (const table of SYNCABLE) {
      this.addSql(
        `alter table "${table}" add column "origin" text not null default 'odoo', add column "owner_user_id" uuid null`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_origin_check" check ("origin" in ('odoo', 'webshop'))`,
      );
    }
    this.addSql(`update "sale_order" set "origin" = 'webshop' where "direction" = 'inbound'`);
    this.addSql(
      `update "purchase_order" set "origin" = 'webshop'
        where "id" in (select "entity_id" from "outbound_queue" where "entity_type" = 'purchase_order')`,
    );
    this.addSql(
      `update "partner" set "origin" = 'webshop'
        where "id" in (select "entity_id" from "outbound_queue" where "entity_type" = 'partner')
           or "id" in (select "customer_id" from "sale_order" where "direction" = 'inbound' and "customer_id" is not null)
           or "external_id" in (select "current_data"->>k from "sale_order", unnest(array['invoiceAddressExternalId', 'shippingAddressExternalId']) as k
                                 where "direction" = 'inbound')`,
    );
    // Addresses saved with a webshop customer (they were pushed under its queue row).
    this.addSql(
      `update "partner" c set "origin" = 'webshop' from "partner" p
        where c."parent_id" = p."id" and p."origin" = 'webshop' and c."origin" = 'odoo' and c."external_id" not like 'odoo:%'`,
    );
    this.addSql(
      `create table "odoo_create" ("entity_type" varchar(255) not null, "entity_id" uuid not null, "attempted_at" timestamptz not null default now(), "odoo_id" int null, primary key ("entity_type", "entity_id"))`,
    );
    for (const table of ['partner', 'sale_order', 'purchase_order']) {
      this.addSql(
        `insert into "odoo_create" ("entity_type", "entity_id", "attempted_at", "odoo_id")
         select '${table}', "id", "created_at", "odoo_id" from "${table}" where "origin" = 'webshop' and "odoo_id" is not null`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "odoo_create"`);
    for (const table of SYNCABLE) {
      this.addSql(`alter table "${table}" drop column "origin", drop column "owner_user_id"`);
    }
  }
}
