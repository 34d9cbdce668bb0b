import { Migration } from '@mikro-orm/migrations';

/**
 * The circuit of each Odoo connection (src/odoo/odoo-circuit.ts): open while
 * Odoo is out of reach, closed again by the probe's first answer. An
 * OutboundQueue row whose push waits for it has `paused_at`: it has no job
 * until the circuit closes and every paused row gets one at once.
 */
export class Migration20261206000021_odoo_circuit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "odoo_circuit" ("connection" text not null, "state" text not null default 'closed', "opened_at" timestamptz null, "closed_at" timestamptz null, "last_probe_at" timestamptz null, "last_error" text null, "updated_at" timestamptz not null default now(), primary key ("connection"))`,
    );
    this.addSql(
      `alter table "odoo_circuit" add constraint "odoo_circuit_state_check" check ("state" in ('closed', 'open'))`,
    );
    this.addSql(`alter table "outbound_queue" add column "paused_at" timestamptz null`);
    // The resume reads every paused row at once; there are none most of the time.
    this.addSql(`create index "outbound_queue_paused_index" on "outbound_queue" ("id") where "paused_at" is not null`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbound_queue_paused_index"`);
    this.addSql(`alter table "outbound_queue" drop column if exists "paused_at"`);
    this.addSql(`drop table if exists "odoo_circuit"`);
  }
}
