import type { EntityClass } from '@mikro-orm/core';
import { EntityType } from '../domain/enums.js';
import type { ClaimedType } from '../domain/syncable-types.js';
import type { SyncableEntity } from './common/base.entity.js';
import { Partner } from './partner/partner.entity.js';
import { PricelistItem } from './pricelist-item/pricelist-item.entity.js';
import { Product } from './product/product.entity.js';
import { PurchaseOrder } from './purchase-order/purchase-order.entity.js';
import { SaleOrder } from './sale-order/sale-order.entity.js';
import { Stock } from './stock/stock.entity.js';

/**
 * The entity class of each type in the registry (src/domain/syncable-types.ts
 * names it; the class lives in its module). A type without one is a compile
 * error; tests/db/registry.test.ts checks each against the ORM's metadata.
 */
export const SYNCABLE_ENTITIES = {
  [EntityType.PRODUCT]: Product,
  [EntityType.PARTNER]: Partner,
  [EntityType.SALE_ORDER]: SaleOrder,
  [EntityType.PURCHASE_ORDER]: PurchaseOrder,
  [EntityType.STOCK]: Stock,
  [EntityType.PRICELIST_ITEM]: PricelistItem,
} as const satisfies { readonly [T in EntityType]: EntityClass<object> };

/** The Syncable entity of a type the change feed hands out. */
export const claimedEntity = (type: ClaimedType): EntityClass<SyncableEntity> => SYNCABLE_ENTITIES[type];
