import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AllowedDomain } from '../../src/modules/allowed-domain/allowed-domain.entity.js';
import { ApiLog } from '../../src/modules/api-log/api-log.entity.js';
import { ApiToken } from '../../src/modules/api-token/api-token.entity.js';
import {
  ApiLogDirection,
  DeliveryStatus,
  EntityType,
  FailureSource,
  PartnerType,
  SaleOrderDirection,
  WebhookDirection,
} from '../../src/domain/enums.js';
import { OutboundQueueItem } from '../../src/modules/outbound-queue/outbound-queue.entity.js';
import { Partner } from '../../src/modules/partner/partner.entity.js';
import { PricelistItem } from '../../src/modules/pricelist-item/pricelist-item.entity.js';
import { Product } from '../../src/modules/product/product.entity.js';
import { PurchaseOrderLine } from '../../src/modules/purchase-order/purchase-order-line.entity.js';
import { PurchaseOrder } from '../../src/modules/purchase-order/purchase-order.entity.js';
import { SaleOrder } from '../../src/modules/sale-order/sale-order.entity.js';
import { Stock } from '../../src/modules/stock/stock.entity.js';
import { SyncFailure } from '../../src/modules/sync-failure/sync-failure.entity.js';
import { User } from '../../src/modules/user/user.entity.js';
import { WebhookConfig } from '../../src/modules/webhook/webhook-config.entity.js';
import { WebhookDelivery } from '../../src/modules/webhook/webhook-delivery.entity.js';

let seq = 0;
const next = () => ++seq;

/**
 * Factories for every entity: each makes a valid row with overridable fields
 * and persists it (flush when the test is ready). Used to arrange data for
 * tests of the read side before the write paths exist.
 */
export const factories = {
  product(em: EntityManager, o: Partial<Product> = {}): Product {
    const n = next();
    return em.create(Product, {
      externalId: `SKU-${n}`,
      currentData: { name: `Product ${n}` },
      changedFields: ['name'],
      ...o,
    } as never);
  },
  partner(em: EntityManager, o: Partial<Partner> = {}): Partner {
    const n = next();
    return em.create(Partner, {
      externalId: `CUST-${n}`,
      type: PartnerType.CONTACT,
      currentData: { name: `Customer ${n}` },
      ...o,
    } as never);
  },
  saleOrder(em: EntityManager, o: Partial<SaleOrder> = {}): SaleOrder {
    const n = next();
    return em.create(SaleOrder, {
      externalId: `SO-${n}`,
      direction: SaleOrderDirection.OUTBOUND,
      currentData: { name: `S${n}` },
      ...o,
    } as never);
  },
  purchaseOrder(em: EntityManager, o: Partial<PurchaseOrder> = {}): PurchaseOrder {
    const n = next();
    return em.create(PurchaseOrder, {
      externalId: `P${n}`,
      name: `P${n}`,
      vendor: 'Acme Supplies',
      currentData: {},
      ...o,
    } as never);
  },
  purchaseOrderLine(em: EntityManager, order: PurchaseOrder, o: Partial<PurchaseOrderLine> = {}): PurchaseOrderLine {
    return em.create(PurchaseOrderLine, {
      purchaseOrder: order,
      productExternalId: 'SKU-1',
      quantity: 1,
      priceUnit: '9.99',
      ...o,
    } as never);
  },
  stock(em: EntityManager, o: Partial<Stock> = {}): Stock {
    return em.create(Stock, {
      supplierExternalId: 'odoo',
      productExternalId: `SKU-${next()}`,
      quantity: 10,
      ...o,
    } as never);
  },
  pricelistItem(em: EntityManager, o: Partial<PricelistItem> = {}): PricelistItem {
    return em.create(PricelistItem, {
      pricelistExternalId: 'list_price',
      productExternalId: `SKU-${next()}`,
      price: '19.90',
      ...o,
    } as never);
  },
  outboundQueueItem(em: EntityManager, o: Partial<OutboundQueueItem> = {}): OutboundQueueItem {
    return em.create(OutboundQueueItem, {
      entityType: EntityType.SALE_ORDER,
      entityId: '01900000-0000-7000-8000-000000000000',
      payload: {},
      ...o,
    } as never);
  },
  syncFailure(em: EntityManager, o: Partial<SyncFailure> = {}): SyncFailure {
    return em.create(SyncFailure, {
      entityType: EntityType.PRODUCT,
      externalId: `SKU-${next()}`,
      source: FailureSource.ODOO,
      errorMessage: 'boom',
      ...o,
    } as never);
  },
  webhookConfig(em: EntityManager, o: Partial<WebhookConfig> = {}): WebhookConfig {
    return em.create(WebhookConfig, {
      url: `https://shop.example/hooks/${next()}`,
      entityType: EntityType.PRODUCT,
      direction: WebhookDirection.TO_WEBSHOP,
      secret: `whsec_${randomBytes(32).toString('base64')}`,
      ...o,
    } as never);
  },
  webhookDelivery(em: EntityManager, config: WebhookConfig, o: Partial<WebhookDelivery> = {}): WebhookDelivery {
    return em.create(WebhookDelivery, {
      webhookConfig: config,
      messageId: `msg_${randomBytes(8).toString('hex')}`,
      payload: { type: 'product.changed' },
      status: DeliveryStatus.PENDING,
      ...o,
    } as never);
  },
  apiLog(em: EntityManager, o: Partial<ApiLog> = {}): ApiLog {
    return em.create(ApiLog, {
      method: 'POST',
      path: '/graphql',
      direction: ApiLogDirection.INBOUND,
      statusCode: 200,
      duration: 1.5,
      ...o,
    } as never);
  },
  user(em: EntityManager, o: Partial<User> = {}): User {
    return em.create(User, { email: `user${next()}@shop.example`, ...o } as never);
  },
  apiToken(em: EntityManager, o: Partial<ApiToken> = {}): ApiToken {
    const token = randomBytes(32).toString('base64url');
    return em.create(ApiToken, {
      name: `token ${next()}`,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      ...o,
    } as never);
  },
  allowedDomain(em: EntityManager, o: Partial<AllowedDomain> = {}): AllowedDomain {
    return em.create(AllowedDomain, { domain: `d${next()}.example`, ...o } as never);
  },
};
