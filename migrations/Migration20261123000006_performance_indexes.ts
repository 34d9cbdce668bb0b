import { Migration } from '@mikro-orm/migrations';

/** Performance indexes for the filters and keyset cursors of the queries. */
export class Migration20261123000006_performance_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "outbound_queue_entity_index" on "outbound_queue" ("entity_type", "entity_id")`);
    this.addSql(`create index "outbound_queue_entity_type_id_index" on "outbound_queue" ("entity_type", "id")`);
    this.addSql(`create index "outbound_queue_status_id_index" on "outbound_queue" ("status", "id")`);
    this.addSql(`create index "partner_external_parent_id_index" on "partner" ("external_parent_id")`);
    this.addSql(`create index "partner_processing_state_id_index" on "partner" ("processing_state", "id")`);
    this.addSql(`create index "partner_updated_at_index" on "partner" ("updated_at")`);
    this.addSql(`create index "partner_changed_fields_gin" on "partner" using gin ("changed_fields" jsonb_path_ops)`);
    this.addSql(`create index "pricelist_item_changed_index" on "pricelist_item" ("id") where "price_changed"`);
    this.addSql(`create index "pricelist_item_product_external_id_index" on "pricelist_item" ("product_external_id")`);
    this.addSql(`create index "product_processing_state_id_index" on "product" ("processing_state", "id")`);
    this.addSql(`create index "product_updated_at_index" on "product" ("updated_at")`);
    this.addSql(`create index "product_changed_fields_gin" on "product" using gin ("changed_fields" jsonb_path_ops)`);
    this.addSql(
      `create index "purchase_order_processing_state_id_index" on "purchase_order" ("processing_state", "id")`,
    );
    this.addSql(`create index "purchase_order_updated_at_index" on "purchase_order" ("updated_at")`);
    this.addSql(
      `create index "purchase_order_changed_fields_gin" on "purchase_order" using gin ("changed_fields" jsonb_path_ops)`,
    );
    this.addSql(
      `create index "purchase_order_line_product_external_id_index" on "purchase_order_line" ("product_external_id")`,
    );
    this.addSql(`create index "sale_order_direction_id_index" on "sale_order" ("direction", "id")`);
    this.addSql(`create index "sale_order_processing_state_id_index" on "sale_order" ("processing_state", "id")`);
    this.addSql(`create index "sale_order_updated_at_index" on "sale_order" ("updated_at")`);
    this.addSql(
      `create index "sale_order_changed_fields_gin" on "sale_order" using gin ("changed_fields" jsonb_path_ops)`,
    );
    this.addSql(`create index "stock_changed_index" on "stock" ("id") where "is_quantity_changed"`);
    this.addSql(`create index "stock_product_external_id_index" on "stock" ("product_external_id")`);
    this.addSql(`create index "sync_failure_entity_index" on "sync_failure" ("entity_type", "external_id")`);
    this.addSql(`create index "sync_failure_entity_type_id_index" on "sync_failure" ("entity_type", "id")`);
    this.addSql(`create index "sync_failure_source_id_index" on "sync_failure" ("source", "id")`);
    this.addSql(`create index "sync_failure_status_id_index" on "sync_failure" ("status", "id")`);
    this.addSql(
      `create index "webhook_config_match_index" on "webhook_config" ("entity_type", "direction", "is_active")`,
    );
    this.addSql(`create index "webhook_delivery_status_id_index" on "webhook_delivery" ("status", "id")`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbound_queue_entity_index"`);
    this.addSql(`drop index if exists "outbound_queue_entity_type_id_index"`);
    this.addSql(`drop index if exists "outbound_queue_status_id_index"`);
    this.addSql(`drop index if exists "partner_external_parent_id_index"`);
    this.addSql(`drop index if exists "partner_processing_state_id_index"`);
    this.addSql(`drop index if exists "partner_updated_at_index"`);
    this.addSql(`drop index if exists "partner_changed_fields_gin"`);
    this.addSql(`drop index if exists "pricelist_item_changed_index"`);
    this.addSql(`drop index if exists "pricelist_item_product_external_id_index"`);
    this.addSql(`drop index if exists "product_processing_state_id_index"`);
    this.addSql(`drop index if exists "product_updated_at_index"`);
    this.addSql(`drop index if exists "product_changed_fields_gin"`);
    this.addSql(`drop index if exists "purchase_order_processing_state_id_index"`);
    this.addSql(`drop index if exists "purchase_order_updated_at_index"`);
    this.addSql(`drop index if exists "purchase_order_changed_fields_gin"`);
    this.addSql(`drop index if exists "purchase_order_line_product_external_id_index"`);
    this.addSql(`drop index if exists "sale_order_direction_id_index"`);
    this.addSql(`drop index if exists "sale_order_processing_state_id_index"`);
    this.addSql(`drop index if exists "sale_order_updated_at_index"`);
    this.addSql(`drop index if exists "sale_order_changed_fields_gin"`);
    this.addSql(`drop index if exists "stock_changed_index"`);
    this.addSql(`drop index if exists "stock_product_external_id_index"`);
    this.addSql(`drop index if exists "sync_failure_entity_index"`);
    this.addSql(`drop index if exists "sync_failure_entity_type_id_index"`);
    this.addSql(`drop index if exists "sync_failure_source_id_index"`);
    this.addSql(`drop index if exists "sync_failure_status_id_index"`);
    this.addSql(`drop index if exists "webhook_config_match_index"`);
    this.addSql(`drop index if exists "webhook_delivery_status_id_index"`);
  }
}
