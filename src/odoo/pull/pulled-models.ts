import { EntityType } from '../../domain/enums.js';
import { PARTNERS } from './partner.js';
import { PRICELIST_ITEMS } from './pricelist-item.js';
import { PRODUCTS } from './product.js';
import type { PulledModel } from './pull-source.js';
import { PURCHASE_ORDERS } from './purchase-order.js';
import { SALE_ORDERS } from './sale-order.js';
import { STOCK } from './stock.js';

/**
 * How each entity type is read from Odoo: every type of the registry has its
 * pull here (a missing one is a compile error), from the registry's model and
 * companions (tests/db/registry.test.ts checks they agree).
 */
export const PULLED_MODELS: { readonly [T in EntityType]: PulledModel } = {
  [EntityType.PRODUCT]: PRODUCTS,
  [EntityType.PARTNER]: PARTNERS,
  [EntityType.SALE_ORDER]: SALE_ORDERS,
  [EntityType.PURCHASE_ORDER]: PURCHASE_ORDERS,
  [EntityType.STOCK]: STOCK,
  [EntityType.PRICELIST_ITEM]: PRICELIST_ITEMS,
};
