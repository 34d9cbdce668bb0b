import { Migration } from '@mikro-orm/migrations';

/**
 * Every hub instance caches verified API tokens (AUTH_TOKEN_CACHE_SECONDS). A
 * change that can make a cached token invalid is announced on the channel
 * `odoo_sync_hub_auth` by the database itself, whoever made it (a GraphQL
 * mutation, the CLI, plain SQL), once committed: `token:<id>` for a token
 * updated or deleted, `user:<id>` for a user, `all` for a TRUNCATE. Each
 * instance evicts what it names (src/modules/api-token/authenticator.ts).
 * lastUsedAt and updatedAt alone change nothing a cache holds, and lastUsedAt
 * is written for busy tokens every minute, so those updates stay silent.
 */
export class Migration20261206000020_auth_change_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function "notify_auth_change"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('odoo_sync_hub_auth', 'all');
        elsif tg_table_name = 'api_token' then
          perform pg_notify('odoo_sync_hub_auth', 'token:' || old."id");
        else
          perform pg_notify('odoo_sync_hub_auth', 'user:' || old."id");
        end if;
        return null;
      end $$`);
    this.addSql(`
      create trigger "api_token_auth_change_update" after update on "api_token" for each row
        when ((to_jsonb(old) - 'last_used_at' - 'updated_at') is distinct from (to_jsonb(new) - 'last_used_at' - 'updated_at'))
        execute function "notify_auth_change"()`);
    this.addSql(`
      create trigger "api_token_auth_change_delete" after delete on "api_token" for each row
        execute function "notify_auth_change"()`);
    this.addSql(`
      create trigger "api_token_auth_change_truncate" after truncate on "api_token" for each statement
        execute function "notify_auth_change"()`);
    this.addSql(`
      create trigger "user_auth_change_update" after update on "user" for each row
        when ((to_jsonb(old) - 'updated_at') is distinct from (to_jsonb(new) - 'updated_at'))
        execute function "notify_auth_change"()`);
    this.addSql(`
      create trigger "user_auth_change_delete" after delete on "user" for each row
        execute function "notify_auth_change"()`);
    this.addSql(`
      create trigger "user_auth_change_truncate" after truncate on "user" for each statement
        execute function "notify_auth_change"()`);
  }

  override async down(): Promise<void> {
    for (const trigger of ['update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists "api_token_auth_change_${trigger}" on "api_token"`);
      this.addSql(`drop trigger if exists "user_auth_change_${trigger}" on "user"`);
    }
    this.addSql(`drop function if exists "notify_auth_change"()`);
  }
}
