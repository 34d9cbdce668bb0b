import { Migration } from '@mikro-orm/migrations';

/**
 * A census of each pulled model at the end of its last pull: its highest id
 * and how many records it had up to that id. Odoo's ids only grow, so fewer
 * records up to the same id later means some were deleted: the pull then
 * reconciles at once instead of waiting for the periodic run
 * (src/odoo/pull/deletion-census.ts).
 */
export class Migration20261205000019_odoo_deletion_census extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "odoo_cursor" add column "census_max_id" int null, add column "census_count" int null`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "odoo_cursor" drop column if exists "census_max_id", drop column if exists "census_count"`,
    );
  }
}
