import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../db/sql.js';
import { EntityType } from '../domain/enums.js';
import type { EntityChangeEvent } from '../outbox/hub-events.js';
import { notifyInTransaction } from '../outbox/notify.js';

/** A PricelistItem's key. */
export interface PriceKey {
  pricelistExternalId: string;
  productExternalId: string;
  minQuantity: number;
}

/**
 * Prices Odoo no longer gives: a quantity break whose rule is gone or out of
 * its window, a product no rule of the pricelist names any more. The rows
 * go, and subscribers hear of each (changedFields `price`, the product's
 * externalId), inside the caller's transaction.
 *
 * Merge note: where PricelistItem rows get tombstones (`deleted_at`), this is
 * the one place to switch to the keyed tombstone, so the shop sees the row
 * with its deletedAt instead of losing it.
 */
export async function vanishedPrices(tx: EntityManager, keys: readonly PriceKey[]): Promise<EntityChangeEvent[]> {
  if (!keys.length) return [];
  const rows = await sqlQuery<{ id: string; product_external_id: string }>(
    tx,
    `delete from "pricelist_item" t
      using unnest($1::text[], $2::text[], $3::float8[]) as k("pricelist", "product", "quantity")
      where t."pricelist_external_id" = k."pricelist" and t."product_external_id" = k."product"
        and t."min_quantity" = k."quantity"
      returning t."id", t."product_external_id"`,
    [keys.map((k) => k.pricelistExternalId), keys.map((k) => k.productExternalId), keys.map((k) => k.minQuantity)],
  );
  const at = new Date();
  const changes: EntityChangeEvent[] = rows.map((r) => ({
    entityType: EntityType.PRICELIST_ITEM,
    id: r.id,
    externalId: r.product_external_id,
    changedFields: ['price'],
    isNew: false,
    changedAt: at,
  }));
  await notifyInTransaction(
    tx,
    changes.map((change) => ({ kind: 'entity', change })),
  );
  return changes;
}
