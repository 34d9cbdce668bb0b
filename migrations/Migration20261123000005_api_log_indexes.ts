import { Migration } from '@mikro-orm/migrations';

/** ApiLog indexes: retention by createdAt, and the apiLogs filters. */
export class Migration20261123000005_api_log_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "api_log_path_prefix_index" on "api_log" ("path" text_pattern_ops)`);
    this.addSql(`create index "api_log_status_code_index" on "api_log" ("status_code")`);
    this.addSql(`create index "api_log_direction_id_index" on "api_log" ("direction", "id")`);
    this.addSql(`create index "api_log_created_at_index" on "api_log" ("created_at")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "api_log_path_prefix_index"`);
    this.addSql(`drop index if exists "api_log_status_code_index"`);
    this.addSql(`drop index if exists "api_log_direction_id_index"`);
    this.addSql(`drop index if exists "api_log_created_at_index"`);
  }
}
