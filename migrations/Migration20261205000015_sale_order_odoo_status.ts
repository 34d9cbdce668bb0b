import { Migration } from '@mikro-orm/migrations';

/**
 * What became of a sale order in Odoo (state, delivery, invoicing, payment,
 * amounts, tracking references), read back after its push and on every pull:
 * a column of its own, so Odoo's values never mix with the data the webshop
 * sent (an INBOUND order's current_data stays the shop's).
 */
export class Migration20261205000015_sale_order_odoo_status extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "sale_order" add column "odoo_status" jsonb null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "sale_order" drop column if exists "odoo_status"`);
  }
}
