import { Migration } from '@mikro-orm/migrations';

/**
 * Prices as Odoo's pricelist rules compute them. A product has a price per
 * pricelist AND per quantity break (Odoo's `min_quantity`: 0 for the price of
 * one unit, 10 for "from 10 pieces"), so the row's key becomes (pricelist,
 * product, min quantity); the pricelist's currency is kept beside the price.
 * `pricelist_rule` mirrors the ids and date windows of the Odoo rules the hub
 * priced from: which pricelist a vanished rule belonged to, and when the next
 * window opens or closes.
 */
export class Migration20261205000018_pricelist_min_quantity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "pricelist_item" add column "min_quantity" double precision not null default 0`);
    this.addSql(`alter table "pricelist_item" add column "currency" varchar(255) null`);
    this.addSql(`alter table "pricelist_item" drop constraint "pricelist_item_pricelist_product_unique"`);
    this.addSql(
      `alter table "pricelist_item" add constraint "pricelist_item_pricelist_product_quantity_unique" unique ("pricelist_external_id", "product_external_id", "min_quantity")`,
    );
    this.addSql(
      `create table "pricelist_rule" ("odoo_id" int not null, "pricelist_odoo_id" int not null, "date_start" timestamptz null, "date_end" timestamptz null, primary key ("odoo_id"))`,
    );
    this.addSql(`create index "pricelist_rule_pricelist_odoo_id_index" on "pricelist_rule" ("pricelist_odoo_id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pricelist_rule"`);
    // Only the price of one unit fits the old key.
    this.addSql(`delete from "pricelist_item" where "min_quantity" <> 0`);
    this.addSql(
      `alter table "pricelist_item" drop constraint if exists "pricelist_item_pricelist_product_quantity_unique"`,
    );
    this.addSql(
      `alter table "pricelist_item" add constraint "pricelist_item_pricelist_product_unique" unique ("pricelist_external_id", "product_external_id")`,
    );
    this.addSql(`alter table "pricelist_item" drop column if exists "currency"`);
    this.addSql(`alter table "pricelist_item" drop column if exists "min_quantity"`);
  }
}
