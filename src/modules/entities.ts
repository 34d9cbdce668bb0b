import { Consumer } from './consumer/consumer.entity.js';
import { ConsumerCursor } from './consumer/consumer-cursor.entity.js';
import { ConsumerFeedState } from './consumer/consumer-feed-state.entity.js';
import { AllowedDomain } from './allowed-domain/allowed-domain.entity.js';
import { ApiLog } from './api-log/api-log.entity.js';
import { ApiToken } from './api-token/api-token.entity.js';
import { OdooCreate } from './odoo-create/odoo-create.entity.js';
import { OdooCircuit } from './odoo-circuit/odoo-circuit.entity.js';
import { OdooConnectionCheck } from './odoo-connection/odoo-connection-check.entity.js';
import { MediaImage } from './media/media-image.entity.js';
import { OdooCursor } from './odoo-cursor/odoo-cursor.entity.js';
import { OdooPullProgress } from './odoo-pull/pull-progress.entity.js';
import { ChangeLogRow } from './change-log/change-log.entity.js';
import { OutboundQueueItem } from './outbound-queue/outbound-queue.entity.js';
import { Partner } from './partner/partner.entity.js';
import { PricelistItem } from './pricelist-item/pricelist-item.entity.js';
import { PricelistRule } from './pricelist-item/pricelist-rule.entity.js';
import { Product } from './product/product.entity.js';
import { PurchaseOrderLine } from './purchase-order/purchase-order-line.entity.js';
import { PurchaseOrder } from './purchase-order/purchase-order.entity.js';
import { RateLimitBucket } from './rate-limit/rate-limit-bucket.entity.js';
import { SaleOrder } from './sale-order/sale-order.entity.js';
import { Stock } from './stock/stock.entity.js';
import { SyncFailure } from './sync-failure/sync-failure.entity.js';
import { User } from './user/user.entity.js';
import { WebhookConfig } from './webhook/webhook-config.entity.js';
import { WebhookDelivery } from './webhook/webhook-delivery.entity.js';
import { WorkerHeartbeat } from './worker-heartbeat/worker-heartbeat.entity.js';

/**
 * The design's fifteen entities, the whole data model, then the Odoo pull's cursor,
 * the workers' heartbeats, the records the hub created in Odoo, the rate limits' counters
 * the Odoo pricelist rules the prices were computed from, the circuit of each Odoo connection, how each entity type's pull is going, the
 * change log, and the change feed's consumers with their own state of the records (docs/consumers.md).
 */
export const entities = [
  User,
  ApiToken,
  AllowedDomain,
  Product,
  Partner,
  SaleOrder,
  Stock,
  PricelistItem,
  PurchaseOrder,
  PurchaseOrderLine,
  OutboundQueueItem,
  SyncFailure,
  WebhookConfig,
  WebhookDelivery,
  ApiLog,
  OdooCursor,
  WorkerHeartbeat,
  OdooCreate,
  RateLimitBucket,
  PricelistRule,
  OdooCircuit,
  OdooConnectionCheck,
  MediaImage,
  OdooPullProgress,
  ChangeLogRow,
  Consumer,
  ConsumerFeedState,
  ConsumerCursor,
];
