import { Migration } from '@mikro-orm/migrations';

/** ApiLog: the HTTP request/response log, both directions. */
export class Migration20261123000004_api_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_log" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "method" varchar(16) not null, "path" text not null, "direction" text not null, "status_code" int not null, "duration" double precision not null, "operation_name" varchar(255) null, "request_id" varchar(255) null, primary key ("id"))`,
    );
    this.addSql(
      `alter table "api_log" add constraint "api_log_direction_check" check ("direction" in ('inbound', 'outbound'))`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_log" cascade`);
  }
}
