import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000001_users_auth } from './Migration20261123000001_users_auth.js';
import { Migration20261123000002_core_entities } from './Migration20261123000002_core_entities.js';
import { Migration20261123000003_webhooks_failures_outbound } from './Migration20261123000003_webhooks_failures_outbound.js';
import { Migration20261123000004_api_log } from './Migration20261123000004_api_log.js';
import { Migration20261123000005_api_log_indexes } from './Migration20261123000005_api_log_indexes.js';
import { Migration20261123000006_performance_indexes } from './Migration20261123000006_performance_indexes.js';
import { Migration20261123000007_change_feed_indexes } from './Migration20261123000007_change_feed_indexes.js';
import { Migration20261123000008_odoo_cursor } from './Migration20261123000008_odoo_cursor.js';
import { Migration20261123000009_webhook_failing_since } from './Migration20261123000009_webhook_failing_since.js';
import { Migration20261123000010_worker_heartbeat } from './Migration20261123000010_worker_heartbeat.js';
import { Migration20261204000011_record_origin } from './Migration20261204000011_record_origin.js';
import { Migration20261204000012_login_limits_token_lineage } from './Migration20261204000012_login_limits_token_lineage.js';
import { Migration20261204000014_api_log_webhook_config } from './Migration20261204000014_api_log_webhook_config.js';
import { Migration20261205000015_sale_order_odoo_status } from './Migration20261205000015_sale_order_odoo_status.js';
import { Migration20261205000016_tombstones } from './Migration20261205000016_tombstones.js';
import { Migration20261205000017_stock_on_hand_reserved } from './Migration20261205000017_stock_on_hand_reserved.js';
import { Migration20261205000018_pricelist_min_quantity } from './Migration20261205000018_pricelist_min_quantity.js';
import { Migration20261205000019_odoo_deletion_census } from './Migration20261205000019_odoo_deletion_census.js';
import { Migration20261206000020_auth_change_notify } from './Migration20261206000020_auth_change_notify.js';
import { Migration20261206000021_odoo_circuit } from './Migration20261206000021_odoo_circuit.js';
import { Migration20261206000032_product_template } from './Migration20261206000032_product_template.js';
import { Migration20261206000033_media_images } from './Migration20261206000033_media_images.js';
import { Migration20261206000035_odoo_connection_check } from './Migration20261206000035_odoo_connection_check.js';
import { Migration20261206000038_odoo_pull_progress } from './Migration20261206000038_odoo_pull_progress.js';
import { Migration20261206000045_change_log } from './Migration20261206000045_change_log.js';
import { Migration2026120600046_consumers } from './Migration2026120600046_consumers.js';

/**
 * Forward-only migrations: the six of the design ("Migrations"), in its order,
 * then those later features brought. Imported,
 * not discovered from disk, so compiled code and tests run the same list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000001_users_auth', class: Migration20261123000001_users_auth },
  { name: 'Migration20261123000002_core_entities', class: Migration20261123000002_core_entities },
  {
    name: 'Migration20261123000003_webhooks_failures_outbound',
    class: Migration20261123000003_webhooks_failures_outbound,
  },
  { name: 'Migration20261123000004_api_log', class: Migration20261123000004_api_log },
  { name: 'Migration20261123000005_api_log_indexes', class: Migration20261123000005_api_log_indexes },
  { name: 'Migration20261123000006_performance_indexes', class: Migration20261123000006_performance_indexes },
  { name: 'Migration20261123000007_change_feed_indexes', class: Migration20261123000007_change_feed_indexes },
  { name: 'Migration20261123000008_odoo_cursor', class: Migration20261123000008_odoo_cursor },
  { name: 'Migration20261123000009_webhook_failing_since', class: Migration20261123000009_webhook_failing_since },
  { name: 'Migration20261123000010_worker_heartbeat', class: Migration20261123000010_worker_heartbeat },
  { name: 'Migration20261204000011_record_origin', class: Migration20261204000011_record_origin },
  {
    name: 'Migration20261204000012_login_limits_token_lineage',
    class: Migration20261204000012_login_limits_token_lineage,
  },
  { name: 'Migration20261204000014_api_log_webhook_config', class: Migration20261204000014_api_log_webhook_config },
  { name: 'Migration20261205000015_sale_order_odoo_status', class: Migration20261205000015_sale_order_odoo_status },
  { name: 'Migration20261205000016_tombstones', class: Migration20261205000016_tombstones },
  { name: 'Migration20261205000017_stock_on_hand_reserved', class: Migration20261205000017_stock_on_hand_reserved },
  {
    name: 'Migration20261205000018_pricelist_min_quantity',
    class: Migration20261205000018_pricelist_min_quantity,
  },
  { name: 'Migration20261205000019_odoo_deletion_census', class: Migration20261205000019_odoo_deletion_census },
  { name: 'Migration20261206000020_auth_change_notify', class: Migration20261206000020_auth_change_notify },
  { name: 'Migration20261206000021_odoo_circuit', class: Migration20261206000021_odoo_circuit },
  { name: 'Migration20261206000032_product_template', class: Migration20261206000032_product_template },
  { name: 'Migration20261206000033_media_images', class: Migration20261206000033_media_images },
  {
    name: 'Migration20261206000035_odoo_connection_check',
    class: Migration20261206000035_odoo_connection_check,
  },
  { name: 'Migration20261206000038_odoo_pull_progress', class: Migration20261206000038_odoo_pull_progress },
  { name: 'Migration20261206000045_change_log', class: Migration20261206000045_change_log },
  { name: 'Migration2026120600046_consumers', class: Migration2026120600046_consumers },
];
