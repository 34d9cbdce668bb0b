import { Migration } from '@mikro-orm/migrations';

/**
 * When a webhook endpoint's attempts started failing (null while the last one
 * succeeded): an endpoint failing for longer than WEBHOOK_DISABLE_AFTER_DAYS is
 * deactivated. One column, so the check is a row read, not a scan of deliveries.
 */
export class Migration20261123000009_webhook_failing_since extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "webhook_config" add column "failing_since" timestamptz null`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_config" drop column if exists "failing_since"`);
  }
}
