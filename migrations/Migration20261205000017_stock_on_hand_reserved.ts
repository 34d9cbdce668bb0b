import { Migration } from '@mikro-orm/migrations';

/**
 * What a Stock row's sellable quantity is made of, for Odoo's stock: the
 * quantity on hand and the part of it reserved for transfers (stock.quant
 * `quantity` and `reserved_quantity`). Null where nobody said (stock an
 * integrator ingests with a quantity alone).
 */
export class Migration20261205000017_stock_on_hand_reserved extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "stock" add column "on_hand_quantity" double precision null, add column "reserved_quantity" double precision null`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "stock" drop column if exists "on_hand_quantity", drop column if exists "reserved_quantity"`,
    );
  }
}
