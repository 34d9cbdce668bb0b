import { Migration } from '@mikro-orm/migrations';

const SYNCABLE = ['product', 'partner', 'sale_order', 'purchase_order'];
const KEYED = ['stock', 'pricelist_item'];

/**
 * Tombstones: a record deleted in Odoo keeps its row, with `deleted_at` set,
 * so the webshop learns of the deletion (and a later record with the same key
 * revives it). The reconciliation pages a Syncable table's live Odoo ids by
 * keyset, and the read-back finds a row by its Odoo id: a partial index on the
 * live rows' odoo_id serves both. List queries leave tombstones out with a
 * filter the existing indexes already narrow (tombstones are few).
 */
export class Migration20261205000016_tombstones extends Migration {
  override async up(): Promise<void> {
    for (const t of [...SYNCABLE, ...KEYED]) {
      this.addSql(`alter table "${t}" add column "deleted_at" timestamptz null`);
    }
    for (const t of SYNCABLE) {
      this.addSql(
        `create index "${t}_live_odoo_id_index" on "${t}" ("odoo_id") where "deleted_at" is null and "odoo_id" is not null`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of SYNCABLE) this.addSql(`drop index if exists "${t}_live_odoo_id_index"`);
    for (const t of [...SYNCABLE, ...KEYED]) this.addSql(`alter table "${t}" drop column if exists "deleted_at"`);
  }
}
