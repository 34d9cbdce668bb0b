import type { EntityType } from '../gql/graphql';

/** Every entity type, in the order the console lists them. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'PRODUCT',
  'STOCK',
  'PRICELIST_ITEM',
  'PARTNER',
  'SALE_ORDER',
  'PURCHASE_ORDER',
];

const LABELS: Record<EntityType, string> = {
  PRODUCT: 'Product',
  STOCK: 'Stock',
  PRICELIST_ITEM: 'Pricelist item',
  PARTNER: 'Partner',
  SALE_ORDER: 'Sale order',
  PURCHASE_ORDER: 'Purchase order',
};

export function entityLabel(type: EntityType): string {
  return LABELS[type] ?? type;
}
