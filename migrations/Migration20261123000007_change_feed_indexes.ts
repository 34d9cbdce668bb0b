import { Migration } from '@mikro-orm/migrations';

const TABLES = ['product', 'partner', 'sale_order', 'purchase_order'];

/** The change feed claims PENDING (or lease-expired) records oldest change first: state, updated_at, id. */
export class Migration20261123000007_change_feed_indexes extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`create index "${t}_feed_index" on "${t}" ("processing_state", "updated_at", "id")`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`drop index if exists "${t}_feed_index"`);
  }
}
