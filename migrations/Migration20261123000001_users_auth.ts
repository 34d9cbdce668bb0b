import { Migration } from '@mikro-orm/migrations';

/** Users and authentication: User, ApiToken, AllowedDomain (and the uuid_v7() id default). */
export class Migration20261123000001_users_auth extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function uuid_v7() returns uuid as $fn$
  -- UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits from gen_random_uuid().
  -- Time-ordered ids keep keyset cursors oldest-first for rows written by plain SQL too.
  select encode(
    set_byte(
      overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
      6,
      (b'0111' || get_byte(uuid_send(gen_random_uuid()), 6)::bit(4))::bit(8)::int
    ),
    'hex')::uuid
$fn$ language sql volatile`);
    this.addSql(
      `create table "allowed_domain" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "domain" varchar(255) not null, primary key ("id"))`,
    );
    this.addSql(`alter table "allowed_domain" add constraint "allowed_domain_domain_unique" unique ("domain")`);
    this.addSql(
      `create table "user" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(255) not null, "password_hash" text null, "roles" text[] not null default '{}', "is_verified" boolean not null default false, "verification_token_hash" varchar(255) null, "verification_token_expires_at" timestamptz null, "failed_login_count" int not null default 0, "last_failed_login_at" timestamptz null, primary key ("id"))`,
    );
    this.addSql(`alter table "user" add constraint "user_email_unique" unique ("email")`);
    this.addSql(
      `alter table "user" add constraint "user_verification_token_hash_unique" unique ("verification_token_hash")`,
    );
    this.addSql(
      `create table "api_token" ("id" uuid not null default uuid_v7(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(255) not null, "token_hash" varchar(255) not null, "scopes" text[] not null default '{}', "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "user_id" uuid null, primary key ("id"))`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash")`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id")`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on delete cascade`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "user" cascade`);
    this.addSql(`drop table if exists "api_token" cascade`);
    this.addSql(`drop table if exists "allowed_domain" cascade`);
    this.addSql(`drop function if exists uuid_v7()`);
  }
}
