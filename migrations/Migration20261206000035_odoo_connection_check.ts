import { Migration } from '@mikro-orm/migrations';

/**
 * The last result of `odoo:check` run by a worker at its start, per Odoo
 * connection (src/odoo/check/odoo-check.ts): every API instance answers
 * `syncStatus.odooConnection` from this row.
 */
export class Migration20261206000035_odoo_connection_check extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "odoo_connection_check" ("connection" text not null, "ok" boolean not null, "protocol" text null, "version" text null, "checked_at" timestamptz not null, "problems" jsonb not null default '[]', "notes" jsonb not null default '[]', primary key ("connection"))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "odoo_connection_check"`);
  }
}
