import { Migration } from '@mikro-orm/migrations';

/**
 * ApiLog rows of webhook calls name their config and keep the URL's origin only:
 * an endpoint's path may be its secret. Rows written before keep no path either:
 * every outbound row that is not an Odoo call (/jsonrpc, /json/2/<model>/<method>)
 * was a webhook call, and is cut to its origin.
 */
export class Migration20261204000014_api_log_webhook_config extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "api_log" add column "webhook_config_id" uuid null`);
    this.addSql(
      `create index "api_log_webhook_config_id_index" on "api_log" ("webhook_config_id", "id") where "webhook_config_id" is not null`,
    );
    this.addSql(
      // Outbound paths never held a query string, so the origin ends at the first slash after "//".
      `update "api_log" set "path" = substring("path" from '^[a-z][a-z0-9+.-]*://[^/]+')
        where "direction" = 'outbound' and "path" ~ '^[a-z][a-z0-9+.-]*://[^/]+/'
          and "path" !~ '/(jsonrpc|json/2/[^/]+/[^/]+)$'`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "api_log_webhook_config_id_index"`);
    this.addSql(`alter table "api_log" drop column if exists "webhook_config_id"`);
  }
}
