import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityChangeEvent } from '../outbox/hub-events.js';
import { PRICES } from './ingest-tables.js';
import { tombstoneKeyed } from './tombstone.js';

/** A PricelistItem's key. */
export interface PriceKey {
  pricelistExternalId: string;
  productExternalId: string;
  minQuantity: number;
}

/**
 * Prices Odoo no longer gives: a quantity break whose rule is gone or out of
 * its window, a product no rule of the pricelist names any more. The rows are
 * tombstoned (`deletedAt`: they leave the lists unless `includeDeleted`, and
 * subscribers and webhooks hear of each), inside the caller's transaction; a
 * rule that gives the price again revives the row.
 */
export async function vanishedPrices(tx: EntityManager, keys: readonly PriceKey[]): Promise<EntityChangeEvent[]> {
  const { changes } = await tombstoneKeyed(
    tx,
    PRICES,
    keys.map((k) => [k.pricelistExternalId, k.productExternalId, k.minQuantity] as [string, string, number]),
  );
  return changes;
}
