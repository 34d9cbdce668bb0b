import { Migration } from '@mikro-orm/migrations';

/** The Odoo pull's cursor per entity type (write_date, id of the last record ingested). */
export class Migration20261123000008_odoo_cursor extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "odoo_cursor" ("entity_type" varchar(255) not null, "write_date" varchar(255) null, "last_id" int not null default 0, "pulled_at" timestamptz null, primary key ("entity_type"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "odoo_cursor"`);
  }
}
